import type { Core } from '@strapi/strapi';
import { sanitize } from '@strapi/utils';
import { ARTICLE_UID } from '../../../content-types';
import { getService } from '../utils/get-service';
import { keepPlannerStatistics } from '../utils/planner-statistics';
import { versionKey } from '../utils/versions';
import { newDocumentId, writeArticleRows, type BatchedCreate } from './batch-rows';
import { WRITE_PIPELINE } from './index';
import { runStep } from './step';
import { atomic, queueWriter } from './steps/atomic';
import { newArticleWrite, once, SetWiseWork, type ArticleWrite } from './write-context';

type Data = Record<string, any>;

export type { BatchedCreate } from './batch-rows';
export type BatchOutcome = { ok: true; entry: Data } | { ok: false; error: unknown };

/** The steps run around a batch's set-wise write; the batch is one transaction of its own (atomic's work). */
const STEPS = WRITE_PIPELINE.filter((step) => step !== atomic);

interface Slot {
  resolve(entry: Data): void;
  reject(error: unknown): void;
}

/** Options of a batch of creates. */
export interface BatchOptions {
  /**
   * Rows of the caller's own that belong with the created articles (the import's mapping rows),
   * written in the transaction that wrote them: with the batch's, or with each create's when the
   * batch is written one by one. Throwing rolls that transaction back.
   */
  onWritten?(written: { index: number; entry: Data }[]): Promise<void>;
  /**
   * Leave the search postings of the articles the batch publishes to `search.buildPending()`, which
   * the caller runs once its batches are written (a WordPress import, at its end): built for many
   * articles at once, in the index's key order, they cost a fraction of one batch's at a time. Until
   * then the articles are listed, filtered and counted, and not found by a text search. A batch written
   * one by one (after a failure) indexes them as any create does.
   */
  deferSearchPostings?: boolean;
}

/**
 * Creates many articles as `strapi.documents('plugin::newsroom.article').create(…)` creates one —
 * the same write pipeline, every step of it, for every article — with the rows themselves written
 * set-wise (document-middlewares/batch-rows.ts) in one transaction for the batch.
 *
 * Each create runs the pipeline's steps up to the write, one create after the other (so slugs are
 * chosen in order); the batch's rows are then written at once; and each create's steps finish after
 * it, again in order, the work they do set-wise (the search and suggestion indexes, the read-model
 * placeholders: `ArticleWrite.setWise`) once for the whole batch after the last of them. Once the
 * batch has committed, what it published is rendered into the read model set-wise. Anything that
 * fails — a refused value, a lost race, a value the set-wise write does not take — rolls the whole
 * batch back, and it is written again one create at a time through the Document Service, each in its
 * own transaction, so one bad article stops no other and gets the Document Service's own error.
 * Answers, in order, each create's entry or error.
 *
 * Not run for a batch: other plugins' and the app's own Document Service middlewares. Strapi's
 * `entry.create` and `entry.publish` events (webhooks) are emitted after the commit as the Document
 * Service emits them.
 */
export async function createArticles(strapi: Core.Strapi, creates: readonly BatchedCreate[], options: BatchOptions = {}): Promise<BatchOutcome[]> {
  // The batch's set-wise reads (`document_id IN (…)`, and Strapi's populates of them) need SQLite's statistics.
  await keepPlannerStatistics(strapi);
  const outcomes = await createAll(strapi, creates, options);
  await renderWhatWasPublished(strapi, creates, outcomes);
  return outcomes;
}

/**
 * The read-model rows of the versions a batch published, rendered set-wise once it committed
 * (readModel.refresh), where the warmer would render them one by one and a stale row's first reader
 * would wait for its render. A render that fails leaves its row stale, for the warmer.
 */
async function renderWhatWasPublished(strapi: Core.Strapi, creates: readonly BatchedCreate[], outcomes: BatchOutcome[]): Promise<void> {
  // Inside a transaction of the caller's, the rows are left to the warmer: a render belongs after the commit.
  if (strapi.db.inTransaction()) return;
  const versions = outcomes.flatMap((outcome, i) =>
    outcome.ok && creates[i].status === 'published' ? [{ documentId: outcome.entry.documentId as string, locale: outcome.entry.locale as string }] : []
  );
  try {
    await getService(strapi, 'readModel').refresh(versions);
  } catch (error) {
    strapi.log.warn(`[newsroom] read model: ${versions.length} created articles left to the warmer: ${(error as Error).message}`);
  }
}

async function createAll(strapi: Core.Strapi, creates: readonly BatchedCreate[], options: BatchOptions): Promise<BatchOutcome[]> {
  if (creates.length === 0) return [];
  try {
    const entries = await createInOneTransaction(strapi, creates.map((create) => structuredClone(create)), options);
    return entries.map((entry) => ({ ok: true, entry }));
  } catch (error) {
    strapi.log.debug(`[newsroom] a batch of ${creates.length} creates is written one by one: ${(error as Error).message}`);
  }
  const outcomes: BatchOutcome[] = [];
  for (const [index, { locale, data, status }] of creates.entries()) {
    try {
      // One transaction for the create (the pipeline's own joins it) and the caller's rows.
      const entry = await strapi.db.transaction(async () => {
        const created = (await strapi.documents(ARTICLE_UID).create({ locale, data, ...(status ? { status } : {}) } as never)) as Data;
        await options.onWritten?.([{ index, entry: created }]);
        return created;
      });
      outcomes.push({ ok: true, entry });
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}

async function createInOneTransaction(strapi: Core.Strapi, creates: readonly BatchedCreate[], options: BatchOptions): Promise<Data[]> {
  const settings = once(() => getService(strapi, 'settings').get());
  const defaultLocale = once(() => getService(strapi, 'locales').defaultLocale());
  const setWise = new SetWiseWork();
  /** Each create: its write, its steps' run, and the answer its innermost step waits for. */
  const pending: { write: ArticleWrite; run: Promise<unknown>; answer: Slot }[] = [];
  try {
    return await strapi.db.transaction(async ({ trx, onCommit }) => {
      await queueWriter(strapi, trx);
      // Each create's steps, up to the write.
      for (const create of creates) {
        const write = newArticleWrite(
          strapi,
          'create',
          { locale: create.locale, data: create.data, ...(create.status ? { status: create.status } : {}) },
          { settings, defaultLocale, setWise, deferPostings: options.deferSearchPostings, plannedDocumentId: newDocumentId(strapi) }
        );
        let reached!: () => void;
        const atWrite = new Promise<void>((resolve) => (reached = resolve));
        let answer!: Slot;
        const answered = new Promise<Data>((resolve, reject) => (answer = { resolve, reject }));
        // Rejected when the batch fails; a create whose steps failed before the write never awaits it.
        answered.catch(() => undefined);
        const innermost = () => {
          reached();
          return answered;
        };
        const run = STEPS.reduceRight<() => Promise<unknown>>((next, step) => () => runStep(strapi, step, write, next), innermost)();
        pending.push({ write, run, answer });
        // Its steps reached the write, or failed before it (the batch is then written one by one).
        const failed = await Promise.race([atWrite.then(() => null), run.then(() => new Error('[newsroom] a batched create ended before its write'), (error: unknown) => error)]);
        if (failed) throw failed;
      }
      // The rows of every create at once.
      const entries = await writeArticleRows(
        strapi,
        pending.map(({ write }) => ({ locale: write.params.locale as string, data: write.data, status: write.params.status, documentId: write.plannedDocumentId! }))
      );
      // Each create's steps, after the write, in order.
      const results: Data[] = [];
      for (const [i, { run, answer }] of pending.entries()) {
        answer.resolve(entries[i]);
        results.push((await run) as Data);
      }
      // The work the steps do set-wise (indexes, read-model placeholders), once for every create.
      await setWise.run();
      await options.onWritten?.(results.map((entry, index) => ({ index, entry })));
      onCommit(() =>
        emitEntryEvents(strapi, results).catch((error: unknown) => strapi.log.error(`[newsroom] entry events of a batch of ${results.length} creates: ${(error as Error).message}`))
      );
      return results;
    });
  } finally {
    // A batch that failed: every create still waiting for its write ends (its steps see the error).
    const aborted = new Error('[newsroom] batch aborted');
    for (const { run, answer } of pending) {
      answer.reject(aborted);
      run.catch(() => undefined);
    }
  }
}

/** Strapi's `entry.create` and `entry.publish` events for each created article, with the entry as the Document Service sends it. */
async function emitEntryEvents(strapi: Core.Strapi, entries: Data[]): Promise<void> {
  const model = strapi.getModel(ARTICLE_UID);
  const versions = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId: { $in: entries.map((e) => e.documentId) } },
    populate: deepPopulate(strapi),
  })) as Data[];
  const wanted = new Set(entries.map((e) => versionKey(e.documentId, e.locale)));
  // In the Document Service's order: each article's draft (entry.create), then its published version (entry.publish).
  const order = new Map(entries.map((e, i) => [e.documentId as string, i]));
  versions.sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)! || (a.publishedAt ? 1 : 0) - (b.publishedAt ? 1 : 0));
  for (const version of versions) {
    if (!wanted.has(versionKey(version.documentId, version.locale))) continue;
    const sanitized = await sanitize.sanitizers.defaultSanitizeOutput({ schema: model, getModel: (uid: string) => strapi.getModel(uid as never) } as never, version);
    await strapi.eventHub.emit(version.publishedAt ? 'entry.publish' : 'entry.create', { model: model.modelName, uid: model.uid, entry: sanitized });
  }
}

/** Every component, dynamic-zone block, relation and media of the article, nested components included. */
function deepPopulate(strapi: Core.Strapi, uid: string = ARTICLE_UID): Data {
  const populate: Data = {};
  for (const [name, attribute] of Object.entries((strapi.getModel(uid as never) as { attributes: Data }).attributes)) {
    if (attribute.type === 'component') populate[name] = { populate: deepPopulate(strapi, attribute.component) };
    else if (attribute.type === 'dynamiczone') populate[name] = { on: Object.fromEntries(attribute.components.map((c: string) => [c, { populate: deepPopulate(strapi, c) }])) };
    else if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = true;
  }
  return populate;
}
