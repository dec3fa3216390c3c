import { articleSchema } from './schema';

describe('the article schema', () => {
  it('localizes every article field and hides derived ones from editors and API input', () => {
    for (const [name, attribute] of Object.entries(articleSchema.attributes)) {
      expect([name, (attribute as any).pluginOptions?.i18n?.localized]).toEqual([name, true]);
    }
    for (const derived of ['wordCount', 'readingTimeMinutes', 'searchText', 'renderCache', 'links'] as const) {
      expect(articleSchema.attributes[derived].writable).toBe(false);
    }
    expect(articleSchema.attributes.searchText.private).toBe(true);
    expect(articleSchema.attributes.renderCache.private).toBe(true);
    expect(articleSchema.options.draftAndPublish).toBe(true);
  });
});
