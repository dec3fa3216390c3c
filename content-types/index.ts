/**
 * The newsroom content model: the one source of truth read by the server
 * (registration, validation, rendering) and by the admin (field layout, lint).
 */
import { articleSchema } from './article/schema';

export { articleSchema, DERIVED_FIELDS } from './article/schema';
export { components } from './components';
export type { ComponentDefinition, NewsroomComponentUid } from './components';
export * from './blocks';
export * from './licenses';

export const PLUGIN_ID = 'newsroom';
export const ARTICLE_UID = 'plugin::newsroom.article' as const;

/** Content types in the shape a Strapi plugin's `contentTypes` export expects. */
export const contentTypes = {
  article: { schema: articleSchema },
};
