import { countedByStats, keywordKey, keywordKeys, parseIsoDate, parseSortKey, titleKey } from './query';

describe('parseSortKey', () => {
  it.each([
    ['publishedAt:desc', { field: 'publishedAt', order: 'desc' }],
    ['updatedAt:ASC', { field: 'updatedAt', order: 'asc' }],
    ['title', { field: 'title', order: 'asc' }],
    [' title:desc ', { field: 'title', order: 'desc' }],
  ])('%s', (text, expected) => expect(parseSortKey(text)).toEqual(expected));

  it.each(['relevance', 'wordCount:asc', 'title:up', 'title:asc:desc', '', 'publishedat:desc'])('refuses %j', (text) => expect(parseSortKey(text)).toBeNull());
});

describe('parseIsoDate', () => {
  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T10:00+03:00', '2026-03-01T07:00:00.000Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
  ])('%s', (text, iso) => expect(parseIsoDate(text)?.toISOString()).toBe(iso));

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-03-01T24:00:00Z', '2026-03-01T10:00:00', 'yesterday', '2026-3-1', `${'1'.repeat(50000)}x`])(
    'refuses %j',
    (text) => expect(parseIsoDate(text)).toBeNull()
  );
});

describe('keywords', () => {
  it('compares whole keywords after NFC and trimming, as ASCII keys', () => {
    expect(keywordKey(' اقتصاد ')).toBe(keywordKey('اقتصاد'));
    expect(keywordKey('e\u0301')).toBe(keywordKey('\u00e9'));
    expect(keywordKey('مسؤول')).not.toBe(keywordKey('مسئول'));
    expect(keywordKey('اقتصاد')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keys an article’s keyword list once each, ignoring what is not a keyword', () => {
    expect(keywordKeys(['a', ' a', 'b', '', 3, null])).toEqual([keywordKey('a'), keywordKey('b')]);
    expect(keywordKeys(null)).toEqual([]);
  });
});

describe('titleKey and countedByStats', () => {
  it('keeps the title’s first 120 characters', () => expect(titleKey('ب'.repeat(300))).toHaveLength(120));
  it('counts a locale or sections from the stats, keywords and dates over their index', () => {
    expect(countedByStats({})).toBe(true);
    expect(countedByStats({ sections: ['a'] })).toBe(true);
    expect(countedByStats({ keywords: ['a'] })).toBe(false);
    expect(countedByStats({ publishedAt: { $gte: new Date() } })).toBe(false);
  });
});
