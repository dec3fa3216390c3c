import type { Core } from '@strapi/strapi';
import { articleWriteMiddleware } from './document-middlewares/article-write';
import { registerComponents } from './utils/components';

/** Register the body-block and rights components, and the article write path. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(articleWriteMiddleware(strapi));
};
