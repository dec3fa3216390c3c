import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { getService } from '../utils/get-service';
import { validateQuery } from './validation';

const suggestionsQuery = yup.object({ locale: yup.string().trim().max(35), limit: yup.number().integer().min(1).max(50) });

/** Admin API: related-article suggestions for the article being edited. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { locale, limit } = await validateQuery(suggestionsQuery, ctx.query);
    const code = locale ?? (await getService(strapi, 'locales').defaultLocale());
    ctx.body = { data: await getService(strapi, 'suggestions').suggest(String(ctx.params.documentId), code, limit ?? 10) };
  },
});
