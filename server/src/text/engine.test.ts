import fc from 'fast-check';
import { fixtureArticleLines } from '../../../tests/helpers/fixture-lines';
import { excerpt, countWords } from './count';
import { textDirection } from './direction';
import { applyFixes, lintText } from './lint';
import { normalizeForSearch, searchTerms } from './normalize';
import { slugFor, slugProblem, unicodeSlug } from './slug';
import { asciiSlug } from './transliterate';

const STRONG_RTL = /[\u05D0-\u05EA\u0627-\u064A]/;
const STRONG_LTR = /[A-Za-z]/;
const ISOLATES = /[\u2066-\u2069]/;

describe('direction (property)', () => {
  const alphabet = fc.constantFrom('ا', 'ب', 'א', 'a', 'Z', ' ', '1', '٢', '،', '.', '-', '\u064E');
  it('equals the direction of the first strong character when there is no isolate', () => {
    fc.assert(
      fc.property(fc.array(alphabet).map((cs) => cs.join('')), (text) => {
        const first = [...text].find((c) => STRONG_RTL.test(c) || STRONG_LTR.test(c));
        const expected = first === undefined ? null : STRONG_RTL.test(first) ? 'rtl' : 'ltr';
        expect(ISOLATES.test(text) ? 'skip' : textDirection(text)).toBe(ISOLATES.test(text) ? 'skip' : expected);
      })
    );
  });

  it('ignores whatever sits inside an isolate', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('مرحبا', 'hello'), (inside, after) => {
        const clean = inside.replace(/[\u2066-\u2069\n\r\u001C-\u001E\u0085\u2029]/g, '');
        expect(textDirection(`\u2068${clean}\u2069${after}`)).toBe(textDirection(after));
      })
    );
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

describe('slugs (property)', () => {
  it('never contain a slash, control, whitespace or bidi control, in either strategy', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('unicode' as const, 'transliterate' as const), (title, strategy) => {
        const slug = slugFor(title, strategy);
        if (slug !== '') expect([slug, slugProblem(slug)]).toEqual([slug, null]);
      })
    );
  });

  it('are stable: the same title gives the same slug, and a slug re-slugs to itself', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const slug = unicodeSlug(title);
        expect(unicodeSlug(title)).toBe(slug);
        expect(unicodeSlug(slug)).toBe(slug);
      })
    );
  });

  it.each([
    ['مالي: صور أول هزيمة كبرى لفاغنر', 'maly-swr-awl-hzyma-kbra-lfaghnr'],
    ['שלום עולם', 'shlvm-vlm'],
    ['سلام دنیا ۱۴۰۳', 'slam-dnya-1403'],
    ['پاکستان کی خبریں', 'pakstan-ky-khbryn'],
    ['Café CSP-DPA', 'cafe-csp-dpa'],
  ])('transliterate: %s → %s', (title, slug) => {
    expect(slugFor(title, 'transliterate')).toBe(slug);
  });

  it('falls back to a Unicode slug when transliteration leaves nothing', () => {
    expect(asciiSlug('ععع')).toBe('');
    expect(slugFor('ععع', 'transliterate')).toBe('ععع');
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

describe('typography lint', () => {
  it.each([
    ['latin-punctuation', 'قالت الصحيفة, ثم أضافت; هل هذا صحيح?', 'قالت الصحيفة، ثم أضافت؛ هل هذا صحيح؟'],
    ['space-before-punctuation', 'انه محق ؟ نعم ، بالتأكيد', 'انه محق؟ نعم، بالتأكيد'],
    ['double-space', 'خبر  عاجل   الآن', 'خبر عاجل الآن'],
    ['tatweel', 'العـــربية', 'العربية'],
    ['quotes', 'قال ” لدينا علاقات »، ثم', 'قال «لدينا علاقات»، ثم'],
    ['quotes', 'قال “الصفقات” تجري', 'قال «الصفقات» تجري'],
    ['quotes', 'He said ”hello“ twice.', 'He said “hello” twice.'],
  ])('%s: fixes %j when asked', (rule, text, fixed) => {
    const issues = lintText(text).filter((i) => i.rule === rule);
    expect(issues.length).toBeGreaterThan(0);
    expect(applyFixes(text, issues)).toBe(fixed);
  });

  it('leaves numbers, well-formed Arabic quotes and clean text alone', () => {
    expect(lintText('بلغ العدد 1,000 شخص و2.5 مليون «تماماً» كما قيل.')).toEqual([]);
  });

  it('reports the fixture’s reversed and mixed quotes and Latin comma, and fixes nothing by itself', () => {
    const lines = fixtureArticleLines();
    const rules = lines.flatMap((line) => lintText(line).map((i) => i.rule));
    expect(rules).toEqual(expect.arrayContaining(['quotes', 'latin-punctuation', 'space-before-punctuation']));
    const line = lines.find((l) => l.includes('” لدينا'))!;
    expect(applyFixes(line, lintText(line))).toContain('«لدينا علاقات مع الأوكرانيين، ولكن كما لدينا مع الجميع، الفرنسيين والأميركيين وغيرهم»،');
  });

  it('reports a stray quote without offering a fix', () => {
    const issues = lintText('مؤكد » ليست هذه تدريبات');
    expect(issues).toEqual([{ rule: 'quotes', start: 5, end: 6, found: '»', edits: [] }]);
  });

  it('applies any selection of fixes without corrupting the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('قال', ' ', '  ', '“', '”', '«', '»', ',', '?', 'ـ', 'CNN', '1,5', '،'), { maxLength: 30 }), fc.array(fc.boolean()), (parts, picks) => {
        const text = parts.join('');
        const issues = lintText(text);
        const chosen = issues.filter((_, i) => picks[i % Math.max(1, picks.length)] ?? true);
        const fixed = applyFixes(text, chosen);
        expect(typeof fixed).toBe('string');
        expect(applyFixes(text, [])).toBe(text);
      })
    );
  });
});
