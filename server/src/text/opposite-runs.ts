import { MARK, NUMBER, WHITE_SPACE, flagsAt, widthAt } from './scripts';

/**
 * Runs of one direction inside text of the other: URLs and e-mail addresses
 * whole; otherwise words of characters strong in that direction (Bidi_Class L,
 * or R and AL: an Arabic word keeps its tatweel, ؟ and ؛) with the marks,
 * digits, joiners and spaces between them ("CSP-DPA", "Kyiv Post", "COVID-19",
 * "5 km", Persian "می‌خواهم" across its ZWNJ), never ending in punctuation.
 *
 * A single-pass scanner rather than a regex: the regex it replaces (kept as
 * the specification in opposite-runs.test.ts) backtracked quadratically on
 * long runs of digits, `_` or `.`, stalling the server for seconds. Each
 * alternative is tried in the regex's order, and a failed e-mail address or
 * number is remembered for the rest of its run, so no character is read more
 * than a few times.
 */

const code = (text: string, i: number) => text.charCodeAt(i);
const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
/** Never in a URL (besides whitespace). */
const URL_STOPS = codes('<>"«»');
/** Never the last character of a URL. */
const URL_TRAILING = codes('.,;:!?؟،؛)]');
/** Join two pieces of a word when a digit or letter follows ("COVID-19", "a/b", "AT&T", ZWNJ and ZWJ inside a word). */
const JOINERS = codes(".-/:'’+&#\u200C\u200D");
const isSpace = (c: number) => c === 0x20 || c === 0xa0;
const isWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isDomainChar = (c: number) => isWordChar(c) || c === 0x2d;
const isLocalPartChar = (c: number) => isDomainChar(c) || c === 0x2e || c === 0x2b;
const inUrl = (text: string, i: number) => i < text.length && !(flagsAt(text, i) & WHITE_SPACE) && !URL_STOPS.has(code(text, i));

function skipWhile(text: string, i: number, test: (c: number) => boolean): number {
  while (i < text.length && test(code(text, i))) i += 1;
  return i;
}

function skipFlags(text: string, i: number, mask: number): number {
  while (flagsAt(text, i) & mask) i += widthAt(text, i);
  return i;
}

/** End of `http(s)://…` at `p` up to its last character that is not punctuation, or -1. */
function urlEnd(text: string, p: number): number {
  if (!text.startsWith('http', p)) return -1;
  let i = p + 4;
  if (text.startsWith('s://', i)) i += 4;
  else if (text.startsWith('://', i)) i += 3;
  else return -1;
  if (!inUrl(text, i)) return -1;
  i += widthAt(text, i);
  let end = -1;
  for (; inUrl(text, i); i += widthAt(text, i)) if (!URL_TRAILING.has(code(text, i))) end = i + widthAt(text, i);
  return end;
}

/** End of the word of `letter` (a strong flag) starting at `i`: strong characters, marks, digits, `_`, and joiners between them. */
function wordEnd(text: string, i: number, letter: number): number {
  i += widthAt(text, i);
  for (;;) {
    if (flagsAt(text, i) & (letter | MARK | NUMBER) || code(text, i) === 0x5f) i += widthAt(text, i);
    else if (JOINERS.has(code(text, i)) && flagsAt(text, i + 1) & (letter | NUMBER)) i += 1;
    else return i;
  }
}

/** The runs of `letter` (STRONG_L or STRONG_R) in `text`, as [start, end) pairs in order. */
export function* oppositeRuns(text: string, letter: number): Generator<[number, number]> {
  // Starts before these indexes are known to fail (the whole run ends the same way).
  let emailFailsBefore = 0;
  let numberFailsBefore = 0;

  const emailEnd = (p: number): number => {
    if (p < emailFailsBefore || !isLocalPartChar(code(text, p))) return -1;
    const at = skipWhile(text, p, isLocalPartChar);
    let end = -1;
    if (code(text, at) === 0x40) {
      let i = skipWhile(text, at + 1, isDomainChar);
      while (i > at + 1 && code(text, i) === 0x2e && isDomainChar(code(text, i + 1))) end = i = skipWhile(text, i + 1, isDomainChar);
    }
    if (end < 0) emailFailsBefore = at;
    return end;
  };

  const runEnd = (p: number): number => {
    let start = p;
    if (!(flagsAt(text, p) & letter)) {
      if (!(flagsAt(text, p) & NUMBER) || p < numberFailsBefore) return -1;
      // A number ("5", "1,000", "2.5") and at most one space before the word it leads.
      let i = skipFlags(text, p, NUMBER);
      while ((code(text, i) === 0x2e || code(text, i) === 0x2c) && flagsAt(text, i + 1) & NUMBER) i = skipFlags(text, i + 1, NUMBER);
      start = isSpace(code(text, i)) && flagsAt(text, i + 1) & letter ? i + 1 : i;
      if (!(flagsAt(text, start) & letter)) {
        numberFailsBefore = i;
        return -1;
      }
    }
    let end = wordEnd(text, start, letter);
    // Further words after spaces, with at most one number between them ("Kyiv Post", "5 km").
    for (;;) {
      let i = skipWhile(text, end, isSpace);
      if (i === end) return end;
      if (flagsAt(text, i) & NUMBER) {
        const afterNumber = skipFlags(text, i, NUMBER);
        i = skipWhile(text, afterNumber, isSpace);
        if (i === afterNumber) return end;
      }
      if (!(flagsAt(text, i) & letter)) return end;
      end = wordEnd(text, i, letter);
    }
  };

  for (let p = 0; p < text.length; ) {
    let end = urlEnd(text, p);
    if (end < 0) end = emailEnd(p);
    if (end < 0) end = runEnd(p);
    if (end < 0) {
      p += widthAt(text, p);
      continue;
    }
    yield [p, end];
    p = end;
  }
}
