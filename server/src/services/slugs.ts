import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { SLUG_LOCK_BUCKETS, SLUG_LOCK_TABLE, SLUG_RESERVATION_TABLE } from '../models/slug-reservation';
import { slugFor, suffixedSlug, suffixStem, uniqueSlug, type SlugStrategy } from '../text';
import { validationError } from '../utils/errors';
import { slugKey } from '../utils/slug-key';
import { transactionWithRetry } from '../utils/lock-retry';

export interface SlugRequest {
  /** What the write asked for: a slug, '' or null to regenerate, undefined to leave as is. */
  requested: string | null | undefined;
  /** The slug the document already has in this locale, if any. */
  stored: string | null;
  title: string;
  locale: string;
  /** Who claims the slug: the document written, or a claim token for a document not created yet. */
  owner: string;
  /** How to build a slug from the title when one must be generated. */
  strategy: SlugStrategy;
}

/** Used when a title has no letter or digit to build a slug from. */
const FALLBACK_BASE = 'article';
/** Suffixes tried after a lost race before giving up (each loss means another writer took one). */
const MAX_CLAIMS = 100;
/** Candidate slugs looked up per query when choosing a free one. */
const TAKEN_BATCH = 20;

type Row = Record<string, any>;
type Knex = Core.Strapi['db']['connection'];

const digest = (text: string) => crypto.createHash('sha256').update(text).digest();
/** The reservation key of a slug in a locale: ASCII, so collations compare it byte for byte. */
const keyOf = slugKey;

/**
 * Slugs: generated from the title, unique per locale, never silently changed
 * once chosen. Uniqueness is held by the database (a unique key per locale and
 * slug in `newsroom_slug_reservations`), so concurrent writers — on one node or
 * several — never share a slug: the one that loses a race takes the next suffix
 * (a generated slug) or gets a 400 (a typed one).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';
  /**
   * The running write's transaction (the pipeline's `atomic` step opened it), for queries the Query Engine
   * can't express; outside a write (a re-index), a transaction of its own, re-run whole on a lock conflict.
   */
  const inTransaction = <T>(label: string, work: (trx: Knex) => Promise<T>): Promise<T> => transactionWithRetry(strapi, `slugs ${label}`, work);

  /**
   * Queue behind any other writer choosing a slug from the same base in this
   * locale, until the transaction ends. SQLite has one writer at a time already.
   * Keyed by the base's stem: two long bases that differ only in words a
   * suffix would cost them share their suffixed candidates, so their writers
   * queue together too.
   */
  const bucketOf = (locale: string, base: string) => (digest(`${locale}\u0000${suffixStem(base)}`).readUInt32BE(0) % SLUG_LOCK_BUCKETS) + 1;
  async function lockBase(trx: Knex, locale: string, base: string): Promise<void> {
    if (isSqlite()) return;
    await trx(SLUG_LOCK_TABLE).where('id', bucketOf(locale, base)).forUpdate().first();
  }

  /**
   * Reserve `slug` in `locale` for `owner`; false when another document holds it. `lockFirst`: the base
   * whose lock (lockBase) the claim takes first, in the same statement on PostgreSQL (a CTE locking the
   * row, then the INSERT: one round trip for the two).
   */
  async function claim(trx: Knex, locale: string, slug: string, owner: string, lockFirst?: string): Promise<boolean> {
    const key = keyOf(locale, slug);
    const client = strapi.db.dialect.client;
    if (lockFirst !== undefined && client !== 'postgres') await lockBase(trx, locale, lockFirst);
    const insert = trx(SLUG_RESERVATION_TABLE).insert({ key, locale, slug, document_id: owner }).onConflict('key').ignore();
    if (client === 'mysql') {
      await insert;
    } else {
      // SQLite and PostgreSQL answer the row the insert added (PostgreSQL once any writer of the same key has
      // ended): a claim that wins is one statement. None added: the key was held already, by `owner` or another.
      const added = (
        lockFirst !== undefined && client === 'postgres'
          ? ((
              await trx.raw(
                'with lock as materialized (select id from ?? where id = ? for update) insert into ?? (key, locale, slug, document_id) select ?, ?, ?, ? from (select 1) as one left join lock on true on conflict (key) do nothing returning key',
                [SLUG_LOCK_TABLE, bucketOf(locale, lockFirst), SLUG_RESERVATION_TABLE, key, locale, slug, owner]
              )
            ).rows as unknown[])
          : await insert.returning('key')
      ) as unknown[];
      if (added.length > 0) return true;
    }
    // A locking read sees the latest committed row on MariaDB, whatever the transaction's snapshot. PostgreSQL's
    // statement sees it already (the insert waited for any writer of the key to end), and a share lock on another
    // document's reservation would make a writer renaming that document wait on this one, which may wait on it.
    const query = trx(SLUG_RESERVATION_TABLE).select('document_id').where('key', key);
    const held = (await (strapi.db.dialect.client === 'mysql' ? query.forShare() : query).first()) as { document_id: string } | undefined;
    return held?.document_id === owner;
  }

  return {
    /**
     * The candidates for `base` (`base`, then `base-2`, `base-3`…) that other
     * documents hold in `locale`, looked up by exact reservation key, a batch
     * at a time until one is free: an indexed lookup per batch, never a scan of
     * the slugs sharing a prefix (the reservations hold every version's slug;
     * the re-index fills them for rows from before they existed).
     */
    async taken(base: string, locale: string, owner: string, trx?: Knex): Promise<Set<string>> {
      const db = trx ?? strapi.db.connection;
      const taken = new Set<string>();
      for (let first = 1; ; first += TAKEN_BATCH) {
        const candidates = Array.from({ length: TAKEN_BATCH }, (_, i) => (first + i === 1 ? base : suffixedSlug(base, first + i)));
        const byKey = new Map(candidates.map((slug) => [keyOf(locale, slug), slug]));
        const rows = (await db(SLUG_RESERVATION_TABLE).select('key', 'document_id').whereIn('key', [...byKey.keys()])) as Row[];
        for (const row of rows) if (row.document_id !== owner) taken.add(byKey.get(row.key)!);
        if (candidates.some((slug) => !taken.has(slug))) return taken;
      }
    },

    /** Which of these slugs some document holds in `locale` (one indexed lookup per 500). */
    async held(slugs: readonly string[], locale: string): Promise<Set<string>> {
      const held = new Set<string>();
      for (let i = 0; i < slugs.length; i += 500) {
        const byKey = new Map(slugs.slice(i, i + 500).map((slug) => [keyOf(locale, slug), slug]));
        const rows = (await strapi.db.connection(SLUG_RESERVATION_TABLE).select('key').whereIn('key', [...byKey.keys()])) as Row[];
        for (const row of rows) held.add(byKey.get(row.key)!);
      }
      return held;
    },

    /**
     * The slug to store, reserved for `owner`, or undefined to keep the stored
     * one. A slug the editor typed is kept as typed and refused (400) when
     * another article has it; a generated one gets `-2`, `-3`… on collision.
     */
    async assign(request: SlugRequest): Promise<string | undefined> {
      const { requested, stored, title, locale, owner, strategy } = request;
      if (requested === undefined && stored) return undefined;
      if (typeof requested === 'string' && requested !== '' && requested === stored) return undefined;
      const typed = typeof requested === 'string' && requested !== '' ? requested : null;
      const base = typed ?? (slugFor(title, strategy) || FALLBACK_BASE);
      return inTransaction('assign', async (trx) => {
        // The claim refuses a slug another document holds: a typed slug needs nothing else. Either first claim
        // queues behind any other writer choosing from the same base (lockBase) before it inserts.
        if (typed) {
          if (!(await claim(trx, locale, typed, owner, base))) {
            throw validationError([{ path: ['slug'], message: `"${typed}" is already used by another article in locale "${locale}"` }]);
          }
          return typed;
        }
        // A generated slug is the base itself unless another document holds it (nearly always, for a new
        // title): claim it first, and look the suffixed candidates up only when that fails.
        if (await claim(trx, locale, base, owner, base)) return base;
        const taken = await this.taken(base, locale, owner, trx);
        taken.add(base);
        for (let attempt = 0; attempt < MAX_CLAIMS; attempt += 1) {
          const candidate = uniqueSlug(base, taken);
          if (await claim(trx, locale, candidate, owner)) return candidate;
          taken.add(candidate);
        }
        throw new Error(`[newsroom] no free slug for "${base}" in locale "${locale}" after ${MAX_CLAIMS} tries`);
      });
    },

    /** Hand the slugs a write claimed under a token over to the document it created. */
    async settle(token: string, documentId: string): Promise<void> {
      await inTransaction('settle', (trx) => trx(SLUG_RESERVATION_TABLE).where('document_id', token).update({ document_id: documentId }));
    },

    /**
     * A clone's draft in `locale` carries its source's slug: give it its own
     * (the source's slug with `-2`, `-3`…, or the clone's title when it has none).
     */
    async uniqueForClone(documentId: string, locale: string): Promise<void> {
      const rows = strapi.db.query(ARTICLE_UID);
      const draft = (await rows.findOne({ where: { documentId, locale, publishedAt: null }, select: ['id', 'slug', 'title'] })) as Row | null;
      if (!draft) return;
      const slug = await this.assign({ requested: null, stored: null, title: draft.slug || draft.title || '', locale, owner: documentId, strategy: 'unicode' });
      if (slug !== draft.slug) await rows.update({ where: { id: draft.id }, data: { slug } });
    },

    /**
     * Make the reservations of these versions what their rows hold now: the
     * slugs of the draft and the published version, nothing else (a renamed,
     * unpublished or deleted version frees its old slug).
     */
    async sync(versions: { documentId: string; locale: string }[]): Promise<void> {
      for (const { documentId, locale } of versions) {
        await inTransaction('sync', async (trx) => {
          const rows = (await strapi.db.query(ARTICLE_UID).findMany({ where: { documentId, locale }, select: ['slug'] })) as Row[];
          const wanted = new Map(rows.filter((r) => r.slug).map((r) => [keyOf(locale, r.slug), r.slug as string]));
          const held = (await trx(SLUG_RESERVATION_TABLE).select('key').where({ document_id: documentId, locale })) as { key: string }[];
          const stale = held.map((r) => r.key).filter((key) => !wanted.has(key));
          if (stale.length > 0) await trx(SLUG_RESERVATION_TABLE).whereIn('key', stale).delete();
          const missing = [...wanted].filter(([key]) => !held.some((r) => r.key === key));
          // A slug another document already holds (rows from before reservations existed) stays with it.
          for (const [key, slug] of missing) {
            await trx(SLUG_RESERVATION_TABLE).insert({ key, locale, slug, document_id: documentId }).onConflict('key').ignore();
          }
        });
      }
    },

    /** Lock rows exist for every bucket and for the write queue (idempotent; run at boot). */
    async ensureLocks(): Promise<void> {
      const ids = Array.from({ length: SLUG_LOCK_BUCKETS + 1 }, (_, i) => ({ id: i + 1 }));
      await strapi.db.connection(SLUG_LOCK_TABLE).insert(ids).onConflict('id').ignore();
    },
  };
};
