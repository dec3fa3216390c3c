/**
 * What the "Import from WordPress" page computes from a job (`GET /newsroom/import/jobs/:id`):
 * the progress bar's percentage, the counters, the report grouped by code, and the message that
 * says a code in the interface language. Pure: no React, no Strapi import.
 */
import type { JobStatus, WordpressJob, WordpressJobSummary } from '../../core';
import type { MessageId } from '../../utils/messages';

/** Where the page starts an import (multipart: `file`, `locale`, `uploadMedia`, `postTypes`). */
export const IMPORT_URL = '/newsroom/import/wordpress';
/** The job the page polls. */
export const jobUrl = (id: number) => `/newsroom/import/jobs/${id}`;
/** Where the page stops a job that has not ended. */
export const cancelUrl = (id: number) => `/newsroom/import/jobs/${id}/cancel`;
/** Imports listed per page, newest first. */
export const JOBS_PAGE_SIZE = 10;
/** A page of the list of imports (`GET /newsroom/import/jobs`). */
export const jobsUrl = (page: number) => `/newsroom/import/jobs?page=${page}&pageSize=${JOBS_PAGE_SIZE}`;
/** How often the list is asked again while one of its imports has not finished. */
export const LIST_POLL_MS = 3000;
/** True while some listed import may still change (the list is then asked again). */
export const anyUnfinished = (jobs: readonly Pick<WordpressJobSummary, 'status'>[]) => jobs.some((job) => !isFinished(job.status));
/** The redirect map of a job's published posts, as a download. */
export const redirectsUrl = (id: number, format: RedirectFormat) => `/newsroom/import/jobs/${id}/redirects?format=${format}`;
/** The file name the server gives the redirect map (`Content-Disposition`). */
export const redirectsFileName = (id: number, format: RedirectFormat) => `newsroom-redirects-${id}.${format}`;
export type RedirectFormat = 'csv' | 'json';

/** How often the page asks for the job while it runs: the server stores progress about once a second. */
export const POLL_MS = 1000;
/** Failed polls in a row after which the page stops asking and says so. */
export const POLL_FAILURES_MAX = 5;

/** True once the job will not change any more. */
export const isFinished = (status: JobStatus) => status === 'done' || status === 'failed' || status === 'cancelled';

/** Each status, in words. */
export const STATUS_LABELS: Readonly<Record<JobStatus, MessageId>> = {
  queued: 'import.status.queued',
  running: 'import.status.running',
  done: 'import.status.done',
  failed: 'import.status.failed',
  cancelled: 'import.status.cancelled',
};

type Progress = WordpressJob['progress'];
type Report = WordpressJob['report'];
type Entry = Report['errors'][number];

/**
 * Items read out of items in the export, as a whole percentage (0–100). Before the first pass has
 * counted the export (`total` 0) it is 0, or 100 once the job is finished (an empty export).
 */
export function progressPercent(progress: Pick<Progress, 'seen' | 'total'>, status: JobStatus): number {
  if (status === 'done') return 100;
  if (!(progress.total > 0)) return 0;
  return Math.max(0, Math.min(100, Math.floor((progress.seen / progress.total) * 100)));
}

/** The live counters, in the order the page shows them. Data: one row per counter. */
export const COUNTERS = [
  { key: 'created', label: 'import.counter.created' },
  { key: 'updated', label: 'import.counter.updated' },
  { key: 'unchanged', label: 'import.counter.unchanged' },
  { key: 'skipped', label: 'import.counter.skipped' },
  { key: 'errors', label: 'import.counter.errors' },
] as const satisfies readonly { key: keyof Progress; label: MessageId }[];

/**
 * The report's codes the page says in words: skip reasons (`SKIP_REASONS` of the server's
 * `wordpress/map-post.ts`), conversion notes, and `error`. A code not listed here (a newer server)
 * is shown as it is.
 */
export const CODE_MESSAGES: Readonly<Record<string, MessageId>> = {
  page: 'import.code.page',
  attachment: 'import.code.attachment',
  nav_menu_item: 'import.code.nav_menu_item',
  private: 'import.code.private',
  trash: 'import.code.trash',
  'auto-draft': 'import.code.auto-draft',
  inherit: 'import.code.inherit',
  'other-type': 'import.code.other-type',
  'other-language': 'import.code.other-language',
  future: 'import.code.future',
  'password-protected': 'import.code.password-protected',
  'slug-taken': 'import.code.slug-taken',
  'slug-replaced': 'import.code.slug-replaced',
  'media-external': 'import.code.media-external',
  'media-missing': 'import.code.media-missing',
  'link-invalid': 'import.code.link-invalid',
  'read-also-unresolved': 'import.code.read-also-unresolved',
  'kept-as-text': 'import.code.kept-as-text',
  dropped: 'import.code.dropped',
  shortened: 'import.code.shortened',
  'pasted-controls': 'import.code.pasted-controls',
  error: 'import.code.error',
};

/** The message that says `code`, or null when the page does not know it (then the raw code is shown). */
export function codeMessage(code: string): MessageId | null {
  return Object.prototype.hasOwnProperty.call(CODE_MESSAGES, code) ? CODE_MESSAGES[code] : null;
}

/** The report's lists, most urgent first: what failed, then what was left out, then what was written differently. */
export const REPORT_LISTS = [
  { list: 'errors', title: 'import.report.errors' },
  { list: 'skipped', title: 'import.report.skipped' },
  { list: 'notes', title: 'import.report.notes' },
] as const satisfies readonly { list: keyof Report['leftOff']; title: MessageId }[];
export type ReportListName = (typeof REPORT_LISTS)[number]['list'];

/** Entries of one code, in the order the import met them. */
export interface CodeGroup {
  code: string;
  message: MessageId | null;
  entries: Entry[];
}

/** One list of the report as the page shows it: its entries grouped by code, and how many the server left off. */
export interface ReportSection {
  list: ReportListName;
  title: MessageId;
  count: number;
  leftOff: number;
  groups: CodeGroup[];
}

/** Group `entries` by code, codes in order of first appearance. */
export function groupByCode(entries: readonly Entry[]): CodeGroup[] {
  const groups = new Map<string, CodeGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.code);
    if (!group) {
      group = { code: entry.code, message: codeMessage(entry.code), entries: [] };
      groups.set(entry.code, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

/** The report's non-empty lists, each grouped by code; an empty array when nothing was skipped, failed or noted. */
export function reportSections(report: Report): ReportSection[] {
  return REPORT_LISTS.map(({ list, title }) => {
    const entries = report[list] ?? [];
    const leftOff = report.leftOff?.[list] ?? 0;
    return { list, title, count: entries.length + leftOff, leftOff, groups: groupByCode(entries) };
  }).filter((section) => section.count > 0);
}
