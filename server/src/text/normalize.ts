import { ARABIC_DIACRITICS, TATWEEL, toAsciiDigits } from './arabic';

/**
 * Fold Arabic spelling variants so that a query typed without hamza or
 * diacritics finds the text: alef forms, taa marbuta, alef maqsura, tatweel,
 * tashkeel, Arabic-Indic digits; Latin is lower-cased. Idempotent.
 */
export function normalizeForSearch(text: string): string {
  return toAsciiDigits(text.normalize('NFKC'))
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
