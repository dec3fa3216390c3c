import slugify from 'slugify';
import { streamSafe } from './stream-safe';

/**
 * Latin transliteration of Arabic, Persian, Urdu and Hebrew letters, as data.
 * Readable rather than scholarly: it only has to give stable ASCII slugs.
 * Letters without a Latin value (ء ع א ע) are dropped.
 */
const LATIN: Record<string, string> = {
  // Arabic
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'aa', 'ٱ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh',
  'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '',
  'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y',
  'ى': 'a', 'ء': '', 'ئ': 'e', 'ؤ': 'o',
  // Persian and Urdu
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ی': 'y', 'ٹ': 't', 'ڈ': 'd', 'ڑ': 'r', 'ں': 'n', 'ھ': 'h',
  'ہ': 'h', 'ے': 'e', 'ۀ': 'e',
  // Hebrew
  'א': '', 'ב': 'b', 'ג': 'g', 'ד': 'd', 'ה': 'h', 'ו': 'v', 'ז': 'z', 'ח': 'ch', 'ט': 't', 'י': 'y', 'כ': 'k',
  'ך': 'k', 'ל': 'l', 'מ': 'm', 'ם': 'm', 'נ': 'n', 'ן': 'n', 'ס': 's', 'ע': '', 'פ': 'p', 'ף': 'f', 'צ': 'ts',
  'ץ': 'ts', 'ק': 'k', 'ר': 'r', 'ש': 'sh', 'ת': 't',
};

/** Replace RTL letters with their Latin transliteration; everything else is left for slugify. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) out += LATIN[ch] ?? ch;
  return out;
}

/** ASCII slug through `slugify` after transliteration (empty when nothing Latin remains). */
export function asciiSlug(text: string): string {
  // slugify normalises (NFC) first: runs of marks are bounded so that stays linear.
  return slugify(streamSafe(transliterate(text)), { lower: true, strict: true, trim: true });
}
