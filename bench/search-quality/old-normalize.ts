/** The search normaliser of commit c028e56 (before issue #11), verbatim but for import paths: the old engine this benchmark compares with. */
import { TATWEEL_CODE, isArabicDiacritic } from '../../server/src/text/arabic';
import { normalizeStreamSafe } from '../../server/src/text/stream-safe';

/**
 * Search normalisation: fold Arabic spelling variants so that a query typed
 * without hamza or diacritics finds the text — alef forms, taa marbuta, alef
 * maqsura, tatweel, tashkeel, Arabic-Indic and Persian digits, the definite
 * article; letters lower-cased; format characters (ZWNJ, bidi marks) dropped;
 * anything that is not a letter, mark or digit separates words. Idempotent.
 *
 * One table-driven pass over the text (plus NFKC when compatibility characters
 * are present); the executable specification is the regex version in
 * normalize.test.ts, and property tests keep the two equal.
 */

/** Letter variants folded to one form, as data. */
export const SEARCH_FOLDS: Record<string, string> = {
  'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', // alef forms
  'ة': 'ه', // taa marbuta
  'ۀ': 'ه',
  'ى': 'ي', // alef maqsura
  'ؤ': 'و',
  'ئ': 'ي',
  'ی': 'ي', // Persian yeh
  'ک': 'ك', // Persian keheh
  'ۓ': 'ے',
};

/** The definite article and the particles fused with it, stripped from the start of a word of 2+ more letters. */
export const DEFINITE_ARTICLES = ['وال', 'بال', 'فال', 'كال', 'ال', 'لل'];

const DROP = 0;
const SEPARATOR = 0xffff;

let foldTable: Uint16Array | null = null;
/** 1 for letters (\p{L}) of the Basic Multilingual Plane. */
let letterTable: Uint8Array | null = null;

/** code unit → folded code unit, DROP, or SEPARATOR; built once on first use. */
function table(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000).fill(SEPARATOR);
  const letters = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c += 1) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (/\p{L}/u.test(ch)) letters[c] = 1;
    if (/\p{Cf}/u.test(ch) || c === TATWEEL_CODE || isArabicDiacritic(c)) t[c] = DROP;
    else if (/\p{N}/u.test(ch)) t[c] = asciiDigit(c) ?? c;
    else if (/[\p{L}\p{M}]/u.test(ch)) {
      const lower = ch.toLowerCase();
      t[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  for (const [from, to] of Object.entries(SEARCH_FOLDS)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  foldTable = t;
  letterTable = letters;
  return t;
}

function asciiDigit(code: number): number | null {
  if (code >= 0x0660 && code <= 0x0669) return 0x30 + code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return 0x30 + code - 0x06f0;
  return null;
}

/** Characters whose NFKC form differs from themselves appear only in these ranges (for the texts we fold). */
const NEEDS_NFKC = /[\u00A0-\u036F\u0374-\u03FF\u0675-\u0678\u1E00-\u1FFF\u2000-\u2BFF\u3000-\u33FF\uFB00-\uFDFF\uFE10-\uFEFF\uFF00-\uFFEF\uD800-\uDBFF]/;

const ARTICLE_CODES = DEFINITE_ARTICLES.map((a) => Array.from(a, (c) => c.charCodeAt(0)));
const isLetterCode = (code: number) => letterTable !== null && letterTable[code] === 1;

/** Length of the article prefix to strip from out[start, end), or 0. */
function articleLength(out: Uint16Array, start: number, end: number): number {
  for (const article of ARTICLE_CODES) {
    const n = article.length;
    if (end - start < n + 2) continue;
    let match = true;
    for (let k = 0; k < n && match; k += 1) match = out[start + k] === article[k];
    if (match && isLetterCode(out[start + n]) && isLetterCode(out[start + n + 1])) return n;
  }
  return 0;
}

/** Fold a supplementary-plane character (rare): letters, marks and digits kept, lower-cased. */
function foldAstral(ch: string): string | null {
  if (/\p{Cf}/u.test(ch)) return '';
  if (!/[\p{L}\p{M}\p{N}]/u.test(ch)) return null;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

export function normalizeForSearch(input: string): string {
  const text = NEEDS_NFKC.test(input) ? normalizeStreamSafe(input, 'NFKC') : input;
  const t = table();
  const out = new Uint16Array(text.length + 1);
  let len = 0;
  let wordStart = 0;
  const endWord = () => {
    if (len === wordStart) return;
    const strip = articleLength(out, wordStart, len);
    if (strip > 0) {
      out.copyWithin(wordStart, wordStart + strip, len);
      len -= strip;
    }
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

/** Distinct normalised words of a search query, longest first (the most selective filter first). */
export function searchTerms(query: string, max = 8): string[] {
  const words = [...new Set(normalizeForSearch(query).split(' ').filter(Boolean))];
  return words.sort((a, b) => b.length - a.length).slice(0, max);
}
