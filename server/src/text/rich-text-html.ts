import { isolateOppositeRuns } from './bidi';
import { blocksToPlainText, type BlockNode } from './blocks-text';
import { textDirection, type Direction } from './direction';
import { escapeHtml, safeUrl } from './html';

/** Inline marks of a text node and the element each becomes, outermost first. */
const MARKS: [keyof BlockNode, string][] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
  ['code', 'code'],
];

function inlineHtml(node: BlockNode, dir: Direction): string {
  if (node.type === 'text') {
    let html = isolateOppositeRuns(typeof node.text === 'string' ? node.text : '', dir);
    for (const [mark, tag] of [...MARKS].reverse()) if (node[mark]) html = `<${tag}>${html}</${tag}>`;
    return html;
  }
  if (node.type === 'link') {
    const inner = childrenHtml(node, dir);
    const href = safeUrl(node.url);
    return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
  }
  return childrenHtml(node, dir);
}

const childrenHtml = (node: BlockNode, dir: Direction) => (node.children ?? []).map((c) => inlineHtml(c, dir)).join('');

/** Direction of a block's own text, or `fallback` when it has no strong character. */
const blockDir = (node: BlockNode, fallback: Direction): Direction => textDirection(blocksToPlainText([node])) ?? fallback;

/** One renderer per block node type; unknown types render nothing. */
const BLOCK_HTML: Record<string, (node: BlockNode, fallback: Direction) => string> = {
  paragraph: (n, f) => {
    const dir = blockDir(n, f);
    return `<p dir="${dir}">${childrenHtml(n, dir)}</p>`;
  },
  heading: (n, f) => {
    const dir = blockDir(n, f);
    const level = Math.min(6, Math.max(2, Number(n.level) || 2));
    return `<h${level} dir="${dir}">${childrenHtml(n, dir)}</h${level}>`;
  },
  quote: (n, f) => {
    const dir = blockDir(n, f);
    return `<blockquote dir="${dir}">${childrenHtml(n, dir)}</blockquote>`;
  },
  code: (n) => `<pre dir="ltr"><code>${escapeHtml(blocksToPlainText([n]))}</code></pre>`,
  list: (n, f) => {
    const dir = blockDir(n, f);
    const tag = n.format === 'ordered' ? 'ol' : 'ul';
    const items = (n.children ?? []).map((item) => {
      const itemDir = blockDir(item, dir);
      return `<li dir="${itemDir}">${childrenHtml(item, itemDir)}</li>`;
    });
    return `<${tag} dir="${dir}">${items.join('')}</${tag}>`;
  },
  image: (n) => {
    const image = (n.image ?? {}) as Record<string, unknown>;
    const src = safeUrl(image.url);
    if (!src) return '';
    const alt = typeof image.alternativeText === 'string' ? image.alternativeText : '';
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`;
  },
};

/**
 * Safe HTML of Strapi blocks rich text: every block element carries `dir`,
 * runs of the other direction are isolated with `<bdi>`, all text is escaped,
 * links and images keep only http(s), mailto and relative URLs.
 */
export function richTextToHtml(blocks: unknown, fallback: Direction): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .filter((n): n is BlockNode => !!n && typeof n === 'object' && typeof (n as BlockNode).type === 'string')
    .map((n) => BLOCK_HTML[n.type]?.(n, fallback) ?? '')
    .join('');
}
