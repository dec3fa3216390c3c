import { articleSchema, components } from '../../../../content-types';

/**
 * Which inputs of the article edit view hold text, and whose direction they
 * take, derived from the model so a new text field is covered without a list
 * to keep in sync.
 *
 * - `article`: written in the article's language, so it takes the article's
 *   direction (title, standfirst, body text, captions, credits…).
 * - `own`: identifiers, URLs and text in another language (the original a
 *   translation is based on): `dir="auto"`, each follows its first strong letter.
 */
export type FieldDirection = 'article' | 'own';

type Attribute = { type?: string; component?: string; components?: readonly string[] };
type ComponentUid = keyof typeof components;

/** Attribute names whose values are identifiers or URLs, whatever the article's language. */
const OWN_DIRECTION_ATTRIBUTES = new Set(['slug', 'url', 'acquireLicenseUrl', 'tdmPolicyUrl', 'language']);
/** Components that describe a work in another language. */
const OWN_DIRECTION_COMPONENTS = new Set<string>(['newsroom.based-on']);
const TEXT_TYPES = new Set(['string', 'text', 'blocks']);

function collect(
  attributes: Record<string, Attribute>,
  prefix: string,
  inherited: FieldDirection,
  out: Map<string, FieldDirection>
): void {
  for (const [name, attribute] of Object.entries(attributes)) {
    const path = `${prefix}${name}`;
    if (attribute.type && TEXT_TYPES.has(attribute.type)) {
      out.set(path, OWN_DIRECTION_ATTRIBUTES.has(name) ? 'own' : inherited);
    } else if (attribute.type === 'component' && attribute.component) {
      const uid = attribute.component;
      const direction = OWN_DIRECTION_COMPONENTS.has(uid) ? 'own' : inherited;
      collect(components[uid as ComponentUid].attributes, `${path}.`, direction, out);
    } else if (attribute.type === 'dynamiczone') {
      // Every entry of a dynamic zone is addressed as `<zone>.<index>.<field>`.
      for (const uid of attribute.components ?? []) {
        const direction = OWN_DIRECTION_COMPONENTS.has(uid) ? 'own' : inherited;
        collect(components[uid as ComponentUid].attributes, `${path}.*.`, direction, out);
      }
    }
  }
}

/** Field path pattern (`title`, `body.*.caption`, `rights.basedOn.url`) → where its direction comes from. */
export const ARTICLE_TEXT_FIELDS: ReadonlyMap<string, FieldDirection> = (() => {
  const out = new Map<string, FieldDirection>();
  collect(articleSchema.attributes as unknown as Record<string, Attribute>, '', 'article', out);
  return out;
})();

/** The pattern of a form field name: list indices become `*` (`body.3.text` → `body.*.text`). */
export function fieldPattern(name: string): string {
  return name.replace(/\.\d+(?=\.|$)/g, '.*');
}
