import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { DERIVED_VERSION, deriveArticle } from '../render/derive';
import { getService } from '../utils/get-service';

const BATCH = 200;

/**
 * Keeps the derived fields (word count, reading time, search text, render
 * cache) in step with the code that derives them: when DERIVED_VERSION moves,
 * every stored row — drafts and published versions — is recomputed once.
 * The version reached is kept in the database, so every node agrees; two nodes
 * re-indexing at once do the same idempotent work.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom', key: 'derived-version' });
  return {
    /** Recompute every row when the stored derivation version is older than the code's. Returns rows updated. */
    async ifNeeded(): Promise<number> {
      const stored = Number((await store().get({})) ?? 0);
      if (stored >= DERIVED_VERSION) return 0;
      const updated = await this.all();
      await store().set({ value: DERIVED_VERSION });
      return updated;
    },

    /** Recompute the derived fields of every article row. */
    async all(): Promise<number> {
      const { wordsPerMinute } = await getService(strapi, 'settings').get();
      const rows = strapi.db.query(ARTICLE_UID);
      let updated = 0;
      for (let offset = 0; ; offset += BATCH) {
        const batch = (await rows.findMany({
          select: ['id', 'documentId', 'locale', 'publishedAt', 'title', 'standfirst', 'kicker', 'keywords', 'direction'],
          populate: { body: true },
          orderBy: { id: 'asc' },
          offset,
          limit: BATCH,
        })) as Record<string, any>[];
        for (const row of batch) {
          await rows.update({ where: { id: row.id }, data: deriveArticle(row, row.locale, wordsPerMinute) });
          updated += 1;
        }
        for (const row of batch.filter((r) => r.publishedAt)) {
          await getService(strapi, 'suggestions').indexDocument(row.documentId, row.locale);
        }
        // Links recorded from each draft's relations; its published version gets the same list.
        for (const draft of batch.filter((row) => !row.publishedAt)) {
          const links = await getService(strapi, 'links').record(draft.documentId, draft.locale);
          if (links) await rows.updateMany({ where: { documentId: draft.documentId, locale: draft.locale, publishedAt: { $notNull: true } }, data: { links } });
        }
        if (batch.length < BATCH) return updated;
      }
    },
  };
};
