import { ARTICLE_TEXT_FIELDS, fieldPattern } from './text-fields';

describe('ARTICLE_TEXT_FIELDS', () => {
  it('gives the article’s direction to text written in its language, in fields, components and the body', () => {
    for (const path of ['title', 'standfirst', 'body.*.text', 'body.*.caption', 'cover.caption', 'rights.copyrightHolder']) {
      expect([path, ARTICLE_TEXT_FIELDS.get(path)]).toEqual([path, 'article']);
    }
  });

  it('lets identifiers, URLs and the original of a translation follow their own letters', () => {
    for (const path of ['slug', 'body.*.url', 'rights.acquireLicenseUrl', 'rights.basedOn.title', 'rights.basedOn.url']) {
      expect([path, ARTICLE_TEXT_FIELDS.get(path)]).toEqual([path, 'own']);
    }
  });

  it('leaves fields that hold no text alone', () => {
    for (const path of ['direction', 'body', 'cover', 'rights.license', 'related']) expect(ARTICLE_TEXT_FIELDS.has(path)).toBe(false);
  });
});

describe('fieldPattern', () => {
  it('turns list indices into `*`, so every block of the body shares one pattern', () => {
    expect(['body.3.text', 'body.12.caption', 'rights.basedOn.url', 'title'].map(fieldPattern)).toEqual([
      'body.*.text',
      'body.*.caption',
      'rights.basedOn.url',
      'title',
    ]);
  });
});
