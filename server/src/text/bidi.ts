import type { Direction } from './direction';
import { escapeHtml } from './html';
import { LTR_LETTER_CLASS, RTL_LETTER_CLASS } from './scripts';

/** Embedding and override controls (LRE, RLE, PDF, LRO, RLO): the "Trojan Source" family. */
const EMBEDDING_CONTROLS = /[\u202A-\u202E]/g;
/** Isolate controls (LRI, RLI, FSI, PDI). */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * Remove embedding/override and isolate controls from text about to be
 * rendered: the renderer sets direction and isolation itself, and a stray
 * RLO would otherwise reverse everything after it. Stored text is untouched.
 */
export function neutralizeBidiControls(text: string): string {
  return text.replace(EMBEDDING_CONTROLS, '').replace(ISOLATE_CONTROLS, '');
}

/** Plain text wrapped in FSI … PDI, for apps that insert it inside text of another direction. */
export function isolatePlain(text: string): string {
  return `\u2068${neutralizeBidiControls(text)}\u2069`;
}

// A run of the other direction: URLs and e-mail addresses whole; otherwise
// words of the other script with the digits, joiners and spaces between them
// ("CSP-DPA", "Kyiv Post", "COVID-19", "5 km"), never ending in punctuation.
const URL_OR_EMAIL = String.raw`https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?؟،؛\)\]]|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`;
const runPattern = (letter: string) => {
  const word = String.raw`${letter}(?:[\p{M}\p{N}_]|${letter}|[.\-\/:'’+&#](?=[\p{N}]|${letter}))*`;
  return new RegExp(String.raw`${URL_OR_EMAIL}|(?:\p{N}+(?:[.,]\p{N}+)*[ \u00A0]?)?${word}(?:[ \u00A0]+(?:\p{N}+[ \u00A0]+)?${word})*`, 'gv');
};
const LTR_RUN = runPattern(LTR_LETTER_CLASS);
const RTL_RUN = runPattern(RTL_LETTER_CLASS);

/**
 * Escaped HTML of `text` inside a block of direction `dir`, with every run of
 * the opposite direction wrapped in `<bdi dir="…">` so that punctuation and
 * numbers around it land where a reader of `dir` expects.
 */
export function isolateOppositeRuns(text: string, dir: Direction): string {
  const clean = neutralizeBidiControls(text);
  const pattern = dir === 'rtl' ? LTR_RUN : RTL_RUN;
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  let html = '';
  let last = 0;
  for (const match of clean.matchAll(pattern)) {
    const start = match.index ?? 0;
    html += escapeHtml(clean.slice(last, start));
    html += `<bdi dir="${other}">${escapeHtml(match[0])}</bdi>`;
    last = start + match[0].length;
  }
  return html + escapeHtml(clean.slice(last));
}
