import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';

/** The plugin's options, read from `config/plugins.ts` (validated at boot). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  config(): NewsroomConfig {
    return strapi.config.get('plugin::newsroom') as NewsroomConfig;
  },
});
