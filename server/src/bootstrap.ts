import type { Core } from '@strapi/strapi';
import { scheduleWarmer } from './jobs/read-model-warmer';
import { publicReadShortcut, shortcutRefusal } from './middlewares/public-read';
import { getService } from './utils/get-service';

/** Admin permissions the plugin adds (Settings → Roles → Plugins → Newsroom). */
export const ADMIN_ACTIONS = [
  { uid: 'settings.read', displayName: 'Read settings', subCategory: 'Settings' },
  { uid: 'settings.update', displayName: 'Update settings', subCategory: 'Settings' },
  { uid: 'rights.manage', displayName: 'Manage rights', subCategory: 'Rights' },
  { uid: 'import.wordpress', displayName: 'Import from WordPress', subCategory: 'Import' },
] as const;

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(ADMIN_ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: 'newsroom' })));
  // W3C TDMRep discovery file, at the root of the site as the spec requires (not under /api).
  strapi.server.routes([
    {
      method: 'GET',
      path: '/.well-known/tdmrep.json',
      handler: async (ctx: any) => {
        ctx.set('Cache-Control', 'public, max-age=300');
        ctx.body = await getService(strapi, 'tdmrep').rules();
      },
      config: { auth: false, middlewares: ['plugin::newsroom.database-unavailable'] },
    },
  ] as never);
  // Plugins bootstrap after the app's global middlewares are in place and before the router is
  // mounted: the shortcut runs after the former (CORS, security headers, logger) and before the latter.
  if (getService(strapi, 'settings').config().publicReadShortcut) {
    const refusals = { read: shortcutRefusal(strapi, 'read'), list: shortcutRefusal(strapi, 'list') };
    for (const refusal of new Set(Object.values(refusals))) if (refusal !== null) strapi.log.info(`[newsroom] public read shortcut off: ${refusal}`);
    if (refusals.read === null || refusals.list === null) strapi.server.use(publicReadShortcut(strapi, { read: refusals.read === null, list: refusals.list === null }));
  }
  getService(strapi, 'purge').register();
  await getService(strapi, 'slugs').ensureLocks();
  const reindexed = await getService(strapi, 'reindex').ifNeeded();
  if (reindexed > 0) strapi.log.info(`[newsroom] recomputed derived fields of ${reindexed} article rows`);
  scheduleWarmer(strapi);
  // A WordPress import a stop interrupted goes on from the item it had reached (re-running is idempotent).
  const resumed = await getService(strapi, 'wordpress').resume();
  if (resumed.length > 0) strapi.log.info(`[newsroom] resuming WordPress import jobs ${resumed.join(', ')}`);
  // Search postings an import left unbuilt (its database failed before its end; a resumed job builds its own at its end, and
  // two builds skip what the other did): built in the background, the articles listed meanwhile.
  else if ((await getService(strapi, 'search').pendingCount()) > 0) {
    void getService(strapi, 'search')
      .buildPending()
      .then((built: number) => strapi.log.info(`[newsroom] built the search postings of ${built} imported articles`))
      .catch((error: unknown) => strapi.log.warn(`[newsroom] search postings of imported articles not built: ${(error as Error).message}`));
  }
};
