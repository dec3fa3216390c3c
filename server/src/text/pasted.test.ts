import fc from 'fast-check';
import { DELIBERATE_TITLES, PASTED_TITLES } from '../../../tests/fixtures/pasted-titles';
import { newsroomText } from '../../../tests/helpers/newsroom-text';
import { CONTROL_CHARS, EMBEDDING_OVERRIDE_CHARS } from './bidi-controls';
import { neutralisePasted, pastedProblems } from './pasted';

describe('neutralisePasted (single-line fields)', () => {
  it.each(PASTED_TITLES.map((c) => [c.name, c] as const))('%s', (_, { pasted, clean, problems }) => {
    expect(pastedProblems(pasted)).toEqual(problems);
    expect(neutralisePasted(pasted)).toBe(clean);
    expect(pastedProblems(clean)).toEqual([]);
  });

  it.each(DELIBERATE_TITLES)('keeps what an editor typed on purpose: %s', (title) => {
    expect(pastedProblems(title)).toEqual([]);
    expect(neutralisePasted(title)).toBe(title);
  });

  it('never leaves what the write path refuses in a title, and is idempotent', () => {
    fc.assert(
      fc.property(newsroomText, fc.array(fc.constantFrom('\t', '\r\n', '\u202B', '\u202C', '\u202D', '\u0000', '\u0093', '\u2028'), { maxLength: 6 }), (text, noise) => {
        const pasted = noise.reduce((acc, char, i) => acc.slice(0, i * 3) + char + acc.slice(i * 3), text);
        const clean = neutralisePasted(pasted);
        expect(EMBEDDING_OVERRIDE_CHARS.test(clean)).toBe(false);
        expect(CONTROL_CHARS.test(clean)).toBe(false);
        expect(neutralisePasted(clean)).toBe(clean);
      })
    );
  });
});

describe('neutralisePasted (multi-line fields)', () => {
  it('keeps paragraphs, normalises CRLF and turns tabs into spaces', () => {
    const standfirst = '\u202Bالشئون الخارجية تستدعي السفير\u202C\r\nوالمسئول يؤكد:\tلا تصعيد\u0085بعد اليوم';
    expect(pastedProblems(standfirst, { multiline: true })).toEqual(['bidi-embedding', 'line-break']);
    expect(neutralisePasted(standfirst, { multiline: true })).toBe('الشئون الخارجية تستدعي السفير\nوالمسئول يؤكد: لا تصعيد\nبعد اليوم');
  });

  it('leaves line feeds alone', () => {
    const text = 'سطر أول\nسطر ثانٍ';
    expect(pastedProblems(text, { multiline: true })).toEqual([]);
    expect(neutralisePasted(text, { multiline: true })).toBe(text);
    expect(neutralisePasted(text)).toBe('سطر أول سطر ثانٍ');
  });
});
