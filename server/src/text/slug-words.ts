import { toAsciiDigits } from './arabic';
import { normalizeStreamSafe } from './stream-safe';

/**
 * What a slug never keeps: invisible characters (format characters such as
 * ZWNJ, ZWJ, LRM, the bidi controls and the soft hyphen, and every other
 * default-ignorable code point: variation selectors, fillers), the tatweel,
 * and the vowel points of Arabic-script and Hebrew text (tashkeel, Quranic
 * marks, niqqud, cantillation). They are removed, not turned into hyphens, so
 * a ZWNJ pasted inside `المفتي` or the one Persian writes in `می‌خواهم` never
 * splits the word. Hebrew geresh and gershayim (U+05F3, U+05F4) mark
 * abbreviations inside a word (`צה״ל`, `ת״א`) and go the same way. The marks are listed (every mark whose Script_Extensions
 * is Arabic or Hebrew, Unicode 17, less U+0307/U+0308 which Latin shares): a
 * lookahead for the property at every character costs twice the time, and
 * slug-words.test.ts checks the list against the property.
 */
const DROPPED =
  /[\p{Cf}\p{Default_Ignorable_Code_Point}\u0640\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05F3\u05F4\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0897-\u089F\u08CA-\u08E1\u08E3-\u08FF\uFB1E\u{10EFA}-\u{10EFF}]/gu;
/** Anything that is not a letter, mark or digit separates slug words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const LEADING_MARKS = /^\p{M}+/u;

/**
 * Slug words of `text`: NFKC first (presentation forms and ligatures become
 * plain letters), Arabic-Indic digits become ASCII, what DROPPED lists goes,
 * letters are lower-cased; words are split on every other character.
 */
export function slugWords(text: string): string[] {
  return toAsciiDigits(normalizeStreamSafe(text, 'NFKC'))
    .replace(DROPPED, '')
    .toLowerCase()
    .split(SEPARATORS)
    .map((w) => w.replace(LEADING_MARKS, ''))
    .filter(Boolean);
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * `text` in pieces cut before a space (which always separates slug words), so
 * a long text is read only as far as the slug needs. A piece with no space is
 * cut at its size, never inside a surrogate pair.
 */
export function* pieces(text: string, size: number): Generator<string> {
  let start = 0;
  while (text.length - start > size) {
    // Search this piece only, from its end: a search from the start of the text
    // would read a text without spaces again for every piece.
    let end = start + size;
    while (end > start && !isSpace(text.charCodeAt(end))) end -= 1;
    if (end === start) end = isHighSurrogate(text.charCodeAt(start + size - 1)) ? start + size - 1 : start + size;
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}
