import { STRONG_LTR, STRONG_RTL } from './scripts';

/**
 * Text direction. Paragraph level follows UAX #9 rules P2–P3: the first strong
 * character decides; characters between an isolate initiator and its matching
 * PDI are skipped; embedding and override initiators are not strong.
 */
export type Direction = 'rtl' | 'ltr';

/** Language subtags written right to left (Arabic, Hebrew, Persian, Urdu, Syriac, Thaana, N'Ko…). */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar', 'arc', 'arz', 'azb', 'ckb', 'dv', 'fa', 'glk', 'he', 'iw', 'khw', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi',
]);

/** Script subtags written right to left. */
const RTL_SCRIPT_SUBTAGS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/** Direction of a locale code such as `ar`, `ar-EG`, `fa-IR`, `az-Arab`, `en`; null when it is not a locale code. */
export function localeDirection(locale: string | null | undefined): Direction | null {
  if (!locale) return null;
  const [lang, ...rest] = locale.toLowerCase().split(/[-_]/);
  if (!/^[a-z]{2,3}$/.test(lang)) return null;
  const script = rest.find((part) => part.length === 4);
  if (script) return RTL_SCRIPT_SUBTAGS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

const ISOLATE_INITIATORS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';
const PARAGRAPH_SEPARATORS = new Set(['\n', '\r', '\u001C', '\u001D', '\u001E', '\u0085', '\u2029']);

/**
 * Direction of the first strong character outside isolates, per paragraph
 * (UAX #9 P2–P3), or null when the text has none. An isolate without its PDI
 * runs to the end of its paragraph.
 */
export function textDirection(text: string): Direction | null {
  let depth = 0;
  for (const ch of text) {
    if (PARAGRAPH_SEPARATORS.has(ch)) {
      depth = 0;
    } else if (ISOLATE_INITIATORS.has(ch)) {
      depth += 1;
    } else if (ch === PDI) {
      if (depth > 0) depth -= 1;
    } else if (depth === 0) {
      if (STRONG_RTL.test(ch)) return 'rtl';
      if (STRONG_LTR.test(ch)) return 'ltr';
    }
  }
  return null;
}

/**
 * Resolve an article's `direction` setting: an explicit `rtl`/`ltr` wins;
 * `auto` follows the locale, then the text, then falls back to ltr.
 */
export function resolveDirection(setting: string | null | undefined, locale: string | null | undefined, sample: string): Direction {
  if (setting === 'rtl' || setting === 'ltr') return setting;
  return localeDirection(locale) ?? textDirection(sample) ?? 'ltr';
}
