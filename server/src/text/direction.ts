/**
 * Text direction. Paragraph level follows UAX #9 rules P2–P3: the first strong
 * character decides, characters inside isolates are skipped.
 */
export type Direction = 'rtl' | 'ltr';

/** Scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, and their presentation forms. */
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]|\u200F/;
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF\u2C00-\u2DFF\u3040-\u9FFF\uAC00-\uD7AF]|\u200E/;

/** Locales whose script is written right to left (language subtag). */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar', 'arc', 'ckb', 'dv', 'fa', 'ha-arab', 'he', 'iw', 'khw', 'ks', 'ku-arab', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi',
]);

/** Direction of a locale code such as `ar`, `ar-EG`, `fa-IR`, `en`; null when unknown. */
export function localeDirection(locale: string | null | undefined): Direction | null {
  if (!locale) return null;
  const lower = locale.toLowerCase();
  const lang = lower.split(/[-_]/)[0];
  if (RTL_LANGUAGES.has(lower) || RTL_LANGUAGES.has(lang)) return 'rtl';
  if (/-(arab|hebr|syrc|thaa|nkoo)\b/.test(lower)) return 'rtl';
  return /^[a-z]{2,3}$/.test(lang) ? 'ltr' : null;
}

const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';

/** Direction of the first strong character outside isolates (UAX #9 P2–P3), or null when none. */
export function textDirection(text: string): Direction | null {
  let isolateDepth = 0;
  for (const ch of text) {
    if (ISOLATE_OPENERS.has(ch)) {
      isolateDepth += 1;
      continue;
    }
    if (ch === PDI) {
      if (isolateDepth > 0) isolateDepth -= 1;
      continue;
    }
    if (isolateDepth > 0) continue;
    if (STRONG_RTL.test(ch)) return 'rtl';
    if (STRONG_LTR.test(ch)) return 'ltr';
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
