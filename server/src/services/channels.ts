import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { renderFeed, type FeedEntry, type FeedFormat } from '../channels/feed';
import {
  NEWS_SITEMAP_MAX_AGE_MS,
  NEWS_SITEMAP_MAX_URLS,
  newsSitemapXml,
  sitemapIndexXml,
  sitemapXml,
  type Alternate,
  type SitemapEntry,
} from '../channels/sitemap';
import { CHANNEL_PATHS, apiUrl, articlePageUrl, type ApiBase } from '../channels/urls';
import { feedView, indexable } from '../channels/visibility';
import { publicationDate, type PublicationDates } from '../render/dates';
import { decideArticleDirection } from '../render/derive';
import { copyrightLine, resolveRights, templateFor } from '../rights';
import { neutralizeBidiControls } from '../text';
import { getService } from '../utils/get-service';
import type { NewsroomSettings } from './settings';

type Row = Record<string, any>;

/** Rows read per query while paging through published articles. */
const CHUNK = 1000;
/** A feed reads at most this many chunks of `feedItems` looking for entries the rights let through. */
const FEED_MAX_CHUNKS = 5;

const FEED_FIELDS = ['id', 'documentId', 'locale', 'slug', 'title', 'standfirst', 'byline', 'section', 'direction', 'publishedAt', 'originalPublishedAt', 'updatedAt'];
const SITEMAP_FIELDS = ['id', 'documentId', 'locale', 'slug', 'publishedAt', 'originalPublishedAt', 'updatedAt'];
const PUBLISHED = { publishedAt: { $notNull: true } };

const iso = (value: unknown): string => new Date(value as string).toISOString();
const dateOf = (row: Row): Date => new Date(publicationDate(row as PublicationDates));

/** The site's public address and REST prefix, from configuration only. */
export function apiBase(strapi: Core.Strapi): ApiBase {
  return {
    origin: String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/+$/, ''),
    prefix: `/${String(strapi.config.get('api.rest.prefix') ?? '/api').replace(/^\/+|\/+$/g, '')}`,
  };
}

/** A sitemap answer: one `<urlset>`, or the `<sitemapindex>` of its pages. */
export interface SitemapAnswer {
  xml: string;
  kind: 'urlset' | 'index';
}

/**
 * Feeds and sitemaps, read from the published rows with indexed orders
 * (publication date for feeds and the news sitemap, id for the sitemap),
 * a chunk at a time: no request reads the article table whole.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(ARTICLE_UID);
  const rights = (row: Row, settings: NewsroomSettings) => resolveRights(row.rights, settings, row.locale, row.publishedAt ? iso(row.publishedAt) : null);
  const pageUrl = (row: Row, settings: NewsroomSettings) => articlePageUrl(settings.articleUrlTemplate, row.slug, row.locale, apiBase(strapi));

  function feedEntry(row: Row, settings: NewsroomSettings, now: Date): FeedEntry | null {
    const resolved = rights(row, settings);
    const view = feedView(resolved, now);
    if (view === 'absent') return null;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? neutralizeBidiControls(v) : null);
    return {
      url: pageUrl(row, settings),
      title: text(row.title) ?? '',
      dir: decideArticleDirection(row, row.locale).dir,
      published: dateOf(row),
      updated: new Date(row.updatedAt),
      view,
      summary: text(row.standfirst),
      author: text(row.byline),
      section: text(row.section),
      copyright: copyrightLine(templateFor(settings.copyrightTemplates, row.locale), resolved.copyrightYear, resolved.copyrightHolder),
      license: { name: resolved.license.name, url: resolved.license.url },
    };
  }

  /** Published translations (any locale) of these documents, the withheld ones left out, by document id. */
  async function alternatesOf(documentIds: string[], settings: NewsroomSettings, now: Date): Promise<Map<string, Alternate[]>> {
    const found = (await rows().findMany({
      where: { documentId: { $in: documentIds }, ...PUBLISHED },
      select: ['documentId', 'locale', 'slug', 'publishedAt'],
      populate: { rights: true },
    })) as Row[];
    const byDocument = new Map<string, Alternate[]>();
    for (const row of found) {
      if (!indexable(rights(row, settings), now)) continue;
      const list = byDocument.get(row.documentId) ?? [];
      list.push({ locale: row.locale, url: pageUrl(row, settings) });
      byDocument.set(row.documentId, list);
    }
    for (const list of byDocument.values()) list.sort((a, b) => a.locale.localeCompare(b.locale));
    return byDocument;
  }

  return {
    /** The RSS or Atom feed of a locale (and section): the newest `feedItems` entries the rights let through. */
    async feed(format: FeedFormat, { locale, section }: { locale: string; section?: string }): Promise<string> {
      const settings = await getService(strapi, 'settings').get();
      const { feedItems } = getService(strapi, 'settings').config().channels;
      const now = new Date();
      const entries: FeedEntry[] = [];
      // Newest first by the date readers see, from the list index (one range scan per chunk); the rows
      // themselves for the rights and fields a feed item needs, by document id.
      const list = getService(strapi, 'list');
      const filters = section ? { sections: [section] } : {};
      for (let chunk = 0; chunk < FEED_MAX_CHUNKS && entries.length < feedItems; chunk += 1) {
        const page = await list.page(locale, filters, [{ field: 'publishedAt', order: 'desc' }], chunk * feedItems, feedItems);
        if (page.length === 0) break;
        const found = (await rows().findMany({
          where: { locale, ...PUBLISHED, documentId: { $in: page.map((p) => p.documentId) } },
          select: FEED_FIELDS,
          populate: { rights: true },
        })) as Row[];
        const byId = new Map(found.map((row) => [row.documentId as string, row]));
        for (const { documentId } of page) {
          const row = byId.get(documentId);
          // Exact comparison: some collations treat Arabic letter variants as equal.
          if (!row || (section && row.section !== section)) continue;
          const entry = feedEntry(row, settings, now);
          if (entry && entries.length < feedItems) entries.push(entry);
        }
        if (page.length < feedItems) break;
      }
      entries.sort((a, b) => b.published.getTime() - a.published.getTime());
      const base = apiBase(strapi);
      const query = { locale, section };
      const updated = entries.reduce((latest, e) => Math.max(latest, e.updated.getTime()), 0);
      return renderFeed(
        format,
        {
          title: section ? `${settings.publisherName} — ${section}` : settings.publisherName,
          description: settings.publisherName,
          language: locale,
          link: settings.publisherUrl ?? apiUrl(base, CHANNEL_PATHS.list, query),
          self: { rss: apiUrl(base, CHANNEL_PATHS.rss, query), atom: apiUrl(base, CHANNEL_PATHS.atom, query) },
          updated: new Date(updated),
          copyright: copyrightLine(templateFor(settings.copyrightTemplates, locale), now.getUTCFullYear(), settings.defaultCopyrightHolder ?? settings.publisherName),
        },
        entries
      );
    },

    /**
     * `sitemap.xml`: every published version with its translations. Up to `sitemapUrlsPerPage` versions
     * it is one `<urlset>`; beyond, an index of `?page=n`. A page is read by id in chunks from its first id.
     * Null: no such page.
     */
    async sitemap(page: number | undefined): Promise<SitemapAnswer | null> {
      const { sitemapUrlsPerPage: perPage } = getService(strapi, 'settings').config().channels;
      const total = Number(await rows().count({ where: PUBLISHED }));
      const pageCount = Math.max(1, Math.ceil(total / perPage));
      const base = apiBase(strapi);
      if (page === undefined && pageCount > 1) {
        const pages = Array.from({ length: pageCount }, (_, i) => ({ url: apiUrl(base, CHANNEL_PATHS.sitemap, { page: i + 1 }), lastmod: null }));
        return { kind: 'index', xml: await sitemapIndexXml(pages) };
      }
      const current = page ?? 1;
      if (current > pageCount) return null;
      const settings = await getService(strapi, 'settings').get();
      const now = new Date();
      const first = (await rows().findMany({ where: PUBLISHED, select: ['id'], orderBy: { id: 'asc' }, offset: (current - 1) * perPage, limit: 1 })) as Row[];
      async function* entries(): AsyncIterable<SitemapEntry> {
        if (first.length === 0) return;
        let after = Number(first[0].id) - 1;
        let left = perPage;
        while (left > 0) {
          const chunk = (await rows().findMany({
            where: { ...PUBLISHED, id: { $gt: after } },
            select: SITEMAP_FIELDS,
            populate: { rights: true },
            orderBy: { id: 'asc' },
            limit: Math.min(CHUNK, left),
          })) as Row[];
          if (chunk.length === 0) return;
          left -= chunk.length;
          after = Number(chunk[chunk.length - 1].id);
          const alternates = await alternatesOf([...new Set(chunk.map((r) => r.documentId as string))], settings, now);
          for (const row of chunk) {
            if (!indexable(rights(row, settings), now)) continue;
            yield { url: pageUrl(row, settings), lastmod: new Date(row.updatedAt), alternates: alternates.get(row.documentId) ?? [] };
          }
        }
      }
      return { kind: 'urlset', xml: await sitemapXml(entries()) };
    },

    /** The Google News sitemap: articles published in the last two days, at most 1,000, embargoed and expired ones left out. */
    async newsSitemap(): Promise<string> {
      const settings = await getService(strapi, 'settings').get();
      const now = new Date();
      const since = new Date(now.getTime() - NEWS_SITEMAP_MAX_AGE_MS);
      const found = (await rows().findMany({
        where: { publishedAt: { $gte: since } },
        select: FEED_FIELDS,
        populate: { rights: true },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        limit: NEWS_SITEMAP_MAX_URLS * 2,
      })) as Row[];
      const entries = found
        .filter((row) => dateOf(row) >= since && indexable(rights(row, settings), now))
        .slice(0, NEWS_SITEMAP_MAX_URLS)
        .map((row) => ({ url: pageUrl(row, settings), title: neutralizeBidiControls(String(row.title ?? '')), published: dateOf(row), language: row.locale }));
      return newsSitemapXml(settings.publisherName, entries);
    },
  };
};
