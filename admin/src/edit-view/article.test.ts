import { bodyBlocks, publishedVersion } from './article';

describe('bodyBlocks', () => {
  it('keeps each block at its dynamic-zone index, an entry that is not an object as null', () => {
    const paragraph = { __component: 'newsroom.paragraph', text: [] };
    const quote = { __component: 'newsroom.quote', text: 'قال' };
    expect(bodyBlocks({ body: [paragraph, null, 'junk', quote] })).toEqual([paragraph, null, null, quote]);
  });

  it('is empty when the form holds no body list', () => {
    expect(bodyBlocks({})).toEqual([]);
    expect(bodyBlocks({ body: 'text' })).toEqual([]);
  });
});

describe('publishedVersion', () => {
  const published = { publishedAt: '2024-07-27T09:30:00.000Z', updatedAt: '2024-07-28T10:00:00.000Z' };

  it('reads the dates of the published entry of availableStatus while the draft is shown', () => {
    const draft = { publishedAt: null, updatedAt: '2024-08-01T00:00:00.000Z' };
    expect(publishedVersion(draft, [{ ...published, id: 2 }])).toEqual(published);
  });

  it('reads the document itself on the published tab', () => {
    expect(publishedVersion(published, [])).toEqual(published);
  });

  it('is null for an article never published, or being created', () => {
    expect(publishedVersion({ publishedAt: null, updatedAt: '2024-08-01T00:00:00.000Z' }, [])).toBeNull();
    expect(publishedVersion(undefined, undefined)).toBeNull();
  });
});
