import zlib from 'zlib';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { licenseOf, reuseRefusal, reusePackage, rightsHeaders, type ReuseRefusal } from '../rights';
import type { CacheConfig } from '../config';
import { strongEtag, type PreparedRead } from '../services/read-model';
import type { NewsroomSettings } from '../services/settings';
import type { ArticleDetail } from '../types/api';
import { chooseEncoding } from '../utils/content-encoding';
import { looksLikeDocumentId } from '../utils/document-id';
import { getService } from '../utils/get-service';
import { listRequest, requestLocale, slugRequest } from './requests';

/** The slug and query of a `/articles/:slug…` request, checked (400 naming the field). */
const requestedSlug = (ctx: any) => slugRequest(ctx.params.slug, ctx.query);

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
export function isFresh(ctx: any, meta: { etag: string; lastModified?: number }): boolean {
  ctx.set('ETag', meta.etag);
  if (meta.lastModified !== undefined) ctx.set('Last-Modified', new Date(meta.lastModified).toUTCString());
  ctx.status = 200;
  return ctx.fresh;
}

/**
 * Answer with a prepared read: 304 when fresh, else its bytes: brotli or gzip when the client
 * accepts it and the row has it (utils/content-encoding.ts), else the JSON text.
 */
export function answer(ctx: any, read: Pick<PreparedRead, 'gzip' | 'br' | 'etag' | 'headers'> & { body: string | Buffer; lastModified?: number }): void {
  ctx.set(read.headers);
  if (isFresh(ctx, read)) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  const stored = { br: read.br, gzip: read.gzip };
  const encoding = chooseEncoding(ctx.get('Accept-Encoding') || undefined, (['br', 'gzip'] as const).filter((e) => stored[e]));
  if (encoding) {
    ctx.set('Content-Encoding', encoding);
    ctx.body = Buffer.from(stored[encoding]!, 'base64');
    return;
  }
  ctx.body = read.body;
}

/** Shared cache headers of the content API's JSON answers (the detail and the list). */
export function cacheHeaders(ctx: any, cache: CacheConfig): void {
  ctx.set('Cache-Control', cacheControl(cache));
  ctx.set('Vary', 'Accept-Encoding');
}

/**
 * Answer a JSON body built for this request (the list): strong ETag of its bytes, 304 when the
 * client has them, gzip when accepted (compressed only when it will be sent).
 */
export function answerJson(ctx: any, value: unknown): void {
  // Its UTF-8 bytes, once: hashed, compressed and sent as they are (a string is encoded again for each).
  const body = Buffer.from(JSON.stringify(value));
  const etag = strongEtag(body);
  // gzip only: brotli at a quality worth storing costs too much to run on every list request.
  const gzip = chooseEncoding(ctx.get('Accept-Encoding') || undefined, ['gzip']) && !ctx.get('If-None-Match').includes(etag) ? zlib.gzipSync(body).toString('base64') : null;
  answer(ctx, { body, gzip, br: null, etag, headers: {} });
}

/**
 * Answer the read of `slug` in `locale` from the read model (services/read-model.ts): prepared bytes
 * and a strong ETag, one indexed lookup when current; 304 for a current `If-None-Match` /
 * `If-Modified-Since` without loading the body; brotli or gzip when the client accepts it; the rights
 * headers (the caller sets the cache headers, which its 404 carries too). A slug always wins; a
 * parameter shaped like a document id that names no slug is read by id (what @strapi/client's
 * `findOne(documentId)` asks for), published versions only. False (nothing set): no published
 * article answers to it. The route's controller and the public read's shortcut
 * (middlewares/public-read.ts) both answer through here.
 */
export async function answerFromReadModel(strapi: Core.Strapi, ctx: any, slug: string, locale: string): Promise<boolean> {
  const conditional = ctx.get('If-None-Match') !== '' || ctx.get('If-Modified-Since') !== '';
  const readModel = getService(strapi, 'readModel');
  const wanted = conditional ? (meta: { etag: string; lastModified?: number }) => !isFresh(ctx, meta) : undefined;
  const read = (await readModel.read(locale, slug, wanted)) ?? (looksLikeDocumentId(slug) ? await readModel.readByDocument(locale, slug, wanted) : null);
  if (!read) return false;
  answer(ctx, read);
  return true;
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
  /** The list (and search, with `q`): Strapi's REST parameters or the plugin's own; cached like the detail. */
  async find(ctx: any) {
    const list = await getService(strapi, 'articles').list(await listRequest(strapi, ctx.query));
    cacheHeaders(ctx, getService(strapi, 'settings').config().cache);
    answerJson(ctx, list);
  },

  /**
   * One article, from the read model (`answerFromReadModel`); `?isolate=true` is rendered on demand.
   * An anonymous read the Public role may make is usually answered before this route, by the
   * shortcut in middlewares/public-read.ts, through the same function.
   */
  async findOne(ctx: any) {
    const { slug, query } = requestedSlug(ctx);
    const settingsService = getService(strapi, 'settings');
    cacheHeaders(ctx, settingsService.config().cache);
    if (query.isolate) {
      const article = await requestedArticle(strapi, ctx, await settingsService.get());
      const body = JSON.stringify({ data: article, meta: {} });
      return answer(ctx, { body, gzip: null, br: null, etag: strongEtag(body), headers: {}, lastModified: Date.parse(article.updatedAt) });
    }
    // A named locale is checked against the site's only when nothing is found (an unknown one finds nothing).
    const locale = query.locale ?? (await getService(strapi, 'locales').defaultLocale());
    if (await answerFromReadModel(strapi, ctx, slug, locale)) return;
    await requestLocale(strapi, query.locale);
    throw new errors.NotFoundError(`No published article with slug "${slug}" in locale "${locale}"`);
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
