import { isolateOppositeRuns } from './bidi';
import { blocksToPlainText, type BlockNode } from './blocks-text';
import { firstStrongDirection, type Direction } from './direction';
import { escapeHtml, safeUrl } from './html';

/** Inline marks of a text node and the element each becomes, outermost first. */
const MARKS: [keyof BlockNode, string][] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
  ['code', 'code'],
];

/** A text node's escaped text, runs of the other direction isolated, inside the elements of its marks. */
function textHtml(node: BlockNode, dir: Direction): string {
  let html = isolateOppositeRuns(typeof node.text === 'string' ? node.text : '', dir);
  for (const [mark, tag] of [...MARKS].reverse()) if (node[mark]) html = `<${tag}>${html}</${tag}>`;
  return html;
}

/** A node's children: nothing, or an array (anything else is refused, as `.map` refused it before). */
function childrenOf(node: BlockNode): BlockNode[] {
  const children = node.children ?? [];
  if (!Array.isArray(children)) throw new TypeError(`the children of a "${node.type}" node are not an array`);
  return children;
}

/** Work left while rendering inline nodes: a node, or markup to write once its children are written. */
type Task = { node: BlockNode } | { markup: string };

/**
 * Inline HTML of `nodes` (text, links, and anything holding them), written in
 * order with an explicit stack: each piece is written once, whatever the
 * depth (a recursive join copied every level into its parent, quadratic in
 * the depth).
 */
function inlineHtml(nodes: BlockNode[], dir: Direction): string {
  const out: string[] = [];
  const tasks: Task[] = [];
  const pushAll = (children: BlockNode[]) => {
    for (let i = children.length - 1; i >= 0; i -= 1) tasks.push({ node: children[i] });
  };
  pushAll(nodes);
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    if ('markup' in task) {
      out.push(task.markup);
      continue;
    }
    const { node } = task;
    if (node.type === 'text') {
      out.push(textHtml(node, dir));
      continue;
    }
    const children = childrenOf(node);
    const href = node.type === 'link' ? safeUrl(node.url) : null;
    if (href) {
      out.push(`<a href="${escapeHtml(href)}">`);
      tasks.push({ markup: '</a>' });
    }
    pushAll(children);
  }
  return out.join('');
}

const childrenHtml = (node: BlockNode, dir: Direction) => inlineHtml(childrenOf(node), dir);

/** Direction of a block's own text, or `fallback` when it has no strong character. */
const blockDir = (node: BlockNode, fallback: Direction): Direction => firstStrongDirection(blocksToPlainText([node])) ?? fallback;

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
