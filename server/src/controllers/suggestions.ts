import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { assertReadable } from './article-access';
import { validate } from '../validation';
import { suggestionsQuerySchema } from './request-schemas';

/** Admin API: related-article suggestions for the article being edited. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { locale, limit } = validate(suggestionsQuerySchema, ctx.query, 'query');
    const code = locale ?? (await getService(strapi, 'locales').defaultLocale());
    const documentId = String(ctx.params.documentId);
    // Suggestions are published articles, but they are drawn from the draft's text: the caller must be able to read it.
    await assertReadable(strapi, ctx, documentId, code);
    ctx.body = { data: await getService(strapi, 'suggestions').suggest(documentId, code, limit ?? 10) };
  },
});
