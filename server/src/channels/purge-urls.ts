/**
 * Which public URLs a write changed, for a CDN purge. Pure: the purge service
 * loads the published versions before and after the write and the articles
 * that show it; this decides the URLs.
 */
import { CHANNEL_PATHS, apiArticleUrl, apiUrl, articlePageUrl, type ApiBase } from './urls';

/** The Strapi webhook event the plugin emits (a webhook subscribes to it in Settings → Newsroom or through the admin API). */
export const PURGE_EVENT = 'newsroom.purge';

/** A published version as the purge sees it. */
export interface PublishedVersion {
  documentId: string;
  locale: string;
  slug: string;
  section: string | null;
}

export interface PurgeInput {
  base: ApiBase;
  articleUrlTemplate: string | null;
  defaultLocale: string;
  /** The written document's published versions (every locale) before and after the write. */
  before: PublishedVersion[];
  after: PublishedVersion[];
  /** The published articles whose links show the written one, in the written locales. */
  dependents: PublishedVersion[];
}

/** The page and the API read of a version. */
const articleUrls = (v: PublishedVersion, input: PurgeInput) => [
  articlePageUrl(input.articleUrlTemplate, v.slug, v.locale, input.base),
  apiArticleUrl(input.base, v.slug, v.locale),
];

/** The list, feeds and sitemaps a version appears in (both spellings for the default locale: with and without `?locale=`). */
function channelUrls(v: PublishedVersion, input: PurgeInput): string[] {
  const locales: (string | undefined)[] = v.locale === input.defaultLocale ? [v.locale, undefined] : [v.locale];
  const sections: (string | undefined)[] = v.section ? [undefined, v.section] : [undefined];
  const urls = [apiUrl(input.base, CHANNEL_PATHS.sitemap), apiUrl(input.base, CHANNEL_PATHS.newsSitemap)];
  for (const locale of locales) {
    urls.push(apiUrl(input.base, CHANNEL_PATHS.list, { locale }));
    for (const section of sections) {
      urls.push(apiUrl(input.base, CHANNEL_PATHS.rss, { locale, section }), apiUrl(input.base, CHANNEL_PATHS.atom, { locale, section }));
    }
  }
  return urls;
}

/**
 * Every URL whose content the write changed, sorted, each once:
 * - the article in each locale, old and new URL when its slug changed (a version's language
 *   alternates name the others, so every published locale of the document changed);
 * - the articles whose links show it (they print its title and slug);
 * - the list, the feeds (with and without the section) and the sitemaps.
 */
export function purgeUrls(input: PurgeInput): string[] {
  const urls = new Set<string>();
  const versions = [...input.before, ...input.after];
  for (const v of versions) for (const url of [...articleUrls(v, input), ...channelUrls(v, input)]) urls.add(url);
  for (const d of input.dependents) for (const url of articleUrls(d, input)) urls.add(url);
  return [...urls].sort();
}
