import fc from 'fast-check';
import { fixtureArticleLines } from '../../../tests/helpers/fixture-lines';
import { newsroomText } from '../../../tests/helpers/newsroom-text';
import { ARABIC_DIACRITICS, TATWEEL, toAsciiDigits } from './arabic';
import { DEFINITE_ARTICLES, SEARCH_FOLDS, normalizeForSearch, searchTerms } from './normalize';

/** The executable specification of normalizeForSearch: plain regex passes, obviously right, slow. */
function specification(text: string): string {
  let s = toAsciiDigits(text.normalize('NFKC')).replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '').replace(/\p{Cf}/gu, '');
  for (const [from, to] of Object.entries(SEARCH_FOLDS)) s = s.split(from).join(to);
  s = Array.from(s, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  }).join('');
  const article = new RegExp(`^(?:${DEFINITE_ARTICLES.join('|')})(?=\\p{L}{2})`, 'u');
  return s
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((w) => w.replace(article, ''))
    .filter(Boolean)
    .join(' ');
}


describe('normalizeForSearch (fast single pass) equals its specification', () => {
  it('on newsroom-like text (property)', () => {
    fc.assert(
      fc.property(newsroomText, (text) => {
        expect(normalizeForSearch(text)).toBe(specification(text));
      }),
      { numRuns: 2000 }
    );
  });

  it('on any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), fc.string(), (a, b) => {
        expect(normalizeForSearch(a + b)).toBe(specification(a + b));
      })
    );
  });
});

describe('normalizeForSearch', () => {
  it('folds hamza forms, taa marbuta, alef maqsura, tatweel, tashkeel and digits', () => {
    expect(normalizeForSearch('أَنْظُرْ إلى آخر القُـــرى ٢٠٢٤')).toBe('انظر الي اخر قري 2024');
    expect(normalizeForSearch('مدرسة')).toBe(normalizeForSearch('مدرسه'));
  });

  it('is idempotent', () => {
    for (const text of ['إقرأ أيضاً | وفي مالي', 'CSP-DPA «مالي»', 'تَشْكِيل ۱۲۳']) {
      const once = normalizeForSearch(text);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });
});

describe('search normalisation', () => {
  it.each([
    ['أندريه يوسوف', 'اندريه يوسوف'],
    ['الإمارات', 'امارات'],
    ['مدرسة', 'مدرسه'],
    ['مستشفى', 'مستشفي'],
    ['القُـــرى', 'قري'],
    ['٢٠٢٤ و۱۴۰۳', '2024 و1403'],
    ['والمدرسة', 'مدرسه'],
    ['CNN «قالت»', 'cnn قالت'],
  ])('%s → %s', (text, normal) => {
    expect(normalizeForSearch(text)).toBe(normal);
  });

  it('finds fixture text by a query typed without hamza or diacritics', () => {
    const stored = normalizeForSearch(fixtureArticleLines().join(' '));
    for (const query of ['اوكرانيا', 'الاوكرانيين', 'المسوولين التنفيذيين', 'مرتزقه فاغنر', 'نوفمبر 2023']) {
      for (const term of searchTerms(query)) expect([query, stored.includes(term)]).toEqual([query, true]);
    }
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
      })
    );
  });
});
