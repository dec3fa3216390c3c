/**
 * Inline HTML (what sits inside a WordPress paragraph) as Strapi rich-text inline nodes: text with
 * bold / italic / underline / strikethrough / code marks, links, line breaks. Pure: no Strapi import.
 */
import type { HtmlNode } from './html-tree';
import { attr, isElement, isText } from './html-tree';

/** A Strapi rich-text inline node. */
export type InlineNode =
  | { type: 'text'; text: string; bold?: true; italic?: true; underline?: true; strikethrough?: true; code?: true }
  | { type: 'link'; url: string; children: InlineNode[] };

type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';

/** The mark each inline element gives its text. Data, not code. */
const MARK_TAGS: Record<string, Mark> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  del: 'strikethrough',
  strike: 'strikethrough',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};

/** Deeper than any editor nests inline markup; below it the text is kept without further marks. */
const MAX_DEPTH = 40;

/**
 * A link's address, or null (its text stays, unlinked) for a scheme no reader should follow from an
 * article (`javascript:`, `data:`, `file:`…). A relative address is kept as written: the import
 * resolves it against the post's own address (wordpress/body-links.ts).
 */
export function followableUrl(href: string | undefined): string | null {
  const url = href?.trim();
  if (!url) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return scheme && !/^(https?|mailto)$/i.test(scheme[1]) ? null : url;
}

/** Collapse HTML whitespace to single spaces, as a browser shows it. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/**
 * Inline nodes of `nodes`, marks and links kept; whitespace collapsed as HTML shows it, `<br>`
 * kept as a line break; leading and trailing spaces of the whole run trimmed. Each node is visited
 * once (linear in the markup).
 */
export function inlineNodes(nodes: readonly HtmlNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  walk(nodes, {}, out, 0);
  return trimRun(mergeTexts(out));
}

function walk(nodes: readonly HtmlNode[], marks: Partial<Record<Mark, true>>, out: InlineNode[], depth: number): void {
  for (const node of nodes) {
    if (isText(node)) {
      const text = collapse(node.data);
      if (text) out.push({ type: 'text', text, ...marks });
    } else if (isElement(node)) {
      const tag = node.name;
      if (tag === 'br') {
        out.push({ type: 'text', text: '\n', ...marks });
      } else if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') {
        continue;
      } else if (depth >= MAX_DEPTH) {
        const text = collapse(textOf(node.children));
        if (text) out.push({ type: 'text', text, ...marks });
      } else if (tag === 'a' && followableUrl(attr(node, 'href'))) {
        const children: InlineNode[] = [];
        walk(node.children, marks, children, depth + 1);
        // A link inside a link is not allowed in Strapi's rich text: the inner one keeps its text only.
        const flat = children.flatMap((c) => (c.type === 'link' ? c.children : [c]));
        if (flat.length > 0) out.push({ type: 'link', url: followableUrl(attr(node, 'href'))!, children: mergeTexts(flat) });
      } else {
        const mark = MARK_TAGS[tag];
        walk(node.children, mark ? { ...marks, [mark]: true } : marks, out, depth + 1);
      }
    }
  }
}

const sameMarks = (a: InlineNode, b: InlineNode) =>
  a.type === 'text' && b.type === 'text' && !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && !!a.strikethrough === !!b.strikethrough && !!a.code === !!b.code;

/** Neighbouring text nodes with the same marks joined, and a space after a space dropped. */
function mergeTexts(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && sameMarks(last, node)) {
      const text = last.text.endsWith(' ') && node.text.startsWith(' ') ? node.text.slice(1) : node.text;
      out[out.length - 1] = { ...last, text: last.text + text };
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Leading and trailing spaces (and spaces around line breaks) of a run removed; empty text nodes dropped. */
function trimRun(nodes: InlineNode[]): InlineNode[] {
  if (nodes.length === 0) return nodes;
  const trimText = (node: InlineNode, edge: 'start' | 'end'): InlineNode => {
    if (node.type === 'link') {
      const children = [...node.children];
      const at = edge === 'start' ? 0 : children.length - 1;
      if (children[at]) children[at] = trimText(children[at], edge);
      return { ...node, children };
    }
    return { ...node, text: edge === 'start' ? node.text.replace(/^ +/, '') : node.text.replace(/ +$/, '') };
  };
  // Spaces around a line break are not shown: "a <br> b" reads "a\nb".
  const aroundBreaks = (node: InlineNode): InlineNode =>
    node.type === 'text' && node.text.includes('\n') ? { ...node, text: node.text.split('\n').map((line) => line.trim()).join('\n') } : node;
  const out = nodes.map(aroundBreaks);
  out[0] = trimText(out[0], 'start');
  out[out.length - 1] = trimText(out[out.length - 1], 'end');
  return out.filter((node) => node.type === 'link' || node.text !== '');
}

/** The plain text of nodes, whitespace as written. */
export function textOf(nodes: readonly HtmlNode[]): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isElement(node)) {
      if (node.name === 'br') parts.push('\n');
      else if (node.name !== 'script' && node.name !== 'style') for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
    }
  }
  return parts.join('');
}

/** The plain text a reader sees: whitespace collapsed, trimmed. */
export const plainText = (nodes: readonly HtmlNode[]) => collapse(textOf(nodes)).trim();
