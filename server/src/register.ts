import type { Core } from '@strapi/strapi';
import { registerWritePipeline } from './document-middlewares';
import { addNewsroomQueries, hideFromGraphql } from './graphql';
import { slugLockModel, slugReservationModel } from './models/slug-reservation';
import { searchDocumentModel, searchKeywordModel, searchPostingModel, searchStatsModel } from './models/search-index';
import { readDependencyModel, readModelModel } from './models/read-model';
import { termIndexModel } from './models/term-index';
import { wordpressItemModel, wordpressJobModel } from './models/wordpress-import';
import { registerComponents } from './utils/components';

/**
 * Register the body-block and rights components, the suggestion and search
 * index and slug reservation tables and the article write pipeline; keep articles out of
 * Strapi's generated GraphQL and add the plugin's own published-only queries.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.get('models').add(termIndexModel as never);
  strapi.get('models').add(searchPostingModel as never);
  strapi.get('models').add(searchDocumentModel as never);
  strapi.get('models').add(searchKeywordModel as never);
  strapi.get('models').add(searchStatsModel as never);
  strapi.get('models').add(slugReservationModel as never);
  strapi.get('models').add(slugLockModel as never);
  strapi.get('models').add(readModelModel as never);
  strapi.get('models').add(readDependencyModel as never);
  strapi.get('models').add(wordpressItemModel as never);
  strapi.get('models').add(wordpressJobModel as never);
  registerWritePipeline(strapi);
  hideFromGraphql(strapi);
  addNewsroomQueries(strapi);
};
