import type { Core } from '@strapi/strapi';
import { unscheduleWarmer } from './jobs/read-model-warmer';

/** Stop the plugin's background work before Strapi closes the database. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  unscheduleWarmer(strapi);
};
