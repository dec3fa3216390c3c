import fc from 'fast-check';
import { slugFor, slugProblem, unicodeSlug, uniqueSlug, GENERATED_SLUG_MAX_LENGTH } from './slug';
import { asciiSlug } from './transliterate';

describe('unicodeSlug', () => {
  it.each([
    ['مالي: صور أول هزيمة كبرى لفاغنر', 'مالي-صور-أول-هزيمة-كبرى-لفاغنر'],
    ['وفي مالي، منيت القوات', 'وفي-مالي-منيت-القوات'],
    ['الإطار الاستراتيجي (CSP-DPA)', 'الإطار-الاستراتيجي-csp-dpa'],
    ['تَشْكِيلٌ مُتقَنٌ', 'تشكيل-متقن'],
    ['العربـــيـة', 'العربية'],
    ['عام ٢٠٢٤ و۱۴۰۳', 'عام-2024-و1403'],
    ['«اقتباس» “مزدوج”؟!', 'اقتباس-مزدوج'],
    ['Hello, World', 'hello-world'],
    ['שלום עולם', 'שלום-עולם'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => {
    expect(unicodeSlug(title)).toBe(slug);
  });

  it('never cuts a word to respect the length limit', () => {
    const title = Array.from({ length: 40 }, () => 'كلمة').join(' ');
    const slug = unicodeSlug(title);
    expect(slug.length).toBeLessThanOrEqual(GENERATED_SLUG_MAX_LENGTH);
    expect(slug.split('-').every((w) => w === 'كلمة')).toBe(true);
  });

  it('only produces slugs that pass validation', () => {
    for (const title of ['مالي: صور', 'a — b', 'x\u202Ey', 'tab\there', '٢٠٢٤']) {
      const slug = unicodeSlug(title);
      if (slug) expect(slugProblem(slug)).toBeNull();
    }
  });
});

describe('slugProblem', () => {
  it.each([
    ['مالي-صور', null],
    ['2024-report', null],
    ['', 'must not be empty'],
    ['a/b', 'must not contain slashes'],
    ['a\\b', 'must not contain slashes'],
    ['a b', 'must not contain whitespace'],
    ['a\u202Eb', 'must not contain bidirectional control characters'],
    ['a\u2067b', 'must not contain bidirectional control characters'],
    ['a\u0000b', 'must not contain control characters'],
    ['a--b', 'may only contain letters, digits and single hyphens between them'],
    ['-a', 'may only contain letters, digits and single hyphens between them'],
    ['a?b', 'may only contain letters, digits and single hyphens between them'],
  ])('%j → %s', (slug, problem) => {
    expect(slugProblem(slug)).toBe(problem);
  });

  it('limits the length', () => {
    expect(slugProblem('ا'.repeat(200))).toBeNull();
    expect(slugProblem('ا'.repeat(201))).toBe('must be at most 200 characters');
  });
});

describe('uniqueSlug', () => {
  it('adds the first free numeric suffix', () => {
    expect(uniqueSlug('خبر', new Set())).toBe('خبر');
    expect(uniqueSlug('خبر', new Set(['خبر']))).toBe('خبر-2');
    expect(uniqueSlug('خبر', new Set(['خبر', 'خبر-2', 'خبر-3']))).toBe('خبر-4');
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
