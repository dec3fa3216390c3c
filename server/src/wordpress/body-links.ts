/**
 * The links of a converted post body as the article can store them and a reader can follow them.
 * Strapi's rich text accepts an absolute http(s) or mailto URL, or a path on this site (`/…`); a post
 * also holds links relative to its own address (`#notes`, `?p=12`, `page.html`) and addresses that
 * are no URL at all (`http://exa mple`), each of which made Strapi refuse the whole article. Relative
 * ones are resolved against the post's permalink, as the old site's readers' browsers resolved them;
 * what is still no web address is kept as its text, and reported. Images' sources likewise. Pure.
 */
import type { ConvertedBlock, ConvertNote, RichBlock } from './html-blocks';
import type { InlineNode } from './inline';
import { absoluteHttpUrl } from './old-links';

/** The link as stored, or null when it is no web address a reader can follow. */
function storedUrl(url: string, base: string): string | null {
  if (/^mailto:/i.test(url)) return url;
  // A path on this site: the redirect map sends an old path to its article.
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  return absoluteHttpUrl(url, base);
}

/** Links of `blocks` resolved against `base` (the post's permalink, '' for none); what cannot be, unwrapped to its text and noted. */
export function resolveBodyLinks(blocks: readonly ConvertedBlock[], base: string): { blocks: ConvertedBlock[]; notes: ConvertNote[] } {
  const unfollowable: string[] = [];
  const nodes = (list: readonly InlineNode[]): InlineNode[] =>
    list.flatMap((node): InlineNode[] => {
      if (node.type !== 'link') return [node];
      const children = nodes(node.children);
      const url = storedUrl(node.url, base);
      if (url) return [{ ...node, url, children }];
      unfollowable.push(node.url);
      return children;
    });
  const rich = (text: readonly RichBlock[]): RichBlock[] =>
    text.map((block) =>
      block.type === 'paragraph'
        ? { ...block, children: nodes(block.children) }
        : { ...block, children: block.children.map((item) => ({ ...item, children: nodes(item.children) })) }
    );
  const out = blocks.map((block): ConvertedBlock => {
    if ('__component' in block) return block.__component === 'newsroom.paragraph' ? { ...block, text: rich(block.text) } : block;
    if (block.pending === 'read-also') return { ...block, original: rich(block.original) };
    // An image's source: absolute where it can be; otherwise the import reports it as a file it could not fetch.
    return { ...block, src: block.src ? (absoluteHttpUrl(block.src, base) ?? block.src) : '', link: nodes(block.link) };
  });
  const notes: ConvertNote[] =
    unfollowable.length === 0
      ? []
      : [
          {
            code: 'kept-as-text',
            detail: `${unfollowable.length === 1 ? 'a link' : `${unfollowable.length} links`} to no web address (${unfollowable
              .slice(0, 3)
              .map((url) => `"${url.slice(0, 100)}"`)
              .join(', ')}${unfollowable.length > 3 ? ', …' : ''}): kept as text`,
          },
        ];
  return { blocks: out, notes };
}
