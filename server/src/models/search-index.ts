/**
 * The search index of published article versions: postings (one row per
 * version and analysed term, with its field-weighted frequency) and one row
 * per version with what ranking, filtering and ordering need (length for
 * BM25, section, publication date), so a search reads index rows only. Plain
 * database models (no content type, no admin screen), created and migrated by
 * Strapi's schema sync on SQLite, PostgreSQL and MySQL/MariaDB alike.
 */
export const SEARCH_TERM_UID = 'plugin::newsroom.search-term';
export const SEARCH_TERM_TABLE = 'newsroom_search_terms';
export const SEARCH_DOCUMENT_UID = 'plugin::newsroom.search-document';
export const SEARCH_DOCUMENT_TABLE = 'newsroom_search_documents';

export const searchTermModel = {
  uid: SEARCH_TERM_UID,
  singularName: 'search-term',
  tableName: SEARCH_TERM_TABLE,
  attributes: {
    id: { type: 'increments' },
    documentId: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    term: { type: 'string', column: { notNullable: true } },
    /** Occurrences weighted by field (title 3, standfirst/kicker/keywords 2, body 1). */
    frequency: { type: 'float', column: { notNullable: true } },
  },
  indexes: [
    { name: 'newsroom_search_terms_lookup', columns: ['locale', 'term'] },
    { name: 'newsroom_search_terms_document', columns: ['document_id', 'locale'] },
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
  },
  indexes: [
    { name: 'newsroom_search_documents_version', columns: ['document_id', 'locale'] },
    { name: 'newsroom_search_documents_recent', columns: ['locale', 'published_at'] },
  ],
};
