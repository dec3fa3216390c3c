import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { validate } from '../validation';
import { suggestionsQuerySchema } from './request-schemas';

/** Admin API: related-article suggestions for the article being edited. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { locale, limit } = validate(suggestionsQuerySchema, ctx.query, 'query');
    const code = locale ?? (await getService(strapi, 'locales').defaultLocale());
    ctx.body = { data: await getService(strapi, 'suggestions').suggest(String(ctx.params.documentId), code, limit ?? 10) };
  },
});
