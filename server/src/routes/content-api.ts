import type { RouteTable } from './route-table';

/**
 * Content API routes, mounted under `/api/newsroom`. Access follows
 * users-permissions: grant `find` / `findOne` / `reuse` of "Newsroom › article" to a role
 * (the plugin grants nothing by default), or use an API token.
 */
export default {
  type: 'content-api',
  routes: [
    // List published articles.
    { method: 'GET', path: '/articles', handler: 'article.find' },
    // Read one published article by slug, rendered.
    { method: 'GET', path: '/articles/:slug', handler: 'article.findOne' },
    // Licence, attribution and republish package of a published article.
    { method: 'GET', path: '/articles/:slug/reuse', handler: 'article.reuse' },
  ],
} satisfies RouteTable;
