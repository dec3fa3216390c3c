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
