/**
 * What a read request names, checked once for every channel: the REST
 * controller and the GraphQL resolvers both come through here, so a query
 * GraphQL accepts is one REST accepts, with the same 400s.
 */
import type { Core } from '@strapi/strapi';
import type { ListQuery } from '../services/articles';
import { validationError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { validate } from '../validation';
import { slugProblem } from '../text';
import { orderName, readListQuery } from './list-query';
import { findOneQuerySchema } from './request-schemas';

/** The locale a request names (must be a configured one), else the default locale. */
export async function requestLocale(strapi: Core.Strapi, locale: string | undefined): Promise<string> {
  const locales = getService(strapi, 'locales');
  if (!locale) return locales.defaultLocale();
  const codes = await locales.codes();
  if (!codes.includes(locale)) {
    throw validationError([{ path: ['locale'], message: `"${locale}" is not a locale of this site (${codes.join(', ')})` }]);
  }
  return locale;
}

/**
 * A list request's parameters (query-string shaped, as `GET /articles` receives them: the plugin's
 * own or Strapi's REST syntax, list-query.ts), checked; 400 naming the field.
 */
export async function listRequest(strapi: Core.Strapi, raw: unknown): Promise<ListQuery> {
  const settingsService = getService(strapi, 'settings');
  const { maxPageSize, defaultPageSize } = settingsService.config();
  const query = readListQuery(raw, { maxPageSize, defaultPageSize });
  return {
    ...query,
    locale: await requestLocale(strapi, query.locale),
    orderName: orderName(query.order),
    settings: await settingsService.get(),
  };
}

/** The slug and options of a one-article read (`/articles/:slug`, `newsroomArticle`), checked; 400 naming the field. */
export function slugRequest(slug: unknown, raw: unknown): { slug: string; query: { locale?: string; isolate?: boolean } } {
  const value = String(slug ?? '');
  const problem = slugProblem(value);
  if (problem) throw validationError([{ path: ['slug'], message: problem }]);
  // No parameters (most public reads): nothing to check. yup's walk over the schema cost ~100 µs of a 304's 760 (npm run bench:profile).
  const none = raw !== null && typeof raw === 'object' && Object.keys(raw).length === 0;
  return { slug: value, query: none ? {} : validate(findOneQuerySchema, raw, 'query') };
}
