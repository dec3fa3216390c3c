import { localeDirection, resolveDirection, textDirection } from './direction';

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
