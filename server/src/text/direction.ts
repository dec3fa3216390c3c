import { STRONG_LTR, STRONG_RTL } from './scripts';

const NEUTRAL = 0;
const LTR = 1;
const RTL = 2;
let strongTable: Uint8Array | null = null;

/** Strong direction of every BMP code unit (0 neutral, 1 L, 2 R/AL), built once on first use. */
function strongTable_(): Uint8Array {
  if (strongTable) return strongTable;
  const t = new Uint8Array(0x10000);
  let all = '';
  for (let c = 0; c < 0x10000; c += 1) all += c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c);
  for (const [value, pattern] of [[LTR, STRONG_LTR], [RTL, STRONG_RTL]] as const) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const m of all.matchAll(global)) t[m.index ?? 0] = value;
  }
  strongTable = t;
  return t;
}

/** Strong direction of the supplementary-plane code point at `index`. */
function astralStrength(text: string, index: number): number {
  const ch = String.fromCodePoint(text.codePointAt(index) ?? 0);
  return STRONG_RTL.test(ch) ? RTL : STRONG_LTR.test(ch) ? LTR : NEUTRAL;
}

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

/** UAX #9 type B: paragraph separators, which close any open isolate. */
const PARAGRAPH_SEPARATOR_CODES = new Set([0x0a, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2029]);

/**
 * Direction of the first strong character outside isolates, per paragraph
 * (UAX #9 P2–P3), or null when the text has none. An isolate without its PDI
 * runs to the end of its paragraph.
 */
export function textDirection(text: string): Direction | null {
  const t = strongTable_();
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x2066 && code <= 0x2068) {
      depth += 1;
    } else if (code === 0x2069) {
      if (depth > 0) depth -= 1;
    } else if (PARAGRAPH_SEPARATOR_CODES.has(code)) {
      depth = 0;
    } else if (depth === 0) {
      let strength = t[code];
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        strength = astralStrength(text, i);
        i += 1;
      }
      if (strength === RTL) return 'rtl';
      if (strength === LTR) return 'ltr';
    } else if (code >= 0xd800 && code <= 0xdbff) {
      i += 1;
    }
  }
  return null;
}

/** What decided a direction, in the order the rule asks: the explicit setting, the locale, the text, else the fallback. */
export type DirectionReason = 'setting' | 'locale' | 'text' | 'fallback';

/** A resolved direction and what decided it (the edit view tells the editor why). */
export interface DirectionDecision {
  dir: Direction;
  reason: DirectionReason;
}

/**
 * Resolve an article's `direction` setting and say why: an explicit
 * `rtl`/`ltr` wins; `auto` follows the locale, then the sample's first
 * strong letter, then falls back to ltr.
 */
export function decideDirection(setting: string | null | undefined, locale: string | null | undefined, sample: string): DirectionDecision {
  if (setting === 'rtl' || setting === 'ltr') return { dir: setting, reason: 'setting' };
  const fromLocale = localeDirection(locale);
  if (fromLocale) return { dir: fromLocale, reason: 'locale' };
  const fromText = textDirection(sample);
  if (fromText) return { dir: fromText, reason: 'text' };
  return { dir: 'ltr', reason: 'fallback' };
}

/** The direction alone, by the rule of `decideDirection`. */
export function resolveDirection(setting: string | null | undefined, locale: string | null | undefined, sample: string): Direction {
  return decideDirection(setting, locale, sample).dir;
}
