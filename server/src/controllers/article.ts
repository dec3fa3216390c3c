import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { licenseOf, reuseRefusal, reusePackage, rightsHeaders, type ReuseRefusal } from '../rights';
import { slugProblem } from '../text';
import type { NewsroomSettings } from '../services/settings';
import type { ArticleDetail } from '../types/api';
import { validationError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { validate } from '../validation';
import { findOneQuerySchema, listQuerySchema } from './request-schemas';

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

/** The published article a `/articles/:slug…` request names, with its rights headers set; 400/404 otherwise. */
async function requestedArticle(strapi: Core.Strapi, ctx: any, settings: NewsroomSettings): Promise<ArticleDetail> {
  const slug = String(ctx.params.slug ?? '');
  const problem = slugProblem(slug);
  if (problem) throw validationError([{ path: ['slug'], message: problem }]);
  const query = validate(findOneQuerySchema, ctx.query, 'query');
  const locale = await requestLocale(strapi, query.locale);
  const article = await getService(strapi, 'articles').findBySlug(slug, locale, { isolate: query.isolate, settings });
  if (!article) throw new errors.NotFoundError(`No published article with slug "${slug}" in locale "${locale}"`);
  ctx.set(rightsHeaders(article.rights));
  return article;
}

/** Human-readable text of a refusal; the machine-readable reason goes in `error.details`. */
const REFUSAL_MESSAGES: Record<ReuseRefusal['reason'], string> = {
  'reuse-not-allowed': 'The publisher does not offer this article for reuse',
  'license-forbids-reuse': 'All rights reserved: this article may not be republished',
  'external-distribution-not-allowed': 'This article is not cleared for distribution outside the publisher',
  embargo: 'This article is under embargo',
  'rights-expired': 'The rights to this article have expired',
};

/** Content API for apps: published articles only. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const settingsService = getService(strapi, 'settings');
    const { maxPageSize, defaultPageSize } = settingsService.config();
    const query = validate(listQuerySchema(maxPageSize), ctx.query, 'query');
    const locale = await requestLocale(strapi, query.locale);
    ctx.body = await getService(strapi, 'articles').list({
      locale,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? defaultPageSize,
      section: query.section,
      q: query.q,
      sort: query.sort,
      isolate: query.isolate,
      settings: await settingsService.get(),
    });
  },

  /** One article; cache-friendly: ETag and Last-Modified, 304 when the client's copy is current. */
  async findOne(ctx: any) {
    const article = await requestedArticle(strapi, ctx, await getService(strapi, 'settings').get());
    const body = { data: article, meta: {} };
    const etag = `W/"${crypto.createHash('sha1').update(JSON.stringify(body)).digest('base64url')}"`;
    ctx.set('ETag', etag);
    ctx.set('Last-Modified', new Date(article.updatedAt).toUTCString());
    ctx.set('Cache-Control', 'public, max-age=0, must-revalidate');
    ctx.status = 200;
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.body = body;
  },

  /** The republish package, or 403 with the machine-readable reason reuse is refused. */
  async reuse(ctx: any) {
    const settings = await getService(strapi, 'settings').get();
    const article = await requestedArticle(strapi, ctx, settings);
    const { rights } = article;
    const refusal = reuseRefusal(
      {
        license: licenseOf(rights.license.code)!,
        reuseAllowed: rights.reuseAllowed,
        externalDistribution: rights.externalDistribution,
        embargoUntil: rights.embargoUntil,
        rightsExpireAt: rights.rightsExpireAt,
      },
      new Date()
    );
    // A PolicyError (a ForbiddenError) is the one 403 Strapi lets through with its message and details;
    // a plain ForbiddenError thrown past the auth layer is answered as a bare "Forbidden".
    if (refusal) throw new errors.PolicyError(REFUSAL_MESSAGES[refusal.reason], refusal);
    ctx.body = { data: reusePackage(article, settings.publisherName), meta: {} };
  },
});
