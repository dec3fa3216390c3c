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

/** Number of words, counted by Intl.Segmenter (so Arabic clitics and CJK behave). */
export function countWords(text: string, locale = 'ar'): number {
  let count = 0;
  for (const segment of wordSegmenter(locale).segment(text)) {
    if (segment.isWordLike) count += 1;
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
  let cut = 0;
  for (const segment of wordSegmenter(locale).segment(clean)) {
    const end = segment.index + segment.segment.length;
    if (end > budget) break;
    if (segment.isWordLike) cut = end;
  }
  if (cut === 0) {
    for (const { index, segment } of graphemes.segment(clean)) {
      if (index + segment.length > budget) break;
      cut = index + segment.length;
    }
  }
  return clean.slice(0, cut).replace(/[\s\p{P}]+$/u, '') + ellipsis;
}
