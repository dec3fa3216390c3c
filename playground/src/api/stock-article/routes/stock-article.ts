import { factories } from '@strapi/strapi';

// Read-only: the benchmark baseline only needs find/findOne.
export default factories.createCoreRouter('api::stock-article.stock-article' as never, { only: ['find', 'findOne'] });
