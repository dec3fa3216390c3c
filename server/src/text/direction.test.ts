import fc from 'fast-check';
import { decideDirection, localeDirection, resolveDirection, textDirection } from './direction';

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
  ])('%j → %s', (text, dir) => {
    expect(textDirection(text)).toBe(dir);
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
