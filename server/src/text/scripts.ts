/**
 * Unicode classes the bidi code needs, built from Script properties: a strong
 * right-to-left character is a letter of a right-to-left script (UAX #9 types
 * R and AL); a strong left-to-right one is any other letter (type L).
 * Digits, punctuation and combining marks are weak or neutral in both.
 */
const RTL_SCRIPTS = [
  'Arabic', 'Hebrew', 'Syriac', 'Thaana', 'Nko', 'Samaritan', 'Mandaic', 'Adlam', 'Hanifi_Rohingya', 'Mende_Kikakui',
  'Imperial_Aramaic', 'Phoenician', 'Old_South_Arabian', 'Avestan', 'Yezidi',
];

const rtlScriptClass = RTL_SCRIPTS.map((s) => `\\p{Script=${s}}`).join('');

/** Class bodies (for use inside `[...]` with the `v` flag). */
export const RTL_LETTER_CLASS = `[\\p{L}&&[${rtlScriptClass}]]`;
export const LTR_LETTER_CLASS = `[\\p{L}--[${rtlScriptClass}]]`;

/** RLM (R) and ALM (AL) count as strong right-to-left; LRM as strong left-to-right. */
export const STRONG_RTL = new RegExp(`[${RTL_LETTER_CLASS}\\u200F\\u061C]`, 'v');
export const STRONG_LTR = new RegExp(`[${LTR_LETTER_CLASS}\\u200E]`, 'v');

/** Flags of a code point, for the single-pass scanners (bidi runs, lint, stream-safe normalisation). */
export const LTR_LETTER = 1;
export const RTL_LETTER = 2;
export const MARK = 4;
export const NUMBER = 8;
export const WHITE_SPACE = 16;

const FLAG_CLASSES: [number, string][] = [
  [LTR_LETTER, LTR_LETTER_CLASS],
  [RTL_LETTER, RTL_LETTER_CLASS],
  [MARK, '\\p{M}'],
  [NUMBER, '\\p{N}'],
  [WHITE_SPACE, '\\s'],
];
const FLAG_PATTERNS = FLAG_CLASSES.map(([flag, cls]) => [flag, new RegExp(cls, 'v')] as const);

let bmpFlags: Uint8Array | null = null;

/** Flags of every BMP code unit (lone surrogates have none), built once on first use. */
function flagTable(): Uint8Array {
  if (bmpFlags) return bmpFlags;
  const t = new Uint8Array(0x10000);
  let all = '';
  for (let c = 0; c < 0x10000; c += 1) all += c >= 0xd800 && c <= 0xdfff ? '\0' : String.fromCharCode(c);
  for (const [flag, cls] of FLAG_CLASSES) for (const m of all.matchAll(new RegExp(cls, 'gv'))) t[m.index ?? 0] |= flag;
  bmpFlags = t;
  return t;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Width in code units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Flags of the code point at `i` (0 past the end): one table read, or a few tests for a supplementary-plane character. */
export function flagsAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (!isHigh(code) || !isLow(text.charCodeAt(i + 1))) return flagTable()[code];
  const ch = text.slice(i, i + 2);
  let flags = 0;
  for (const [flag, pattern] of FLAG_PATTERNS) if (pattern.test(ch)) flags |= flag;
  return flags;
}
