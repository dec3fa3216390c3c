import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { hasCurrentRenderCache, renderArticle, renderSummary, type RenderOptions } from '../render/article';
import { canonicalUrl } from '../render/urls';
import { createArticles, type BatchedCreate, type BatchOptions, type BatchOutcome } from '../document-middlewares/batch';
import { getService } from '../utils/get-service';
import { groupBy } from '../utils/versions';
import type { StoredLinks } from './links';
import type { NewsroomSettings } from './settings';
import { matchedWords } from '../search/postings';
import type { ListFilters, ListOrder } from '../list/query';
import type { ArticleDetail, ArticleListItem, ArticleListResponse, Pagination } from '../types/api';

const COVER_POPULATE = { cover: { populate: { file: true } } };

/**
 * What the read path loads: every body block and the rights. Link targets are
 * not populated through relations: their document ids are stored on the row
 * (`links`) and resolved in one query, so the query count does not grow with
 * the number of links and a target published after the article still shows.
 */
const DETAIL_POPULATE = {
  ...COVER_POPULATE,
  body: {
    on: {
      'newsroom.paragraph': true,
      'newsroom.intertitle': true,
      'newsroom.related-link': true,
      'newsroom.quote': true,
      'newsroom.media': { populate: { file: true } },
      'newsroom.embed': true,
    },
  },
  rights: { populate: { basedOn: true } },
};

export interface ListQuery extends RenderOptions {
  locale: string;
  page: number;
  pageSize: number;
  /** Count the matches (`pagination[withCount]`, true by default). */
  withCount: boolean;
  filters: ListFilters;
  /** Search words, looked up in the search index (services/search.ts). */
  q?: string;
  /** `relevance` (only with `q`) or the list index's order. */
  order: 'relevance' | ListOrder[];
  /** The order as the response names it. */
  orderName: string;
  settings: NewsroomSettings;
}

/** Strapi's `meta.pagination`: without total and pageCount when they were not counted. */
const pagination = (page: number, pageSize: number, total: number | null): Pagination =>
  total === null ? { page, pageSize } : { page, pageSize, pageCount: Math.ceil(total / pageSize), total };

/**
 * A list page as the API answers it, from its rows' stored summaries and the total (null: not counted).
 * The list route and the public read's shortcut (middlewares/public-read.ts) both answer through here.
 */
export function listResponse(
  rows: { summary: Record<string, any> }[],
  total: number | null,
  { page, pageSize, isolate, settings }: Pick<ListQuery, 'page' | 'pageSize' | 'isolate' | 'settings'>
): ArticleListResponse {
  return {
    data: rows.map((row) => renderSummary(row.summary as never, { isolate, dateSettings: settings })),
    meta: { pagination: pagination(page, pageSize, total) },
  };
}

/**
 * The server's public address, from configuration (`server.url`, else host and
 * port): never the request's Host header, which any client sets (a canonical
 * URL, JSON-LD and a cacheable answer must not name an attacker's host).
 */
function publicOrigin(strapi: Core.Strapi): string {
  return String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/+$/, '');
}

/** A published version rendered for the detail read, with the document ids of the articles it shows (its links). */
export interface RenderedArticle {
  article: ArticleDetail;
  targets: string[];
}

/** The public read path: published articles only, rendered for apps. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    /** A page of published articles, from the list index (services/list.ts): stored summaries, rendered. */
    /**
     * Create many articles through the write pipeline, as \`strapi.documents('plugin::newsroom.article').create\`
     * creates one, with their rows written set-wise in one transaction (document-middlewares/batch.ts);
     * a batch that fails is written one by one. Answers each create's entry or error, in order.
     * `onWritten` writes the caller's own rows in the transaction that wrote the articles.
     */
    createMany(creates: readonly BatchedCreate[], options: BatchOptions = {}): Promise<BatchOutcome[]> {
      return createArticles(strapi, creates, options);
    },

    async list(query: ListQuery): Promise<ArticleListResponse> {
      if (query.q) return service.search({ ...query, q: query.q });
      const { locale, page, pageSize, filters, withCount } = query;
      const order = query.order === 'relevance' ? [] : query.order;
      const list = getService(strapi, 'list');
      const [rows, total] = await Promise.all([
        list.page(locale, filters, order, (page - 1) * pageSize, pageSize),
        withCount ? list.total(locale, filters) : Promise.resolve(null),
      ]);
      return listResponse(rows, total, query);
    },

    /** `list` with `q`: the page of matches from the search index, each with its score and the words it matched. */
    async search({ locale, page, pageSize, filters, q, isolate, settings, order, orderName, withCount }: ListQuery & { q: string }): Promise<ArticleListResponse> {
      const found = await getService(strapi, 'search').search({
        locale,
        q,
        filters,
        order,
        start: (page - 1) * pageSize,
        limit: pageSize,
        withCount,
      });
      const data: ArticleListItem[] = found.hits.map(({ summary, score }) => {
        const keywords = Array.isArray(summary.keywords) ? summary.keywords.join(' ') : '';
        const matches = [...new Set([summary.title, summary.standfirst, summary.kicker, keywords].flatMap((t) => matchedWords(t, found.terms)))];
        return { ...renderSummary(summary, { isolate, dateSettings: settings }), search: { score, matches } };
      });
      return {
        data,
        meta: {
          pagination: pagination(page, pageSize, found.total),
          search: {
            q,
            terms: found.terms.map(({ word, forms }) => ({ word, forms })),
            ignored: found.ignored,
            sort: orderName,
            limited: found.limited,
          },
        },
      };
    },

    /** The published article with exactly this slug in `locale`, rendered; null when there is none. */
    async findBySlug(slug: string, locale: string, options: RenderOptions & { settings: NewsroomSettings }): Promise<ArticleDetail | null> {
      return (await service.renderPublished({ slug }, locale, options))?.article ?? null;
    },

    /**
     * The published version, in `locale`, of the article `by` names (its exact slug or its document id),
     * rendered, with the document ids of the articles it shows (its links); null when there is none.
     */
    async renderPublished(
      by: { slug: string } | { documentId: string },
      locale: string,
      options: RenderOptions & { settings: NewsroomSettings }
    ): Promise<RenderedArticle | null> {
      const candidates = (await strapi.documents(ARTICLE_UID).findMany({
        locale,
        status: 'published',
        filters: 'slug' in by ? { slug: { $eq: by.slug } } : { documentId: { $eq: by.documentId } },
        populate: DETAIL_POPULATE,
        limit: 5,
      } as never)) as any[];
      // Exact comparison: some database collations treat Arabic letter variants as equal.
      const entry = candidates.find((c) => ('slug' in by ? c.slug === by.slug : c.documentId === by.documentId));
      if (!entry) return null;
      return (await renderEntries([entry], locale, options)).get(entry.documentId) ?? null;
    },

    /**
     * `renderPublished` for many documents of one locale at once: the same answers, from one read of
     * the versions (Strapi populates each relation for all of them in one query), one of their link
     * targets and one of their language alternates. Documents without a published version are absent.
     */
    async renderPublishedMany(documentIds: string[], locale: string, options: RenderOptions & { settings: NewsroomSettings }): Promise<Map<string, RenderedArticle>> {
      const ids = [...new Set(documentIds)];
      if (ids.length === 0) return new Map();
      const entries = (await strapi.documents(ARTICLE_UID).findMany({
        locale,
        status: 'published',
        filters: { documentId: { $in: ids } },
        populate: DETAIL_POPULATE,
        limit: ids.length,
      } as never)) as any[];
      return renderEntries(entries, locale, options);
    },
  };

  /** Render these published versions of `locale` (loaded with DETAIL_POPULATE), by document id. */
  async function renderEntries(entries: any[], locale: string, options: RenderOptions & { settings: NewsroomSettings }): Promise<Map<string, RenderedArticle>> {
    const rendered = new Map<string, RenderedArticle>();
    if (entries.length === 0) return rendered;
    // A stale cache (rows from before the re-index finished) is re-derived and stored once, not on every read.
    const stale = entries.filter((entry) => !hasCurrentRenderCache(entry));
    if (stale.length > 0) await getService(strapi, 'reindex').versions(stale.map((entry) => ({ documentId: entry.documentId as string, locale })));
    const { settings } = options;
    const linksOf = new Map<string, string[]>(
      entries.map((entry) => {
        const links = (entry.links ?? { body: [], related: [] }) as StoredLinks;
        return [entry.documentId as string, [...new Set([...links.body, ...links.related].filter((d): d is string => !!d))]];
      })
    );
    const targets = await getService(strapi, 'links').publishedTargets([...linksOf.values()].flat(), locale);
    const origin = publicOrigin(strapi);
    // The other published versions of the documents: their language alternates (read model: a change to one marks the others stale).
    const alternates = groupBy(
      (await strapi.db.query(ARTICLE_UID).findMany({
        where: { documentId: { $in: [...linksOf.keys()] }, publishedAt: { $notNull: true }, locale: { $ne: locale } },
        select: ['documentId', 'locale', 'slug', 'title', 'createdAt'],
        orderBy: { id: 'asc' },
      })) as Record<string, any>[],
      (version) => version.documentId as string
    );
    for (const entry of entries) {
      const translations = (alternates.get(entry.documentId) ?? []).map((v) => ({
        locale: v.locale as string,
        title: (v.title as string) ?? '',
        url: canonicalUrl(settings.articleUrlTemplate, v.slug, v.locale, origin),
        createdAt: v.createdAt,
      }));
      const article = renderArticle(entry, {
        targets,
        isolate: options.isolate,
        dateSettings: settings,
        url: canonicalUrl(settings.articleUrlTemplate, entry.slug, locale, origin),
        translations,
        publisher: { name: settings.publisherName, url: settings.publisherUrl },
        rightsDefaults: settings,
        copyrightTemplates: settings.copyrightTemplates,
      });
      rendered.set(entry.documentId, { article, targets: linksOf.get(entry.documentId)! });
    }
    return rendered;
  }

  return service;
};
