import { useQueryParams } from '@strapi/strapi/admin';

type I18nQuery = { plugins?: { i18n?: { locale?: string } } };

/**
 * The content locale being edited: the i18n plugin keeps it in the URL
 * (`?plugins[i18n][locale]=ar`), also while creating an entry, when there is
 * no document yet; the document's own locale otherwise.
 */
export function useArticleLocale(documentLocale: unknown): string | null {
  const [{ query }] = useQueryParams<I18nQuery>();
  const fromUrl = query.plugins?.i18n?.locale;
  if (typeof fromUrl === 'string' && fromUrl) return fromUrl;
  return typeof documentLocale === 'string' && documentLocale ? documentLocale : null;
}
