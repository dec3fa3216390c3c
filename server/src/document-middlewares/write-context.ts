import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import type { NewsroomSettings } from '../services/settings';
import { getService } from '../utils/get-service';
import type { Version } from '../utils/versions';

export type Data = Record<string, any>;
type Context = Modules.Documents.Middleware.Context;

/** Document Service actions that write newsroom articles, and so run the pipeline. */
export const WRITE_ACTIONS = ['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft', 'delete'] as const;
export type WriteAction = (typeof WRITE_ACTIONS)[number];

/** Actions that carry editor data (`params.data`). */
export const DATA_ACTIONS = ['create', 'update', 'clone'] as const satisfies readonly WriteAction[];

/**
 * One write as the pipeline's steps see it. Everything a step reads from the
 * database (the stored draft, the settings, the default locale) is read once
 * per write, whichever step asks first.
 */
export interface ArticleWrite {
  action: WriteAction;
  params: Data & { documentId?: string; locale?: unknown; status?: string };
  /** The write's data, a copy the steps may change (`params.data` points at it); {} for actions without data. */
  data: Data;
  /** The document the data applies over: the one updated, or the source of a clone; undefined for a create. */
  documentId: string | undefined;
  /** The locale written (create, update, clone of one locale). */
  locale(): Promise<string>;
  /** The stored draft of `documentId` in `locale()`, with body and rights; null when there is none (a new document or locale). */
  stored(): Promise<Data | null>;
  /** True when the write creates a version: a create, or an update that adds a locale. */
  isNew(): Promise<boolean>;
  /** True when the write also publishes (`status: 'published'` on create or update). */
  publishes: boolean;
  /**
   * True for a create of a document Strapi gives a new id: nothing of the plugin's (index rows, read-model
   * rows, reservations, links to it) can exist for it yet. False when the create names its `documentId`.
   */
  newDocument: boolean;
  /** A batched create's document id, chosen before its steps run (batch-rows writes its rows under it); undefined otherwise. */
  plannedDocumentId: string | undefined;
  /**
   * True for the creates of a batch that leaves the search postings of what it publishes to
   * `search.buildPending()` (BatchOptions.deferSearchPostings: a WordPress import's batches).
   */
  deferPostings: boolean;
  settings(): Promise<NewsroomSettings>;
  /** Strapi's default locale (i18n's), read once per write, or once for a batch. */
  defaultLocale(): Promise<string>;
  /**
   * Does a step's work for the versions this write touched: at once for one write; for a create of a
   * batch (document-middlewares/batch.ts), once for the versions of every create of the batch, after
   * the last create's steps and in the batch's transaction (`SetWiseWork`). `key` names the work
   * (the step, and whatever changes how `work` runs), so creates sharing it share one call.
   */
  setWise(key: string, versions: Version[], work: (versions: Version[]) => Promise<void>): Promise<void>;
}

/**
 * The set-wise work of a batch's creates: each `setWise` call records its versions under its key, and
 * `run()` does each key's work once for all of them, in the order the keys were first seen.
 */
export class SetWiseWork {
  private readonly pending = new Map<string, { versions: Version[]; work: (versions: Version[]) => Promise<void> }>();

  add(key: string, versions: Version[], work: (versions: Version[]) => Promise<void>): Promise<void> {
    const known = this.pending.get(key);
    if (known) known.versions.push(...versions);
    else this.pending.set(key, { versions: [...versions], work });
    return Promise.resolve();
  }

  async run(): Promise<void> {
    for (const { versions, work } of this.pending.values()) if (versions.length > 0) await work(versions);
    this.pending.clear();
  }
}

const writes = new WeakMap<Context, ArticleWrite>();

export const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

/** The write of this Document Service call, shared by every step of the pipeline (one per call). */
export function articleWrite(strapi: Core.Strapi, ctx: Context): ArticleWrite {
  const known = writes.get(ctx);
  if (known) return known;
  const write = newArticleWrite(strapi, ctx.action as WriteAction, ctx.params as ArticleWrite['params']);
  writes.set(ctx, write);
  return write;
}

/**
 * A write as the pipeline's steps see it, from the action and the parameters the Document Service
 * would be called with: for a Document Service call (above), or for a create of a batch
 * (document-middlewares/batch.ts). `settings` and `defaultLocale` share one read among the writes of a batch.
 */
export function newArticleWrite(
  strapi: Core.Strapi,
  action: WriteAction,
  params: ArticleWrite['params'],
  shared: { settings?: () => Promise<NewsroomSettings>; defaultLocale?: () => Promise<string>; setWise?: SetWiseWork; deferPostings?: boolean; plannedDocumentId?: string } = {}
): ArticleWrite {
  const hasData = (DATA_ACTIONS as readonly string[]).includes(action);
  if (hasData) params.data = { ...((params.data as Data | undefined) ?? {}) };
  const namedDocument = hasData && typeof (params.data as Data).documentId === 'string' && (params.data as Data).documentId !== '';
  const documentId = action === 'create' ? undefined : params.documentId;
  const defaultLocale = shared.defaultLocale ?? once(() => getService(strapi, 'locales').defaultLocale());
  const locale = once(async () => (typeof params.locale === 'string' && params.locale !== '*' ? params.locale : defaultLocale()));
  const stored = once(async () =>
    documentId
      ? ((await strapi.db.query(ARTICLE_UID).findOne({
          where: { documentId, locale: await locale(), publishedAt: null },
          populate: { body: true, rights: { populate: { basedOn: true } } },
        })) as Data | null)
      : null
  );
  return {
    action,
    params,
    data: hasData ? (params.data as Data) : {},
    documentId,
    locale,
    stored,
    isNew: once(async () => action === 'create' || (action === 'update' && !(await stored()))),
    publishes: (action === 'create' || action === 'update') && params.status === 'published',
    newDocument: action === 'create' && !namedDocument,
    plannedDocumentId: action === 'create' ? shared.plannedDocumentId : undefined,
    deferPostings: shared.deferPostings === true,
    settings: shared.settings ?? once(() => getService(strapi, 'settings').get()),
    defaultLocale,
    setWise: shared.setWise ? (key, versions, work) => shared.setWise!.add(key, versions, work) : (_key, versions, work) => (versions.length > 0 ? work(versions) : Promise.resolve()),
  };
}

/** The (documentId, locale) versions a finished write touched, from what the Document Service returned. */
export function writtenVersions(write: ArticleWrite, result: unknown): Version[] {
  const r = result as { documentId?: string; locale?: string; entries?: { documentId?: string; locale?: string }[] } | null;
  if (!r) return [];
  const entries = Array.isArray(r.entries) ? r.entries : [r];
  const documentId = r.documentId ?? write.documentId;
  const versions = new Map<string, Version>();
  for (const entry of entries) {
    const version = { documentId: entry.documentId ?? documentId, locale: entry.locale };
    if (typeof version.documentId === 'string' && typeof version.locale === 'string') versions.set(`${version.documentId}\u0000${version.locale}`, version as Version);
  }
  // A draft and its published version are one version here: each step acts once per document and locale.
  return [...versions.values()];
}
