/**
 * The progress and report of a WordPress import job, as the admin API returns them. Each list
 * keeps its first `REPORT_LIST_MAX` entries and counts the rest, so a job's report stays small
 * whatever the export's size. Pure: no Strapi import.
 */
import { neutralisePasted, neutralizeBidiControls } from '../text';

export const REPORT_LIST_MAX = 500;

export interface ImportProgress {
  /**
   * Items (posts, pages, attachments…) handled so far in export order, and in the export (counted
   * in a first pass). A post waiting for a later post it links to is counted once it is written.
   */
  seen: number;
  total: number;
  created: number;
  updated: number;
  /** Posts already imported and not changed since (same source, same converter): nothing written. */
  unchanged: number;
  skipped: number;
  errors: number;
  /**
   * The search index of what the import published, built once its posts are written (articles are
   * listed, filtered and counted as soon as they are written, and found by a text search once this is
   * done): articles built so far of those left to build; null until then.
   */
  searchIndex: { built: number; total: number } | null;
}

/** One reported item, by WordPress post id. */
export interface ReportEntry {
  postId: number | null;
  /** A stable code: a skip reason, a conversion note's code, `error`… */
  code: string;
  detail: string;
  documentId?: string;
}

export interface ImportReport {
  skipped: ReportEntry[];
  errors: ReportEntry[];
  /** What was written differently from the source: drafts (future dates), slugs taken, media kept external, text kept… */
  notes: ReportEntry[];
  /** How many entries each list left off past `REPORT_LIST_MAX`. */
  leftOff: { skipped: number; errors: number; notes: number };
}

export const emptyProgress = (): ImportProgress => ({ seen: 0, total: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0, searchIndex: null });
export const emptyReport = (): ImportReport => ({ skipped: [], errors: [], notes: [], leftOff: { skipped: 0, errors: 0, notes: 0 } });

/** Add an entry to one of the report's lists, within its bound. */
export function addEntry(report: ImportReport, list: 'skipped' | 'errors' | 'notes', entry: ReportEntry): void {
  if (report[list].length < REPORT_LIST_MAX) report[list].push(entry);
  else report.leftOff[list] += 1;
}

/** Longest file name kept for a job (a name is shown, never used as a path). */
const NAME_MAX = 200;

/** An export's file name as the list shows it: what pasting brings in (controls, breaks, bidi embeddings and isolates) out, at most NAME_MAX characters; null when nothing is left. */
export function exportName(name: string | null | undefined): string | null {
  const cleaned = Array.from(neutralizeBidiControls(neutralisePasted(String(name ?? ''))).trim()).slice(0, NAME_MAX).join('');
  return cleaned || null;
}
