import type { Core } from '@strapi/strapi';
import { readSeedArticles, seedArticles } from './seed';
import { ensureDemoAdmin, ensureLocales, grantPublicRead } from './setup';

export default {
  register() {},

  /**
   * On every boot: Arabic/English locales, public read access, a demo admin
   * when there is none. On an empty database (and unless NEWSROOM_SEED=false):
   * the demo articles, the seed article among them.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
    await ensureDemoAdmin(strapi);
    if (process.env.NEWSROOM_SEED === 'false') return;
    const existing = await strapi.db.query('plugin::newsroom.article').count();
    if (existing === 0) {
      const ids = await seedArticles(strapi, readSeedArticles(strapi.dirs.app.root));
      strapi.log.info(`[playground] seeded ${Object.keys(ids).length} demo articles`);
    }
  },
};
