/**
 * Admin API routes (`/newsroom/...`): an authenticated admin holding the
 * plugin's own permission for the action.
 */
const guarded = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::newsroom.${action}`] } }],
});

export default {
  type: 'admin' as const,
  routes: [
    { method: 'GET' as const, path: '/settings', handler: 'settings.find', config: guarded('settings.read') },
    { method: 'PUT' as const, path: '/settings', handler: 'settings.update', config: guarded('settings.update') },
  ],
};
