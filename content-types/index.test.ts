import { ARTICLE_UID, BLOCK_COMPONENTS, LICENSE_CODES, LICENSES, LINK_KINDS, articleSchema, components } from '.';

describe('the content model', () => {
  it('matches the reviewed snapshot (update it only for an intended model change)', () => {
    expect({ article: articleSchema, components }).toMatchSnapshot();
  });

  it('keeps the public block component uids and their main fields', () => {
    expect(BLOCK_COMPONENTS).toEqual([
      'newsroom.paragraph',
      'newsroom.intertitle',
      'newsroom.related-link',
      'newsroom.quote',
      'newsroom.media',
      'newsroom.embed',
    ]);
    expect(Object.keys(components['newsroom.paragraph'].attributes)).toEqual(['text']);
    expect(Object.keys(components['newsroom.related-link'].attributes)).toEqual(['kind', 'article', 'label']);
    expect(components['newsroom.related-link'].attributes.kind.enum).toEqual([...LINK_KINDS]);
    expect(articleSchema.attributes.body.components).toEqual([...BLOCK_COMPONENTS]);
  });

  it('references only components and content types that exist', () => {
    const uids = new Set(Object.keys(components));
    const check = (attributes: Record<string, any>) => {
      for (const attribute of Object.values(attributes)) {
        if (attribute.type === 'component') expect(uids).toContain(attribute.component);
        if (attribute.type === 'dynamiczone') attribute.components.forEach((c: string) => expect(uids).toContain(c));
        if (attribute.type === 'relation') expect(attribute.target).toBe(ARTICLE_UID);
      }
    };
    check(articleSchema.attributes);
    Object.values(components).forEach((c) => check(c.attributes));
  });

  it('derives the licence enumeration from the licence registry', () => {
    expect(components['newsroom.rights'].attributes.license.enum).toEqual(LICENSE_CODES);
    expect(new Set(LICENSE_CODES).size).toBe(LICENSES.length);
    for (const licence of LICENSES) {
      expect(licence.name.en).toBeTruthy();
      expect(licence.name.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
