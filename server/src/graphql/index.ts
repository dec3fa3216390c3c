import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, components } from '../../../content-types';
import { typesToHide, type ModelShape } from './hidden-types';
import { newsroomResolvers } from './resolvers';
import { TYPE_DEFS } from './type-defs';

/** The part of @strapi/plugin-graphql's `extension` service used here. */
interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
  use(extension: Record<string, unknown>): unknown;
}

/**
 * With @strapi/plugin-graphql installed, add the plugin's own queries
 * (`newsroomArticle`, `newsroomArticles`: published articles, the REST render
 * model, the REST permissions). Without that plugin, nothing. Like
 * `hideFromGraphql`, this must run in register.
 */
export function addNewsroomQueries(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as unknown as GraphqlExtension;
  extension.use({ typeDefs: TYPE_DEFS, ...newsroomResolvers(strapi) });
}

/**
 * With @strapi/plugin-graphql installed, turn off the types it would generate
 * for the article and its components ("shadow CRUD"). Its resolvers check the
 * same action names as the plugin's REST handlers (`plugin::newsroom.article.find`
 * / `findOne`), so a role allowed to read published articles through
 * /api/newsroom would get drafts, unpublished edits and raw fields through
 * /graphql; with the types gone, relations from other types to articles are
 * left out too. The GraphQL plugin builds its schema in its bootstrap, after
 * every plugin's register: this must run in register.
 */
export function hideFromGraphql(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as unknown as GraphqlExtension;
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as ModelShape[];
  const hidden = typesToHide(models, { article: ARTICLE_UID, components: Object.keys(components) });
  for (const uid of hidden) extension.shadowCRUD(uid).disable();
  strapi.log.debug(`[newsroom] GraphQL types turned off: ${hidden.join(', ')}`);
}
