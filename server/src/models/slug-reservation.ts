/**
 * The database constraint behind slug uniqueness: one row per slug a document
 * uses in a locale (its draft's and its published version's), unique per
 * (locale, slug) through `key`, a hash of both: an ASCII key, so no database
 * collation can equate two Arabic slugs that differ (MariaDB's equates some
 * letter variants). Concurrent writers on any number of Strapi nodes cannot
 * both hold one slug; the loser of a race takes the next suffix.
 */
export const SLUG_RESERVATION_UID = 'plugin::newsroom.slug-reservation';
export const SLUG_RESERVATION_TABLE = 'newsroom_slug_reservations';

export const slugReservationModel = {
  uid: SLUG_RESERVATION_UID,
  singularName: 'slug-reservation',
  tableName: SLUG_RESERVATION_TABLE,
  attributes: {
    id: { type: 'increments' },
    key: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    slug: { type: 'string', column: { notNullable: true } },
    /** The owning document, or a write's claim token until the document it creates has an id. */
    documentId: { type: 'string', column: { notNullable: true } },
  },
  indexes: [
    { name: 'newsroom_slug_reservations_key', columns: ['key'], type: 'unique' },
    { name: 'newsroom_slug_reservations_document', columns: ['document_id', 'locale'] },
  ],
};

/**
 * Rows whose lock serialises the slug choice of writers of the same title
 * (same locale and base slug, hashed into a bucket): on MariaDB/MySQL, racing
 * inserts of one unique key deadlock, so writers queue on a row lock first.
 */
export const SLUG_LOCK_UID = 'plugin::newsroom.slug-lock';
export const SLUG_LOCK_TABLE = 'newsroom_slug_locks';
export const SLUG_LOCK_BUCKETS = 64;
/**
 * The row every write locks first on MariaDB/MySQL (steps/atomic.ts): its steps lock rows of several
 * plugin tables (slug buckets, section stats, read model, search index) in an order that depends on the
 * write, and under InnoDB's REPEATABLE READ two such writers can each hold what the other waits for.
 */
export const WRITE_QUEUE_LOCK = SLUG_LOCK_BUCKETS + 1;

export const slugLockModel = {
  uid: SLUG_LOCK_UID,
  singularName: 'slug-lock',
  tableName: SLUG_LOCK_TABLE,
  attributes: {
    id: { type: 'increments' },
  },
};
