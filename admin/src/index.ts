import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

/** Translation files shipped with the plugin; `en` is the source, every other file must match its keys. */
const TRANSLATIONS: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('./translations/en.json'),
  ar: () => import('./translations/ar.json'),
};

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: PLUGIN_ID,
      isReady: true,
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = TRANSLATIONS[locale];
        if (!load) return { data: {}, locale };
        const { default: messages } = await load();
        const data = Object.fromEntries(Object.entries(messages).map(([key, value]) => [getTranslation(key), value]));
        return { data, locale };
      })
    );
  },
};

export default plugin;
