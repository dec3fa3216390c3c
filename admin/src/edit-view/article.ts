/** Form values of the article edit view, as the Content Manager's form holds them. */
export type ArticleValues = Record<string, unknown>;
type Block = Record<string, unknown> & { __component?: string };

/** The body's blocks by dynamic-zone index (an entry that is not an object is null). */
export function bodyBlocks(values: ArticleValues): (Block | null)[] {
  if (!Array.isArray(values.body)) return [];
  return values.body.map((b) => (typeof b === 'object' && b !== null ? (b as Block) : null));
}

/** The dates of an article's published version in the edited locale: what the API serves as `publishedAt` / `updatedAt`. */
export interface PublishedVersion {
  publishedAt: string;
  updatedAt: string;
}

type Dated = { publishedAt?: unknown; updatedAt?: unknown; [key: string]: unknown } | null | undefined;

/**
 * The published version's dates, or null when there is none: the document
 * itself on the edit view's "published" tab, else the published entry of its
 * `meta.availableStatus` (a draft's own `publishedAt` is always null in Strapi 5).
 */
export function publishedVersion(document: Dated, availableStatus: readonly Dated[] | undefined): PublishedVersion | null {
  const version = [document, ...(availableStatus ?? [])].find((v) => typeof v?.publishedAt === 'string' && v.publishedAt !== '');
  if (!version) return null;
  const publishedAt = version.publishedAt as string;
  return { publishedAt, updatedAt: typeof version.updatedAt === 'string' ? version.updatedAt : publishedAt };
}
