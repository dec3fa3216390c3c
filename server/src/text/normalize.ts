import { ARABIC_DIACRITICS, TATWEEL, toAsciiDigits } from './arabic';

/** Letter variants folded to one form, as data: [pattern, replacement]. */
const FOLDS: [RegExp, string][] = [
  [/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627'], // آ أ إ ٱ → ا
  [/\u0629/g, '\u0647'], // ة → ه
  [/\u0649/g, '\u064A'], // ى → ي
  [/\u0624/g, '\u0648'], // ؤ → و
  [/\u0626/g, '\u064A'], // ئ → ي
  [/\u06CC/g, '\u064A'], // Persian ی → ي
  [/\u06A9/g, '\u0643'], // Persian ک → ك
];

/** The definite article and the particles fused with it (وال، بال، فال، كال، لل), when a word follows. */
const DEFINITE_ARTICLE = /^(?:وال|بال|فال|كال|ال|لل)(?=\p{L}{2})/u;

/**
 * Fold Arabic spelling variants so that a query typed without hamza or
 * diacritics finds the text: alef forms, taa marbuta, alef maqsura, tatweel,
 * tashkeel, Arabic-Indic and Persian digits, the definite article; Latin is
 * lower-cased and punctuation dropped. Idempotent.
 */
export function normalizeForSearch(text: string): string {
  let folded = toAsciiDigits(text.normalize('NFKC')).replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '');
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => word.replace(DEFINITE_ARTICLE, ''))
    .filter(Boolean)
    .join(' ');
}

/** Distinct normalised words of a search query, longest first (the most selective filter first). */
export function searchTerms(query: string, max = 8): string[] {
  const words = [...new Set(normalizeForSearch(query).split(' ').filter(Boolean))];
  return words.sort((a, b) => b.length - a.length).slice(0, max);
}
