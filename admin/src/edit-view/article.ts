/** Form values of the article edit view, as the Content Manager's form holds them. */
export type ArticleValues = Record<string, unknown>;
type Block = Record<string, unknown> & { __component?: string };

/** The body's blocks by dynamic-zone index (an entry that is not an object is null). */
export function bodyBlocks(values: ArticleValues): (Block | null)[] {
  if (!Array.isArray(values.body)) return [];
  return values.body.map((b) => (typeof b === 'object' && b !== null ? (b as Block) : null));
}
