import { TATWEEL_CODE, isArabicDiacritic } from './arabic';
import { normalizeStreamSafe } from './stream-safe';

/**
 * Character-level search normalisation, the first stage of the search
 * analyser (analyzer.ts): compatibility forms composed (NFKC), tashkeel,
 * tatweel and format characters (ZWNJ, bidi marks) dropped, Arabic-Indic and
 * Persian digits made ASCII, Persian yeh/keheh made Arabic, letters
 * lower-cased; anything that is not a letter, mark or digit separates words.
 * Alef, hamza, taa marbuta and alef maqsura are kept as written: the analyser
 * reads the article and stop words on them before it folds them
 * (SEARCH_FOLDS, `foldLetters`).
 *
 * One table-driven pass over the text (plus NFKC when compatibility characters
 * are present); the executable specification is the regex version in
 * normalize.test.ts, and property tests keep the two equal.
 */

/** Letters made one before anything reads the word: Persian forms of Arabic letters. */
export const PREPARE_FOLDS: Record<string, string> = {
  'ی': 'ي', // Persian yeh
  'ک': 'ك', // Persian keheh
  'ۀ': 'ه', // heh with yeh above
  'ۓ': 'ے',
};

/**
 * Letter variants folded once the article is off (Lucene's ArabicNormalizer,
 * plus hamza seats): alef forms to bare alef, taa marbuta to heh, alef
 * maqsura to yeh, and waw- and yeh-seated hamza to the bare hamza — so
 * مسؤول and مسئول meet, while فئة (فءه) stays apart from فيه.
 */
export const SEARCH_FOLDS: Record<string, string> = {
  'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', // alef forms
  'ة': 'ه', // taa marbuta
  'ى': 'ي', // alef maqsura
  'ؤ': 'ء', // hamza on waw
  'ئ': 'ء', // hamza on yeh
};

const DROP = 0;
const SEPARATOR = 0xffff;

let prepareTable: Uint16Array | null = null;

/** code unit → prepared code unit, DROP, or SEPARATOR; built once on first use. */
function table(): Uint16Array {
  if (prepareTable) return prepareTable;
  const t = new Uint16Array(0x10000).fill(SEPARATOR);
  for (let c = 0; c < 0x10000; c += 1) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (/\p{Cf}/u.test(ch) || c === TATWEEL_CODE || isArabicDiacritic(c)) t[c] = DROP;
    else if (/\p{N}/u.test(ch)) t[c] = asciiDigit(c) ?? c;
    else if (/[\p{L}\p{M}]/u.test(ch)) {
      const lower = ch.toLowerCase();
      t[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  for (const [from, to] of Object.entries(PREPARE_FOLDS)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  prepareTable = t;
  return t;
}

function asciiDigit(code: number): number | null {
  if (code >= 0x0660 && code <= 0x0669) return 0x30 + code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return 0x30 + code - 0x06f0;
  return null;
}

/**
 * Characters whose NFKC form differs from themselves appear only in these ranges (for the texts we fold);
 * U+0653–0655 are the combining maddah and hamza that compose with alef, waw and yeh (ا + ٔ = أ).
 */
const NEEDS_NFKC = /[\u00A0-\u036F\u0374-\u03FF\u0653-\u0655\u0675-\u0678\u1E00-\u1FFF\u2000-\u2BFF\u3000-\u33FF\uFB00-\uFDFF\uFE10-\uFEFF\uFF00-\uFFEF\uD800-\uDBFF]/;

/** Fold a supplementary-plane character (rare): letters, marks and digits kept, lower-cased. */
function foldAstral(ch: string): string | null {
  if (/\p{Cf}/u.test(ch)) return '';
  if (!/[\p{L}\p{M}\p{N}]/u.test(ch)) return null;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/** The text's words, normalised at the character level (hamza and taa marbuta as written), separated by one space. */
export function prepareForSearch(input: string): string {
  const text = NEEDS_NFKC.test(input) ? normalizeStreamSafe(input, 'NFKC') : input;
  const t = table();
  const out = new Uint16Array(text.length + 1);
  let len = 0;
  let wordStart = 0;
  const endWord = () => {
    if (len === wordStart) return;
    out[len] = 0x20;
    len += 1;
    wordStart = len;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const ch = text.slice(i, i + 2);
      i += 1;
      const folded = foldAstral(ch);
      if (folded === null) endWord();
      else for (let k = 0; k < folded.length; k += 1) out[len++] = folded.charCodeAt(k);
      continue;
    }
    const mapped = t[code];
    if (mapped === DROP) continue;
    if (mapped === SEPARATOR) endWord();
    else out[len++] = mapped;
  }
  endWord();
  return decoder.decode(out.subarray(0, Math.max(0, len - 1)));
}

const decoder = new TextDecoder('utf-16le');

const LETTER_FOLD = new RegExp(`[${Object.keys(SEARCH_FOLDS).join('')}]`, 'g');

/** A prepared word with SEARCH_FOLDS applied (one character class: linear). */
export function foldLetters(word: string): string {
  return word.replace(LETTER_FOLD, (ch) => SEARCH_FOLDS[ch]);
}
