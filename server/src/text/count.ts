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

/** `text` cut into pieces of about CHUNK characters, each ending on whitespace (a word boundary in every script). */
function* chunks(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    let end = text.lastIndexOf(' ', start + CHUNK);
    const newline = text.lastIndexOf('\n', start + CHUNK);
    end = Math.max(end, newline);
    if (end <= start) end = start + CHUNK;
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
  let cut = 0;
  for (const segment of wordSegmenter(locale).segment(head)) {
    const end = segment.index + segment.segment.length;
    if (end > budget) break;
    if (segment.isWordLike) cut = end;
  }
  if (cut === 0) {
    for (const { index, segment } of graphemes.segment(head)) {
      if (index + segment.length > budget) break;
      cut = index + segment.length;
    }
  }
  return clean.slice(0, cut).replace(/[\s\p{P}]+$/u, '') + ellipsis;
}
