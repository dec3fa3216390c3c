import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { strongEtag } from '../services/read-model';
import { getService } from '../utils/get-service';
import { validate } from '../validation';
import { cacheControl } from './article';
import { requestLocale } from './requests';
import { feedQuerySchema, noQuerySchema, sitemapQuerySchema } from './request-schemas';

const TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const;

/** Answer an XML document with the plugin's Cache-Control and a strong ETag; 304 when the client's copy is current. */
function answerXml(strapi: Core.Strapi, ctx: any, xml: string, type: keyof typeof TYPES): void {
  ctx.set('Cache-Control', cacheControl(getService(strapi, 'settings').config().cache));
  ctx.set('Vary', 'Accept-Encoding');
  ctx.set('ETag', strongEtag(xml));
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = TYPES[type];
  ctx.body = xml;
}

/** Feeds and sitemaps: published articles only, as the rights allow, every URL absolute from configuration. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feed = (format: 'rss' | 'atom') => async (ctx: any) => {
    const query = validate(feedQuerySchema, ctx.query, 'query');
    const locale = await requestLocale(strapi, query.locale);
    answerXml(strapi, ctx, await getService(strapi, 'channels').feed(format, { locale, section: query.section }), format);
  };
  return {
    /** RSS 2.0 of a locale (`?locale=`, default the site's) and optionally a section. */
    rss: feed('rss'),
    /** Atom 1.0, same query. */
    atom: feed('atom'),

    /** The sitemap, or its index when there are more URLs than one page holds; `?page=n` for a page. */
    async sitemap(ctx: any) {
      const { page } = validate(sitemapQuerySchema, ctx.query, 'query');
      const answer = await getService(strapi, 'channels').sitemap(page);
      if (!answer) throw new errors.NotFoundError(`The sitemap has no page ${page}`);
      answerXml(strapi, ctx, answer.xml, 'xml');
    },

    /** The Google News sitemap. */
    async newsSitemap(ctx: any) {
      validate(noQuerySchema, ctx.query, 'query');
      answerXml(strapi, ctx, await getService(strapi, 'channels').newsSitemap(), 'xml');
    },
  };
};
