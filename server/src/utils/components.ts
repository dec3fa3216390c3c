import type { Core } from '@strapi/strapi';
import { components } from '../../../content-types';

/**
 * Register the plugin's components (body blocks, rights…) in Strapi's component
 * registry, in the shape Strapi's own loader gives app components.
 */
export function registerComponents(strapi: Core.Strapi): void {
  const registry = strapi.get('components');
  for (const [uid, definition] of Object.entries(components)) {
    const [category, modelName] = uid.split('.');
    const schema = JSON.parse(JSON.stringify(definition));
    registry.set(uid, {
      ...schema,
      __schema__: JSON.parse(JSON.stringify(definition)),
      uid,
      category,
      modelType: 'component',
      modelName,
      globalId: `ComponentNewsroom${modelName.replace(/(^|-)(\w)/g, (_m: string, _d: string, c: string) => c.toUpperCase())}`,
    });
  }
}
