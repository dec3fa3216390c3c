import fc from 'fast-check';
import { NEWSROOM_CHARS } from '../../../tests/helpers/newsroom-text';
import { oppositeRuns } from './opposite-runs';
import { LTR_LETTER, LTR_LETTER_CLASS, RTL_LETTER, RTL_LETTER_CLASS } from './scripts';

/**
 * The executable specification of the scanner: the regex it replaced. Obviously
 * what the isolation rule says, and quadratic on long runs of digits, `_` or
 * `.` (fine on the short strings of a property test).
 */
const URL_OR_EMAIL = String.raw`https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?؟،؛\)\]]|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`;
const specification = (letter: string) => {
  const word = String.raw`${letter}(?:[\p{M}\p{N}_]|${letter}|[.\-\/:'’+&#](?=[\p{N}]|${letter}))*`;
  const pattern = new RegExp(String.raw`${URL_OR_EMAIL}|(?:\p{N}+(?:[.,]\p{N}+)*[ \u00A0]?)?${word}(?:[ \u00A0]+(?:\p{N}+[ \u00A0]+)?${word})*`, 'gv');
  return (text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
};
const SPECIFICATIONS = [
  [LTR_LETTER, specification(LTR_LETTER_CLASS)],
  [RTL_LETTER, specification(RTL_LETTER_CLASS)],
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
    expect([...oppositeRuns(text, LTR_LETTER)]).toEqual([[text.length - 3, text.length]]);
  });
});
