/**
 * A post's `content:encoded` as body blocks. Block-editor content (block comments) is split with
 * WordPress's own parser (`@wordpress/block-serialization-default-parser`); classic content, and the
 * freeform parts between blocks, get WordPress's auto-paragraph rules (`@wordpress/autop`, the
 * port of `wpautop`) first, as WordPress itself renders them. Pure: no Strapi import.
 */
import { autop } from '@wordpress/autop';
import { parse } from '@wordpress/block-serialization-default-parser';

type ParsedBlock = ReturnType<typeof parse>[number];
import { htmlToBlocks, type ConvertedBlock, type ConvertNote, type Converted } from './html-blocks';

/** Block-editor blocks that carry nothing a reader sees here. Data, not code. */
const LAYOUT_BLOCKS = new Set(['core/more', 'core/nextpage', 'core/spacer', 'core/separator']);
/** Blocks whose content is a URL WordPress turns into an embed. */
const isEmbedBlock = (name: string) => name === 'core/embed' || name.startsWith('core-embed/') || name === 'core/video' || name === 'core/audio';

/** True when the post was written in the block editor. */
export const isBlockContent = (content: string) => content.includes('<!-- wp:');

/** The blocks of a post's content, and what could not be carried over as is. */
export function contentToBlocks(content: string): Converted {
  if (!isBlockContent(content)) return classic(content);
  const blocks: ConvertedBlock[] = [];
  const notes: ConvertNote[] = [];
  for (const block of parse(content)) {
    const converted = fromBlock(block);
    blocks.push(...converted.blocks);
    notes.push(...converted.notes);
  }
  return { blocks, notes };
}

function classic(html: string): Converted {
  return htmlToBlocks(autop(expandShortcodes(html)));
}

function fromBlock(block: ParsedBlock): Converted {
  const name = block.blockName;
  if (name === null) return block.innerHTML.trim() === '' ? { blocks: [], notes: [] } : classic(block.innerHTML);
  if (LAYOUT_BLOCKS.has(name)) return { blocks: [], notes: [{ code: 'dropped', detail: `the layout block ${name}` }] };
  const url = typeof block.attrs?.url === 'string' ? block.attrs.url : null;
  if (isEmbedBlock(name) && url && /^https?:\/\//i.test(url)) {
    const html = blockHtml(block);
    const caption = /<figcaption[^>]*>([^<]*)<\/figcaption>/i.exec(html)?.[1]?.trim() || null;
    return { blocks: [{ __component: 'newsroom.embed', url, caption }], notes: [] };
  }
  if (name === 'core/shortcode' || name === 'core/freeform' || name === 'core/html') return classic(blockHtml(block));
  const converted = htmlToBlocks(blockHtml(block));
  if (!name.startsWith('core/') && !name.startsWith('core-embed/')) {
    converted.notes.push({ code: 'kept-as-text', detail: `the block ${name} (no equivalent): converted from its HTML` });
  }
  return converted;
}

/** A block's HTML with its inner blocks in place (as WordPress serialises it, minus the comments). */
function blockHtml(block: ParsedBlock): string {
  const parts: string[] = [];
  // Iterative, so nesting costs no stack: work items are strings to write or blocks to expand.
  const work: (string | ParsedBlock)[] = [block];
  while (work.length > 0) {
    const item = work.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    let inner = item.innerBlocks.length;
    const pieces: (string | ParsedBlock)[] = [];
    for (const piece of item.innerContent) pieces.push(piece === null ? item.innerBlocks[item.innerBlocks.length - inner--] : piece);
    for (let i = pieces.length - 1; i >= 0; i -= 1) work.push(pieces[i]);
  }
  return parts.join('');
}

/**
 * Classic-editor shortcodes with an HTML equivalent, rewritten before auto-paragraphs:
 * `[caption]<img> text[/caption]` → `<figure><img><figcaption>text</figcaption></figure>`,
 * `[embed]URL[/embed]` → an embed figure. Scanned with indexOf (linear); other shortcodes stay as text.
 */
export function expandShortcodes(html: string): string {
  const lower = html.toLowerCase();
  // A tag with no closing shortcode after some point has none after any later point: looked up once.
  const unclosed = new Set<string>();
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('[', at);
    if (open < 0) break;
    const tag = /^\[(caption|wp_caption|embed)\b/i.exec(html.slice(open, open + 12))?.[1]?.toLowerCase();
    const openEnd = tag && !unclosed.has(tag) ? html.indexOf(']', open) : -1;
    const closeTag = `[/${tag}]`;
    const close = openEnd >= 0 ? lower.indexOf(closeTag, openEnd) : -1;
    if (tag && close < 0) unclosed.add(tag);
    if (!tag || close < 0) {
      out += html.slice(at, open + 1);
      at = open + 1;
      continue;
    }
    const inner = html.slice(openEnd + 1, close);
    out += html.slice(at, open);
    if (tag === 'embed') {
      out += `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${inner.trim()}</div></figure>`;
    } else {
      // The caption is the text after the image (and the link around it).
      const imageEnd = Math.max(inner.lastIndexOf('</a>') + 4, inner.indexOf('>', inner.indexOf('<img')) + 1);
      out += `<figure>${inner.slice(0, imageEnd)}<figcaption>${inner.slice(imageEnd).trim()}</figcaption></figure>`;
    }
    at = close + closeTag.length;
  }
  return out + html.slice(at);
}
