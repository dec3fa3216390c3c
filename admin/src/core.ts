/**
 * The server's pure core, as the admin runs it: the RTL text engine and the
 * rules the write path and the API apply (word count, direction, article URL,
 * licence and copyright fallback, dates, settings defaults). Imported, never copied,
 * so the edit view shows what the API will serve. API shapes are types only.
 */
export * from '../../server/src/text';
export { articleWordCount, decideArticleDirection } from '../../server/src/render/derive';
export { canonicalUrl, readableUrl } from '../../server/src/render/urls';
export { articleDates, canonicalTimeZone, dateOptionsFor, displayDates, DATE_DIGITS, type DateCalendar, type DateDigits } from '../../server/src/render/dates';
export { copyrightLine, DEFAULT_COPYRIGHT_TEMPLATES, templateFor } from '../../server/src/rights/copyright-line';
export { licenseName, licenseOf } from '../../server/src/rights/licenses';
export { resolveCopyright } from '../../server/src/rights/resolve';
export { DEFAULT_EDITOR_SETTINGS } from '../../server/src/settings/editor';
export type { ArticleDates, BrokenLink, DisplayDate, EditorSettings, JobStatus, NewsroomSettings, Suggestion, WordpressJob, WordpressJobPage, WordpressJobSummary } from '../../server/src/types/api';
export { neutralisePastedArticle, type PastedChange } from '../../server/src/import/pasted-article';
export { PURGE_EVENT } from '../../server/src/channels/purge-urls';
