import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::stock-article.stock-article' as never);
