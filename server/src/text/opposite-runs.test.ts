import fc from 'fast-check';
import { NEWSROOM_CHARS } from '../../../tests/helpers/newsroom-text';
import { oppositeRuns } from './opposite-runs';
import { BIDI_CLASS_NAMES, BIDI_RANGE_CLASSES, BIDI_RANGE_STARTS } from './bidi-class-data';
import { STRONG_L, STRONG_R } from './scripts';

/** A regex class body of the code points whose Bidi_Class is one of `classes` (surrogates excluded), straight from the table's ranges. */
function bidiClassPattern(...classes: string[]): string {
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
  let body = '';
  BIDI_RANGE_STARTS.forEach((start, i) => {
    if (!classes.includes(BIDI_CLASS_NAMES[BIDI_RANGE_CLASSES.charCodeAt(i) - 65])) return;
    const end = (BIDI_RANGE_STARTS[i + 1] ?? 0x110000) - 1;
    for (const [from, to] of [[start, Math.min(end, 0xd7ff)], [Math.max(start, 0xe000), end]]) if (from <= to) body += `${hex(from)}-${hex(to)}`;
  });
  return `[${body}]`;
}

/**
 * The executable specification of the scanner: the regex it replaced. Obviously
 * what the isolation rule says, and quadratic on long runs of digits, `_` or
 * `.` (fine on the short strings of a property test).
 */
const URL_OR_EMAIL = String.raw`https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?؟،؛\)\]]|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`;
const specification = (letter: string) => {
  const word = String.raw`${letter}(?:[\p{M}\p{N}_]|${letter}|[.\-\/:'’+&#\u200C\u200D](?=[\p{N}]|${letter}))*`;
  const pattern = new RegExp(String.raw`${URL_OR_EMAIL}|(?:\p{N}+(?:[.,]\p{N}+)*[ \u00A0]?)?${word}(?:[ \u00A0]+(?:\p{N}+[ \u00A0]+)?${word})*`, 'gv');
  return (text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
};
const SPECIFICATIONS = [
  [STRONG_L, specification(bidiClassPattern('L'))],
  [STRONG_R, specification(bidiClassPattern('R', 'AL'))],
] as const;

/** Newsroom characters plus the pieces of URLs, e-mail addresses and numbers the runs are made of. */
const RUN_PIECES = [...NEWSROOM_CHARS, 'http', 's', '://', '/', '@', 'x.com', '+', '&', '#', '1', '5', '2.5', ')', ']', '<', '"', 'CNN', 'km', '𞤀', '𝟏'];
const runText = fc.array(fc.constantFrom(...RUN_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('oppositeRuns (single-pass scanner) equals its specification', () => {
  it.each(SPECIFICATIONS)('on text made of the pieces of runs, letter %s (property)', (letter, spec) => {
    fc.assert(
      fc.property(runText, (text) => {
        expect([...oppositeRuns(text, letter)]).toEqual(spec(text));
      }),
      { numRuns: 3000 }
    );
  });

  it.each(SPECIFICATIONS)('on any string, letter %s (property)', (letter, spec) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect([...oppositeRuns(text, letter)]).toEqual(spec(text));
      })
    );
  });

  it('reads a long run of digits, dots or underscores once, as the regex could not', () => {
    const text = `كلمة ${'7'.repeat(100_000)}${'.'.repeat(100_000)}${'_'.repeat(100_000)} CNN`;
    expect([...oppositeRuns(text, STRONG_L)]).toEqual([[text.length - 3, text.length]]);
  });
});
