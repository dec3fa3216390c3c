import type { Core } from '@strapi/strapi';
import type services from '../services';

/** Service instances, typed from the factories themselves (no hand-kept map). */
export type NewsroomServices = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** The plugin's service `name`, typed. */
export function getService<K extends keyof NewsroomServices>(strapi: Core.Strapi, name: K): NewsroomServices[K] {
  return strapi.plugin('newsroom').service(name) as NewsroomServices[K];
}
