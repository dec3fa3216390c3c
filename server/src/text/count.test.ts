import fc from 'fast-check';
import { fixtureArticleLines } from '../../../tests/helpers/fixture-lines';
import { newsroomText } from '../../../tests/helpers/newsroom-text';
import { countWords, excerpt, readingTimeMinutes, segmenterWordCount } from './count';


describe('countWords', () => {
  it('counts Arabic, Latin runs and numbers as words, not punctuation', () => {
    expect(countWords('يوم السبت 27 يوليو، تعرضت قافلة (CSP-DPA).')).toBe(8);
    expect(countWords('')).toBe(0);
    expect(countWords('«» — ؟')).toBe(0);
  });
});

describe('countWords on long text', () => {
  it('counts a long text (chunked internally) exactly as the sum of its paragraphs', () => {
    const paragraph = 'يوم السبت 27 يوليو، تعرضت قافلة من الجيش المالي (CSP-DPA) لكمين. ';
    const long = paragraph.repeat(2000);
    expect(long.length).toBeGreaterThan(4096 * 10);
    expect(countWords(long)).toBe(countWords(paragraph) * 2000);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds to whole minutes, at least one for any text', () => {
    expect(readingTimeMinutes(0)).toBe(0);
    expect(readingTimeMinutes(10)).toBe(1);
    expect(readingTimeMinutes(360, 180)).toBe(2);
    expect(readingTimeMinutes(450, 180)).toBe(3);
  });
});

describe('countWords (single-pass scanner) equals Intl.Segmenter', () => {
  it('on newsroom-like text (property)', () => {
    fc.assert(
      fc.property(newsroomText, (text) => {
        expect(countWords(text)).toBe(segmenterWordCount(text));
      }),
      { numRuns: 2000 }
    );
  });

  it('on any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(countWords(text)).toBe(segmenterWordCount(text));
      }),
      // Fixed seed: over all of Unicode the runtime's ICU version decides a few rare symbols' classes.
      { seed: 20261124, numRuns: 3000 }
    );
  });

  it('hands dictionary scripts to Intl.Segmenter', () => {
    expect(countWords('ภาษาไทยง่ายนิดเดียว', 'th')).toBe(segmenterWordCount('ภาษาไทยง่ายนิดเดียว', 'th'));
    expect(countWords('東京は日本の首都です', 'ja')).toBe(segmenterWordCount('東京は日本の首都です', 'ja'));
  });
});

describe('excerpt', () => {
  it('never cuts a word and appends an ellipsis', () => {
    const text = fixtureArticleLines()[0];
    const short = excerpt(text, 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    const next = text[short.length - 1];
    expect(next === ' ' || next === '،' || next === undefined).toBe(true);
  });

  it('cuts a single overlong word on a grapheme boundary', () => {
    expect(excerpt('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 14)).toBe('👩‍👩‍👧‍👦…');
  });

  it('returns short text unchanged', () => {
    expect(excerpt('خبر قصير', 50)).toBe('خبر قصير');
  });

  it('cuts a text longer than a segmenter piece where one segmentation of its prefix cuts (property)', () => {
    /** The excerpt's specification: the prefix segmented at once (quadratic in V8, fine at this size). */
    const specification = (text: string, maxLength: number) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean.length <= maxLength) return clean;
      const budget = maxLength - 1;
      const segments = [...new Intl.Segmenter('ar', { granularity: 'word' }).segment(clean.slice(0, budget + 64))];
      const cut = segments.filter((s) => s.isWordLike && s.index + s.segment.length <= budget).pop();
      return `${clean.slice(0, cut ? cut.index + cut.segment.length : 0).replace(/[\s\p{P}]+$/u, '')}…`;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('كلمة', 'CNN', '2023', 'شبه-العسكرية', '«قال»،', '!!', '\n'), { minLength: 1500, maxLength: 2500 }), fc.integer({ min: 4000, max: 9000 }), (words, max) => {
        const text = words.join(' ');
        expect(excerpt(text, max)).toBe(specification(text, max));
      }),
      { numRuns: 15 }
    );
  });

  it('keeps every excerpt a prefix of whole words (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('كلمة', 'CNN', '2023', 'شبه-العسكرية'), { minLength: 1, maxLength: 40 }), fc.integer({ min: 5, max: 120 }), (words, max) => {
        const text = words.join(' ');
        const out = excerpt(text, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, out.length === text.length ? text.length : max));
        const body = out.endsWith('…') ? out.slice(0, -1) : out;
        if (body) expect(countWords(body)).toBeLessThanOrEqual(countWords(text));
        if (body) expect(text.startsWith(body)).toBe(true);
      })
    );
  });
});
