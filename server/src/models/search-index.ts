/**
 * The search index of published article versions: one row per version with
 * what ranking, filtering and ordering need (length for BM25, section,
 * publication date: the list rows, newsroom_search_documents), and postings
 * (one row per version and analysed term, with its field-weighted frequency)
 * that name their version by its list row's id, `ref`. A search reads index
 * rows only. Plain database models (no content type, no admin screen),
 * created and migrated by Strapi's schema sync on SQLite, PostgreSQL and
 * MySQL/MariaDB alike. (Before DERIVED_VERSION 10 the postings named their
 * version by document id, in `newsroom_search_terms`: the schema sync drops
 * that table, which it tracked, and the re-index at boot fills this one.)
 */
export const SEARCH_POSTING_UID = 'plugin::newsroom.search-posting';
export const SEARCH_POSTING_TABLE = 'newsroom_search_postings';
export const SEARCH_DOCUMENT_UID = 'plugin::newsroom.search-document';
export const SEARCH_DOCUMENT_TABLE = 'newsroom_search_documents';

export const searchPostingModel = {
  uid: SEARCH_POSTING_UID,
  singularName: 'search-posting',
  tableName: SEARCH_POSTING_TABLE,
  attributes: {
    id: { type: 'increments' },
    /**
     * The version's list row (newsroom_search_documents.id), which a version keeps through edits and
     * re-indexes. An integer that grows in write order: a new version's entries in the document index
     * all go to its end, where a random document id scattered them one page each (half the postings'
     * write cost on PostgreSQL, a third on SQLite; bench/README.md), and the keys are shorter.
     */
    ref: { type: 'integer', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    term: { type: 'string', column: { notNullable: true } },
    /** Occurrences weighted by field (title 3, standfirst/kicker/keywords 2, body 1). */
    frequency: { type: 'float', column: { notNullable: true } },
  },
  indexes: [
    // Covering for a search's reads of a term: its document count (an index-only range count) and its
    // heaviest postings (a backward range scan with a LIMIT), so neither reads the table nor sorts it.
    { name: 'newsroom_search_postings_term', columns: ['locale', 'term', 'frequency', 'ref'] },
    // A version's postings (an index's reads and deletes, a search's postings of candidate versions).
    { name: 'newsroom_search_postings_version', columns: ['ref', 'term'] },
  ],
};

export const searchDocumentModel = {
  uid: SEARCH_DOCUMENT_UID,
  singularName: 'search-document',
  tableName: SEARCH_DOCUMENT_TABLE,
  attributes: {
    id: { type: 'increments' },
    documentId: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    /** Words indexed (stop words out), for BM25's length normalisation. */
    length: { type: 'integer', column: { notNullable: true } },
    section: { type: 'string' },
    publishedAt: { type: 'datetime', column: { notNullable: true } },
    // Nullable columns: schema sync adds them to an existing table, whose rows the re-index then fills.
    updatedAt: { type: 'datetime' },
    /** The title's first characters, what `sort=title` orders by. */
    titleKey: { type: 'string' },
    /** What a list item is rendered from (the article's summary fields and cover), so a list page reads these rows only. */
    summary: { type: 'json' },
    /**
     * True while the version's postings are left to `search.buildPending()` (a WordPress import's batches:
     * built after the articles, in key order), null otherwise. Such a version has no postings: listed
     * and counted at once, found by a text search once they are built. Read by `IS NOT NULL` along the
     * primary key (a build walks the table once; no index to keep on every write).
     */
    postingsPending: { type: 'boolean' },
  },
  // One index per list order and filter (services/list.ts): a page is an index range scan and a LIMIT.
  indexes: [
    { name: 'newsroom_search_documents_version', columns: ['document_id', 'locale'] },
    { name: 'newsroom_search_documents_recent', columns: ['locale', 'published_at'] },
    { name: 'newsroom_search_documents_section', columns: ['locale', 'section', 'published_at'] },
    { name: 'newsroom_search_documents_updated', columns: ['locale', 'updated_at'] },
    { name: 'newsroom_search_documents_section_updated', columns: ['locale', 'section', 'updated_at'] },
    { name: 'newsroom_search_documents_title', columns: ['locale', 'title_key'] },
    { name: 'newsroom_search_documents_section_title', columns: ['locale', 'section', 'title_key'] },
  ],
};

/**
 * Keywords of published versions, one row per (version, keyword), looked up by
 * `key` (a hash of the keyword: ASCII, so no collation equates two keywords
 * that differ) for `filters[keywords]`.
 */
export const SEARCH_KEYWORD_UID = 'plugin::newsroom.search-keyword';
export const SEARCH_KEYWORD_TABLE = 'newsroom_search_keywords';

export const searchKeywordModel = {
  uid: SEARCH_KEYWORD_UID,
  singularName: 'search-keyword',
  tableName: SEARCH_KEYWORD_TABLE,
  attributes: {
    id: { type: 'increments' },
    documentId: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    key: { type: 'string', column: { notNullable: true } },
  },
  indexes: [
    { name: 'newsroom_search_keywords_lookup', columns: ['locale', 'key', 'document_id'] },
    { name: 'newsroom_search_keywords_document', columns: ['document_id', 'locale'] },
  ],
};

/**
 * Per (locale, section): how many versions are published and their total
 * indexed length, kept by atomic increments in the indexing transaction, so a
 * list's total and BM25's N and average length are one small read, never a
 * COUNT over the index. `section` is '' for articles without one.
 */
export const SEARCH_STATS_UID = 'plugin::newsroom.search-stats';
export const SEARCH_STATS_TABLE = 'newsroom_search_stats';

export const searchStatsModel = {
  uid: SEARCH_STATS_UID,
  singularName: 'search-stats',
  tableName: SEARCH_STATS_TABLE,
  attributes: {
    id: { type: 'increments' },
    locale: { type: 'string', column: { notNullable: true } },
    section: { type: 'string', column: { notNullable: true } },
    documents: { type: 'integer', column: { notNullable: true, defaultTo: 0 } },
    length: { type: 'biginteger', column: { notNullable: true, defaultTo: 0 } },
  },
  indexes: [{ name: 'newsroom_search_stats_key', columns: ['locale', 'section'], type: 'unique' }],
};
