/**
 * The read model: what the public sees of a published article in a locale,
 * prepared — the response body of `GET /api/newsroom/articles/:slug` as served
 * (JSON text), its gzip bytes (base64), strong ETag, rights headers and the
 * time the body last changed. One row per (document, locale); a read is one
 * indexed lookup by (locale, slug).
 *
 * `stale` marks a row whose inputs changed (the article, a linked article,
 * the settings); `gen` counts those changes, so a reader that re-rendered
 * from older data cannot overwrite a newer invalidation (its write is
 * conditioned on the `gen` it read first). A row with no slug is a
 * placeholder: the version is not published, or not rendered yet.
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
    body: { type: 'text' },
    gzip: { type: 'text' },
    etag: { type: 'string' },
    headers: { type: 'json' },
    lastModified: { type: 'biginteger' },
    gen: { type: 'integer', column: { notNullable: true, defaultTo: 0 } },
    stale: { type: 'boolean', column: { notNullable: true, defaultTo: false } },
  },
  indexes: [
    { name: 'newsroom_read_model_slug', columns: ['locale', 'slug'], type: 'unique' },
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
