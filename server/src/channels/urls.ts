/**
 * Absolute URLs of the plugin's public channels, from the configured origin
 * (`server.absoluteUrl`) and REST prefix — never from a request's Host. Pure.
 */
import { canonicalUrl } from '../render/urls';

/** Where the content API lives: `https://cms.example.com` + `/api`. */
export interface ApiBase {
  origin: string;
  prefix: string;
}

/** Paths of the channels under the content API prefix. */
export const CHANNEL_PATHS = {
  list: '/newsroom/articles',
  rss: '/newsroom/feed.xml',
  atom: '/newsroom/feed.atom',
  sitemap: '/newsroom/sitemap.xml',
  newsSitemap: '/newsroom/news-sitemap.xml',
} as const;

/** `origin + prefix + path`, with the query's set values in a stable order. */
export function apiUrl(base: ApiBase, path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `${base.origin}${base.prefix}${path}${search ? `?${search}` : ''}`;
}

/** The detail read of an article in the API (what a CDN caches for apps). */
export function apiArticleUrl(base: ApiBase, slug: string, locale: string): string {
  return apiUrl(base, `${CHANNEL_PATHS.list}/${encodeURIComponent(slug)}`, { locale });
}

/**
 * The article's public URL, absolute: the site's page from the settings' template, else the API's
 * detail read. A template is validated as an http(s) URL when saved; the origin guards older values.
 */
export function articlePageUrl(template: string | null, slug: string, locale: string, base: ApiBase): string {
  const url = canonicalUrl(template, slug, locale, base.origin);
  try {
    return new URL(url, `${base.origin}/`).toString();
  } catch {
    return apiArticleUrl(base, slug, locale);
  }
}
