/**
 * What the WordPress import remembers, in plugin tables (never on the article, so no public
 * channel can show it): one row per imported post and locale — the key that makes a re-import
 * update instead of duplicating, the hash that makes an unchanged post a no-op, the old permalink
 * behind the redirect map — and one row per import job, so a job a restart interrupted resumes.
 */
export const WORDPRESS_ITEM_UID = 'plugin::newsroom.wordpress-item';
export const WORDPRESS_ITEM_TABLE = 'newsroom_wordpress_items';

export const wordpressItemModel = {
  uid: WORDPRESS_ITEM_UID,
  singularName: 'wordpress-item',
  tableName: WORDPRESS_ITEM_TABLE,
  attributes: {
    id: { type: 'increments' },
    /** sha-256 of (locale, post id, GUID): ASCII and short, so every database indexes it the same way. */
    key: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    postId: { type: 'biginteger', column: { notNullable: true } },
    guid: { type: 'text' },
    /** The post's permalink on the old site, and its normalised form's hash (what read-also links are looked up by). */
    link: { type: 'text' },
    linkKey: { type: 'string' },
    documentId: { type: 'string', column: { notNullable: true } },
    /** sha-256 of the source item and the converter version. */
    hash: { type: 'string', column: { notNullable: true } },
    /** Read-also links of the post whose target was not found when it was written. */
    unresolved: { type: 'integer', column: { notNullable: true, defaultTo: 0 } },
    /** Source URL → Media Library file id of the post's media, so a re-import reuses its uploads. */
    media: { type: 'json' },
    jobId: { type: 'integer' },
    /**
     * The post's translation group on a multilingual site (Polylang's `post_translations` term): the
     * posts sharing it are one article's locales, so the first imported makes the document and the
     * others (imported into their own locales) become its versions.
     */
    translationGroup: { type: 'string' },
    /**
     * The translation group again, on the row of the post that made the group's article only (null on
     * every other row): unique, so of two imports of the group's languages running at once only one
     * makes the article, and the other's post becomes its version in its locale (services/wordpress-writer.ts).
     */
    groupFirst: { type: 'string' },
  },
  indexes: [
    { name: 'newsroom_wordpress_items_key', columns: ['key'], type: 'unique' },
    { name: 'newsroom_wordpress_items_post', columns: ['locale', 'post_id'] },
    { name: 'newsroom_wordpress_items_link', columns: ['locale', 'link_key'] },
    { name: 'newsroom_wordpress_items_job', columns: ['job_id'] },
    { name: 'newsroom_wordpress_items_translation', columns: ['translation_group'] },
    { name: 'newsroom_wordpress_items_group_first', columns: ['group_first'], type: 'unique' },
  ],
};

export const WORDPRESS_JOB_UID = 'plugin::newsroom.wordpress-job';
export const WORDPRESS_JOB_TABLE = 'newsroom_wordpress_jobs';

export const wordpressJobModel = {
  uid: WORDPRESS_JOB_UID,
  singularName: 'wordpress-job',
  tableName: WORDPRESS_JOB_TABLE,
  attributes: {
    id: { type: 'increments' },
    /** `queued` → `running` → `done` | `failed`, or `cancelled` by an admin from either; a `queued` or `running` job found at boot is run again. */
    status: { type: 'string', column: { notNullable: true } },
    locale: { type: 'string', column: { notNullable: true } },
    /** The export's own file name (the upload's, or the script's file), for the list of imports; null for jobs of earlier versions. */
    name: { type: 'string' },
    /** The export, kept on disk until the job ends (the upload's temp file is gone after the request). */
    file: { type: 'text', column: { notNullable: true } },
    options: { type: 'json' },
    progress: { type: 'json' },
    report: { type: 'json' },
    error: { type: 'text' },
    /**
     * Media Library files the job uploaded that no written post has taken yet (its post not written
     * yet, or its write failed): stored after each upload, so that a run stopped by a restart leaves
     * them to the resumed run, which removes, as any run does when it ends, those nothing uses.
     * Null when none is pending.
     */
    pendingMedia: { type: 'json' },
    /**
     * Until when the node running the job holds it (renewed as it saves its progress): another node,
     * or a second start on this one, runs it only once the claim is free or has lapsed.
     */
    claimedUntil: { type: 'datetime' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
};
