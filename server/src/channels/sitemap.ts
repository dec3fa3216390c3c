/**
 * Sitemaps (sitemaps.org 0.9), their index, and the Google News sitemap,
 * written by the `sitemap` library (it escapes, and checks each entry against
 * the protocol's limits). Entries arrive as an async iterable, so a caller can
 * page through the database and the library writes as rows come.
 * Pure: no Strapi import.
 */
import { Readable, type Transform } from 'stream';
import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { xmlText } from './xml-text';

/** The protocol's cap on URLs per sitemap file (and on sitemaps per index). */
export const SITEMAP_MAX_URLS = 50000;
/** Google News: at most 1,000 URLs, published in the last two days. */
export const NEWS_SITEMAP_MAX_URLS = 1000;
export const NEWS_SITEMAP_MAX_AGE_MS = 2 * 24 * 60 * 60 * 1000;

/** One published translation of an article, for `hreflang`. */
export interface Alternate {
  locale: string;
  url: string;
}

/** One article URL of a sitemap. */
export interface SitemapEntry {
  url: string;
  lastmod: Date;
  /** Every published translation, this one included (Google wants the set on each page); empty when it has none. */
  alternates: Alternate[];
}

/** One article of the Google News sitemap. */
export interface NewsEntry {
  url: string;
  title: string;
  /** Publication date readers see. */
  published: Date;
  /** The article's language. */
  language: string;
}

/** Google News wants ISO 639 codes, with its two Chinese exceptions; a region is dropped otherwise ("ar-MA" → "ar"). */
export function newsLanguage(locale: string): string {
  const lower = locale.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-hans') return 'zh-cn';
  if (lower === 'zh-tw' || lower === 'zh-hant') return 'zh-tw';
  return lower.split('-')[0];
}

// THROW: an entry the library finds invalid is a bug here, not something to publish quietly.
const streamOptions = { level: ErrorLevel.THROW } as const;

/** What the library refuses to write (it throws EmptySitemap): a page whose every URL is withheld, a quiet news day. */
const EMPTY_URLSET = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>';

async function write(stream: Transform, items: AsyncIterable<SitemapItemLoose> | Iterable<SitemapItemLoose>): Promise<string> {
  let written = 0;
  async function* counted() {
    for await (const item of items as AsyncIterable<SitemapItemLoose>) {
      written += 1;
      yield item;
    }
  }
  try {
    return (await streamToPromise(Readable.from(counted()).pipe(stream))).toString('utf8');
  } catch (error) {
    if (written === 0 && (error as Error).name === 'EmptySitemap') return EMPTY_URLSET;
    throw error;
  }
}

async function* urlItems(entries: AsyncIterable<SitemapEntry>): AsyncIterable<SitemapItemLoose> {
  for await (const entry of entries) {
    yield {
      url: entry.url,
      lastmod: entry.lastmod.toISOString(),
      links: entry.alternates.length > 1 ? entry.alternates.map((a) => ({ lang: a.locale, hreflang: a.locale, url: a.url })) : [],
    };
  }
}

/** A `<urlset>` of article URLs with their `xhtml:link rel="alternate" hreflang` translations. */
export function sitemapXml(entries: AsyncIterable<SitemapEntry>): Promise<string> {
  return write(new SitemapStream({ ...streamOptions, xmlns: { news: false, xhtml: true, image: false, video: false } }), urlItems(entries));
}

/** A `<sitemapindex>` naming each sitemap page. */
export function sitemapIndexXml(pages: { url: string; lastmod: Date | null }[]): Promise<string> {
  const items = pages.map((p) => ({ url: p.url, ...(p.lastmod ? { lastmod: p.lastmod.toISOString() } : {}) }));
  return write(new SitemapIndexStream(streamOptions), items as never);
}

/** The Google News sitemap: `news:publication` (name, language), publication date and title per article. */
export function newsSitemapXml(publicationName: string, entries: NewsEntry[]): Promise<string> {
  const items: SitemapItemLoose[] = entries.map((e) => ({
    url: e.url,
    news: {
      publication: { name: xmlText(publicationName), language: newsLanguage(e.language) },
      publication_date: e.published.toISOString(),
      title: xmlText(e.title),
    },
  }));
  return write(new SitemapStream({ ...streamOptions, xmlns: { news: true, xhtml: false, image: false, video: false } }), items);
}
