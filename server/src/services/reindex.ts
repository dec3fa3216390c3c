import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { DERIVED_VERSION, deriveArticle } from '../render/derive';
import { getService } from '../utils/get-service';
import { transactionWithRetry } from '../utils/lock-retry';
import { chunks } from '../utils/versions';

const BATCH = 200;
/** Published versions indexed per transaction. */
const INDEX_CHUNK = 50;

type Row = Record<string, any>;

/**
 * Derived fields (word count, reading time, search text, render cache) of
 * stored rows: recomputed for the versions a clone wrote, and for every row
 * once whenever DERIVED_VERSION moves. The version reached is kept in the
 * database, so every node agrees; two nodes re-indexing at once do the same
 * idempotent work. Writes go to the rows directly (never through the
 * Document Service, which would run the write pipeline again).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom', key: 'derived-version' });
  const rows = () => strapi.db.query(ARTICLE_UID);

  /** Recompute the derived fields of the rows matching `where`, in batches; returns them. */
  async function rederive(where: Row, wordsPerMinute: number, each: (batch: Row[]) => Promise<void> = async () => undefined): Promise<number> {
    let updated = 0;
    // Keyset pages (the rows after the last one seen, by id): an OFFSET page reads every row before it,
    // so a re-index of the whole table would read it some n²/400 times over.
    for (let after = 0; ; ) {
      const batch = (await rows().findMany({
        where: { $and: [where, { id: { $gt: after } }] },
        select: ['id', 'documentId', 'locale', 'publishedAt', 'title', 'standfirst', 'kicker', 'keywords', 'direction'],
        populate: { body: true },
        orderBy: { id: 'asc' },
        limit: BATCH,
      })) as Row[];
      if (batch.length === 0) return updated;
      after = Number(batch[batch.length - 1].id);
      // updateMany, not update: re-deriving is no edit, and the Query Engine's `update` stamps `updatedAt`
      // (an upgrade would date every article to the re-index, and move the list's updatedAt order).
      // The batch's rows in one transaction, in id order (two nodes re-indexing at boot lock them in the
      // same order and wait for each other); a lock conflict runs the batch again (it is idempotent).
      await transactionWithRetry(strapi, `re-derive ${batch.length} rows`, async () => {
        for (const row of batch) await rows().updateMany({ where: { id: row.id }, data: deriveArticle(row, row.locale, wordsPerMinute) });
      });
      updated += batch.length;
      await each(batch);
      if (batch.length < BATCH) return updated;
    }
  }

  /** The indexes and read model of a batch of re-derived rows, rebuilt from them. */
  async function rebuild(batch: Row[]): Promise<void> {
    // INDEX_CHUNK versions per index transaction (the indexes' set-wise writes, as a batch of creates
    // makes them); two nodes re-indexing at boot take the versions' rows in the same order.
    const published = batch.filter((r) => r.publishedAt).map((row) => ({ documentId: row.documentId as string, locale: row.locale as string }));
    for (const part of chunks(published, INDEX_CHUNK)) {
      await getService(strapi, 'suggestions').indexDocuments(part);
      await getService(strapi, 'search').indexDocuments(part);
    }
    // Links recorded from each draft's relations; its published version gets the same list.
    for (const draft of batch.filter((row) => !row.publishedAt)) {
      await getService(strapi, 'links').record(draft.documentId, draft.locale, { published: true });
    }
    await getService(strapi, 'slugs').sync(batch.map(({ documentId, locale }) => ({ documentId, locale })));
    // The read model last: it renders from the links and derived fields just stored.
    await getService(strapi, 'readModel').refresh(batch.filter((r) => r.publishedAt).map(({ documentId, locale }) => ({ documentId, locale })));
  }

  return {
    /** Recompute the derived fields of these versions (drafts and published rows). */
    async versions(versions: { documentId: string; locale: string }[]): Promise<void> {
      if (versions.length === 0) return;
      const { wordsPerMinute } = await getService(strapi, 'settings').get();
      await rederive({ $or: versions.map(({ documentId, locale }) => ({ documentId, locale })) }, wordsPerMinute);
    },

    /** Recompute every row when the stored derivation version is older than the code's. Returns rows updated. */
    async ifNeeded(): Promise<number> {
      const stored = Number((await store().get({})) ?? 0);
      if (stored >= DERIVED_VERSION) return 0;
      const updated = await this.all();
      await store().set({ value: DERIVED_VERSION });
      return updated;
    },

    /**
     * Everything derived of these versions, rebuilt from their rows: what to run after writing article
     * rows below the Document Service (a migration through the Query Engine or SQL), which the write
     * pipeline never saw. `all()` does the same for every row.
     */
    async documents(versions: { documentId: string; locale: string }[]): Promise<number> {
      if (versions.length === 0) return 0;
      const { wordsPerMinute } = await getService(strapi, 'settings').get();
      const where = { $or: versions.map(({ documentId, locale }) => ({ documentId, locale })) };
      return rederive(where, wordsPerMinute, rebuild);
    },

    /** Recompute the derived fields, links, suggestion and search indexes, list stats, slug reservations and read model of every article row. */
    async all(): Promise<number> {
      const { wordsPerMinute } = await getService(strapi, 'settings').get();
      // Rows of versions gone since (or rendered by older code) are re-rendered on their next read.
      await getService(strapi, 'readModel').invalidateAll();
      const updated = await rederive({}, wordsPerMinute, rebuild);
      // Counted once from the rebuilt rows: stats from before (or lost to a crash mid-way) are replaced.
      await getService(strapi, 'list').recount();
      return updated;
    },
  };
};
