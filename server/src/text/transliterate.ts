import slugify from 'slugify';
import { slugWords } from './slug-words';
import { streamSafe } from './stream-safe';

/**
 * Latin values of the letters of Unicode's Arabic block (U+0620–U+06FF: Arabic,
 * Persian, Urdu, Kurdish, Pashto, Sindhi, Uyghur…), of Arabic Supplement and
 * of Hebrew, as data.
 * Readable rather than scholarly: one letter → a few ASCII letters, no
 * apostrophes (a slug keeps only [a-z0-9-]), so every letter stays visible —
 * `ع` and `ء` included (`معرض` → `mard`, `سماء` → `smaa`). Where a letter
 * sounds differently across languages, the Arabic press's use wins: `ڭ` and
 * `ݣ` are the Moroccan g (`أڭادير` → `agadyr`), not Uyghur ng. Presentation forms
 * need no entry: slug words are NFKC first. A test enumerates every letter of
 * these blocks and checks each has a value here.
 *
 * Why a table and not `any-ascii`: that library drops alef and ة (`مالي` →
 * `mly`, `العربية` → `l`rbyh`), writes `ع` and `ء` as a backtick and an
 * apostrophe that an ASCII slug must drop, and reads Hebrew `ש` as `s`, so
 * its slugs lose exactly the letters this table keeps.
 */
const LATIN: Record<string, string> = {
  // Arabic
  'ء': 'a', 'آ': 'aa', 'أ': 'a', 'ؤ': 'o', 'إ': 'i', 'ئ': 'e', 'ا': 'a', 'ب': 'b', 'ة': 'a', 'ت': 't', 'ث': 'th',
  'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd',
  'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  'و': 'w', 'ى': 'a', 'ي': 'y', 'ٱ': 'a', 'ٲ': 'a', 'ٳ': 'i', 'ٴ': 'a', 'ٵ': 'a', 'ٶ': 'o', 'ٷ': 'u', 'ٸ': 'y',
  'ٮ': 'b', 'ٯ': 'q', 'ػ': 'k', 'ؼ': 'k', 'ؠ': 'y', 'ؽ': 'y', 'ؾ': 'y', 'ؿ': 'y',
  // Persian, Urdu, Kurdish (Sorani), Sindhi, Pashto, Uyghur and other letters of the block
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ی': 'y', 'ڤ': 'v', 'ڥ': 'v', 'ۋ': 'v',
  'ٹ': 't', 'ٺ': 'th', 'ٻ': 'b', 'ټ': 't', 'ٽ': 't', 'ٿ': 'th', 'ڀ': 'bh',
  'ځ': 'dz', 'ڂ': 'h', 'ڃ': 'ny', 'ڄ': 'dy', 'څ': 'ts', 'ڇ': 'chh',
  'ڈ': 'd', 'ډ': 'd', 'ڊ': 'd', 'ڋ': 'd', 'ڌ': 'dh', 'ڍ': 'dd', 'ڎ': 'd', 'ڏ': 'd', 'ڐ': 'd', 'ۮ': 'd',
  'ڑ': 'r', 'ڒ': 'r', 'ړ': 'r', 'ڔ': 'r', 'ڕ': 'rr', 'ږ': 'zh', 'ڗ': 'z', 'ڙ': 'r', 'ۯ': 'r',
  'ښ': 'sh', 'ڛ': 's', 'ڜ': 'sh', 'ڝ': 's', 'ڞ': 's', 'ڟ': 'z', 'ۺ': 'sh', 'ۻ': 'd', 'ۼ': 'gh',
  'ڠ': 'ng', 'ڡ': 'f', 'ڢ': 'f', 'ڣ': 'f', 'ڦ': 'ph', 'ڧ': 'q', 'ڨ': 'g',
  'ڪ': 'k', 'ګ': 'g', 'ڬ': 'k', 'ڭ': 'g', 'ڮ': 'k', 'ڰ': 'g', 'ڱ': 'ng', 'ڲ': 'g', 'ڳ': 'g', 'ڴ': 'g',
  'ڵ': 'll', 'ڶ': 'l', 'ڷ': 'l', 'ڸ': 'l', 'ڹ': 'n', 'ں': 'n', 'ڻ': 'n', 'ڼ': 'n', 'ڽ': 'ny',
  'ھ': 'h', 'ڿ': 'ch', 'ہ': 'h', 'ۀ': 'e', 'ۂ': 'e', 'ۃ': 'a', 'ۿ': 'h',
  'ۄ': 'o', 'ۅ': 'o', 'ۆ': 'o', 'ۇ': 'u', 'ۈ': 'u', 'ۉ': 'u', 'ۊ': 'w', 'ۏ': 'w', 'ۥ': 'w',
  'ۍ': 'y', 'ێ': 'e', 'ې': 'e', 'ۑ': 'y', 'ے': 'e', 'ۓ': 'e', 'ە': 'e', 'ۦ': 'y',
  // Arabic Supplement (U+0750–U+077F: letters of African and other languages), by the letter each is drawn from
  'ݐ': 'b', 'ݑ': 'b', 'ݒ': 'b', 'ݓ': 'b', 'ݔ': 'b', 'ݕ': 'b', 'ݖ': 'b', 'ݗ': 'h', 'ݘ': 'h', 'ݙ': 'd', 'ݚ': 'd',
  'ݛ': 'r', 'ݜ': 's', 'ݝ': 'a', 'ݞ': 'a', 'ݟ': 'a', 'ݠ': 'f', 'ݡ': 'f', 'ݢ': 'k', 'ݣ': 'g', 'ݤ': 'k', 'ݥ': 'm',
  'ݦ': 'm', 'ݧ': 'n', 'ݨ': 'n', 'ݩ': 'n', 'ݪ': 'l', 'ݫ': 'r', 'ݬ': 'r', 'ݭ': 's', 'ݮ': 'h', 'ݯ': 'h', 'ݰ': 's',
  'ݱ': 'r', 'ݲ': 'h', 'ݳ': 'a', 'ݴ': 'a', 'ݵ': 'y', 'ݶ': 'y', 'ݷ': 'y', 'ݸ': 'w', 'ݹ': 'w', 'ݺ': 'e', 'ݻ': 'e',
  'ݼ': 'h', 'ݽ': 's', 'ݾ': 's', 'ݿ': 'k',
  // Hebrew (final forms included)
  'א': 'a', 'ב': 'b', 'ג': 'g', 'ד': 'd', 'ה': 'h', 'ו': 'v', 'ז': 'z', 'ח': 'ch', 'ט': 't', 'י': 'y', 'כ': 'k',
  'ך': 'k', 'ל': 'l', 'מ': 'm', 'ם': 'm', 'נ': 'n', 'ן': 'n', 'ס': 's', 'ע': 'a', 'פ': 'p', 'ף': 'f', 'צ': 'ts',
  'ץ': 'ts', 'ק': 'k', 'ר': 'r', 'ש': 'sh', 'ת': 't', 'ׯ': 'y', 'װ': 'v', 'ױ': 'oy', 'ײ': 'ey',
};

/**
 * Every letter LATIN maps, as one character class (each is one UTF-16 unit, checked here): `transliterate`
 * is one `replace`, which builds its result natively. Appending to a string letter by letter built a rope
 * of one string per letter, all alive until the end, and its cost per letter grew with the word (t(8n)/t(n)
 * about 21, against 8 for this).
 */
const LATIN_LETTER = (() => {
  const letters = Object.keys(LATIN);
  const long = letters.find((letter) => letter.length !== 1);
  if (long !== undefined) throw new Error(`transliteration table: "${long}" is not one UTF-16 unit`);
  return new RegExp(`[${letters.map((letter) => `\\u${letter.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
})();

const ASCII_WORD = /^[a-z0-9]+$/;

/** Replace Arabic-script and Hebrew letters with their Latin values; everything else is left for slugify. */
export function transliterate(text: string): string {
  return text.replace(LATIN_LETTER, (letter) => LATIN[letter]);
}

/** The ASCII parts of one slug word: its letters transliterated, then Latin letters folded by `slugify` (é → e); empty when nothing Latin remains. */
export function asciiWord(word: string): string[] {
  const latin = transliterate(word);
  // Most words are ASCII once transliterated: slugify only for the rest (Latin with accents, Greek, Cyrillic…).
  if (ASCII_WORD.test(latin)) return [latin];
  // slugify normalises (NFC) first: runs of marks are bounded so that stays linear.
  return slugify(streamSafe(latin), { lower: true, strict: true, trim: true }).split('-').filter(Boolean);
}

/** ASCII slug of the whole text, uncapped: the slug words of `text`, each transliterated (empty when nothing Latin remains). */
export function asciiSlug(text: string): string {
  return slugWords(text).flatMap(asciiWord).join('-');
}
