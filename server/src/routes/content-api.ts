import type { RouteTable } from './route-table';

/**
 * Content API routes, mounted under `/api/newsroom`. Access follows
 * users-permissions: grant `find` / `findOne` / `reuse` of "Newsroom › article" and
 * `rss` / `atom` / `sitemap` / `newsSitemap` of "Newsroom › channels" to a role
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
    // RSS 2.0 and Atom feeds of a locale (and section).
    { method: 'GET', path: '/feed.xml', handler: 'channels.rss' },
    { method: 'GET', path: '/feed.atom', handler: 'channels.atom' },
    // Sitemap (an index of `?page=n` past one page's URLs) and the Google News sitemap.
    { method: 'GET', path: '/sitemap.xml', handler: 'channels.sitemap' },
    { method: 'GET', path: '/news-sitemap.xml', handler: 'channels.newsSitemap' },
  ],
} satisfies RouteTable;
