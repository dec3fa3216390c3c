/**
 * The inverted index behind related suggestions: one row per (published
 * article version, term). A plain database model (no content type, no admin
 * screen), created and migrated by Strapi's schema sync like its own tables.
 */
export const TERM_INDEX_UID = 'plugin::newsroom.term-index';
export const TERM_INDEX_TABLE = 'newsroom_term_index';

export const termIndexModel = {
  uid: TERM_INDEX_UID,
  singularName: 'term-index',
  tableName: TERM_INDEX_TABLE,
  attributes: {
    id: { type: 'increments' },
    documentId: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    term: { type: 'string', column: { notNullable: true } },
    weight: { type: 'float', column: { notNullable: true } },
  },
  indexes: [
    { name: 'newsroom_term_index_lookup', columns: ['locale', 'term'] },
    { name: 'newsroom_term_index_document', columns: ['document_id', 'locale'] },
  ],
};
