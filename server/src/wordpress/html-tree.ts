/**
 * WordPress HTML as a tree, parsed by htmlparser2 (forgiving, as browsers are, and linear), with
 * the few node tests the converter needs. Pure: no Strapi import.
 */
import { parseDocument } from 'htmlparser2';

/** A node of the parsed tree (domhandler's, as htmlparser2 returns it). */
export type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
export type HtmlElement = Extract<HtmlNode, { name: string; attribs: Record<string, string> }>;
export type HtmlText = Extract<HtmlNode, { type: 'text' }>;

/** The top-level nodes of an HTML fragment. */
export function parseFragment(html: string): HtmlNode[] {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).children;
}

export const isElement = (node: HtmlNode): node is HtmlElement => node.type === 'tag' || node.type === 'script' || node.type === 'style';
export const isText = (node: HtmlNode): node is HtmlText => node.type === 'text';
export const attr = (node: HtmlElement, name: string): string | undefined => node.attribs[name];
export const hasClass = (node: HtmlElement, name: string): boolean => (node.attribs.class ?? '').split(/\s+/).includes(name);

/** Every element under `nodes` (depth first, in order) for which `test` holds. */
export function findAll(nodes: readonly HtmlNode[], test: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const stack: HtmlNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
  return found;
}
