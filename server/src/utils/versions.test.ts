import { chunks, chunksBySize, groupBy, idsByLocale } from './versions';

describe('versions helpers', () => {
  it('chunks in order, the last slice shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });

  it('chunks by size in order, each slice within the bound, an item over it alone', () => {
    const size = (n: number) => n;
    expect(chunksBySize([3, 4, 2, 9, 1, 1, 6], size, 8)).toEqual([[3, 4], [2], [9], [1, 1, 6]]);
    expect(chunksBySize([8, 8], size, 8)).toEqual([[8], [8]]);
    expect(chunksBySize([], size, 8)).toEqual([]);
  });

  it('groups by key in first-seen order, each group in input order', () => {
    const groups = groupBy(['ar:1', 'en:2', 'ar:3'], (s) => s.slice(0, 2));
    expect([...groups]).toEqual([['ar', ['ar:1', 'ar:3']], ['en', ['en:2']]]);
  });

  it('gives each locale its document ids once, in order', () => {
    const versions = [{ documentId: 'b', locale: 'ar' }, { documentId: 'a', locale: 'en' }, { documentId: 'b', locale: 'ar' }, { documentId: 'c', locale: 'ar' }];
    expect([...idsByLocale(versions)]).toEqual([['ar', ['b', 'c']], ['en', ['a']]]);
  });
});
