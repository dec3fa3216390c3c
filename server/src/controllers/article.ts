import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugProblem } from '../text';
import { validationError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { findOneQuerySchema, listQuerySchema, validateQuery } from './validation';

/** The locale a request names (must be a configured one), else the default locale. */
async function requestLocale(strapi: Core.Strapi, locale: string | undefined): Promise<string> {
  const locales = getService(strapi, 'locales');
  if (!locale) return locales.defaultLocale();
  const codes = await locales.codes();
  if (!codes.includes(locale)) {
    throw validationError([{ path: ['locale'], message: `"${locale}" is not a locale of this site (${codes.join(', ')})` }]);
  }
  return locale;
}

/** Content API for apps: published articles only. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { maxPageSize, defaultPageSize } = getService(strapi, 'settings').config();
    const query = await validateQuery(listQuerySchema(maxPageSize), ctx.query);
    const locale = await requestLocale(strapi, query.locale);
    ctx.body = await getService(strapi, 'articles').list({
      locale,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? defaultPageSize,
      section: query.section,
      q: query.q,
      isolate: query.isolate,
    });
  },

  async findOne(ctx: any) {
    const slug = String(ctx.params.slug ?? '');
    const problem = slugProblem(slug);
    if (problem) throw validationError([{ path: ['slug'], message: problem }]);
    const query = await validateQuery(findOneQuerySchema, ctx.query);
    const locale = await requestLocale(strapi, query.locale);
    const article = await getService(strapi, 'articles').findBySlug(slug, locale, { isolate: query.isolate });
    if (!article) throw new errors.NotFoundError(`No published article with slug "${slug}" in locale "${locale}"`);
    ctx.body = { data: article, meta: {} };
  },
});
