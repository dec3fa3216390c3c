import { needsDictionary, scanWordCount } from './word-scan';

/** Reading speed used when none is configured: Arabic readers average ~180 words a minute. */
export const DEFAULT_WORDS_PER_MINUTE = 180;

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Longest piece handed to Intl.Segmenter at once: V8's word segmentation slows down superlinearly on long strings. */
const CHUNK = 4096;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * `text` cut into pieces of about CHUNK characters, each ending before a space
 * or newline (a word boundary in every script) when the piece has one, else
 * after CHUNK characters (never inside a surrogate pair).
 */
function* chunks(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    // Search this piece only: lastIndexOf from start + CHUNK would read back
    // to the beginning of a text without spaces (Thai, CJK), for every piece.
    const window = text.slice(start, start + CHUNK + 1);
    let end = start + Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    if (end <= start) end = isHighSurrogate(text.charCodeAt(start + CHUNK - 1)) ? start + CHUNK - 1 : start + CHUNK;
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}

/**
 * Number of words as Intl.Segmenter counts them (UAX #29): by the single-pass
 * scanner for alphabetic scripts, by Intl.Segmenter itself (in chunks) when
 * the text holds a script that needs dictionary segmentation (Thai, CJK…).
 */
export function countWords(text: string, locale = 'ar'): number {
  if (!needsDictionary(text)) return scanWordCount(text);
  return segmenterWordCount(text, locale);
}

/** Word count by Intl.Segmenter, the reference the scanner is tested against. */
export function segmenterWordCount(text: string, locale = 'ar'): number {
  const segmenter = wordSegmenter(locale);
  let count = 0;
  for (const piece of chunks(text)) {
    for (const segment of segmenter.segment(piece)) {
      if (segment.isWordLike) count += 1;
    }
  }
  return count;
}

/** Whole minutes to read `words` at `wordsPerMinute`; at least one for any text. */
export function readingTimeMinutes(words: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * End of the last segment of `head` (the last word-like one when `wordLike`)
 * that ends within `budget`, or 0. Segmented in CHUNK pieces cut on spaces,
 * like countWords: Intl.Segmenter is quadratic on long strings.
 */
function lastSegmentEnd(head: string, budget: number, segmenter: Intl.Segmenter, wordLike: boolean): number {
  let cut = 0;
  let offset = 0;
  for (const piece of chunks(head)) {
    for (const segment of segmenter.segment(piece)) {
      const end = offset + segment.index + segment.segment.length;
      if (end > budget) return cut;
      if (!wordLike || segment.isWordLike) cut = end;
    }
    offset += piece.length;
  }
  return cut;
}

const TRAILING = /[\s\p{P}]/u;

/** `text` without its trailing spaces and punctuation (a loop from the end: `/[\s\p{P}]+$/` retries from every position of a run). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end > 1 && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!TRAILING.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

/**
 * At most `maxLength` characters of `text`, cut at the last word boundary that
 * fits (never inside a word or a grapheme cluster), trailing punctuation and
 * spaces removed, with `ellipsis` appended when anything was cut.
 */
export function excerpt(text: string, maxLength: number, locale = 'ar', ellipsis = '…'): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const budget = Math.max(0, maxLength - ellipsis.length);
  // Segment only the prefix (plus context for the boundary rules), never the whole text.
  const head = clean.slice(0, budget + 64);
  const cut = lastSegmentEnd(head, budget, wordSegmenter(locale), true) || lastSegmentEnd(head, budget, graphemes, false);
  return trimTrailingPunctuation(clean.slice(0, cut)) + ellipsis;
}
