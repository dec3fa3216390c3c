import { BC, bidiClassOf, bmpBidiClasses } from './bidi-class';

/**
 * Flags of a code point for the single-pass scanners (bidi runs, lint,
 * stream-safe normalisation). Direction comes from the Unicode Bidi_Class
 * (bidi-class.ts, generated from the UCD): STRONG_L is class L, STRONG_R is
 * class R or AL (Arabic letters, tatweel, ؟ ؛ ۔, RLM, ALM). MARK, NUMBER and
 * WHITE_SPACE are the General_Category / white-space classes of the runtime's
 * regular expressions. Lone surrogates have no flag.
 */
export const STRONG_L = 1;
export const STRONG_R = 2;
export const MARK = 4;
export const NUMBER = 8;
export const WHITE_SPACE = 16;

const OTHER_FLAGS: [number, RegExp][] = [
  [MARK, /\p{M}/u],
  [NUMBER, /\p{N}/u],
  [WHITE_SPACE, /\s/u],
];

/** STRONG_L, STRONG_R or 0 for a Bidi_Class index. */
const strongOf = (cls: number) => (cls === BC.L ? STRONG_L : cls === BC.R || cls === BC.AL ? STRONG_R : 0);

let bmpFlags: Uint8Array | null = null;

/** Flags of every BMP code unit, built once on first use. */
function flagTable(): Uint8Array {
  if (bmpFlags) return bmpFlags;
  const classes = bmpBidiClasses();
  const t = new Uint8Array(0x10000);
  let all = '';
  for (let c = 0; c < 0x10000; c += 1) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    all += surrogate ? '\0' : String.fromCharCode(c);
    if (!surrogate) t[c] = strongOf(classes[c]);
  }
  for (const [flag, pattern] of OTHER_FLAGS) for (const m of all.matchAll(new RegExp(pattern.source, 'gu'))) t[m.index ?? 0] |= flag;
  bmpFlags = t;
  return t;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Width in code units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Flags of the code point at `i` (0 past the end): one table read, or a binary search and three tests for a supplementary-plane character. */
export function flagsAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (!isHigh(code) || !isLow(text.charCodeAt(i + 1))) return flagTable()[code];
  const cp = text.codePointAt(i) as number;
  const ch = text.slice(i, i + 2);
  let flags = strongOf(bidiClassOf(cp));
  for (const [flag, pattern] of OTHER_FLAGS) if (pattern.test(ch)) flags |= flag;
  return flags;
}
