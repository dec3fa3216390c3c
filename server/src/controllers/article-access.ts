import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../../../content-types';

type Filters = Record<string, unknown>;

/**
 * What the calling admin may read of newsroom articles, as the Content
 * Manager itself decides it: the role's conditions ("own articles only"…) and
 * locale limits, as Document Service filters. Every admin route that shows
 * article data goes through it, so none shows what the Content Manager would
 * refuse.
 */
export async function readableArticles(strapi: Core.Strapi, ctx: { state: { userAbility?: unknown } }): Promise<Filters> {
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: ARTICLE_UID });
  const query = (await checker.sanitizedQuery.read({})) as { filters?: Filters };
  return query.filters ?? {};
}

/**
 * The draft of `documentId` in `locale` when the caller may read it; 404 when
 * there is none, 403 when the Content Manager would refuse it to this admin.
 */
export async function assertReadable(strapi: Core.Strapi, ctx: { state: { userAbility?: unknown } }, documentId: string, locale: string): Promise<void> {
  const documents = strapi.documents(ARTICLE_UID);
  const where = { locale, status: 'draft', fields: ['documentId'] } as const;
  const readable = await documents.findFirst({ ...where, filters: { $and: [await readableArticles(strapi, ctx), { documentId }] } } as never);
  if (readable) return;
  if (await documents.findFirst({ ...where, filters: { documentId } } as never)) throw new errors.ForbiddenError();
  throw new errors.NotFoundError(`No newsroom article "${documentId}" in locale "${locale}"`);
}
