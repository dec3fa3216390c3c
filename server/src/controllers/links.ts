import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { assertReadable, readableArticles } from './article-access';
import { validate } from '../validation';
import { localeQuerySchema } from './request-schemas';

/** Admin API: where links point nowhere a reader can follow (for the editor's warnings). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every draft of the locale the caller may read whose inline links or related list have an unpublished or missing target. */
  async broken(ctx: any) {
    const { locale } = validate(localeQuerySchema, ctx.query, 'query');
    const code = locale ?? (await getService(strapi, 'locales').defaultLocale());
    ctx.body = { data: await getService(strapi, 'links').brokenInLocale(code, { filters: await readableArticles(strapi, ctx) }) };
  },

  /** The same for one article (403 when the caller may not read it). */
  async brokenForArticle(ctx: any) {
    const { locale } = validate(localeQuerySchema, ctx.query, 'query');
    const code = locale ?? (await getService(strapi, 'locales').defaultLocale());
    const documentId = String(ctx.params.documentId);
    await assertReadable(strapi, ctx, documentId, code);
    const [article] = await getService(strapi, 'links').brokenInLocale(code, { documentId });
    ctx.body = { data: article?.broken ?? [] };
  },
});
