/**
 * Which of the plugin's models Strapi's GraphQL plugin must not generate
 * types for. Pure (no Strapi import): it reads models as plain data.
 */

/** A content type or component as Strapi's registries hold it: its uid and attributes. */
export interface ModelShape {
  readonly uid: string;
  readonly attributes: Readonly<Record<string, { readonly type?: string; readonly component?: string; readonly components?: readonly string[] }>>;
}

/** Components an attribute embeds: a component field, or every member of a dynamic zone. */
function embedded(model: ModelShape): string[] {
  return Object.values(model.attributes).flatMap((attribute) => {
    if (attribute.type === 'component' && attribute.component) return [attribute.component];
    if (attribute.type === 'dynamiczone') return [...(attribute.components ?? [])];
    return [];
  });
}

/**
 * The article and every plugin component no model outside the plugin embeds
 * (directly, or nested in a component it embeds). A component an app's own
 * type embeds stays: the GraphQL plugin builds that type's field from it
 * without checking whether it is turned off, so hiding it would fail the
 * app's schema; there it holds the app's data, not an article's. Without the
 * article's type, no component reaches an article.
 */
export function typesToHide(models: readonly ModelShape[], own: { article: string; components: readonly string[] }): string[] {
  const isOwn = (uid: string) => uid === own.article || own.components.includes(uid);
  const byUid = new Map(models.map((model) => [model.uid, model]));
  const needed = new Set<string>();
  const queue = models.filter((model) => !isOwn(model.uid)).flatMap(embedded);
  for (let uid = queue.pop(); uid !== undefined; uid = queue.pop()) {
    if (needed.has(uid)) continue;
    needed.add(uid);
    const model = byUid.get(uid);
    if (model) queue.push(...embedded(model));
  }
  return [own.article, ...own.components.filter((uid) => !needed.has(uid))];
}
