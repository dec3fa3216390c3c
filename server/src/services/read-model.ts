import crypto from 'crypto';
import { promisify } from 'util';
import zlib from 'zlib';
import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { READ_DEPENDENCY_TABLE, READ_DEPENDENCY_UID, READ_MODEL_TABLE, READ_MODEL_UID } from '../models/read-model';
import { rightsHeaders } from '../rights';
import { getService } from '../utils/get-service';
import { insertRows, ROWS_PER_INSERT } from '../utils/insert-rows';
import { keepPlannerStatistics } from '../utils/planner-statistics';
import { chunks, chunksBySize, groupBy, idsByLocale, IDS_PER_READ, type Version } from '../utils/versions';
import { slugKey } from '../utils/slug-key';
import { isLockConflict } from '../utils/lock-conflict';
import { retryOnLockConflict, transactionWithRetry } from '../utils/lock-retry';
import type { RenderedArticle } from './articles';

type Row = Record<string, any>;

/** One prepared answer of `GET /api/newsroom/articles/:slug`. */
export interface PreparedRead {
  documentId: string;
  /** The slug the body was rendered with (a read checks it against the one asked for). */
  slug: string;
  body: string;
  /** gzip of `body`, base64; null for a row written without it. */
  gzip: string | null;
  /** Brotli of `body`, base64; null for a row written without it. */
  br: string | null;
  /** Strong ETag, quoted. */
  etag: string;
  /** Rights headers of the article (TDMRep, X-Robots-Tag). */
  headers: Record<string, string>;
  /** When the body last changed, ms since the epoch (whole seconds: HTTP dates have no more). */
  lastModified: number;
}

const META = ['id', 'documentId', 'etag', 'headers', 'lastModified', 'stale', 'gen', 'slug'];
/** How long a warmer's claim on a stale row holds before another node may take it (a crashed warmer's rows come back). */
export const WARM_CLAIM_MS = 60_000;

const prepared = (row: Row): PreparedRead => ({
  documentId: row.documentId,
  slug: row.slug,
  body: row.body,
  gzip: row.gzip ?? null,
  br: row.br ?? null,
  etag: row.etag,
  headers: (row.headers ?? {}) as Record<string, string>,
  lastModified: Number(row.lastModified),
});

/**
 * Brotli of a served body: quality 9 with a 64 KB window (LGWIN 16). With brotli's default window
 * (4 MB), quality 9 spends 35–50 ms on any article, 16 KB or 100 KB alike, setting up its large
 * hash tables; with LGWIN 16 it takes under 1 ms and the output is within 0.5% of the default
 * window's (a body over 64 KB loses a little more). Measured by `npm run bench:compress`
 * (bench/README.md). Every render pays this: the warmer's, a stale read's, an import's.
 */
const brotliOptions = (body: string): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
    [zlib.constants.BROTLI_PARAM_LGWIN]: 16,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
  },
});
export const brotli = (body: string): Buffer => zlib.brotliCompressSync(body, brotliOptions(body));

const gzipOffThread = promisify(zlib.gzip);
const brotliOffThread = promisify(zlib.brotliCompress);

/**
 * A served body's gzip and brotli, base64, compressed on libuv's thread pool (zlib's asynchronous
 * functions; the same bytes as the synchronous ones): the event loop serves other requests meanwhile,
 * and a slice's renders compress side by side on the machine's other cores.
 */
async function compressed(body: string): Promise<{ gzip: string; br: string }> {
  const [gzip, br] = await Promise.all([gzipOffThread(body), brotliOffThread(body, brotliOptions(body))]);
  return { gzip: gzip.toString('base64'), br: br.toString('base64') };
}

/** Strong ETag of a served body: its SHA-256. */
export const strongEtag = (body: string | Buffer): string => `"${crypto.createHash('sha256').update(body).digest('base64url')}"`;

/**
 * The read model (models/read-model.ts): prepared answers of the article
 * detail read, kept in the database so every Strapi node serves the same
 * bytes. Writes never render: they mark rows stale in one statement (the
 * article's own row, its dependents' rows, or every row for a settings
 * change); the next read of a stale row re-renders it once and stores it,
 * and `warm()` does the same for rows no one reads.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const model = () => strapi.db.query(READ_MODEL_UID);
  const deps = () => strapi.db.query(READ_DEPENDENCY_UID);

  /** The running write's transaction (or a new one, re-run whole on a lock conflict), for the statements the Query Engine cannot express. */
  const inTransaction = <T>(work: (trx: any) => Promise<T>): Promise<T> => transactionWithRetry(strapi, 'read model invalidate', work);

  /** Parameters per statement, under SQLite's (32,766) and PostgreSQL's (65,535) limits. */
  const IDS_PER_UPDATE = 30000;
  /** Versions rendered and stored together (a render holds its article in memory until the store). */
  const RENDERS_AT_ONCE = 50;

  /** Served bytes (body, gzip and brotli) of the new rows one INSERT stores: well under MariaDB's default max_allowed_packet (16 MiB). */
  const STORE_BYTES_PER_INSERT = 4 * 1024 * 1024;
  /** A new row's served bytes (its body, gzip and brotli), as its INSERT carries them. */
  const servedBytes = (item: { data: Row }): number => ['body', 'gzip', 'br'].reduce((sum, key) => sum + Buffer.byteLength(String(item.data[key] ?? '')), 0);

  /**
   * Mark stale, moving their generation and dropping any warmer's claim: the rows of `documentId`
   * (this locale's, and its other locales', which list it among their translations) and the rows of
   * the articles of `locale` whose links show it. The rows are found by a plain read (two index
   * lookups, no lock) and updated by primary key in one UPDATE whatever the number of dependents:
   * an UPDATE over an OR or a subquery locks every row it scans on MariaDB/MySQL, and concurrent
   * writes then deadlock. Returns whether `documentId` has a row in `locale`.
   */
  async function markStale(documentId: string, locale: string): Promise<boolean> {
    return inTransaction(async (trx) => {
      const rows = (await trx(READ_MODEL_TABLE)
        .select('id', 'document_id', 'locale')
        .where('document_id', documentId)
        .union((union: any) =>
          union
            .select('id', 'document_id', 'locale')
            .from(READ_MODEL_TABLE)
            .where('locale', locale)
            .whereIn('document_id', trx(READ_DEPENDENCY_TABLE).select('document_id').where({ target: documentId, locale }))
        )) as Row[];
      const ids = rows.map((row) => row.id);
      for (let i = 0; i < ids.length; i += IDS_PER_UPDATE) {
        await trx(READ_MODEL_TABLE)
          .update({ stale: true, gen: trx.raw('?? + 1', ['gen']), claimed_until: null })
          .whereIn('id', ids.slice(i, i + IDS_PER_UPDATE));
      }
      return rows.some((row) => row.document_id === documentId && row.locale === locale);
    });
  }

  /**
   * A slug belongs to one published version of a locale (slug reservations), so another document's row
   * still holding the key of a slug rendered now is outdated: its document was deleted, renamed or
   * unpublished, and the row waits for its own re-render. It gives the key up and is marked stale
   * (its generation moved, so a render of it in flight does not store the old slug back). Found by a
   * plain read, updated by primary key (no range lock on MariaDB/MySQL); nearly always none.
   */
  async function releaseSlugKeys(rendered: { documentId: string; slugKey: string | null }[]): Promise<void> {
    const keys = rendered.flatMap((r) => (r.slugKey ? [r.slugKey] : []));
    if (keys.length === 0) return;
    // In the store's transaction (joined), so the key is given up and taken in one commit.
    await strapi.db.transaction(async ({ trx }) => {
      const holders = (await trx(READ_MODEL_TABLE).select('id', 'document_id', 'slug_key').whereIn('slug_key', keys)) as Row[];
      const owner = new Map(rendered.map((r) => [r.slugKey, r.documentId]));
      const outdated = holders.filter((row) => owner.get(row.slug_key) !== row.document_id).map((row) => row.id);
      if (outdated.length === 0) return;
      await trx(READ_MODEL_TABLE)
        .update({ slug: null, slug_key: null, stale: true, gen: trx.raw('?? + 1', ['gen']), claimed_until: null })
        .whereIn('id', outdated);
    });
  }

  /** What a render of `documentId` stores over its row `known` (null: no row yet), and the read it serves (null: not published). */
  async function prepare(documentId: string, locale: string, known: Row | null, rendered: RenderedArticle | null): Promise<{ read: PreparedRead | null; data: Row }> {
    if (!rendered) {
      return { read: null, data: { slug: null, slugKey: null, body: null, gzip: null, br: null, etag: null, headers: null, lastModified: null, stale: false, claimedUntil: null } };
    }
    const now = Math.floor(Date.now() / 1000) * 1000;
    const body = JSON.stringify({ data: rendered.article, meta: {} });
    const etag = strongEtag(body);
    const before = known && known.etag === etag && known.lastModified ? Number(known.lastModified) : null;
    // Moves only when the body changes, and always forward (a second change within the second moves it by one).
    const lastModified = before ?? Math.max(now, known?.lastModified ? Number(known.lastModified) + 1000 : 0);
    const read: PreparedRead = {
      documentId,
      slug: rendered.article.slug,
      body,
      ...(await compressed(body)),
      etag,
      headers: rightsHeaders(rendered.article.rights),
      lastModified,
    };
    const { slug } = read;
    return { read, data: { slug, slugKey: slugKey(locale, slug), body, gzip: read.gzip, br: read.br, etag, headers: read.headers, lastModified: String(lastModified), stale: false, claimedUntil: null } };
  }

  /**
   * Store what was rendered for these versions of `locale`, each unless its row's generation moved since
   * `known.gen` was read (a write invalidated it meanwhile: the next read renders again), then their
   * dependencies (the articles they show), set-wise; a row of another document still holding one of
   * their slugs gives it up first (releaseSlugKeys). Throws when a row cannot be stored (another node
   * created the version's row first).
   */
  async function store(locale: string, items: { documentId: string; known: Row | null; data: Row; targets: string[] }[]): Promise<number> {
    await releaseSlugKeys(items.map((item) => ({ documentId: item.documentId, slugKey: item.data.slugKey as string | null })));
    const stored: typeof items = [];
    const fresh: typeof items = [];
    for (const item of items) {
      if (!item.known) {
        fresh.push(item);
        continue;
      }
      // Through the Query Engine's updateMany: it serialises `headers` (JSON), which the raw query builder does not.
      const { count } = await model().updateMany({ where: { id: item.known.id, gen: item.known.gen }, data: item.data });
      if (Number(count) > 0) stored.push(item);
    }
    // Rows no version had yet (a re-index of articles written before the read model, a render of a row deleted meanwhile):
    // multi-row INSERTs, each under STORE_BYTES_PER_INSERT of served bytes (MariaDB refuses a statement over its max_allowed_packet).
    for (const part of chunksBySize(fresh, servedBytes, STORE_BYTES_PER_INSERT)) {
      await model().createMany({ data: part.map((item) => ({ documentId: item.documentId, locale, gen: 0, ...item.data })) });
      stored.push(...part);
    }
    if (stored.length === 0) return 0;
    await deps().deleteMany({ where: { documentId: { $in: stored.map((item) => item.documentId) }, locale } });
    const rows = stored.flatMap(({ documentId, targets }) => targets.map((target) => ({ document_id: documentId, locale, target })));
    await strapi.db.transaction(({ trx }) => insertRows(trx as never, READ_DEPENDENCY_TABLE, ['document_id', 'locale', 'target'], rows));
    return stored.length;
  }

  /**
   * Render the published versions of these documents in `locale` and store them, each unless its
   * row's generation moved since `known.gen` was read (a write invalidated it meanwhile: the next read
   * renders again); RENDERS_AT_ONCE at a time, each slice rendered set-wise
   * (articles.renderPublishedMany) and stored in one transaction. When a slice's transaction fails
   * (a deadlock) it runs again; when it still fails (another node stored a row first), each of its
   * versions is stored on its own, and one that still fails is logged. Returns what was rendered (null: not
   * published), by document id, stored or not, and how many rows were stored.
   */
  async function rebuild(locale: string, rows: { documentId: string; known: Row | null }[]): Promise<{ reads: Map<string, PreparedRead | null>; stored: number }> {
    const reads = new Map<string, PreparedRead | null>();
    let stored = 0;
    if (rows.length === 0) return { reads, stored };
    const settings = await getService(strapi, 'settings').get();
    for (const slice of chunks(rows, RENDERS_AT_ONCE)) {
      const rendered = await getService(strapi, 'articles').renderPublishedMany(slice.map((r) => r.documentId), locale, { settings });
      const items = await Promise.all(
        slice.map(async ({ documentId, known }) => {
          const found = rendered.get(documentId) ?? null;
          const { read, data } = await prepare(documentId, locale, known, found);
          reads.set(documentId, read);
          return { documentId, known, data, targets: found?.targets ?? [] };
        })
      );
      // Each transaction run again on a lock conflict: on MariaDB/MySQL two stores at once can deadlock (each
      // deletes a document's dependency rows, locking the index gap the other inserts into) and InnoDB rolls
      // one back, which would leave its rows stale until their claim lapses.
      const storeNow = (part: typeof items) => transactionWithRetry(strapi, 'read model store', () => store(locale, part));
      try {
        stored += await storeNow(items);
      } catch (error) {
        // Still failing (another node stored a row first, or holds its slug): each version on its own, so that costs only itself.
        if (items.length === 1) {
          notStored(items[0].documentId, locale, error);
          continue;
        }
        strapi.log.debug(`[newsroom] read model: ${items.length} rows of ${locale} stored one by one: ${(error as Error).message}`);
        for (const item of items) {
          try {
            stored += await storeNow([item]);
          } catch (e) {
            notStored(item.documentId, locale, e);
          }
        }
      }
    }
    return { reads, stored };
  }

  /** A render not stored (another node stored the version, or holds its slug, first): what was rendered is served, the next read looks again. */
  const notStored = (documentId: string, locale: string, error: unknown) =>
    strapi.log.warn(`[newsroom] read model: ${documentId}/${locale} not stored: ${(error as Error).message}`);

  /** `rebuild` of one version: what a read of a stale or missing row serves. */
  const rebuildOne = async (documentId: string, locale: string, known: Row | null): Promise<PreparedRead | null> =>
    (await rebuild(locale, [{ documentId, known }])).reads.get(documentId) ?? null;

  /**
   * Serve a current row. With `wanted` (a conditional request) the row was read without its body:
   * the body is loaded only when the client's copy is not current.
   */
  async function current(row: Row, wanted?: (meta: Omit<PreparedRead, 'body' | 'gzip'>) => boolean): Promise<PreparedRead> {
    if (wanted && !wanted(prepared(row))) return { ...prepared(row), body: '', gzip: null, br: null };
    if (wanted) {
      const full = (await model().findOne({ where: { id: row.id }, select: ['body', 'gzip', 'br'] })) as Row | null;
      return prepared({ ...row, ...full });
    }
    return prepared(row);
  }

  return {
    /**
     * The prepared answer for (locale, slug): one indexed lookup when it is current. With `metaOnly`,
     * the row's ETag and dates are read first and the body only when `wanted(meta)` says so
     * (a conditional request the client's copy satisfies never loads the body). Null: no published article.
     */
    async read(locale: string, slug: string, wanted?: (meta: Omit<PreparedRead, 'body' | 'gzip'>) => boolean): Promise<PreparedRead | null> {
      const row = (await model().findOne({ where: { slugKey: slugKey(locale, slug) }, select: wanted ? META : [...META, 'body', 'gzip', 'br'] })) as Row | null;
      // The key is a hash: a row found holds this slug unless a hash collided, which this check makes harmless.
      if (row && row.slug === slug && !row.stale) return current(row, wanted);
      if (row && row.slug === slug) {
        const fresh = await rebuildOne(row.documentId, locale, row);
        if (fresh?.slug === slug) return fresh;
      }
      // No row for this slug (not yet rendered, or renamed): find the published version that has it.
      const published = (await strapi.db.query(ARTICLE_UID).findMany({
        where: { locale, slug, publishedAt: { $notNull: true } },
        select: ['documentId', 'slug'],
        limit: 5,
      })) as Row[];
      const hit = published.find((p) => p.slug === slug);
      if (!hit) return null;
      const known = (await model().findOne({ where: { documentId: hit.documentId, locale }, select: META })) as Row | null;
      const fresh = await rebuildOne(hit.documentId, locale, known);
      return fresh?.slug === slug ? fresh : null;
    },

    /**
     * The prepared answer for the published version of `documentId` in `locale`, from the same row
     * the slug read serves (rows are keyed by document and locale): one indexed lookup when it is
     * current, a render when it is stale or missing. Null: no published version (a draft's id finds nothing).
     */
    async readByDocument(locale: string, documentId: string, wanted?: (meta: Omit<PreparedRead, 'body' | 'gzip'>) => boolean): Promise<PreparedRead | null> {
      const row = (await model().findOne({ where: { documentId, locale }, select: wanted ? META : [...META, 'body', 'gzip', 'br'] })) as Row | null;
      if (row && !row.stale) return row.slug === null ? null : current(row, wanted);
      if (row) return rebuildOne(documentId, locale, row);
      // No row: store one only for a published version, so requests for made-up ids write nothing.
      const published = await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale, publishedAt: { $notNull: true } }, select: ['id'] });
      return published ? rebuildOne(documentId, locale, null) : null;
    },

    /**
     * A write changed what the public sees of these versions (published, unpublished, deleted, draft
     * discarded): mark their rows stale, those of every article showing them, and those of the
     * document's other locales (their language alternates name this version), in this transaction.
     * A version with no row yet gets a stale placeholder, so a read that rendered it before this
     * write committed cannot store its older copy. `newDocument`: the write created the document
     * under a new id, so it has no row and no article shows it yet; only its placeholder is written.
     */
    async invalidate(versions: { documentId: string; locale: string }[], options: { newDocument?: boolean } = {}): Promise<void> {
      const placeholders: Row[] = [];
      for (const { documentId, locale } of versions) {
        const hasRow = options.newDocument ? false : await markStale(documentId, locale);
        if (!hasRow) placeholders.push({ documentId, locale, gen: 1, stale: true });
      }
      // createMany: one INSERT per ROWS_PER_INSERT rows (a batch's), where create would read each row back.
      for (const part of chunks(placeholders, ROWS_PER_INSERT)) await model().createMany({ data: part });
    },

    /**
     * Everything rendered changed (settings): every row is stale, in one UPDATE. It meets every warmer's
     * claim and every reader's store, so a lock conflict runs it again (the settings are stored already).
     */
    async invalidateAll(): Promise<void> {
      await retryOnLockConflict(strapi, 'read model invalidate all', () =>
        strapi.db.queryBuilder(READ_MODEL_UID).update({ stale: true, claimedUntil: null }).increment('gen').execute()
      );
    },

    /**
     * Re-render up to `limit` stale rows (oldest first) that no other warmer holds; returns how many
     * this call rendered and stored. Safe on every node at once: each row is claimed first (one conditional
     * UPDATE: it succeeds on one node only), and a render is stored only if no write moved the row's
     * generation meanwhile, so a read during warming renders for itself and never sees older content.
     */
    async warm(limit = 100): Promise<number> {
      // Its set-wise render's reads need SQLite's statistics (utils/planner-statistics.ts).
      await keepPlannerStatistics(strapi);
      const now = Date.now();
      const unclaimed = { $or: [{ claimedUntil: { $null: true } }, { claimedUntil: { $lt: now } }] };
      const rows = (await model().findMany({ where: { stale: true, ...unclaimed }, select: META.concat('locale'), orderBy: { id: 'asc' }, limit })) as Row[];
      const claimed: Row[] = [];
      for (const row of rows) {
        try {
          const { count } = await model().updateMany({ where: { id: row.id, gen: row.gen, stale: true, ...unclaimed }, data: { claimedUntil: now + WARM_CLAIM_MS } });
          if (Number(count) > 0) claimed.push(row);
        } catch (error) {
          // A claim is a try-lock: refused by the database (another node's claim or a write's invalidation
          // holds the row: a deadlock or lock timeout on MariaDB), the row is someone else's this tick.
          // Not retryOnLockConflict: a retry would wait on the same holder again (up to a lock timeout per
          // run) while the rest of the batch waits, and either outcome leaves the row to another node or
          // the next tick; stale rows are served correctly meanwhile (a read renders for itself).
          if (!isLockConflict(error)) throw error;
        }
      }
      let rendered = 0;
      for (const [locale, group] of groupBy(claimed, (row) => row.locale as string)) {
        try {
          // The claimed rows of a locale, rendered set-wise and stored a slice per transaction.
          rendered += (await rebuild(locale, group.map((row) => ({ documentId: row.documentId, known: row })))).stored;
          continue;
        } catch (error) {
          strapi.log.debug(`[newsroom] read model warmer: ${group.length} rows of ${locale} rendered one by one: ${(error as Error).message}`);
        }
        // One row whose render fails must not keep the others stale: each on its own.
        for (const row of group) {
          try {
            rendered += (await rebuild(locale, [{ documentId: row.documentId, known: row }])).stored;
          } catch (error) {
            // The claim lapses and another run retries; the row stays stale, so reads render it themselves.
            // A lock conflict (a write holding the row) is expected under load; anything else is worth a warning.
            strapi.log[isLockConflict(error) ? 'debug' : 'warn'](`[newsroom] read model warmer: ${row.documentId}/${locale} not rendered: ${(error as Error).message}`);
          }
        }
      }
      return rendered;
    },

    /** How many rows wait for a re-render (a warmer's backlog). */
    async staleCount(): Promise<number> {
      return Number(await model().count({ where: { stale: true } }));
    },

    /**
     * Render and store these versions now (a re-index; a batch of creates, for the versions it
     * published): set-wise, RENDERS_AT_ONCE versions of a locale at a time (`rebuild`).
     */
    async refresh(versions: Version[]): Promise<void> {
      for (const [locale, ids] of idsByLocale(versions)) {
        for (const part of chunks(ids, IDS_PER_READ)) {
          const known = (await model().findMany({ where: { documentId: { $in: part }, locale }, select: META })) as Row[];
          const byDocument = new Map(known.map((row) => [row.documentId as string, row]));
          await rebuild(locale, part.map((documentId) => ({ documentId, known: byDocument.get(documentId) ?? null })));
        }
      }
    },

  };
};
