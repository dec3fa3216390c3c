import type { Core } from '@strapi/strapi';
import { editorSettings } from '../settings/editor';
import { getService } from '../utils/get-service';

/** Admin API of the plugin settings (Settings → Newsroom). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },
  /** What the edit view needs from the settings (`EditorSettings`), for anyone who may read newsroom articles. */
  async forEditors(ctx: any) {
    ctx.body = { data: editorSettings(await getService(strapi, 'settings').get()) };
  },
  async update(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').update(ctx.request.body) };
  },
});
