import type { Core } from '@strapi/strapi';
import { registerWritePipeline } from './document-middlewares';
import { hideFromGraphql } from './graphql';
import { termIndexModel } from './models/term-index';
import { registerComponents } from './utils/components';

/**
 * Register the body-block and rights components, the suggestion index table and
 * the article write pipeline; keep articles out of Strapi's generated GraphQL.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.get('models').add(termIndexModel as never);
  registerWritePipeline(strapi);
  hideFromGraphql(strapi);
};
