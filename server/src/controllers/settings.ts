import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** Admin API of the plugin settings (Settings → Newsroom). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },
  /** What the edit view needs from the settings, for anyone who may read newsroom articles. */
  async forEditors(ctx: any) {
    const settings = await getService(strapi, 'settings').get();
    const { slugStrategy, wordsPerMinute, articleUrlTemplate, publisherName, defaultLicense, defaultCopyrightHolder, copyrightTemplates, reuseAllowedByDefault, tdmReservation } = settings;
    ctx.body = {
      data: { slugStrategy, wordsPerMinute, articleUrlTemplate, publisherName, defaultLicense, defaultCopyrightHolder, copyrightTemplates, reuseAllowedByDefault, tdmReservation },
    };
  },
  async update(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').update(ctx.request.body) };
  },
});
