/**
 * The canonical URL of an article: the site's own page when the settings give
 * a template (`{slug}` percent-encoded, `{locale}`), else this API's endpoint.
 */
export function canonicalUrl(template: string | null, slug: string, locale: string, apiOrigin: string): string {
  const encoded = encodeURIComponent(slug);
  if (template) return template.replace(/\{slug\}/g, encoded).replace(/\{locale\}/g, encodeURIComponent(locale));
  return `${apiOrigin}/api/newsroom/articles/${encoded}?locale=${encodeURIComponent(locale)}`;
}
