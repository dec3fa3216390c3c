import fc from 'fast-check';
import { ARABIC_HEADLINES } from '../../../tests/fixtures/arabic-headlines';
import { newsroomText } from '../../../tests/helpers/newsroom-text';
import {
  fitSlug,
  GENERATED_SLUG_MAX_BYTES,
  isCandidateSlug,
  percentEncodedLength,
  slugFor,
  slugProblem,
  suffixedSlug,
  suffixStem,
  unicodeSlug,
  uniqueSlug,
} from './slug';
import { asciiSlug, transliterate } from './transliterate';

const bytes = (slug: string) => encodeURIComponent(slug).length;

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
    expect(bytes(slug)).toBeLessThanOrEqual(GENERATED_SLUG_MAX_BYTES);
    expect(slug.split('-').every((w) => w === 'كلمة')).toBe(true);
  });

  it('caps the slug at 200 bytes percent-encoded, not at a number of characters', () => {
    // 5 bytes a word once encoded ("كلمة" is 24): 200 bytes hold 8 Arabic words, or 33 Latin ones.
    const arabic = unicodeSlug(Array.from({ length: 40 }, () => 'كلمة').join(' '));
    expect(arabic.split('-')).toHaveLength(8);
    expect(bytes(arabic)).toBe(8 * 24 + 7);
    const latin = unicodeSlug(Array.from({ length: 60 }, () => 'news').join(' '));
    expect(latin.split('-')).toHaveLength(40);
    expect(bytes(latin)).toBe(199);
  });

  it.each([
    ['Arabic', 'ب'.repeat(300), 'ب'.repeat(33)],
    ['astral letters (never half a surrogate pair)', '𐤀'.repeat(300), '𐤀'.repeat(16)],
    ['letters with marks (never a letter without its marks)', 'q\u0323\u0301'.repeat(100), 'q\u0323\u0301'.repeat(15)],
  ])('cuts a single word longer than the cap between letters: %s', (_what, title, slug) => {
    const cut = unicodeSlug(title);
    expect(cut).toBe(slug);
    expect(bytes(cut)).toBeLessThanOrEqual(GENERATED_SLUG_MAX_BYTES);
    expect(slugProblem(cut)).toBeNull();
  });

  it.each([
    ['a ZWNJ pasted inside a word', 'المف\u200Cتي يعلن', 'المفتي-يعلن'],
    ['the ZWNJ Persian writes', 'می‌خواهم بروم', 'میخواهم-بروم'],
    ['a ZWJ', 'الع\u200Dربية', 'العربية'],
    ['a soft hyphen', 'ال\u00ADشرطة', 'الشرطة'],
    ['an RLM and an Arabic letter mark', 'مجلس\u200F\u061C التعاون', 'مجلس-التعاون'],
    ['an embedding pasted around a word', '\u202Bالمفتي\u202C قال', 'المفتي-قال'],
    ['a word joiner and a variation selector', 'خب\u2060ر\uFE0F عاجل', 'خبر-عاجل'],
  ])('keeps a word whole across %s', (_what, title, slug) => {
    expect(unicodeSlug(title)).toBe(slug);
  });

  it.each([
    ['niqqud', 'שָׁלוֹם עוֹלָם', 'שלום-עולם'],
    ['niqqud and cantillation', 'בְּרֵאשִׁ֖ית בָּרָ֣א', 'בראשית-ברא'],
    ['a Hebrew presentation form', 'ﬠִיר', 'עיר'],
    ['Quranic marks', 'ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ', 'ٱلحمد-لله-رب-ٱلعلمين'],
  ])('drops %s like tashkeel', (_what, title, slug) => {
    expect(unicodeSlug(title)).toBe(slug);
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

  it('limits the length typed slugs may have in characters, not in encoded bytes', () => {
    // 1,200 bytes once encoded: longer than a generated slug may be, still a slug an editor may type (and an old one that must resolve).
    expect(slugProblem('ا'.repeat(200))).toBeNull();
    expect(slugProblem('ا'.repeat(201))).toBe('must be at most 200 characters');
  });

  it.each([
    ['a ZWNJ', 'می\u200Cخواهم'],
    ['a ZWJ', 'ab\u200Dc'],
    ['a soft hyphen', 'ال\u00ADشرطة'],
    ['a variation selector', 'خبر\uFE0F'],
    ['a combining grapheme joiner', 'a\u034Fb'],
  ])('refuses invisible characters: %s', (_what, slug) => {
    expect(slugProblem(slug)).toBe('must not contain invisible characters (ZWNJ, ZWJ, soft hyphen…)');
  });
});

describe('uniqueSlug', () => {
  it('adds the first free numeric suffix', () => {
    expect(uniqueSlug('خبر', new Set())).toBe('خبر');
    expect(uniqueSlug('خبر', new Set(['خبر']))).toBe('خبر-2');
    expect(uniqueSlug('خبر', new Set(['خبر', 'خبر-2', 'خبر-3']))).toBe('خبر-4');
  });

  it('keeps suffixed slugs within the cap: a full base loses its last word for the suffix', () => {
    const full = unicodeSlug(Array.from({ length: 40 }, () => 'كلمة').join(' '));
    expect(bytes(full)).toBe(199);
    expect(uniqueSlug(full, new Set([full]))).toBe(`${Array.from({ length: 7 }, () => 'كلمة').join('-')}-2`);
    for (const base of [full, ...ARABIC_HEADLINES.map((title) => unicodeSlug(title))]) {
      const taken = new Set([base]);
      for (let n = 2; n <= 120; n += 1) {
        const next = uniqueSlug(base, taken);
        expect(bytes(next)).toBeLessThanOrEqual(GENERATED_SLUG_MAX_BYTES);
        expect(next.endsWith(`-${n}`)).toBe(true);
        expect(slugProblem(next)).toBeNull();
        expect(taken.has(next)).toBe(false);
        expect(isCandidateSlug(next, base)).toBe(true);
        expect(next.startsWith(suffixStem(base))).toBe(true);
        taken.add(next);
      }
    }
  });

  it('cuts a base of one long word to make room for the suffix', () => {
    const base = unicodeSlug('ب'.repeat(300));
    expect(suffixedSlug(base, 2)).toBe(`${'ب'.repeat(33)}-2`);
    expect(suffixedSlug(base, 10)).toBe(`${'ب'.repeat(32)}-10`);
    expect(bytes(suffixedSlug(base, 1000))).toBeLessThanOrEqual(GENERATED_SLUG_MAX_BYTES);
  });

  it('recognises the candidates of a base and nothing else', () => {
    expect(isCandidateSlug('خبر', 'خبر')).toBe(true);
    expect(isCandidateSlug('خبر-2', 'خبر')).toBe(true);
    expect(isCandidateSlug('خبر-1', 'خبر')).toBe(false);
    expect(isCandidateSlug('خبر-02', 'خبر')).toBe(false);
    expect(isCandidateSlug('خبر-عاجل', 'خبر')).toBe(false);
    expect(isCandidateSlug('covid-19', 'covid')).toBe(true);
    expect(isCandidateSlug('covid-19-2', 'covid-19')).toBe(true);
  });

  it('fits whole words of a slug into a number of bytes', () => {
    expect(fitSlug('abc-def-ghi', 7)).toBe('abc-def');
    expect(fitSlug('abc-def-ghi', 6)).toBe('abc');
    expect(fitSlug('abcdef', 4)).toBe('abcd');
    expect(fitSlug('خبر-عاجل', 18)).toBe('خبر');
  });
});

describe('percentEncodedLength', () => {
  it('is the length encodeURIComponent gives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(percentEncodedLength(text)).toBe(encodeURIComponent(text).length);
      })
    );
    expect(percentEncodedLength("a-z_.!~*'() /%")).toBe(encodeURIComponent("a-z_.!~*'() /%").length);
  });

  it('counts a lone surrogate as the replacement character', () => {
    expect(percentEncodedLength('\uD800')).toBe(encodeURIComponent('\uFFFD').length);
  });
});

describe('slugs of real-looking Arabic headlines', () => {
  it('has long headlines to test with', () => {
    expect(ARABIC_HEADLINES.length).toBeGreaterThanOrEqual(20);
    expect(ARABIC_HEADLINES.filter((t) => t.length >= 150).length).toBeGreaterThanOrEqual(15);
  });

  it.each(ARABIC_HEADLINES.map((title) => [title.slice(0, 40), title]))('%s…', (_start, title) => {
    const full = unicodeSlug(title, Number.MAX_SAFE_INTEGER);
    for (const strategy of ['unicode', 'transliterate'] as const) {
      const slug = slugFor(title, strategy);
      const whole = strategy === 'unicode' ? full : asciiSlug(title);
      expect(slugProblem(slug)).toBeNull();
      expect(bytes(slug)).toBeLessThanOrEqual(GENERATED_SLUG_MAX_BYTES);
      // Whole words from the start of the title: the uncut slug goes on with a hyphen, or ends here.
      expect(whole.startsWith(slug)).toBe(true);
      expect(['', '-']).toContain(whole.charAt(slug.length));
      // At least the first three words, and the cap is used: the next word would not have fitted.
      expect(slug.split('-').slice(0, 3)).toEqual(whole.split('-').slice(0, 3));
      const next = whole.slice(slug.length + 1).split('-')[0];
      if (next) expect(bytes(`${slug}-${next}`)).toBeGreaterThan(GENERATED_SLUG_MAX_BYTES);
    }
    expect(slugFor(title, 'transliterate')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps a pasted invisible character from splitting a word of a headline', () => {
    expect(unicodeSlug(ARABIC_HEADLINES[2], Number.MAX_SAFE_INTEGER)).toContain('-والمفتي-');
    expect(unicodeSlug(ARABIC_HEADLINES[17])).toMatch(/^میخواهم-/);
    expect(unicodeSlug(ARABIC_HEADLINES[23])).toMatch(/^الشرطة-/);
    expect(unicodeSlug(ARABIC_HEADLINES[24])).toMatch(/^مجلس-التعاون-/);
  });

  it('reads presentation forms and tatweel dashes in a headline', () => {
    expect(unicodeSlug(ARABIC_HEADLINES[19])).toMatch(/^في-البلاد-انقطاع-/);
    expect(slugFor(ARABIC_HEADLINES[19], 'transliterate')).toMatch(/^fy-alblad-anqtaa-/);
    expect(unicodeSlug(ARABIC_HEADLINES[0])).toMatch(/^في-الاتحاد-الإمارات-/);
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

  it('are at most 200 bytes encoded and whole words from the start of the uncut slug, in either strategy', () => {
    const words = fc.array(fc.oneof(newsroomText, fc.string({ unit: 'grapheme' })), { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(words, fc.constantFrom('unicode' as const, 'transliterate' as const), (title, strategy) => {
        const slug = slugFor(title, strategy);
        expect(bytes(slug)).toBeLessThanOrEqual(GENERATED_SLUG_MAX_BYTES);
        const whole = slugFor(title, strategy, Number.MAX_SAFE_INTEGER);
        // A slug cut inside its first word (longer than the cap) is the one exception to whole words.
        if (slug.includes('-') || whole.split('-')[0] === slug) {
          expect(whole.startsWith(slug)).toBe(true);
          expect(['', '-']).toContain(whole.charAt(slug.length));
        }
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
    // Every letter kept: ע is `a`, as ع is.
    ['שלום עולם', 'shlvm-avlm'],
    ['שָׁלוֹם עוֹלָם', 'shlvm-avlm'],
    ['معرض الكتاب', 'mard-alktab'],
    ['سماء صافية وجزء من شيء', 'smaa-safya-wjza-mn-shya'],
    ['ﻓﻲ ﺍﻟﺒﻼﺩ', 'fy-alblad'],
    ['ﷲ أكبر', 'allh-akbr'],
    ['المف\u200Cتي', 'almfty'],
    ['می‌خواهم', 'mykhwahm'],
    ['ڤيديو گزارش چین پاکستان ژاپن', 'vydyw-gzarsh-chyn-pakstan-zhapn'],
    ['هەولێر کوردستان ڕۆژ گوڵ', 'hewler-kwrdstan-rrozh-gwll'],
    ['ٹیم ڈیرہ بڑا گھر', 'tym-dyrh-bra-ghr'],
    ['أڭادير والداخلة', 'agadyr-waldakhla'],
    ['سلام دنیا ۱۴۰۳', 'slam-dnya-1403'],
    ['پاکستان کی خبریں', 'pakstan-ky-khbryn'],
    ['Café CSP-DPA', 'cafe-csp-dpa'],
  ])('transliterate: %s → %s', (title, slug) => {
    expect(slugFor(title, 'transliterate')).toBe(slug);
  });

  it('falls back to a Unicode slug when transliteration leaves nothing', () => {
    expect(asciiSlug('新闻')).toBe('');
    expect(slugFor('新闻', 'transliterate')).toBe('新闻');
  });

  it('gives every letter of the Arabic block (and of Arabic Supplement) a Latin value', () => {
    const letters: string[] = [];
    for (let code = 0x0600; code <= 0x077f; code += 1) {
      const ch = String.fromCharCode(code);
      if (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) letters.push(ch);
    }
    expect(letters.length).toBeGreaterThan(190);
    const missing = letters.filter((ch) => !/^[a-z]+$/.test(transliterate(ch)) || asciiSlug(ch) === '');
    expect(missing).toEqual([]);
  });

  it('gives every Hebrew letter a Latin value', () => {
    const letters = Array.from({ length: 0x0600 - 0x0590 }, (_, i) => String.fromCharCode(0x0590 + i)).filter((ch) => /\p{L}/u.test(ch));
    expect(letters.filter((ch) => asciiSlug(ch) === '')).toEqual([]);
  });
});
