import fs from 'fs';
import path from 'path';
import { ARTICLE_UID, articleSchema, components } from '../../content-types';
import { adminMessageId } from '../../admin/src/translations/admin-keys';

const dir = path.resolve(__dirname, '../../admin/src/translations');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Record<string, string>;

type Attribute = { type: string; component?: string; components?: readonly string[] };
type ComponentUid = keyof typeof components;

/**
 * The message ids the Content Manager looks up to label the model: every article
 * attribute, and every attribute and display name of each newsroom component,
 * reached from the article (dynamic zone, nested components) or registered alone.
 */
function modelLabelIds(): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const follow = (attribute: Attribute) => {
    if (attribute.type === 'component' && attribute.component) visit(attribute.component as ComponentUid);
    if (attribute.type === 'dynamiczone') attribute.components?.forEach((uid) => visit(uid as ComponentUid));
  };
  const visit = (uid: ComponentUid) => {
    if (seen.has(uid)) return;
    seen.add(uid);
    ids.push(uid);
    for (const [field, attribute] of Object.entries(components[uid].attributes as Record<string, Attribute>)) {
      ids.push(`content-manager.components.${uid}.${field}`);
      follow(attribute);
    }
  };
  for (const [field, attribute] of Object.entries(articleSchema.attributes as Record<string, Attribute>)) {
    ids.push(`content-manager.content-types.${ARTICLE_UID}.${field}`);
    follow(attribute);
  }
  (Object.keys(components) as ComponentUid[]).forEach(visit);
  return ids;
}

describe('admin translations', () => {
  it('ships an Arabic translation for every English (source) string, and nothing else', () => {
    const en = load('en');
    const ar = load('ar');
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ar)) {
      expect([key, value.trim().length > 0 && /[\u0600-\u06FF]/.test(value)]).toEqual([key, true]);
    }
  });

  it('labels every attribute of the article and of its components in English and in Arabic', () => {
    const ids = modelLabelIds();
    expect(ids).toContain('content-manager.components.newsroom.rights.noSnippet');
    for (const locale of ['en', 'ar']) {
      const messages = new Map(Object.entries(load(locale)).map(([key, value]) => [adminMessageId(key), value.trim()]));
      expect([locale, ids.filter((id) => !messages.get(id))]).toEqual([locale, []]);
    }
  });
});
