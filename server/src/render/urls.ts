/**
 * The canonical URL of an article: the site's own page when the settings give
 * a template (`{slug}` percent-encoded, `{locale}`), else this API's endpoint
 * under `apiOrigin` (an empty origin gives the path alone).
 */
export function canonicalUrl(template: string | null, slug: string, locale: string, apiOrigin: string): string {
  const encoded = encodeURIComponent(slug);
  if (template) return template.replace(/\{slug\}/g, encoded).replace(/\{locale\}/g, encodeURIComponent(locale));
  return `${apiOrigin}/api/newsroom/articles/${encoded}?locale=${encodeURIComponent(locale)}`;
}

/**
 * A URL as a person reads it, the way an address bar shows it: percent-encoded
 * letters decoded (an Arabic slug reads in Arabic), reserved characters such
 * as `/`, `?` and `#` left encoded so the address stays the same one.
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    // A malformed escape (a template typed with a stray `%`): shown as it is.
    return url;
  }
}
