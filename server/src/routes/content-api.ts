/**
 * Content API routes, mounted under `/api/newsroom`. Access follows
 * users-permissions: grant `find` / `findOne` / `reuse` of "Newsroom › article" to a role
 * (the plugin grants nothing by default), or use an API token.
 */
export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET' as const,
      path: '/articles',
      handler: 'article.find',
      config: { description: 'List published articles' },
    },
    {
      method: 'GET' as const,
      path: '/articles/:slug',
      handler: 'article.findOne',
      config: { description: 'Read one published article by slug, rendered' },
    },
    {
      method: 'GET' as const,
      path: '/articles/:slug/reuse',
      handler: 'article.reuse',
      config: { description: 'Licence, attribution and republish package of a published article' },
    },
  ],
};
