import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { licenseOf, reuseRefusal, reusePackage, rightsHeaders, type ReuseRefusal } from '../rights';
import { slugProblem } from '../text';
import type { CacheConfig } from '../config';
import { strongEtag, type PreparedRead } from '../services/read-model';
import type { NewsroomSettings } from '../services/settings';
import type { ArticleDetail } from '../types/api';
import { validationError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { validate } from '../validation';
import { findOneQuerySchema, listQuerySchema } from './request-schemas';

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

/** The slug and query of a `/articles/:slug…` request, checked (400 naming the field). */
function requestedSlug(ctx: any) {
  const slug = String(ctx.params.slug ?? '');
  const problem = slugProblem(slug);
  if (problem) throw validationError([{ path: ['slug'], message: problem }]);
  return { slug, query: validate(findOneQuerySchema, ctx.query, 'query') };
}

/** The published article a `/articles/:slug…` request names, with its rights headers set; 400/404 otherwise. */
async function requestedArticle(strapi: Core.Strapi, ctx: any, settings: NewsroomSettings): Promise<ArticleDetail> {
  const { slug, query } = requestedSlug(ctx);
  const locale = await requestLocale(strapi, query.locale);
  const article = await getService(strapi, 'articles').findBySlug(slug, locale, { isolate: query.isolate, settings });
  if (!article) throw new errors.NotFoundError(`No published article with slug "${slug}" in locale "${locale}"`);
  ctx.set(rightsHeaders(article.rights));
  return article;
}

/** `Cache-Control` of the detail read, from the plugin config. */
export function cacheControl(cache: CacheConfig): string {
  return `public, max-age=${cache.maxAge}, s-maxage=${cache.sMaxAge}, stale-while-revalidate=${cache.staleWhileRevalidate}`;
}

/** Set the validators of a prepared read; true when the client's copy is current (koa's freshness rules). */
function isFresh(ctx: any, meta: Pick<PreparedRead, 'etag' | 'lastModified'>): boolean {
  ctx.set('ETag', meta.etag);
  ctx.set('Last-Modified', new Date(meta.lastModified).toUTCString());
  ctx.status = 200;
  return ctx.fresh;
}

/** Answer with a prepared read: 304 when fresh, else its bytes (gzip when accepted and stored). */
function answer(ctx: any, read: PreparedRead): void {
  ctx.set(read.headers);
  if (isFresh(ctx, read)) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  if (read.gzip && ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = Buffer.from(read.gzip, 'base64');
    return;
  }
  ctx.body = read.body;
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

  /**
   * One article, from the read model (services/read-model.ts): prepared bytes and a strong ETag,
   * one indexed lookup when current; 304 for a current `If-None-Match` / `If-Modified-Since`
   * without loading the body; gzip when the client accepts it. `?isolate=true` is rendered on demand.
   */
  async findOne(ctx: any) {
    const { slug, query } = requestedSlug(ctx);
    const settingsService = getService(strapi, 'settings');
    const { cache } = settingsService.config();
    ctx.set('Cache-Control', cacheControl(cache));
    ctx.set('Vary', 'Accept-Encoding');
    if (query.isolate) {
      const article = await requestedArticle(strapi, ctx, await settingsService.get());
      const body = JSON.stringify({ data: article, meta: {} });
      return answer(ctx, { body, gzip: null, etag: strongEtag(body), headers: {}, lastModified: Date.parse(article.updatedAt), documentId: article.documentId, slug: article.slug });
    }
    // A named locale is checked against the site's only when nothing is found (an unknown one finds nothing).
    const locale = query.locale ?? (await getService(strapi, 'locales').defaultLocale());
    const conditional = ctx.get('If-None-Match') !== '' || ctx.get('If-Modified-Since') !== '';
    const read = await getService(strapi, 'readModel').read(
      locale,
      slug,
      conditional ? (meta) => !isFresh(ctx, meta) : undefined
    );
    if (!read) {
      await requestLocale(strapi, query.locale);
      throw new errors.NotFoundError(`No published article with slug "${slug}" in locale "${locale}"`);
    }
    answer(ctx, read);
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
