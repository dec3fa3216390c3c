import type { Direction } from './direction';
import { escapeHtml } from './html';
import { oppositeRuns } from './opposite-runs';
import { STRONG_L, STRONG_R } from './scripts';

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

/**
 * Escaped HTML of `text` inside a block of direction `dir`, with every run of
 * the opposite direction wrapped in `<bdi dir="…">` so that punctuation and
 * numbers around it land where a reader of `dir` expects.
 */
export function isolateOppositeRuns(text: string, dir: Direction): string {
  const clean = neutralizeBidiControls(text);
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  let html = '';
  let last = 0;
  for (const [start, end] of oppositeRuns(clean, dir === 'rtl' ? STRONG_L : STRONG_R)) {
    html += escapeHtml(clean.slice(last, start));
    html += `<bdi dir="${other}">${escapeHtml(clean.slice(start, end))}</bdi>`;
    last = end;
  }
  return html + escapeHtml(clean.slice(last));
}
