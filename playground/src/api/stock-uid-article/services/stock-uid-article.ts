import { factories } from '@strapi/strapi';

// No routes or controller: bench:write creates through the Document Service only.
export default factories.createCoreService('api::stock-uid-article.stock-uid-article' as never);
