import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { validate } from '../validation';
import { localeQuerySchema } from './request-schemas';

/** Admin API: where links point nowhere a reader can follow (for the editor's warnings). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every draft of the locale whose inline links or related list have an unpublished or missing target. */
  async broken(ctx: any) {
    const { locale } = validate(localeQuerySchema, ctx.query, 'query');
    const code = locale ?? (await getService(strapi, 'locales').defaultLocale());
    ctx.body = { data: await getService(strapi, 'links').brokenInLocale(code) };
  },

  /** The same for one article. */
  async brokenForArticle(ctx: any) {
    const { locale } = validate(localeQuerySchema, ctx.query, 'query');
    const code = locale ?? (await getService(strapi, 'locales').defaultLocale());
    const [article] = await getService(strapi, 'links').brokenInLocale(code, String(ctx.params.documentId));
    ctx.body = { data: article?.broken ?? [] };
  },
});
