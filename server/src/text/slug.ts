import { ARABIC_DIACRITICS, TATWEEL, toAsciiDigits } from './arabic';
import { BIDI_CONTROL_CHARS, CONTROL_CHARS } from './bidi-controls';
import { normalizeStreamSafe } from './stream-safe';
import { asciiSlug } from './transliterate';

/** How slugs are built from titles: Arabic kept (`unicode`) or transliterated to ASCII. */
export const SLUG_STRATEGIES = ['unicode', 'transliterate'] as const;
export type SlugStrategy = (typeof SLUG_STRATEGIES)[number];

/** Longest slug the plugin generates; editors may type up to SLUG_MAX_LENGTH. */
export const GENERATED_SLUG_MAX_LENGTH = 80;
export const SLUG_MAX_LENGTH = 200;

/** Letters, marks and digits of any script, joined by single hyphens (one character per step: nothing to backtrack). */
const SLUG_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|-(?=[\p{L}\p{M}\p{N}]))*$/u;

/** Slug words of `text`: Arabic stays Arabic, diacritics and tatweel go, digits become ASCII, Latin is lower-cased. */
function slugWords(text: string): string[] {
  return toAsciiDigits(normalizeStreamSafe(text, 'NFKC'))
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((w) => w.replace(/^\p{M}+/u, ''))
    .filter(Boolean);
}

/** `text` in pieces cut on whitespace (which always separates slug words), so long text is read only as far as needed. */
function* pieces(text: string, size: number): Generator<string> {
  let start = 0;
  while (text.length - start > size) {
    // Search this piece only: lastIndexOf from start + size would read back to
    // the beginning of a text without spaces, for every piece.
    const cut = text.slice(start, start + size + 1).lastIndexOf(' ');
    const end = cut > 0 ? start + cut : start + size;
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}

/**
 * Build a readable Unicode slug from a title: Arabic stays Arabic, diacritics
 * and tatweel go, digits become ASCII, any run of other characters becomes one
 * hyphen. Never cuts inside a word; reads only as much text as the slug needs.
 */
export function unicodeSlug(title: string, maxLength = GENERATED_SLUG_MAX_LENGTH): string {
  let slug = '';
  for (const piece of pieces(title, Math.max(256, maxLength * 2))) {
    for (const word of slugWords(piece)) {
      const next = slug ? `${slug}-${word}` : word;
      if (next.length > maxLength) {
        // A single word longer than the limit: cut on a code point boundary.
        return slug || Array.from(word).slice(0, maxLength).join('');
      }
      slug = next;
    }
  }
  return slug;
}

/** Keep the longest prefix of whole hyphen-separated words that fits `maxLength`. */
function fitWords(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, maxLength);
}

/** The slug for `title` under `strategy`; transliteration falls back to Unicode when nothing Latin remains. */
export function slugFor(title: string, strategy: SlugStrategy, maxLength = GENERATED_SLUG_MAX_LENGTH): string {
  if (strategy === 'transliterate') {
    let ascii = '';
    for (const piece of pieces(title, Math.max(256, maxLength * 2))) {
      const part = asciiSlug(piece.replace(ARABIC_DIACRITICS, '').replace(TATWEEL, ''));
      if (part) ascii = ascii ? `${ascii}-${part}` : part;
      if (ascii.length > maxLength) break;
    }
    ascii = fitWords(ascii, maxLength);
    if (ascii) return ascii;
  }
  return unicodeSlug(title, maxLength);
}

/** Why a slug is not acceptable, or null when it is. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return 'must not be empty';
  if (slug.length > SLUG_MAX_LENGTH) return `must be at most ${SLUG_MAX_LENGTH} characters`;
  if (slug.includes('/') || slug.includes('\\')) return 'must not contain slashes';
  if (CONTROL_CHARS.test(slug)) return 'must not contain control characters';
  if (BIDI_CONTROL_CHARS.test(slug)) return 'must not contain bidirectional control characters';
  if (/\s/u.test(slug)) return 'must not contain whitespace';
  if (!SLUG_PATTERN.test(slug)) return 'may only contain letters, digits and single hyphens between them';
  return null;
}

/** `base`, or `base-2`, `base-3`… : the first candidate not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
