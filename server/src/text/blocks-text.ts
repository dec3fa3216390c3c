/**
 * Plain text out of Strapi "blocks" rich text (the JSON tree of the `blocks`
 * field type), for counting, direction detection and search.
 */
export interface BlockNode {
  type: string;
  text?: string;
  children?: BlockNode[];
  [key: string]: unknown;
}

const isBlock = (node: BlockNode) => node.type !== 'text' && node.type !== 'link';

/**
 * Text of one blocks node and its children; block-level nodes separated by
 * newlines. Walks the tree with its own stack and writes each piece once: a
 * recursive join copied every level's text into its parent's, quadratic in
 * the depth (and a deep enough tree overflowed the call stack).
 */
function nodeText(root: BlockNode): string {
  const parts: string[] = [];
  // The stack, as three columns: a node's children, the next one to write, what goes between them.
  const childLists: BlockNode[][] = [];
  const nextChild: number[] = [];
  const separators: string[] = [];
  const visit = (node: BlockNode) => {
    if (node.type === 'text') {
      if (typeof node.text === 'string') parts.push(node.text);
      return;
    }
    const children = Array.isArray(node.children) ? node.children : [];
    childLists.push(children);
    nextChild.push(0);
    separators.push(node.type !== 'link' && children.some(isBlock) ? '\n' : '');
  };
  visit(root);
  for (let top = childLists.length - 1; top >= 0; top = childLists.length - 1) {
    const next = nextChild[top];
    if (next === childLists[top].length) {
      childLists.pop();
      nextChild.pop();
      separators.pop();
      continue;
    }
    if (next > 0) parts.push(separators[top]);
    nextChild[top] = next + 1;
    visit(childLists[top][next]);
  }
  return parts.join('');
}

/** Plain text of a blocks value (array of top-level nodes); tolerant of null and bad shapes. */
export function blocksToPlainText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .filter((n): n is BlockNode => typeof n === 'object' && n !== null && typeof (n as BlockNode).type === 'string')
    .map(nodeText)
    .filter(Boolean)
    .join('\n');
}

/**
 * Text readers read in one article body block (paragraphs, intertitles,
 * quotes with their attribution): what counting, search and the admin's live
 * word count all use, so they agree.
 */
export function bodyBlockText(block: Record<string, unknown> | null | undefined): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  switch (block?.__component) {
    case 'newsroom.paragraph':
      return blocksToPlainText(block.text);
    case 'newsroom.intertitle':
      return text(block.text);
    case 'newsroom.quote':
      return [text(block.text), text(block.attribution)].filter(Boolean).join(' ');
    default:
      return '';
  }
}
