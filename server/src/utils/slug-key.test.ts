import { slugKey } from './slug-key';

describe('slugKey', () => {
  it('tells apart slugs a case- and accent-insensitive collation equates, and the same slug in two locales', () => {
    // utf8mb4_unicode_ci compares these pairs as equal.
    expect(slugKey('ar', 'أخبار')).not.toBe(slugKey('ar', 'اخبار'));
    expect(slugKey('en', 'News')).not.toBe(slugKey('en', 'news'));
    expect(slugKey('ar', 'news')).not.toBe(slugKey('en', 'news'));
    expect(slugKey('ar', 'أخبار')).toBe(slugKey('ar', 'أخبار'));
    expect(slugKey('ar', 'أخبار')).toMatch(/^[0-9a-f]{64}$/);
  });
});
