import fc from 'fast-check';
import { newsroomText } from '../../../tests/helpers/newsroom-text';
import { ARABIC_DIACRITICS, TATWEEL, toAsciiDigits } from './arabic';
import { PREPARE_FOLDS, SEARCH_FOLDS, foldLetters, prepareForSearch } from './normalize';

/** The executable specification of prepareForSearch: plain regex passes, obviously right, slow. */
function specification(text: string): string {
  let s = toAsciiDigits(text.normalize('NFKC')).replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '').replace(/\p{Cf}/gu, '');
  for (const [from, to] of Object.entries(PREPARE_FOLDS)) s = s.split(from).join(to);
  s = Array.from(s, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  }).join('');
  return s
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

describe('prepareForSearch (fast single pass) equals its specification', () => {
  it('on newsroom-like text (property)', () => {
    fc.assert(
      fc.property(newsroomText, (text) => {
        expect(prepareForSearch(text)).toBe(specification(text));
      }),
      { numRuns: 2000 }
    );
  });

  it('on any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), fc.string(), (a, b) => {
        expect(prepareForSearch(a + b)).toBe(specification(a + b));
      })
    );
  });
});

describe('prepareForSearch', () => {
  it.each([
    ['أَنْظُرْ إلى آخر القُـــرى ٢٠٢٤', 'أنظر إلى آخر القرى 2024'],
    ['٢٠٢٤ و۱۴۰۳', '2024 و1403'],
    ['CNN «قالت»', 'cnn قالت'],
    ['ﻓﻲ ﺍﻟﺒﻼﺩ', 'في البلاد'],
    ['المف\u200Cتي', 'المفتي'],
    ['کتاب ی', 'كتاب ي'],
    ['ا\u0654لمانيا', 'ألمانيا'],
  ])('%s → %s (hamza, taa marbuta and alef maqsura as written)', (text, prepared) => {
    expect(prepareForSearch(text)).toBe(prepared);
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = prepareForSearch(text);
        expect(prepareForSearch(once)).toBe(once);
      })
    );
  });
});

describe('foldLetters', () => {
  it('folds alef forms, taa marbuta, alef maqsura, and waw/yeh hamza seats to the bare hamza', () => {
    expect(foldLetters('أإآٱ')).toBe('اااا');
    expect(foldLetters('مدرسة مستشفى')).toBe('مدرسه مستشفي');
    expect(foldLetters('مسؤول')).toBe(foldLetters('مسئول'));
    expect(foldLetters('فئة')).not.toBe(foldLetters('فيه'));
    for (const [from, to] of Object.entries(SEARCH_FOLDS)) expect(foldLetters(from)).toBe(to);
  });
});
