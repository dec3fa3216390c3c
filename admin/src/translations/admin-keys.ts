import { ARTICLE_UID } from '../../../content-types';
import { getTranslation } from '../utils/getTranslation';

/**
 * Where a key of en.json / ar.json lands in the admin's messages. Most keys
 * are the plugin's own (`newsroom.<key>`); two families label the article's
 * edit view in the interface language, under the ids the Content Manager
 * looks up:
 *
 * - `field.article.<field>` → `content-manager.content-types.plugin::newsroom.article.<field>`
 * - `field.<component>.<field>` → `content-manager.components.newsroom.<component>.<field>`
 * - `component.<component>` → `newsroom.<component>` (the component's uid: its display name)
 */
export function adminMessageId(key: string): string {
  const [family, owner, ...rest] = key.split('.');
  if (family === 'component' && owner && rest.length === 0) return `newsroom.${owner}`;
  if (family === 'field' && owner && rest.length > 0) {
    const field = rest.join('.');
    return owner === 'article' ? `content-manager.content-types.${ARTICLE_UID}.${field}` : `content-manager.components.newsroom.${owner}.${field}`;
  }
  return getTranslation(key);
}
