import { bodyBlocks } from './article';

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
