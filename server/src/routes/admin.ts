import type { RouteTable } from './route-table';

/**
 * Admin API routes (`/newsroom/...`): an authenticated admin holding the
 * plugin's own permission for the action.
 */
const guarded = (action: string | [action: string, subject: string]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'settings.find', config: guarded('plugin::newsroom.settings.read') },
    { method: 'PUT', path: '/settings', handler: 'settings.update', config: guarded('plugin::newsroom.settings.update') },
    // The settings the edit view's panel previews with: anyone who may read newsroom articles.
    {
      method: 'GET',
      path: '/editor-settings',
      handler: 'settings.forEditors',
      config: guarded(['plugin::content-manager.explorer.read', 'plugin::newsroom.article']),
    },
    // Link warnings: anyone who may read newsroom articles in the Content Manager.
    { method: 'GET', path: '/links/broken', handler: 'links.broken', config: guarded(['plugin::content-manager.explorer.read', 'plugin::newsroom.article']) },
    {
      method: 'GET',
      path: '/articles/:documentId/links/broken',
      handler: 'links.brokenForArticle',
      config: guarded(['plugin::content-manager.explorer.read', 'plugin::newsroom.article']),
    },
    {
      method: 'GET',
      path: '/articles/:documentId/suggestions',
      handler: 'suggestions.find',
      config: guarded(['plugin::content-manager.explorer.read', 'plugin::newsroom.article']),
    },
    // Lint what an editor is writing: anyone who may edit content in the Content Manager.
    { method: 'POST', path: '/text/lint', handler: 'text.lint', config: guarded(['plugin::content-manager.explorer.update', 'plugin::newsroom.article']) },
    // WordPress imports write articles in bulk: their own permission (Settings → Roles → Newsroom → Import).
    { method: 'POST', path: '/import/wordpress', handler: 'wordpressImport.create', config: guarded('plugin::newsroom.import.wordpress') },
    { method: 'GET', path: '/import/jobs', handler: 'wordpressImport.jobs', config: guarded('plugin::newsroom.import.wordpress') },
    { method: 'GET', path: '/import/jobs/:id', handler: 'wordpressImport.job', config: guarded('plugin::newsroom.import.wordpress') },
    { method: 'POST', path: '/import/jobs/:id/cancel', handler: 'wordpressImport.cancel', config: guarded('plugin::newsroom.import.wordpress') },
    { method: 'GET', path: '/import/jobs/:id/redirects', handler: 'wordpressImport.redirects', config: guarded('plugin::newsroom.import.wordpress') },
  ],
} satisfies RouteTable;
