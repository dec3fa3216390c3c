import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { linkProblems, type LinkLookup } from '../links/validate';
import type { ArticleRef, BrokenLink } from '../types/api';
import { validationError } from '../utils/errors';
import { transactionWithRetry } from '../utils/lock-retry';

/** Document ids an article's links point at, in order: one per related-link block, then the related list. */
export interface StoredLinks {
  body: (string | null)[];
  related: string[];
}

type Row = Record<string, any>;

/** Links between articles: checked on write, recorded on write, resolved in one query on read. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(ARTICLE_UID);

  return {
    /** 400 naming each bad link of a write (self, other locale, missing target, duplicate in the list). */
    async validate(data: Row, locale: string, documentId?: string): Promise<void> {
      const lookup: LinkLookup = {
        documentId,
        locale,
        async rowsById(ids) {
          const found = (await rows().findMany({ where: { id: { $in: ids } }, select: ['id', 'documentId', 'locale'] })) as Row[];
          return new Map(found.map((r) => [r.id, { documentId: r.documentId, locale: r.locale }]));
        },
        async existing(documentIds, inLocale) {
          if (documentIds.length === 0) return new Set();
          const found = (await rows().findMany({ where: { documentId: { $in: documentIds }, locale: inLocale }, select: ['documentId'] })) as Row[];
          return new Set(found.map((r) => r.documentId));
        },
        async storedRelated() {
          if (!documentId) return [];
          const draft = (await rows().findOne({ where: { documentId, locale, publishedAt: null }, select: ['links'] })) as Row | null;
          return (draft?.links as StoredLinks | null)?.related ?? [];
        },
      };
      const problems = await linkProblems(data, lookup);
      if (problems.length > 0) throw validationError(problems);
    },

    /**
     * Record, on the draft row, the document ids its inline links and related list point at now;
     * with `published`, on the published version too (a write that publishes copies the draft before this runs).
     */
    async record(documentId: string, locale: string, options: { published?: boolean } = {}): Promise<StoredLinks | null> {
      const draft = (await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['id'],
        populate: {
          related: { fields: ['documentId'] },
          body: { on: { 'newsroom.related-link': { populate: { article: { fields: ['documentId'] } } } } },
        },
      } as never)) as Row | null;
      if (!draft) return null;
      const links: StoredLinks = {
        body: ((draft.body ?? []) as Row[]).filter((b) => b.__component === 'newsroom.related-link').map((b) => b.article?.documentId ?? null),
        related: ((draft.related ?? []) as Row[]).map((r) => r.documentId),
      };
      // updateMany: the UPDATE alone, where update would read the row before and after it. In a write both join
      // its transaction; on their own (a re-index) they are one transaction, re-run whole on a lock conflict.
      await transactionWithRetry(strapi, `links ${documentId}/${locale}`, async () => {
        await rows().updateMany({ where: { id: draft.id }, data: { links } });
        if (options.published) await rows().updateMany({ where: { documentId, locale, publishedAt: { $notNull: true } }, data: { links } });
      });
      return links;
    },

    /** The published versions, in `locale`, of these documents, by document id (one query). */
    async publishedTargets(documentIds: string[], locale: string): Promise<Map<string, ArticleRef>> {
      const ids = [...new Set(documentIds)];
      if (ids.length === 0) return new Map();
      const found = (await rows().findMany({
        where: { documentId: { $in: ids }, locale, publishedAt: { $notNull: true } },
        select: ['documentId', 'slug', 'title', 'locale'],
      })) as Row[];
      return new Map(found.map((r) => [r.documentId, { documentId: r.documentId, slug: r.slug, title: r.title ?? '', locale: r.locale }]));
    },

    /** Links of these rows whose target has no published version in the row's locale. */
    async brokenLinks(articles: Row[], locale: string): Promise<Map<number, BrokenLink[]>> {
      const all = articles.flatMap((a) => [...((a.links as StoredLinks | null)?.body ?? []), ...((a.links as StoredLinks | null)?.related ?? [])]);
      const ids = [...new Set(all.filter((d): d is string => !!d))];
      const targets = ids.length > 0
        ? ((await rows().findMany({ where: { documentId: { $in: ids }, locale }, select: ['documentId', 'publishedAt'] })) as Row[])
        : [];
      const published = new Set(targets.filter((t) => t.publishedAt).map((t) => t.documentId));
      const present = new Set(targets.map((t) => t.documentId));
      const state = (documentId: string | null): BrokenLink['state'] | null =>
        documentId && published.has(documentId) ? null : documentId && present.has(documentId) ? 'unpublished' : 'missing';
      const result = new Map<number, BrokenLink[]>();
      for (const article of articles) {
        const links = (article.links as StoredLinks | null) ?? { body: [], related: [] };
        const broken: BrokenLink[] = [];
        links.body.forEach((documentId, index) => {
          const s = state(documentId);
          if (s) broken.push({ in: 'body', index, documentId, state: s });
        });
        links.related.forEach((documentId, index) => {
          const s = state(documentId);
          if (s) broken.push({ in: 'related', index, documentId, state: s });
        });
        if (broken.length > 0) result.set(article.id, broken);
      }
      return result;
    },

    /**
     * Drafts in `locale` with links that point nowhere a reader can follow (for the admin's warnings):
     * one document's, or all that match `filters` (the caller's read permissions, as Document Service filters).
     */
    async brokenInLocale(locale: string, scope: { documentId?: string; filters?: Record<string, unknown> } = {}) {
      const found: { documentId: string; title: string; slug: string; published: boolean; broken: BrokenLink[] }[] = [];
      const BATCH = 500;
      const filters = { $and: [scope.filters ?? {}, ...(scope.documentId ? [{ documentId: scope.documentId }] : [])] };
      for (let offset = 0; ; offset += BATCH) {
        const drafts = (await strapi.documents(ARTICLE_UID).findMany({
          locale,
          status: 'draft',
          filters,
          fields: ['documentId', 'title', 'slug', 'links'],
          sort: [{ id: 'asc' }],
          start: offset,
          limit: BATCH,
        } as never)) as unknown as Row[];
        const broken = await this.brokenLinks(drafts, locale);
        const ids = drafts.map((d) => d.documentId);
        const live = ids.length > 0
          ? new Set(((await rows().findMany({ where: { documentId: { $in: ids }, locale, publishedAt: { $notNull: true } }, select: ['documentId'] })) as Row[]).map((r) => r.documentId))
          : new Set<string>();
        for (const draft of drafts) {
          const links = broken.get(draft.id);
          if (links) found.push({ documentId: draft.documentId, title: draft.title, slug: draft.slug, published: live.has(draft.documentId), broken: links });
        }
        if (drafts.length < BATCH) return found;
      }
    },
  };
};
