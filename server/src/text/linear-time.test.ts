/**
 * Every function of the text engine that reads user text takes time linear in
 * its input, on the inputs that once made it quadratic: long runs of digits,
 * `_` or `.` (regex backtracking), spaces or marks after an Arabic letter
 * (unbounded lookbehinds), text without spaces (pieces searched back from the
 * start), long runs of combining marks (Unicode normalisation), long strings
 * handed to Intl.Segmenter, deep trees (text copied again at every level),
 * nested quotes (lint issues repeating the whole text).
 *
 * How it measures: tests/helpers/growth.ts (CPU time, n and 8n interleaved, measured again
 * over the bound). No absolute time is asserted.
 */
import { growthRatio, LINEAR_BOUND as BOUND } from '../../../tests/helpers/growth';
import { toAsciiDigits } from './arabic';
import { isolateOppositeRuns, isolatePlain, neutralizeBidiControls } from './bidi';
import { findBidiOverride } from './bidi-controls';
import { blocksToPlainText, bodyBlockText, type BlockNode } from './blocks-text';
import { countWords, excerpt, segmenterWordCount } from './count';
import { firstStrongDirection, localeDirection, textDirection } from './direction';
import { escapeHtml, safeUrl } from './html';
import { applyFixes, lintText } from './lint';
import { analyze, analyzeQuery, analyzedText } from './analyzer';
import { prepareForSearch } from './normalize';
import { neutralisePasted, pastedProblems } from './pasted';
import { documentPostings, matchedWords } from '../search/postings';
import { richTextToHtml } from './rich-text-html';
import { fitSlug, isCandidateSlug, percentEncodedLength, slugFor, slugProblem, suffixedSlug, suffixStem, unicodeSlug, uniqueSlug } from './slug';
import { pieces, slugWords } from './slug-words';
import { asciiSlug, asciiWord, transliterate } from './transliterate';
import { headerSafeUrl, isHttpUrl } from './url';

/** Intl.Segmenter is quadratic within each piece it is given (CHUNK = 4096 characters in count.ts): n is at least two pieces. */
const SEGMENTER_N = 8192;

/** A size whose results (2 bytes a character) are large objects for V8 at n as at 8n: see growthRatio's `floorN`. */
const LARGE_RESULT_FLOOR = 131072;
/** `unit` repeated to exactly n characters. */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** n characters of `unit` after a fixed `before`. */
const after = (before: string, unit: string) => (n: number) => before + repeat(unit, n);

type TextCase = [string, (n: number) => string, (text: string) => unknown];

// Adversarial texts, by what they once broke.
const DIGITS = after('كلمة ', '7');
const ARABIC_DIGITS = after('word ', '٧');
const UNDERSCORES = after('كلمة ', '_');
const DOTS = after('كلمة ', '.');
const HYPHENS_AND_PLUSES = after('كلمة ', '-+');
const DIGIT_GROUPS = after('كلمة ', '1.2,');
const NUMBERS_AND_SPACES = after('كلمة CNN', ' 5');
const URL_WITHOUT_END = after('انظر https://', '.');
// In LTR text Latin words are not runs, so the e-mail alternative was tried at every one of their characters.
const EMAIL_WITHOUT_AT = after('write to ', 'a.b_c+');
const EMAIL_WITHOUT_DOT = after('write to a@', 'b-');
const LATIN_ARABIC_WORDS = after('', 'CNN كلمة ');
const ARABIC_LATIN = after('word ', 'أبجدa1');
const SPACES_AFTER_LETTER = (n: number) => `ا${repeat(' ', n)},`;
const NBSP_AFTER_LETTER = (n: number) => `ا${repeat('\u00A0', n)}؟`;
const MARKS_AFTER_LETTER = (n: number) => `ا${repeat('\u064E', n)}?`;
const ALTERNATING_MARKS = (n: number) => `\u00A0ا${repeat('\u0651\u064E', n)}`;
const TATWEEL = after('ب', '\u0640');
const TATWEEL_WORDS = after('', 'مـعـرض لـ«الـمـديـنـة» ');
const PUNCTUATION = after('', '!?.,;:«»');
const NO_SPACES = after('', 'ب!');
const QUOTES_NESTED = (n: number) => repeat(' «x', n / 2) + repeat(' x”', n / 2);
const QUOTES_MIXED = after('قال ', 'قالوا “نعم» ثم «لا” ');
const LATIN_PUNCTUATION = after('', 'قالت الصحيفة, ثم ; ');
const ISOLATES_UNCLOSED = after('', '\u20667');
const THAI = after('', 'ภาษาไทยง่าย');

const TEXT_CASES: TextCase[] = [
  ...(
    [
      ['digits', DIGITS],
      ['underscores', UNDERSCORES],
      ['dots', DOTS],
      ['hyphens and pluses', HYPHENS_AND_PLUSES],
      ['digit groups', DIGIT_GROUPS],
      ['numbers between spaces', NUMBERS_AND_SPACES],
      ['a URL without an end', URL_WITHOUT_END],
      ['alternating Latin and Arabic words', LATIN_ARABIC_WORDS],
    ] as const
  ).map(([name, make]): TextCase => [`isolateOppositeRuns (rtl) on ${name}`, make, (t) => isolateOppositeRuns(t, 'rtl')]),
  ['isolateOppositeRuns (ltr) on digits', after('word ', '7'), (t) => isolateOppositeRuns(t, 'ltr')],
  ['isolateOppositeRuns (ltr) on Arabic-Indic digits', ARABIC_DIGITS, (t) => isolateOppositeRuns(t, 'ltr')],
  ['isolateOppositeRuns (ltr) on an e-mail without @', EMAIL_WITHOUT_AT, (t) => isolateOppositeRuns(t, 'ltr')],
  ['isolateOppositeRuns (ltr) on an e-mail without a dot', EMAIL_WITHOUT_DOT, (t) => isolateOppositeRuns(t, 'ltr')],
  ['isolateOppositeRuns (ltr) on alternating Arabic letters and digits', ARABIC_LATIN, (t) => isolateOppositeRuns(t, 'ltr')],
  ['isolateOppositeRuns (rtl) on words justified with tatweel', TATWEEL_WORDS, (t) => isolateOppositeRuns(t, 'rtl')],
  ['isolateOppositeRuns (ltr) on words justified with tatweel', TATWEEL_WORDS, (t) => isolateOppositeRuns(t, 'ltr')],
  ['isolateOppositeRuns (ltr) on a word joined by ZWNJ', after('word ', 'می\u200C'), (t) => isolateOppositeRuns(t, 'ltr')],
  ['isolateOppositeRuns (rtl) on supplementary-plane letters', after('كلمة ', '𝐀'), (t) => isolateOppositeRuns(t, 'rtl')],
  ['neutralizeBidiControls on controls', after('', '\u202E\u2066ب'), neutralizeBidiControls],
  ['isolatePlain on controls', after('', '\u202Eب'), isolatePlain],
  ['findBidiOverride on text without one', after('', 'بa'), findBidiOverride],
  ['pastedProblems on pasted controls', after('', '\u202Bب\t\u0093'), pastedProblems],
  ['neutralisePasted on tabs and spaces', after('ب', '\t  '), neutralisePasted],
  ['neutralisePasted on embeddings and controls', after('', '\u202Bب\u202C\u0007'), neutralisePasted],
  ['neutralisePasted (multiline) on CRLF and tabs', after('ب', '\r\n\t'), (t) => neutralisePasted(t, { multiline: true })],
  ['textDirection on digits', after('', '7'), textDirection],
  ['textDirection on unclosed isolates', ISOLATES_UNCLOSED, textDirection],
  ['textDirection on supplementary-plane neutrals', after('', '😀'), textDirection],
  ['firstStrongDirection on paragraphs without a strong character', after('', '7\n'), firstStrongDirection],
  ['firstStrongDirection on paragraphs of unclosed isolates', after('', '\u2067ب\u2029'), firstStrongDirection],
  ['localeDirection on a long locale', after('ar', '-x'), localeDirection],
  ['prepareForSearch on alternating marks', ALTERNATING_MARKS, prepareForSearch],
  ['prepareForSearch on tatweel', TATWEEL, prepareForSearch],
  ['analyze (text) on articles and suffixes', after('', 'والكتاب للطالب والدتها المسؤولين '), (t) => analyze(t, 'text')],
  ['analyze (query) on bare articles', after('', 'الاف المانية بالغين '), (t) => analyze(t, 'query')],
  ['analyze on one long word', after('وال', 'ب'), (t) => analyze(t, 'text')],
  ['analyze on one long word of suffixes', (n) => `${repeat('ه', n)}تها`, (t) => analyze(t, 'text')],
  ['analyze on stop words', after('', 'في الذي من '), (t) => analyze(t, 'text')],
  ['analyzedText on hamza seats', after('', 'مسؤول مسئول فئة '), analyzedText],
  ['analyzeQuery on distinct words', (n) => Array.from({ length: n / 6 }, (_, i) => `w${i}`).join(' '), analyzeQuery],
  ['documentPostings on fields', (n) => repeat('عنوان الأخبار\n', n / 14), documentPostings],
  ['matchedWords on punctuation-wrapped words', after('', '«المسؤول»، '), (t) => matchedWords(t, analyzeQuery('المسئول').terms)],
  ['matchedWords on one long punctuation run', PUNCTUATION, (t) => matchedWords(t, analyzeQuery('المسئول').terms)],
  ['slugFor (unicode) on punctuation only', PUNCTUATION, (t) => slugFor(t, 'unicode')],
  ['slugFor (unicode) on text without spaces', NO_SPACES, (t) => slugFor(t, 'unicode')],
  ['slugFor (unicode) on alternating marks', ALTERNATING_MARKS, (t) => slugFor(t, 'unicode')],
  ['slugFor (transliterate) on punctuation only', PUNCTUATION, (t) => slugFor(t, 'transliterate')],
  ['slugFor (transliterate) on text without spaces', NO_SPACES, (t) => slugFor(t, 'transliterate')],
  ['slugFor (transliterate) on tatweel', TATWEEL, (t) => slugFor(t, 'transliterate')],
  ['slugFor (unicode, long limit) on words', after('', 'كلمة '), (t) => slugFor(t, 'unicode', t.length)],
  ['slugFor (unicode) on one long word', after('', 'ب'), (t) => slugFor(t, 'unicode')],
  ['slugFor (unicode) on one long word of astral letters and marks', after('', '𐤀q\u0323\u0301'), (t) => slugFor(t, 'unicode')],
  ['slugFor (unicode) on letters and ZWNJ', after('', 'ب\u200C'), (t) => slugFor(t, 'unicode')],
  ['slugFor (unicode) on invisible characters only', after('', '\u200C\u200D\u00AD\uFE0F'), (t) => slugFor(t, 'unicode')],
  ['slugFor (unicode) on niqqud', after('', 'שָׁ֖'), (t) => slugFor(t, 'unicode')],
  ['slugFor (transliterate) on presentation forms', after('', 'ﻓﻲ ﺍﻟﺒﻼﺩ '), (t) => slugFor(t, 'transliterate')],
  ['slugFor (transliterate) on one long word', after('', 'بتث'), (t) => slugFor(t, 'transliterate')],
  ['slugFor (unicode, long limit) on Persian words with ZWNJ', after('', 'می\u200Cخواهم '), (t) => slugFor(t, 'unicode', 12 * t.length)],
  ['slugFor (transliterate, long limit) on words', after('', 'معرض ڤيديو '), (t) => slugFor(t, 'transliterate', 12 * t.length)],
  ['unicodeSlug (long limit) on one long word', after('', 'ب'), (t) => unicodeSlug(t, 3 * t.length)],
  ['slugWords on words and ZWNJ', after('', 'المف\u200Cتي '), slugWords],
  ['pieces on text without spaces', after('', 'ب!'), (t) => [...pieces(t, 512)]],
  ['percentEncodedLength on mixed text', after('', 'ب-a𐤀 '), percentEncodedLength],
  ['fitSlug (half) on a long slug', after('', 'كلمة-'), (t) => fitSlug(t, t.length)],
  ['fitSlug (half) on one long word', after('', 'بَ'), (t) => fitSlug(t, t.length)],
  ['suffixedSlug on a long slug', after('', 'كلمة-'), (t) => suffixedSlug(t, 2, 6 * t.length)],
  ['suffixStem on a long slug', after('', 'كلمة-'), (t) => suffixStem(t, 3 * t.length)],
  ['isCandidateSlug on a long slug', after('', 'كلمة-'), (t) => isCandidateSlug(`${t}-2`, t, 6 * t.length)],
  ['uniqueSlug on a long taken slug', after('', 'كلمة-'), (t) => uniqueSlug(t, new Set([t]), 6 * t.length)],
  ['slugProblem on a long slug', after('', 'ب-'), slugProblem],
  ['transliterate on Arabic letters', after('', 'بتثجح '), transliterate],
  ['asciiSlug on alternating marks', (n) => `a${repeat('\u0651\u064E', n)}`, asciiSlug],
  ['asciiSlug on Persian words with ZWNJ', after('', 'می\u200Cخواهم '), asciiSlug],
  ['asciiWord on one long word', after('', 'بتثژ'), asciiWord],
  ['countWords on digits', DIGITS, countWords],
  ['countWords on underscores', UNDERSCORES, countWords],
  ['countWords on marks after a letter and a dot', (n) => `a.${repeat('\u0301', n)}`, countWords],
  ['excerpt (200) on digits', DIGITS, (t) => excerpt(t, 200)],
  ['lintText on spaces after an Arabic letter', SPACES_AFTER_LETTER, lintText],
  ['lintText on no-break spaces after an Arabic letter', NBSP_AFTER_LETTER, lintText],
  ['lintText on marks after an Arabic letter', MARKS_AFTER_LETTER, lintText],
  ['lintText on spaces without an end', after('ب', ' '), lintText],
  ['lintText on Latin punctuation', LATIN_PUNCTUATION, lintText],
  ['lintText on tatweel', TATWEEL, lintText],
  ['lintText on mixed quotes', QUOTES_MIXED, lintText],
  ['lintText on nested quotes, as the API sends it', QUOTES_NESTED, (t) => JSON.stringify(lintText(t))],
  ['escapeHtml on markup', after('', '<&"\'>'), escapeHtml],
  ['safeUrl on spaces', (n) => `${repeat(' ', n)}https://x.y`, safeUrl],
  ['safeUrl on a long URL', after('https://x.y/', 'a'), safeUrl],
  ['isHttpUrl on a long URL', after('https://x.y/', 'a'), isHttpUrl],
  ['headerSafeUrl on a long URL', after('https://x.y/', 'a'), headerSafeUrl],
  ['toAsciiDigits on Arabic-Indic digits', after('', '٧'), toAsciiDigits],
];

/** Cases that go through Intl.Segmenter. */
const SEGMENTER_CASES: TextCase[] = [
  ['countWords on Thai without spaces', THAI, (t) => countWords(t, 'th')],
  ['segmenterWordCount on a word without spaces', after('', 'a'), segmenterWordCount],
  ['excerpt (half) on words and commas', after('', 'كلمة، '), (t) => excerpt(t, t.length / 2)],
  ['excerpt (half) on punctuation', after('كلمة ', '! '), (t) => excerpt(t, t.length / 2)],
  ['excerpt (half) on punctuation only', PUNCTUATION, (t) => excerpt(t, t.length / 2)],
  ['excerpt (half) on Thai without spaces', THAI, (t) => excerpt(t, t.length / 2, 'th')],
];

describe('every text function is linear in its input', () => {
  it.each(TEXT_CASES)('%s', (_, make, run) => {
    expect(growthRatio(make, run)).toBeLessThan(BOUND);
  });

  it.each(SEGMENTER_CASES)('%s', (_, make, run) => {
    expect(growthRatio(make, run, { startN: SEGMENTER_N, floorN: SEGMENTER_N })).toBeLessThan(BOUND);
  });

  it('applyFixes on every issue of a text full of them', () => {
    const make = (n: number) => {
      const text = repeat('قالت الصحيفة ,  الخبر ـ” ', n);
      return { text, issues: lintText(text) };
    };
    // The fixed text of n Arabic letters is 2n bytes, a little under 128 KB at the harness's usual
    // largest n: a young-generation string at n and a large object at 8n, which made a linear
    // applyFixes read 13 to 26. From LARGE_RESULT_FLOOR letters both are large objects (it reads about 10).
    expect(growthRatio(make, ({ text, issues }) => applyFixes(text, issues), { floorN: LARGE_RESULT_FLOOR })).toBeLessThan(BOUND);
  });
});

const text = (value: string): BlockNode => ({ type: 'text', text: value });
/** Links nested n/8 deep, each holding some text, in one paragraph. */
const deepLinks = (n: number): BlockNode[] => {
  let node = text('CNN 2024');
  for (let i = 0; i < n / 8; i += 1) node = { type: 'link', url: 'https://x.y', children: [text('كلمة 7'), node] };
  return [{ type: 'paragraph', children: [node] }];
};
/** Lists nested n/8 deep, each with an item. */
const deepLists = (n: number): BlockNode[] => {
  let node: BlockNode = { type: 'list-item', children: [text('7')] };
  for (let i = 0; i < n / 8; i += 1) node = { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('كلمة 7')] }, node] };
  return [node];
};
/** One paragraph of n/8 text nodes, every other one bold. */
const wideParagraph = (n: number): BlockNode[] => [
  { type: 'paragraph', children: Array.from({ length: n / 8 }, (_, i) => ({ type: 'text', text: 'CNN كلمة', bold: i % 2 === 0 })) },
];
/** One paragraph holding a single text of n digits. */
const longDigits = (n: number): BlockNode[] => [{ type: 'paragraph', children: [text(DIGITS(n))] }];

/** A case's name, its tree of n nodes, the function timed, and the harness's `floorN` when it needs one. */
type TreeCase = [string, (n: number) => BlockNode[], (blocks: BlockNode[]) => unknown, number?];

/**
 * The plain text of a tree of n nodes is a little under 128 KB at the harness's usual largest n: a
 * young-generation string there and a large object at 8n, which read 16 to 20 for a linear function.
 * From LARGE_RESULT_FLOOR nodes both are large objects. (HTML, with its tags, is over the line already.)
 */
const TREE_CASES: TreeCase[] = [
  ['richTextToHtml on deeply nested links', deepLinks, (b) => richTextToHtml(b, 'rtl')],
  ['richTextToHtml on deeply nested lists', deepLists, (b) => richTextToHtml(b, 'rtl')],
  ['richTextToHtml on a wide paragraph', wideParagraph, (b) => richTextToHtml(b, 'rtl')],
  ['richTextToHtml on a long run of digits', longDigits, (b) => richTextToHtml(b, 'rtl')],
  ['blocksToPlainText on deeply nested links', deepLinks, blocksToPlainText, LARGE_RESULT_FLOOR],
  ['blocksToPlainText on deeply nested lists', deepLists, blocksToPlainText, LARGE_RESULT_FLOOR],
  ['blocksToPlainText on a wide paragraph', wideParagraph, blocksToPlainText, LARGE_RESULT_FLOOR],
  ['bodyBlockText on deeply nested links', deepLinks, (b) => bodyBlockText({ __component: 'newsroom.paragraph', text: b }), LARGE_RESULT_FLOOR],
];

describe('every rich text function is linear in the size of its tree', () => {
  // floorN has a default so the callback's length stays 3: Jest takes a fourth parameter the rows of three lack for `done`.
  it.each(TREE_CASES)('%s', (_, make, run, floorN: number | undefined = undefined) => {
    expect(growthRatio(make, run, { floorN })).toBeLessThan(BOUND);
  });
});
