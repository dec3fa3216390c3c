import { factories } from '@strapi/strapi';

// The app's content-type uids are generated into types/ by `strapi develop`; without them the factories' uid type is empty.

export default factories.createCoreController('api::stock-article.stock-article' as never);
