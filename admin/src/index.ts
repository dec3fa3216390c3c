import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { setBlockMainFields } from './chrome/block-main-fields';
import { watchChromeTitles } from './chrome/chrome-titles';
import { injectTitleCells } from './chrome/list-view';
import { NewsroomPanel } from './edit-view/NewsroomPanel';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { adminMessageId } from './translations/admin-keys';
import en from './translations/en.json';
import { message } from './utils/messages';

/**
 * Translation files shipped with the plugin; `en` is the source, every other
 * file must match its keys. English is in the main bundle anyway (it is every
 * message's fallback), the others load on demand.
 */
const TRANSLATIONS: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  en: async () => ({ default: en }),
  ar: () => import('./translations/ar.json'),
};

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: PLUGIN_ID,
      isReady: true,
    });
    // Settings → Newsroom → Articles; the link shows only to admins who may read the settings.
    app.addSettingsLink({ id: PLUGIN_ID, intlLabel: message('settings.section') }, [
      {
        id: `${PLUGIN_ID}-settings`,
        to: PLUGIN_ID,
        intlLabel: message('settings.link'),
        permissions: PERMISSIONS.readSettings,
        Component: () => import('./pages/SettingsPage').then((mod) => ({ default: mod.ProtectedSettingsPage })),
      },
      // Settings → Newsroom → Import from WordPress: for admins holding the import permission.
      {
        id: `${PLUGIN_ID}-import-wordpress`,
        to: `${PLUGIN_ID}/import-wordpress`,
        intlLabel: message('import.link'),
        permissions: PERMISSIONS.importWordpress,
        Component: () => import('./pages/wordpress-import/WordpressImportPage').then((mod) => ({ default: mod.ProtectedWordpressImportPage })),
      },
    ]);
  },

  bootstrap(app) {
    // The panel decides itself, from the edit view's model, to show for newsroom articles only.
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as ContentManagerPlugin['config']['apis']).addEditViewSidePanel([NewsroomPanel]);
    // Article titles in Strapi's own chrome, each in its own direction: list cells through the
    // Content Manager's documented hook, the rest (edit view header, relation pickers, home
    // widgets) marked in the document, where Strapi has no extension point (chrome/).
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', injectTitleCells);
    // Collapsed body blocks show their first words (chrome/block-main-fields.ts).
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', setBlockMainFields);
    if (typeof document !== 'undefined') watchChromeTitles(document);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = TRANSLATIONS[locale];
        if (!load) return { data: {}, locale };
        const { default: messages } = await load();
        const data = Object.fromEntries(Object.entries(messages).map(([key, value]) => [adminMessageId(key), value]));
        return { data, locale };
      })
    );
  },
};

export default plugin;
