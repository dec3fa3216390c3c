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

/** Text of one blocks node and its children; block-level nodes separated by newlines. */
function nodeText(node: BlockNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  const children = Array.isArray(node.children) ? node.children : [];
  const inline = node.type === 'link';
  return children.map(nodeText).join(inline ? '' : children.some((c) => c.type !== 'text' && c.type !== 'link') ? '\n' : '');
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
