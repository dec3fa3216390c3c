import { lintText, type LintIssue, type TextEdit } from '../../core';

/**
 * Typography lint of a Strapi blocks (rich text) value. Each block's text is
 * linted as one string, as the reader sees it, so a quote pair split by bold
 * text is still a pair; an issue is fixable when every edit falls inside one
 * text leaf, and its fix rewrites those leaves only, keeping all formatting.
 */
type TreeNode = { type?: unknown; text?: unknown; children?: unknown };

interface Leaf {
  /** Indices from the value's root down to the text node. */
  path: number[];
  /** Offsets of the leaf in its block's text. */
  start: number;
  end: number;
}

/** One linted block of a blocks value: its issues, each with the leaf edits that fix it (null when none can). */
export interface BlocksIssue {
  /** Index of the text block (paragraph, list item…) the issue is in, in reading order. */
  at: number;
  /** That block's text: the issue's offsets are in it. */
  text: string;
  issue: LintIssue;
  leafEdits: { path: number[]; edit: TextEdit }[] | null;
}

const isNode = (value: unknown): value is TreeNode => typeof value === 'object' && value !== null;
const childrenOf = (node: TreeNode): unknown[] => (Array.isArray(node.children) ? node.children : []);

/** Text leaves of a block, descending into inline links, with their offsets in the block's text. */
function leavesOf(node: TreeNode, path: number[], into: { text: string; leaves: Leaf[] }): void {
  childrenOf(node).forEach((child, index) => {
    if (!isNode(child)) return;
    if (child.type === 'text') {
      const value = typeof child.text === 'string' ? child.text : '';
      into.leaves.push({ path: [...path, index], start: into.text.length, end: into.text.length + value.length });
      into.text += value;
    } else if (child.type === 'link') {
      leavesOf(child, [...path, index], into);
    }
  });
}

/** Block types whose text is not prose: typography rules do not apply. */
const NOT_PROSE = new Set(['code']);

/** Every block that holds text directly (paragraph, heading, list item, quote…), in reading order. */
function textBlocks(nodes: unknown[], path: number[], out: { text: string; leaves: Leaf[] }[]): void {
  nodes.forEach((node, index) => {
    if (!isNode(node) || NOT_PROSE.has(String(node.type))) return;
    const children = childrenOf(node);
    const holdsText = children.some((c) => isNode(c) && (c.type === 'text' || c.type === 'link'));
    if (holdsText) {
      const block = { text: '', leaves: [] as Leaf[] };
      leavesOf(node, [...path, index], block);
      out.push(block);
    } else {
      textBlocks(children, [...path, index], out);
    }
  });
}

/** The leaf an edit falls inside, with the edit moved to the leaf's own offsets. */
function toLeaf(leaves: Leaf[], edit: TextEdit): { path: number[]; edit: TextEdit } | null {
  const leaf = leaves.find((l) => l.start <= edit.start && edit.end <= l.end);
  if (!leaf) return null;
  return { path: leaf.path, edit: { ...edit, start: edit.start - leaf.start, end: edit.end - leaf.start } };
}

/** Typography issues of a blocks value, block by block. */
export function lintBlocks(value: unknown): BlocksIssue[] {
  const blocks: { text: string; leaves: Leaf[] }[] = [];
  textBlocks(Array.isArray(value) ? value : [], [], blocks);
  return blocks.flatMap(({ text, leaves }, at) =>
    lintText(text).map((issue) => {
      const mapped = issue.edits.map((edit) => toLeaf(leaves, edit));
      const fixable = issue.edits.length > 0 && mapped.every(Boolean);
      return { at, text, issue, leafEdits: fixable ? (mapped as { path: number[]; edit: TextEdit }[]) : null };
    })
  );
}

/** A copy of `value` with the leaf edits applied; every other node is kept as it was. */
export function applyBlocksFix(value: unknown, leafEdits: { path: number[]; edit: TextEdit }[]): unknown {
  const copy = structuredClone(value) as unknown[];
  // Right to left within a leaf, so earlier offsets stay valid.
  const ordered = [...leafEdits].sort((a, b) => b.edit.start - a.edit.start);
  for (const { path, edit } of ordered) {
    let node: unknown = { children: copy };
    for (const index of path) node = childrenOf(node as TreeNode)[index];
    const leaf = node as { text: string };
    leaf.text = leaf.text.slice(0, edit.start) + edit.replacement + leaf.text.slice(edit.end);
  }
  return copy;
}
