import { PLUGIN_ID } from '../pluginId';

/** The translation key of `id` in the plugin's namespace. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
