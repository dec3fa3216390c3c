import { MARK, flagsAt, widthAt } from './scripts';

/**
 * Unicode normalisation in linear time. ICU puts a run of combining marks in
 * canonical order by insertion, so a letter followed by 100,000 alternating
 * shadda and fatha takes seconds to normalise. UAX #15's Stream-Safe Text
 * Format bounds such runs at 30 marks; these helpers cut longer runs the same
 * way. Text without a run of more than 30 marks is normalised exactly as
 * `String.prototype.normalize` does.
 */
const MAX_MARKS = 30;
/** COMBINING GRAPHEME JOINER: a starter that blocks reordering, what UAX #15 inserts. */
const CGJ = '\u034F';
/** Halfwidth katakana voiced sound marks: letters that NFKC turns into combining marks. */
const BECOME_MARKS = new Set([0xff9e, 0xff9f]);

/** Index of every mark that would be the 31st, 61st… of its run: where the run is cut. */
function* cuts(text: string): Generator<number> {
  let run = 0;
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    if (flagsAt(text, i) & MARK || BECOME_MARKS.has(text.charCodeAt(i))) {
      run += 1;
      if (run > MAX_MARKS) {
        yield i;
        run = 1;
      }
    } else {
      run = 0;
    }
  }
}

/** `text.normalize(form)`, each run of marks normalised in pieces of at most 30 (their order is kept across pieces). */
export function normalizeStreamSafe(text: string, form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD'): string {
  let out = '';
  let start = 0;
  for (const cut of cuts(text)) {
    out += text.slice(start, cut).normalize(form);
    start = cut;
  }
  return out + text.slice(start).normalize(form);
}

/** `text` with a CGJ before the 31st, 61st… mark of each run, for code that normalises it later (slugify). */
export function streamSafe(text: string): string {
  let out = '';
  let start = 0;
  for (const cut of cuts(text)) {
    out += text.slice(start, cut) + CGJ;
    start = cut;
  }
  return start === 0 ? text : out + text.slice(start);
}
