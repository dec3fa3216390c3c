import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { hasCurrentRenderCache, renderArticle, renderSummary, type RenderOptions } from '../render/article';
import { canonicalUrl } from '../render/urls';
import { getService } from '../utils/get-service';
import type { StoredLinks } from './links';
import type { NewsroomSettings } from './settings';
import { matchedWords } from '../search/postings';
import type { ArticleDetail, ArticleListItem, ArticleListResponse, ArticleSort } from '../types/api';

const SUMMARY_FIELDS = [
  'documentId',
  'slug',
  'locale',
  'direction',
  'title',
  'standfirst',
  'kicker',
  'byline',
  'section',
  'keywords',
  'wordCount',
  'readingTimeMinutes',
  'publishedAt',
  'originalPublishedAt',
  'updatedAt',
];

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
  section?: string;
  /** Search words, looked up in the search index (services/search.ts). */
  q?: string;
  /** `relevance` by default with `q`, `publishedAt:desc` without. */
  sort?: ArticleSort;
  settings: NewsroomSettings;
}

const DATE_ORDER = {
  'publishedAt:desc': 'desc',
  'publishedAt:asc': 'asc',
} as const;

/**
 * The server's public address, from configuration (`server.url`, else host and
 * port): never the request's Host header, which any client sets (a canonical
 * URL, JSON-LD and a cacheable answer must not name an attacker's host).
 */
function publicOrigin(strapi: Core.Strapi): string {
  return String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/+$/, '');
}

/** The public read path: published articles only, rendered for apps. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    async list(query: ListQuery): Promise<ArticleListResponse> {
      if (query.q) return service.search({ ...query, q: query.q });
      const { locale, page, pageSize, section, isolate, settings } = query;
      const direction = DATE_ORDER[query.sort === 'publishedAt:asc' ? 'publishedAt:asc' : 'publishedAt:desc'];
      const filters = section ? { section: { $eq: section } } : {};
      const documents = strapi.documents(ARTICLE_UID);
      const [entries, total] = await Promise.all([
        documents.findMany({
          locale,
          status: 'published',
          filters,
          fields: SUMMARY_FIELDS,
          populate: COVER_POPULATE,
          sort: [{ publishedAt: direction }, { id: direction }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        } as never),
        documents.count({ locale, status: 'published', filters } as never),
      ]);
      return {
        data: (entries as any[]).map((entry) => renderSummary(entry, { isolate, dateSettings: settings })),
        meta: {
          pagination: {
            page,
            pageSize,
            pageCount: Math.ceil(total / pageSize),
            total,
          },
        },
      };
    },

    /** `list` with `q`: the page of matches from the search index, each with its score and the words it matched. */
    async search({
      locale,
      page,
      pageSize,
      section,
      q,
      isolate,
      settings,
      sort = 'relevance',
    }: ListQuery & { q: string }): Promise<ArticleListResponse> {
      const found = await getService(strapi, 'search').search({
        locale,
        q,
        section,
        sort,
        start: (page - 1) * pageSize,
        limit: pageSize,
      });
      const ids = found.hits.map((h) => h.documentId);
      const entries =
        ids.length === 0
          ? []
          : ((await strapi.documents(ARTICLE_UID).findMany({
              locale,
              status: 'published',
              filters: { documentId: { $in: ids } },
              fields: SUMMARY_FIELDS,
              populate: COVER_POPULATE,
              limit: ids.length,
            } as never)) as any[]);
      const byId = new Map(entries.map((entry) => [entry.documentId, entry]));
      const data: ArticleListItem[] = found.hits
        .filter((hit) => byId.has(hit.documentId))
        .map((hit) => {
          const entry = byId.get(hit.documentId);
          const keywords = Array.isArray(entry.keywords) ? entry.keywords.join(' ') : '';
          const matches = [...new Set([entry.title, entry.standfirst, entry.kicker, keywords].flatMap((t) => matchedWords(t, found.terms)))];
          return {
            ...renderSummary(entry, { isolate, dateSettings: settings }),
            search: { score: hit.score, matches },
          };
        });
      const { total } = found;
      return {
        data,
        meta: {
          pagination: {
            page,
            pageSize,
            pageCount: Math.ceil(total / pageSize),
            total,
          },
          search: {
            q,
            terms: found.terms.map(({ word, forms }) => ({ word, forms })),
            ignored: found.ignored,
            sort,
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
    ): Promise<{ article: ArticleDetail; targets: string[] } | null> {
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
      // A stale cache (rows from before the re-index finished) is re-derived and stored once, not on every read.
      if (!hasCurrentRenderCache(entry)) await getService(strapi, 'reindex').versions([{ documentId: entry.documentId, locale }]);
      const { settings } = options;
      const links = (entry.links ?? { body: [], related: [] }) as StoredLinks;
      const ids = [...new Set([...links.body, ...links.related].filter((d): d is string => !!d))];
      const targets = await getService(strapi, 'links').publishedTargets(ids, locale);
      const article = renderArticle(entry, {
        targets,
        isolate: options.isolate,
        dateSettings: settings,
        url: canonicalUrl(settings.articleUrlTemplate, entry.slug, locale, publicOrigin(strapi)),
        publisher: { name: settings.publisherName, url: settings.publisherUrl },
        rightsDefaults: settings,
        copyrightTemplates: settings.copyrightTemplates,
      });
      return { article, targets: ids };
    },
  };
  return service;
};
