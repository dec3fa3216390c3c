/**
 * A post's `content:encoded` as body blocks. Block-editor content (block comments) is split with
 * WordPress's own parser (`@wordpress/block-serialization-default-parser`); classic content, and the
 * freeform parts between blocks, get WordPress's auto-paragraph rules (`@wordpress/autop`, the
 * port of `wpautop`) first, as WordPress itself renders them. Pure: no Strapi import.
 */
import { autop } from '@wordpress/autop';
import { parse } from '@wordpress/block-serialization-default-parser';
import { attrs } from '@wordpress/shortcode';

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

/** Shortcodes that need their closing tag (their content is the point), and those that may have none. */
const ENCLOSING = new Set(['caption', 'wp_caption', 'embed']);
/** WordPress's own media shortcodes' source attributes, in the order it reads them (wp_video_shortcode, wp_audio_shortcode). */
const MEDIA_SOURCES: Record<'video' | 'audio', string[]> = {
  video: ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv'],
  audio: ['src', 'mp3', 'm4a', 'ogg', 'wav', 'wma'],
};
/** An attribute value as HTML attribute text (its entities, as written in the post's HTML, kept). */
const attribute = (value: string) => value.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Classic-editor shortcodes with an HTML equivalent, rewritten before auto-paragraphs:
 * `[caption]<img> text[/caption]` → `<figure><img><figcaption>text</figcaption></figure>`,
 * `[embed]URL[/embed]` → an embed figure, `[video mp4="…"]` / `[audio mp3="…"]` → `<video>` / `<audio>`
 * (an embed), `[gallery ids="12,13"]` → an image per attachment (uploaded by the import from the
 * export's attachments; no `ids`: the post's own attached images, as WordPress shows them).
 * Attributes are read by WordPress's own parser (`@wordpress/shortcode`). Scanned with indexOf
 * (linear); other shortcodes stay as text.
 */
export function expandShortcodes(html: string): string {
  const lower = html.toLowerCase();
  // A tag with no closing shortcode after some point has none after any later point: looked up once.
  const unclosed = new Set<string>();
  // The first `]` at or after the opening being read: looked up again only once passed (openings only move forward).
  let bracket = -1;
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('[', at);
    if (open < 0) break;
    const tag = /^\[(caption|wp_caption|embed|gallery|video|audio)(?![\w-])/i.exec(html.slice(open, open + 12))?.[1]?.toLowerCase();
    if (tag && bracket !== Infinity && bracket < open) {
      const next = html.indexOf(']', open);
      bracket = next < 0 ? Infinity : next;
    }
    const openEnd = tag && bracket !== Infinity ? bracket : -1;
    const closeTag = `[/${tag}]`;
    const close = openEnd >= 0 && tag !== 'gallery' && !unclosed.has(tag!) ? lower.indexOf(closeTag, openEnd) : -1;
    if (tag && openEnd >= 0 && close < 0) unclosed.add(tag);
    if (!tag || openEnd < 0 || (close < 0 && ENCLOSING.has(tag))) {
      out += html.slice(at, open + 1);
      at = open + 1;
      continue;
    }
    const inner = close >= 0 ? html.slice(openEnd + 1, close) : '';
    const { named } = attrs(html.slice(open + 1 + tag.length, openEnd));
    out += html.slice(at, open);
    if (tag === 'embed') {
      out += `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${inner.trim()}</div></figure>`;
    } else if (tag === 'video' || tag === 'audio') {
      const source = MEDIA_SOURCES[tag].map((name) => named[name]).find((value) => value?.trim());
      out += source ? `<figure><${tag} src="${attribute(source.trim())}"></${tag}></figure>` : inner;
    } else if (tag === 'gallery') {
      const ids = (named.ids ?? named.include ?? '').split(',').map((id) => id.trim()).filter((id) => /^\d{1,15}$/.test(id));
      const images = ids.length > 0 ? ids.map((id) => `<img data-newsroom-attachment="${id}">`) : ['<img data-newsroom-attachment="post">'];
      out += `<figure class="wp-block-gallery">${images.join('')}</figure>`;
    } else {
      // The caption is the text after the image (and the link around it).
      const imageEnd = Math.max(inner.lastIndexOf('</a>') + 4, inner.indexOf('>', inner.indexOf('<img')) + 1);
      out += `<figure>${inner.slice(0, imageEnd)}<figcaption>${inner.slice(imageEnd).trim()}</figcaption></figure>`;
    }
    at = close >= 0 ? close + closeTag.length : openEnd + 1;
  }
  return out + html.slice(at);
}
