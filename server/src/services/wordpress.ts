import type { Core } from '@strapi/strapi';
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { WORDPRESS_ITEM_UID, WORDPRESS_JOB_UID } from '../models/wordpress-import';
import { canonicalUrl } from '../render/urls';
import { attachmentOf, DEFAULT_POST_TYPES, guestAuthorOf, planItem, postTypeProblem, type ArticlePlan, type ExportAttachment, type ItemPlan } from '../wordpress/map-post';
import { absoluteHttpUrl } from '../wordpress/old-links';
import { addEntry, emptyProgress, emptyReport, exportName, type ImportProgress, type ImportReport } from '../wordpress/report';
import { readWxr, type WxrItem } from '../wordpress/wxr-reader';
import { ExportPositions, WaitingPosts, type Held } from '../wordpress/write-order';
import { getService } from '../utils/get-service';
import { validationError, type FieldError } from '../utils/errors';
import { retryOnLockConflict } from '../utils/lock-retry';
import { mediaUploader, removeUnusedUploads, type MediaUploader } from './wordpress-media';
import { wordpressWriter, type PreparedWrite, type WriteContext, type WriteOutcome } from './wordpress-writer';
import { ARTICLE_UID } from '../../../content-types';

type Row = Record<string, any>;

/** What a caller chooses about an import. */
export interface WordpressImportOptions {
  /** Upload images to the Media Library (default true); off, or when a file cannot be fetched, they stay links to the old site. */
  uploadMedia?: boolean;
  /**
   * The WordPress post types imported as articles (default `['post']`): a site whose theme publishes
   * its news as its own type (`news`, `video`, `opinion`…), or `page`, names them here. Items of any
   * other type are skipped and reported with their type. WordPress's own types (attachments, menu
   * items, revisions, `wp_*`) cannot be chosen.
   */
  postTypes?: string[];
}

/** At most this many post types per import. */
const MAX_POST_TYPES = 20;

/** The options as a job keeps them, checked (a 400 naming each bad one, nothing stored) and with their defaults. */
export function importOptions(options: WordpressImportOptions): Required<WordpressImportOptions> {
  const problems: FieldError[] = [];
  if (options.uploadMedia !== undefined && typeof options.uploadMedia !== 'boolean') problems.push({ path: ['uploadMedia'], message: 'must be true or false' });
  const postTypes = options.postTypes ?? DEFAULT_POST_TYPES;
  if (!Array.isArray(postTypes) || postTypes.length === 0 || postTypes.length > MAX_POST_TYPES) {
    problems.push({ path: ['postTypes'], message: `must name 1 to ${MAX_POST_TYPES} post types` });
  } else {
    postTypes.forEach((name, i) => {
      const problem = typeof name === 'string' ? postTypeProblem(name) : 'must be a post type name';
      if (problem) problems.push({ path: ['postTypes', i], message: problem });
    });
  }
  if (problems.length > 0) throw validationError(problems);
  return { uploadMedia: options.uploadMedia !== false, postTypes: [...new Set(postTypes)] };
}

/** A job row's options with their defaults (rows of earlier versions lack `postTypes`), without the job's bookkeeping (`ownedFile`). */
const storedOptions = (row: Row): Required<WordpressImportOptions> => ({
  uploadMedia: row.options?.uploadMedia !== false,
  postTypes: row.options?.postTypes ?? [...DEFAULT_POST_TYPES],
});

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Statuses of a job that has not ended: what a run, a resume and a cancel act on. */
const UNFINISHED: JobStatus[] = ['queued', 'running'];

/** The run of a job an admin cancelled: it stops where it is. */
class Cancelled extends Error {}

/** A job as the admin API shows it. */
export interface WordpressJob {
  id: number;
  status: JobStatus;
  locale: string;
  /** The export's file name as it was uploaded (or the script's file name); null for jobs of versions before 0.2. */
  name: string | null;
  options: Required<WordpressImportOptions>;
  progress: ImportProgress;
  report: ImportReport;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A job in the list of imports (`GET /newsroom/import/jobs`): all but its report. */
export type WordpressJobSummary = Omit<WordpressJob, 'report'>;

/** A page of the list of imports, newest first. */
export interface WordpressJobPage {
  results: WordpressJobSummary[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

/** One line of the redirect map: the old permalink and the article's URL here. */
export interface Redirect {
  from: string;
  to: string;
  documentId: string;
  postId: number;
}

/** How often a running job stores its progress (a crash loses at most this much counting, never data). */
const SAVE_EVERY_MS = 1000;
/** How long a claim on a job lasts without renewal: a node that stopped releases its jobs this long after. */
export const JOB_CLAIM_MS = 30_000;
const READ_CHUNK = 64 * 1024;
/**
 * Posts held back at most, each waiting for a later post its read-also links point at (with its
 * source and plan in memory): past it the oldest is written without the link and the final pass adds it.
 */
export const MAX_WAITING_POSTS = 256;
/**
 * New posts written in one batch (one transaction, rows set-wise: document-middlewares/batch.ts). On
 * SQLite an editor's save waits for the batch being written: about a second at this size.
 */
export const BATCH_POSTS = 50;

/** An item and what the import makes of it (or why it could not). */
interface Planned {
  item: WxrItem;
  plan: ItemPlan | null;
  error: unknown;
}

/**
 * WordPress (WXR) imports: `strapi.plugin('newsroom').service('wordpress')`. A job reads the export
 * three times, streamed: authors, attachments, the item count and where each post is, then every
 * post written through the Document Service (a post linking to one not yet written waits for it, within
 * `MAX_WAITING_POSTS`: wordpress/write-order.ts), then the posts whose read-also links still found
 * no target (a post let go early, or two posts linking to each other). Jobs and imported posts are rows of plugin tables, so a re-import updates and a job
 * interrupted by a restart is run again at boot, from the item it had reached.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => strapi.db.query(WORDPRESS_JOB_UID);
  const claimUntil = () => new Date(Date.now() + JOB_CLAIM_MS);

  /**
   * Take the job for this run: one conditional UPDATE, so of two starts (two nodes resuming at boot,
   * or a double click) exactly one gets it. Unfinished and unclaimed (or its claim lapsed) only.
   * Refused by the database (the row's lock was held too long, or a deadlock), it is asked again:
   * once the holder is done, the condition says whose the job is.
   */
  async function claim(id: number): Promise<boolean> {
    const { count } = await retryOnLockConflict(strapi, `WordPress import job ${id} claim`, () =>
      jobs().updateMany({
        where: { id, status: { $in: UNFINISHED }, $or: [{ claimedUntil: { $null: true } }, { claimedUntil: { $lt: new Date() } }] },
        data: { claimedUntil: claimUntil() },
      })
    );
    return Number(count) === 1;
  }
  /**
   * `pendingMedia` as stored: null when no upload is pending, so that `resume()`'s look at failed jobs
   * (`pendingMedia` not null) reads only those that still list some, not every job that ever ended.
   */
  const pendingColumn = (ids: readonly number[]): number[] | null => (ids.length > 0 ? [...ids] : null);
  /** An ended job's recorded uploads (`pendingMedia`) that nothing uses, removed; the job then lists none (null). */
  async function removePendingMedia(row: Row): Promise<void> {
    if (row.pendingMedia === null || row.pendingMedia === undefined) return;
    const pendingMedia = row.pendingMedia as number[];
    if (pendingMedia.length > 0) await removeUnusedUploads(strapi, pendingMedia);
    await jobs().update({ where: { id: row.id }, data: { pendingMedia: null } });
  }
  const jobDir = () => path.join(strapi.dirs.app.root, '.tmp', 'newsroom-wordpress');

  // What a caller chose, not the job's own bookkeeping (`ownedFile`, the export's path on disk).
  const toSummary = (row: Row): WordpressJobSummary => ({
    id: row.id,
    status: row.status,
    locale: row.locale,
    name: row.name ?? null,
    options: storedOptions(row),
    progress: row.progress ?? emptyProgress(),
    error: row.error ?? null,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  });
  const toJob = (row: Row): WordpressJob => ({ ...toSummary(row), report: row.report ?? emptyReport() });

  const chunks = (file: string) => fs.createReadStream(file, { highWaterMark: READ_CHUNK });

  async function run(id: number): Promise<WordpressJob | null> {
    const job = (await jobs().findOne({ where: { id } })) as Row | null;
    if (!job) return null;
    if (!(await claim(id))) return toJob(job);
    const progress: ImportProgress = job.progress ?? emptyProgress();
    const report: ImportReport = job.report ?? emptyReport();
    const options = storedOptions(job);
    const resumeAt = progress.seen;
    let savedAt = Date.now();
    // Every save renews the claim; the last one (done or failed) releases it. One statement, so a lock
    // conflict (another node's claim attempt or an admin's locking read holding the row) is asked again
    // instead of failing the job. It writes a job that has not ended only: a cancelled job stays
    // cancelled, and the run, seeing so (a read, not the UPDATE's row count: MySQL counts only rows whose
    // values changed), stops there.
    let media: MediaUploader | null = null;
    /** The job's record of its uploads not taken yet (not written when it uploads nothing). */
    const pendingUploads = (): Row => (media ? { pendingMedia: pendingColumn(media.pending()) } : {});
    const save = async (data: Row = {}) => {
      await retryOnLockConflict(strapi, `WordPress import job ${id} save`, () =>
        jobs().updateMany({ where: { id, status: { $in: UNFINISHED } }, data: { progress, report, updatedAt: new Date(), claimedUntil: claimUntil(), ...pendingUploads(), ...data } })
      );
      const now = (await jobs().findOne({ where: { id }, select: ['status'] })) as Row | null;
      if (now?.status === 'cancelled') throw new Cancelled();
    };
    /** Progress stored once a SAVE_EVERY_MS has passed since the last time (a cancel meanwhile stops the run there). */
    const saveEvery = async () => {
      if (Date.now() - savedAt < SAVE_EVERY_MS) return;
      await save();
      savedAt = Date.now();
    };
    const removeExport = async () => {
      if (job.options?.ownedFile) await fs.promises.rm(job.file, { force: true });
    };
    /** The run has ended: its uploads no written post took (their posts failed, or were never written) go, unless something uses them. */
    const removeUnusedMedia = async () => {
      const removed = media ? await media.removeUnused() : 0;
      if (removed > 0) strapi.log.info(`[newsroom] WordPress import job ${id}: removed ${removed} uploaded media files no imported article uses`);
    };
    /**
     * The search postings the batches left (their own and any other import's), built for many articles at
     * once (search.buildPending); `report`: progress saved as it goes (a cancel stops it there, and the
     * cancelled run builds the rest without reporting).
     */
    const buildSearchIndex = async (report: boolean) => {
      const search = getService(strapi, 'search');
      const total = await search.pendingCount();
      if (total === 0) return;
      if (report) {
        progress.searchIndex = { built: 0, total };
        await save();
      }
      await search.buildPending({
        onBuilt: async (built: number) => {
          if (!report) return;
          progress.searchIndex = { built: Math.min(built, total), total };
          await saveEvery();
        },
      });
      if (report) progress.searchIndex = { built: total, total };
    };
    try {
      await save({ status: 'running' });
      const authors = new Map<string, string>();
      /** Co-Authors Plus guest authors (login → display name), whom posts name among their co-authors. */
      const guestAuthors = new Map<string, string>();
      let site = '';
      /** The site's categories, term id → nicename: a post's primary category (named by id by its SEO plugin) found by them. */
      const categories = new Map<number, string>();
      const attachments = new Map<number, ExportAttachment>();
      const attachedTo = new Map<number, number[]>();
      const positions = new ExportPositions();
      let total = 0;
      for await (const event of readWxr(chunks(job.file))) {
        if (event.kind === 'site') site = event.url;
        else if (event.kind === 'author') authors.set(event.author.login, event.author.displayName);
        else if (event.kind === 'category') categories.set(event.category.termId, event.category.nicename);
        else if (event.kind === 'item') {
          total += 1;
          const { item } = event;
          positions.add(total, item.postId, item.link);
          const guest = guestAuthorOf(item);
          if (guest) guestAuthors.set(guest.login, guest.displayName);
          const attachment = item.postType === 'attachment' && item.postId !== null ? attachmentOf(item) : null;
          if (attachment && item.postId !== null) {
            attachments.set(item.postId, attachment);
            if (item.postParent) {
              const siblings = attachedTo.get(item.postParent);
              if (siblings) siblings.push(item.postId);
              else attachedTo.set(item.postParent, [item.postId]);
            }
          }
        }
      }
      progress.total = total;
      // Reading a large export takes a while: a cancel meanwhile stops the job before it writes anything.
      await save();
      // Uploads are stored on the job as they happen (a restart leaves them to the resumed run) until a written post takes them.
      const uploader =
        !options.uploadMedia
          ? null
          : mediaUploader(strapi, {
              pending: (job.pendingMedia as number[] | null) ?? [],
              onPending: async (pending) => {
                await retryOnLockConflict(strapi, `WordPress import job ${id} uploads`, () => jobs().update({ where: { id }, data: { pendingMedia: pendingColumn(pending) } }));
              },
            });
      media = uploader;
      const writer = wordpressWriter(strapi, { stored: (fileIds) => uploader?.taken(fileIds), deferSearchPostings: true });
      const postTypes = new Set(options.postTypes);
      const planOf = (item: WxrItem): Planned => {
        try {
          return { item, plan: planItem(item, { authors, guestAuthors, postTypes, categories, site }, job.locale), error: null };
        } catch (error) {
          return { item, plan: null, error };
        }
      };
      const contextOf = (item: WxrItem, finalPass: boolean): WriteContext => ({
        locale: job.locale,
        jobId: id,
        attachments,
        attachedTo,
        media: uploader,
        finalPass,
        note: (entry) => addEntry(report, 'notes', { postId: item.postId, ...entry }),
      });
      const failed = (item: WxrItem, error: unknown, finalPass: boolean) => {
        if (!finalPass) progress.errors += 1;
        addEntry(report, 'errors', { postId: item.postId, code: 'error', detail: describe(error) });
      };
      const written = (plan: ArticlePlan, outcome: WriteOutcome, documentId: string) => {
        progress[outcome] += 1;
        for (const note of plan.notes) addEntry(report, 'notes', { postId: plan.postId, code: note.code, detail: note.detail, documentId });
      };
      /** The final pass: one post, prepared and written on its own. */
      const processAgain = async ({ item, plan, error: planError }: Planned) => {
        try {
          if (!plan) throw planError;
          if (plan.kind === 'article') await writer.write(plan, contextOf(item, true));
        } catch (error) {
          failed(item, error, true);
        }
      };

      // Posts prepared and not written yet: written together (new articles in one batch through the write
      // pipeline) when BATCH_POSTS are ready, or before a post that links to one of them is prepared.
      const batch: { position: number; planned: Planned & { plan: ArticlePlan }; prepared: PreparedWrite }[] = [];
      const batchSlugs = new Set<string>();
      // Posts waiting for a later post they link to; a written post lets its waiters go.
      const waiting = new WaitingPosts<Planned>(MAX_WAITING_POSTS);
      const queue: Held<Planned>[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const posts = batch.splice(0);
        batchSlugs.clear();
        // A failure of the whole write (the database gone) is every one of its posts' error.
        const outcomes = await writer.commit(posts.map((p) => p.prepared)).catch((error: unknown) => posts.map(() => ({ ok: false as const, error })));
        posts.forEach((post, i) => {
          const outcome = outcomes[i];
          if (outcome.ok) written(post.planned.plan, outcome.outcome, outcome.documentId);
          else failed(post.planned.item, outcome.error, false);
        });
        for (const post of posts) queue.push(...waiting.done(post.position));
      };
      /** Plan, prepare and queue one post for writing (or count it skipped, unchanged or failed). */
      const process = async ({ position, value: planned }: Held<Planned>) => {
        const { item, plan, error: planError } = planned;
        try {
          if (!plan) throw planError;
          if (plan.kind === 'skip') {
            progress.skipped += 1;
            addEntry(report, 'skipped', { postId: plan.postId, code: plan.reason, detail: plan.detail });
            queue.push(...waiting.done(position));
            return;
          }
          // Its read-also targets must be written before it is prepared (they are looked up by old URL).
          if (positions.targets(position, plan).some((t) => batch.some((b) => b.position === t))) await flush();
          const prepared = await writer.prepare(plan, contextOf(item, false), batchSlugs);
          if ('outcome' in prepared) {
            written(plan, prepared.outcome, prepared.documentId);
            queue.push(...waiting.done(position));
            return;
          }
          batch.push({ position, planned: { ...planned, plan }, prepared });
          if (prepared.slug) batchSlugs.add(prepared.slug);
          if (batch.length >= BATCH_POSTS) await flush();
        } catch (error) {
          failed(item, error, false);
          queue.push(...waiting.done(position));
        }
      };
      const write = async (first: Held<Planned>) => {
        queue.push(first);
        for (let next = queue.shift(); next; next = queue.shift()) await process(next);
      };
      /** One planned item, in export order. */
      const handle = async (index: number, planned: Planned) => {
        const targets = planned.plan?.kind === 'article' ? waiting.waitsFor(index, positions.targets(index, planned.plan)) : [];
        if (targets.length === 0) await write({ position: index, value: planned });
        else for (const early of waiting.hold(index, targets, planned)) await write(early);
        // Handled in export order: a restart resumes after the last item with nothing before it still waiting or unwritten.
        progress.seen = Math.min(waiting.oldest ?? index + 1, index + 1, ...batch.map((b) => b.position)) - 1;
        await saveEvery();
      };
      // Items read BATCH_POSTS at a time, so what preparing them looks up is read for all of them at once.
      const ahead: { index: number; planned: Planned }[] = [];
      const handleAhead = async () => {
        const plans = ahead.flatMap(({ planned }) => (planned.plan?.kind === 'article' ? [planned.plan] : []));
        // Only a shortcut: what it could not read, each post looks up itself.
        await writer.readAhead(plans, job.locale).catch((error: unknown) => strapi.log.warn(`[newsroom] WordPress import job ${id}: reading ahead failed: ${describe(error)}`));
        for (const { index, planned } of ahead.splice(0)) await handle(index, planned);
      };
      let index = 0;
      for await (const event of readWxr(chunks(job.file))) {
        if (event.kind !== 'item') continue;
        index += 1;
        if (index <= resumeAt) continue;
        ahead.push({ index, planned: planOf(event.item) });
        if (ahead.length >= BATCH_POSTS) await handleAhead();
      }
      await handleAhead();
      /** Write the batch and the posts its writes let go, until nothing more is let go. */
      const settle = async () => {
        while (batch.length > 0 || queue.length > 0) {
          await flush();
          for (let next = queue.shift(); next; next = queue.shift()) await process(next);
        }
      };
      // The end of the export. A held post waits for one still in the batch, or for a held one that does: a
      // chain of posts each linking further down advances one post per written batch. Letting every held
      // post go at once, in export order, would write each before its target, without its link (the final
      // pass then writes it again); settling first writes each after its target. What still waits after that
      // (a target that never comes) is let go, and the last batch written.
      await settle();
      for (const left of waiting.drain()) await write(left);
      await settle();
      progress.seen = Math.max(progress.seen, index);
      await save();
      const pending = (await strapi.db.query(WORDPRESS_ITEM_UID).findMany({ where: { jobId: id, unresolved: { $gt: 0 } }, select: ['postId'] })) as Row[];
      if (pending.length > 0) {
        const ids = new Set(pending.map((r) => Number(r.postId)));
        for await (const event of readWxr(chunks(job.file))) {
          if (event.kind === 'item' && event.item.postId !== null && ids.has(event.item.postId)) await processAgain(planOf(event.item));
        }
      }
      await buildSearchIndex(true);
      await removeUnusedMedia();
      await save({ status: 'done', claimedUntil: null });
      await removeExport();
    } catch (error) {
      if (error instanceof Cancelled) {
        // What it did before it stopped, kept with its status: the posts written stay (a re-import updates them),
        // found by a text search like any other.
        strapi.log.info(`[newsroom] WordPress import job ${id} cancelled after ${progress.seen} of ${progress.total} items`);
        await buildSearchIndex(false);
        await removeUnusedMedia();
        await retryOnLockConflict(strapi, `WordPress import job ${id} save`, () =>
          jobs().update({ where: { id }, data: { progress, report, updatedAt: new Date(), claimedUntil: null, ...pendingUploads() } })
        );
        await removeExport();
      } else {
        strapi.log.error(`[newsroom] WordPress import job ${id} failed: ${describe(error)}`);
        // The posts written stay: found by a text search like any other (the database may be what failed: then at the next boot).
        await buildSearchIndex(false).catch((second: unknown) => strapi.log.warn(`[newsroom] WordPress import job ${id}: search index left to the next boot: ${describe(second)}`));
        // The database may be what failed: uploads it cannot check stay listed on the job.
        await removeUnusedMedia().catch((second: unknown) => strapi.log.warn(`[newsroom] WordPress import job ${id}: uploaded media not checked: ${describe(second)}`));
        await save({ status: 'failed', error: describe(error), claimedUntil: null }).catch((second: unknown) => {
          if (!(second instanceof Cancelled)) throw second;
        });
      }
    }
    return toJob((await jobs().findOne({ where: { id } })) as Row);
  }

  const service = {
    /**
     * Queue an import of the WXR export at `file` into `locale`. With `copy` (the default), the file
     * is copied into the plugin's job folder first (an upload's temp file is gone once the request
     * ends). `name`: the export's file name to list the job by (default: `file`'s own).
     */
    async create(file: string, locale: string, options: WordpressImportOptions = {}, source: { copy?: boolean; name?: string } = {}): Promise<WordpressJob> {
      // Checked first: bad options store nothing and copy nothing.
      const checked = importOptions(options);
      const copy = source.copy ?? true;
      let stored = file;
      if (copy) {
        await fs.promises.mkdir(jobDir(), { recursive: true });
        stored = path.join(jobDir(), `${crypto.randomUUID()}.xml`);
        await fs.promises.copyFile(file, stored);
      }
      const now = new Date();
      const row = await jobs().create({
        data: {
          status: 'queued',
          locale,
          name: exportName(source.name ?? path.basename(file)),
          file: stored,
          options: { ...checked, ownedFile: copy },
          progress: emptyProgress(),
          report: emptyReport(),
          createdAt: now,
          updatedAt: now,
        },
      });
      return toJob(row as Row);
    },

    /** Run a job in the background; its progress is in `job(id)`. */
    start(id: number): void {
      setImmediate(() => {
        run(id).catch((error) => strapi.log.error(`[newsroom] WordPress import job ${id}: ${describe(error)}`));
      });
    },

    /** Run a job to its end and answer it, for scripts and tests. */
    run,

    /**
     * Import the export at `file` into `locale` and wait for the end: the job, with its report.
     *
     *   const job = await strapi.plugin('newsroom').service('wordpress').importFile('./export.xml', { locale: 'ar' });
     */
    async importFile(file: string, options: WordpressImportOptions & { locale: string }): Promise<WordpressJob> {
      const { locale, ...rest } = options;
      const job = await service.create(file, locale, rest, { copy: false });
      return (await run(job.id))!;
    },

    async job(id: number): Promise<WordpressJob | null> {
      const row = (await jobs().findOne({ where: { id } })) as Row | null;
      return row ? toJob(row) : null;
    },

    /** The imports, newest first, a page at a time: each job without its report (`job(id)` has it). */
    async jobs(query: { page?: number; pageSize?: number } = {}): Promise<WordpressJobPage> {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 10;
      const select = ['id', 'status', 'locale', 'name', 'options', 'progress', 'error', 'createdAt', 'updatedAt'];
      const [rows, total] = await Promise.all([
        jobs().findMany({ select, orderBy: [{ id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }) as Promise<Row[]>,
        jobs().count(),
      ]);
      return { results: rows.map(toSummary), pagination: { page, pageSize, pageCount: Math.ceil(Number(total) / pageSize), total: Number(total) } };
    },

    /**
     * Stop a job that has not ended: it is `cancelled` at once; a running one stops at its next save
     * (about a second), between two batches, keeping what it wrote. Answers the job, `ended` when it
     * had already ended otherwise (done or failed: nothing to stop), or null when there is no such job.
     * Cancelling a cancelled job changes nothing.
     */
    async cancel(id: number): Promise<{ job: WordpressJob; ended: boolean } | null> {
      const before = (await jobs().findOne({ where: { id } })) as Row | null;
      if (!before) return null;
      if (UNFINISHED.includes(before.status)) {
        await retryOnLockConflict(strapi, `WordPress import job ${id} cancel`, () =>
          jobs().updateMany({ where: { id, status: { $in: UNFINISHED } }, data: { status: 'cancelled', updatedAt: new Date() } })
        );
      }
      const after = (await jobs().findOne({ where: { id } })) as Row;
      // A job no node holds (queued, or its node stopped) will never run: its copy of the export goes now. One
      // that runs removes it as it stops (a node that claims it meanwhile stops at its first save, before reading it).
      const unclaimed = !before.claimedUntil || new Date(before.claimedUntil).getTime() < Date.now();
      if (UNFINISHED.includes(before.status) && after.status === 'cancelled' && unclaimed) {
        if (after.options?.ownedFile) await fs.promises.rm(after.file, { force: true });
        // And the files its stopped run uploaded for posts it never wrote, unless something uses them.
        await removePendingMedia(after);
      }
      return { job: toJob(after), ended: after.status !== 'cancelled' };
    },

    /**
     * Jobs a stop interrupted (queued or running): run again, each from the item it had reached (and the
     * uploads a failed job could not check when it ended: removed unless something uses them). A job
     * another node holds is left to it, and looked at again once its claim would lapse (its node may
     * have stopped). Returns the jobs started here.
     */
    async resume(): Promise<number[]> {
      // A failed job whose database could not be asked when it ended still lists its uploads: they are looked at now.
      const failed = (await jobs().findMany({ where: { status: 'failed', pendingMedia: { $notNull: true } }, select: ['id', 'pendingMedia'] })) as Row[];
      for (const row of failed) {
        await removePendingMedia(row).catch((error: unknown) => strapi.log.warn(`[newsroom] WordPress import job ${row.id}: uploaded media not checked: ${describe(error)}`));
      }
      const rows = (await jobs().findMany({ where: { status: { $in: UNFINISHED } }, select: ['id', 'claimedUntil'] })) as Row[];
      const now = Date.now();
      const free = rows.filter((r) => !r.claimedUntil || new Date(r.claimedUntil).getTime() < now);
      for (const row of free) service.start(row.id);
      const held = rows.filter((r) => !free.includes(r));
      if (held.length > 0) {
        const wait = Math.max(...held.map((r) => new Date(r.claimedUntil).getTime() - now)) + 1000;
        setTimeout(() => void service.resume().catch((error) => strapi.log.error(`[newsroom] WordPress resume: ${describe(error)}`)), wait).unref();
      }
      return free.map((r) => r.id);
    },

    /** The redirect map of a job's posts (or of every imported post in `locale`): old permalink → article URL here. */
    async redirects(filter: { jobId?: number; locale?: string }): Promise<Redirect[]> {
      const where = { ...(filter.jobId !== undefined ? { jobId: filter.jobId } : {}), ...(filter.locale ? { locale: filter.locale } : {}) };
      const rows = (await strapi.db.query(WORDPRESS_ITEM_UID).findMany({ where, select: ['postId', 'link', 'documentId', 'locale'], orderBy: { postId: 'asc' } })) as Row[];
      if (rows.length === 0) return [];
      const settings = await getService(strapi, 'settings').get();
      const origin = String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/+$/, '');
      const out: Redirect[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const batch = rows.slice(i, i + 500);
        const articles = (await strapi.db.query(ARTICLE_UID).findMany({
          where: { documentId: { $in: batch.map((r) => r.documentId) }, publishedAt: { $notNull: true } },
          select: ['documentId', 'locale', 'slug'],
        })) as Row[];
        const slugs = new Map(articles.map((a) => [`${a.documentId}\u0000${a.locale}`, a.slug as string]));
        for (const row of batch) {
          const slug = slugs.get(`${row.documentId}\u0000${row.locale}`);
          // Only published articles have a public URL to redirect to.
          // Mapping rows an earlier version wrote hold the export's text as it was: a redirect names only a checked URL.
          const from = row.link ? absoluteHttpUrl(row.link) : null;
          if (from && slug) out.push({ from, to: canonicalUrl(settings.articleUrlTemplate, slug, row.locale, origin), documentId: row.documentId, postId: Number(row.postId) });
        }
      }
      return out;
    },
  };
  return service;
};

function describe(error: unknown): string {
  const e = error as { message?: string; details?: { errors?: { message: string }[] } };
  const details = e?.details?.errors?.map((d) => d.message).join('; ');
  return details || e?.message || String(error);
}
