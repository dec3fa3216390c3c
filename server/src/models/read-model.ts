/**
 * The read model: what the public sees of a published article in a locale,
 * prepared — the response body of `GET /api/newsroom/articles/:slug` as served
 * (JSON text), its gzip and brotli bytes (base64), strong ETag, rights
 * headers and the time the body last changed. One row per (document, locale);
 * a read is one indexed lookup by `slugKey` (utils/slug-key.ts: a hash of
 * locale and slug, so MariaDB's collations cannot equate two Arabic slugs
 * that differ, as they would on the slug column itself).
 *
 * Compressed bytes are base64 text: the Query Engine has no binary attribute
 * type on all three databases (base64 costs a third more bytes in the row;
 * the served answer is the decoded bytes).
 *
 * `stale` marks a row whose inputs changed (the article, a linked article,
 * the settings); `gen` counts those changes, so a reader that re-rendered
 * from older data cannot overwrite a newer invalidation (its write is
 * conditioned on the `gen` it read first). A row with no slug is a
 * placeholder: the version is not published, or not rendered yet.
 * `claimedUntil` (ms since the epoch) is the warmer's claim on a stale row, so
 * warmers on several nodes do not render the same row at once.
 */
export const READ_MODEL_UID = 'plugin::newsroom.read-model';
export const READ_MODEL_TABLE = 'newsroom_read_model';

export const readModelModel = {
  uid: READ_MODEL_UID,
  singularName: 'read-model',
  tableName: READ_MODEL_TABLE,
  attributes: {
    id: { type: 'increments' },
    documentId: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    slug: { type: 'string' },
    slugKey: { type: 'string' },
    body: { type: 'text' },
    gzip: { type: 'text' },
    br: { type: 'text' },
    etag: { type: 'string' },
    headers: { type: 'json' },
    lastModified: { type: 'biginteger' },
    gen: { type: 'integer', column: { notNullable: true, defaultTo: 0 } },
    stale: { type: 'boolean', column: { notNullable: true, defaultTo: false } },
    claimedUntil: { type: 'biginteger' },
  },
  indexes: [
    { name: 'newsroom_read_model_slug_key', columns: ['slug_key'], type: 'unique' },
    { name: 'newsroom_read_model_stale', columns: ['stale'] },
    { name: 'newsroom_read_model_document', columns: ['document_id', 'locale'], type: 'unique' },
  ],
};

/**
 * Which published article shows which other one (a related-link block or the
 * related list shows the target's title and slug): one row per (dependent,
 * locale, target), reverse-indexed by target, so a change to a target marks
 * exactly its dependents stale.
 */
export const READ_DEPENDENCY_UID = 'plugin::newsroom.read-dependency';
export const READ_DEPENDENCY_TABLE = 'newsroom_read_dependencies';

export const readDependencyModel = {
  uid: READ_DEPENDENCY_UID,
  singularName: 'read-dependency',
  tableName: READ_DEPENDENCY_TABLE,
  attributes: {
    id: { type: 'increments' },
    documentId: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    target: { type: 'string', column: { notNullable: true } },
  },
  indexes: [
    { name: 'newsroom_read_dependencies_target', columns: ['target', 'locale'] },
    { name: 'newsroom_read_dependencies_document', columns: ['document_id', 'locale'] },
  ],
};
