import { BIDI_CONTROL_CHARS, CONTROL_CHARS } from './bidi-controls';
import { pieces, slugWords } from './slug-words';
import { asciiWord } from './transliterate';

/** How slugs are built from titles: Arabic kept (`unicode`) or transliterated to ASCII. */
export const SLUG_STRATEGIES = ['unicode', 'transliterate'] as const;
export type SlugStrategy = (typeof SLUG_STRATEGIES)[number];

/**
 * Longest slug the plugin generates, in bytes once percent-encoded — what it
 * weighs in a URL, as `encodeURIComponent` writes it. WordPress caps slugs the
 * same way, at 200. An Arabic letter is 6 bytes (`%D8%A7`), so that is about
 * 33 Arabic letters, 5 to 7 words of a headline, or 200 ASCII characters. The
 * `-2`, `-3`… that keep a slug unique fit in it too (the slug loses words).
 */
export const GENERATED_SLUG_MAX_BYTES = 200;

/**
 * Longest slug an editor may type, in characters (UTF-16 code units, as the
 * model's `maxLength` counts them; the `slug` columns — article and
 * reservation — are varchar(255) on PostgreSQL and MariaDB). Typed slugs have
 * no encoded cap: slugs generated before the cap was in bytes (up to 80
 * characters, ~480 bytes in Arabic) must keep resolving, and 200 characters
 * are at most 1,800 bytes encoded, far within what browsers and CDNs take.
 */
export const SLUG_MAX_LENGTH = 200;

/** Letters, marks and digits of any script, joined by single hyphens (one character per step: nothing to backtrack). */
const SLUG_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|-(?=[\p{L}\p{M}\p{N}]))*$/u;
/** Characters that show nothing (ZWNJ, ZWJ, soft hyphen, variation selectors…): two slugs that differ only by them look identical. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const MARK = /\p{M}/u;

/** The ASCII characters encodeURIComponent leaves as they are; every other character is %XX per UTF-8 byte. */
const UNRESERVED = /[A-Za-z0-9\-_.!~*'()]/;

/** Length of `text` percent-encoded as `encodeURIComponent` writes it (a lone surrogate counts as U+FFFD, as URLs encode it). */
export function percentEncodedLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += UNRESERVED.test(text[i]) ? 1 : 3;
    else if (code < 0x800) bytes += 6;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 12;
      i += 1;
    } else bytes += 9;
  }
  return bytes;
}

/**
 * The longest start of `word` within `maxBytes`, cut between code points and
 * never between a letter and the marks on it; at least its first code point.
 */
function cutWord(word: string, maxBytes: number): string {
  let bytes = 0;
  let kept = 0; // where the last letter (with its marks) that fits ends
  let index = 0;
  for (const ch of word) {
    if (!MARK.test(ch)) {
      if (bytes > maxBytes) break;
      kept = index;
    }
    bytes += percentEncodedLength(ch);
    index += ch.length;
  }
  if (bytes <= maxBytes) return word;
  return word.slice(0, kept || String.fromCodePoint(word.codePointAt(0) ?? 0).length);
}

/** How long pieces of the title are read at a time (several slugs' worth of Arabic letters). */
const PIECE = 512;

/** Slug parts of a word under a strategy: the word itself, or its ASCII transliteration. */
const PARTS: Record<SlugStrategy, (word: string) => string[]> = {
  unicode: (word) => [word],
  transliterate: asciiWord,
};

/** Words of `title` made into parts by `strategy`, joined while they fit `maxBytes`; reads the title only as far as needed. */
function build(title: string, strategy: SlugStrategy, maxBytes: number): string {
  let slug = '';
  let bytes = 0;
  for (const piece of pieces(title, PIECE)) {
    for (const word of slugWords(piece)) {
      for (const part of PARTS[strategy](word)) {
        const size = percentEncodedLength(part);
        const next = slug ? bytes + 1 + size : size;
        // A word that does not fit ends the slug; a first word longer than the cap is cut.
        if (next > maxBytes) return slug || cutWord(part, maxBytes);
        slug = slug ? `${slug}-${part}` : part;
        bytes = next;
      }
    }
  }
  return slug;
}

/**
 * Build a readable Unicode slug from a title: Arabic stays Arabic, diacritics,
 * niqqud, tatweel and invisible characters go, digits become ASCII, any run of
 * other characters becomes one hyphen. At most `maxBytes` percent-encoded,
 * whole words only (a single word longer than that is cut between letters).
 */
export function unicodeSlug(title: string, maxBytes = GENERATED_SLUG_MAX_BYTES): string {
  return build(title, 'unicode', maxBytes);
}

/** The slug for `title` under `strategy`; transliteration falls back to Unicode when nothing Latin remains. */
export function slugFor(title: string, strategy: SlugStrategy, maxBytes = GENERATED_SLUG_MAX_BYTES): string {
  if (strategy === 'transliterate') {
    const ascii = build(title, 'transliterate', maxBytes);
    if (ascii) return ascii;
  }
  return unicodeSlug(title, maxBytes);
}

/** The longest start of `slug` made of whole words within `maxBytes` (a first word longer than that is cut between letters). */
export function fitSlug(slug: string, maxBytes: number): string {
  let end = 0;
  let bytes = 0;
  for (let start = 0; start <= slug.length; ) {
    const hyphen = slug.indexOf('-', start);
    const stop = hyphen === -1 ? slug.length : hyphen;
    const next = (end === 0 ? 0 : bytes + 1) + percentEncodedLength(slug.slice(start, stop));
    if (next > maxBytes) return end === 0 ? cutWord(slug.slice(0, stop), maxBytes) : slug.slice(0, end);
    end = stop;
    bytes = next;
    start = stop + 1;
  }
  return slug;
}

/** `base` with the suffix `-n`, losing words from its end so that the whole stays within `maxBytes`. */
export function suffixedSlug(base: string, n: number, maxBytes = GENERATED_SLUG_MAX_BYTES): string {
  const suffix = `-${n}`;
  return `${fitSlug(base, maxBytes - suffix.length)}${suffix}`;
}

/** `base`, or `base-2`, `base-3`… (each within `maxBytes`): the first candidate not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>, maxBytes = GENERATED_SLUG_MAX_BYTES): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = suffixedSlug(base, n, maxBytes);
    if (!taken.has(candidate)) return candidate;
  }
}

/** Bytes kept free for the suffix by `suffixStem`: a hyphen and up to 11 digits. */
const LONGEST_SUFFIX = 12;

/** A start every candidate of `uniqueSlug(base)` shares: what to look the taken ones up by. */
export function suffixStem(base: string, maxBytes = GENERATED_SLUG_MAX_BYTES): string {
  return fitSlug(base, maxBytes - LONGEST_SUFFIX);
}

/** Whether `slug` is one of the candidates `uniqueSlug(base)` tries: `base` itself or `suffixedSlug(base, n)`, n ≥ 2. */
export function isCandidateSlug(slug: string, base: string, maxBytes = GENERATED_SLUG_MAX_BYTES): boolean {
  if (slug === base) return true;
  const hyphen = slug.lastIndexOf('-');
  const digits = slug.slice(hyphen + 1);
  if (hyphen < 0 || !/^[1-9]\d*$/.test(digits) || Number(digits) < 2) return false;
  return slug === suffixedSlug(base, Number(digits), maxBytes);
}

/** Why a slug is not acceptable, or null when it is. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return 'must not be empty';
  if (slug.length > SLUG_MAX_LENGTH) return `must be at most ${SLUG_MAX_LENGTH} characters`;
  if (slug.includes('/') || slug.includes('\\')) return 'must not contain slashes';
  if (CONTROL_CHARS.test(slug)) return 'must not contain control characters';
  if (BIDI_CONTROL_CHARS.test(slug)) return 'must not contain bidirectional control characters';
  if (/\s/u.test(slug)) return 'must not contain whitespace';
  if (INVISIBLE.test(slug)) return 'must not contain invisible characters (ZWNJ, ZWJ, soft hyphen…)';
  if (!SLUG_PATTERN.test(slug)) return 'may only contain letters, digits and single hyphens between them';
  return null;
}
