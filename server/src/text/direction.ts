import { BC, bidiClassOf, bmpBidiClasses } from './bidi-class';
import { BIDI_CLASS_NAMES } from './bidi-class-data';

/** Text direction. */
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

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// What a character does to P2–P3, by Bidi_Class: one table read per code unit in the scan.
const NEUTRAL = 0;
const LTR = 1;
const RTL = 2;
const OPEN_ISOLATE = 3;
const CLOSE_ISOLATE = 4;
const SEPARATOR = 5;
/** Surrogate code units: a pair is looked up as one code point, a lone one is skipped. */
const SURROGATE = 6;

const KIND_OF_CLASS = new Uint8Array(BIDI_CLASS_NAMES.length);
KIND_OF_CLASS[BC.L] = LTR;
KIND_OF_CLASS[BC.R] = RTL;
KIND_OF_CLASS[BC.AL] = RTL;
KIND_OF_CLASS[BC.LRI] = OPEN_ISOLATE;
KIND_OF_CLASS[BC.RLI] = OPEN_ISOLATE;
KIND_OF_CLASS[BC.FSI] = OPEN_ISOLATE;
KIND_OF_CLASS[BC.PDI] = CLOSE_ISOLATE;
KIND_OF_CLASS[BC.B] = SEPARATOR;

let bmpKinds: Uint8Array | null = null;

/** P2–P3 kind of every BMP code unit, built once on first use. */
function kindTable(): Uint8Array {
  if (bmpKinds) return bmpKinds;
  const classes = bmpBidiClasses();
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c += 1) t[c] = c >= 0xd800 && c <= 0xdfff ? SURROGATE : KIND_OF_CLASS[classes[c]];
  bmpKinds = t;
  return t;
}

/**
 * One forward pass of UAX #9 P1–P3 from `start`: the first character of class
 * L, R or AL outside isolates decides (characters between an isolate
 * initiator and its matching PDI are skipped, an isolate without its PDI runs
 * to the end of the paragraph; embedding and override initiators are not
 * strong). Returns the direction found, or the index just past the paragraph
 * separator (class B) that ended a paragraph without a strong character, or
 * -1 at the end of the text. Lone surrogates are not characters: skipped.
 */
function scanParagraph(text: string, start: number): Direction | number {
  const kinds = kindTable();
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let kind = kinds[code];
    if (kind === NEUTRAL) continue;
    if (kind === SURROGATE) {
      if (!isHigh(code) || !isLow(text.charCodeAt(i + 1))) continue;
      kind = KIND_OF_CLASS[bidiClassOf(text.codePointAt(i) as number)];
      i += 1;
    }
    if (kind === OPEN_ISOLATE) depth += 1;
    else if (kind === CLOSE_ISOLATE) depth -= depth > 0 ? 1 : 0;
    else if (kind === SEPARATOR) return i + 1;
    else if (depth === 0 && kind === LTR) return 'ltr';
    else if (depth === 0 && kind === RTL) return 'rtl';
  }
  return -1;
}

/**
 * Direction of the text's first paragraph by UAX #9 P1–P3 (the paragraph
 * ends at the first separator of class B: newline, CR, U+2029…), or null when
 * that paragraph has no strong character outside isolates (the Unicode
 * default is then LTR). "123\nعربي" is two paragraphs; the first is null.
 */
export function textDirection(text: string): Direction | null {
  const found = scanParagraph(text, 0);
  return typeof found === 'string' ? found : null;
}

/**
 * Direction for one element that shows the whole text with a single `dir`
 * (a title, a block, a quote): the first paragraph that has a strong
 * character decides, as HTML `dir="auto"` does; null when none has.
 */
export function firstStrongDirection(text: string): Direction | null {
  for (let i = 0; ; ) {
    const found = scanParagraph(text, i);
    if (typeof found === 'string') return found;
    if (found < 0) return null;
    i = found;
  }
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
  const fromText = firstStrongDirection(sample);
  if (fromText) return { dir: fromText, reason: 'text' };
  return { dir: 'ltr', reason: 'fallback' };
}

/** The direction alone, by the rule of `decideDirection`. */
export function resolveDirection(setting: string | null | undefined, locale: string | null | undefined, sample: string): Direction {
  return decideDirection(setting, locale, sample).dir;
}
