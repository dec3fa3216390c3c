import type { Core } from '@strapi/strapi';
import { SEARCH_DOCUMENT_TABLE, SEARCH_DOCUMENT_UID, SEARCH_KEYWORD_TABLE, SEARCH_POSTING_TABLE } from '../models/search-index';
import { keywordKeys, SUMMARY_FIELDS, titleKey, type ListFilters, type ListOrder } from '../list/query';
import { publicationDate } from '../render/dates';
import { bm25, bm25Idf, documentLength, documentPostings } from '../search/postings';
import { analyzeQuery, type AnalyzedWord } from '../text';
import { getService } from '../utils/get-service';
import { insertRows, rowChanges } from '../utils/insert-rows';
import { chunks, groupBy, idsByLocale, lockPublished, readPublished, versionKey, type Version } from '../utils/versions';
import { transactionWithRetry } from '../utils/lock-retry';
import { applyFilters, applyOrder, jsonOf } from './list';

type Row = Record<string, any>;
/** A stored index row: its id and the columns compared. */
type Stored = Row & { id: number };

/** Rows per `IN (…)` list: far under every database's bound-parameter limit. */
const CHUNK = 500;
const WRITE_CHUNK = 200;
/**
 * Versions whose pending postings buildPending writes per transaction (some 115,000 postings for news
 * articles), sorted in the postings index's key order: many versions' postings of one term then land on
 * the same index pages, where one version at a time scatters them a page each (bench/README.md).
 */
const BUILD_VERSIONS = 500;
/**
 * Most versions a search ranks. When every query word is in more versions
 * than this, relevance ranks the ones where the rarest word weighs most
 * (`meta.search.limited`), and a date or title order is read off the list
 * index instead of ranking: the work of a search stays bounded however
 * common its words are.
 */
export const CANDIDATE_CAP = 2000;

export interface SearchRequest {
  locale: string;
  q: string;
  filters: ListFilters;
  order: 'relevance' | ListOrder[];
  start: number;
  limit: number;
  withCount: boolean;
}

export interface SearchResult {
  terms: AnalyzedWord[];
  ignored: string[];
  /** Matches in all; null when not counted (`withCount=false`). */
  total: number | null;
  /** True when relevance ranked only the CANDIDATE_CAP versions where the rarest word weighs most. */
  limited: boolean;
  /** The requested page, in order, with the stored summaries to render. */
  hits: { documentId: string; score: number; summary: Row }[];
}

const noFilters = (filters: ListFilters) => !filters.sections && !filters.keywords && !filters.publishedAt;


const time = (value: unknown) => new Date(value as string).getTime();
const KEY_OF: Record<ListOrder['field'], (d: Row) => number | string> = {
  publishedAt: (d) => time(d.published_at),
  updatedAt: (d) => time(d.updated_at),
  title: (d) => String(d.title_key ?? ''),
};

/**
 * Per query word, for the versions looked up (by list row id, the postings' `ref`): the highest frequency
 * among its forms (exact forms: some collations equate Arabic letter variants).
 */
function byVersion(rows: Row[], term: AnalyzedWord, into = new Map<number, number>()): Map<number, number> {
  for (const row of rows.filter((r) => term.forms.includes(r.term))) {
    const ref = Number(row.ref);
    into.set(ref, Math.max(into.get(ref) ?? 0, Number(row.frequency)));
  }
  return into;
}

/**
 * Full-text search over published article versions from the plugin's own
 * index (models/search-index.ts), identical on every database: whole
 * analysed terms (text/analyzer.ts), every query word must match (through
 * any of its forms), BM25 ranking. Per search: one index count per query
 * word (its document frequency), BM25's N and average length from the stats
 * table, the postings of the rarest word (at most CANDIDATE_CAP versions) and
 * the other words' postings of those versions only; beyond the cap, see
 * CANDIDATE_CAP. Written from the write pipeline, never the Document Service.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';

  /** The postings of `term` among the versions `refs` (all of its postings when `refs` is null, the `cap` heaviest when capped). */
  async function postings(locale: string, term: AnalyzedWord, refs: number[] | null, cap?: number): Promise<Map<number, number>> {
    if (refs === null && cap !== undefined) {
      // Each form's heaviest `cap`, one backward range scan of the postings index per form (an IN over the
      // forms would make the database read and sort every posting of the word).
      const found = new Map<number, number>();
      for (const form of term.forms) {
        const rows = await knex()(SEARCH_POSTING_TABLE)
          .select('ref', 'term', 'frequency')
          .where({ locale, term: form })
          .orderBy([{ column: 'frequency', order: 'desc' }, { column: 'ref', order: 'desc' }])
          .limit(cap);
        byVersion(rows as Row[], term, found);
      }
      return found;
    }
    if (refs === null) {
      const query = knex()(SEARCH_POSTING_TABLE).select('ref', 'term', 'frequency').where('locale', locale).whereIn('term', term.forms);
      return byVersion((await query) as Row[], term);
    }
    // A ref names one version, so one locale: the version index (ref, term) serves it alone.
    const found = new Map<number, number>();
    for (const part of chunks(refs, CHUNK)) {
      const rows = await knex()(SEARCH_POSTING_TABLE).select('ref', 'term', 'frequency').whereIn('ref', part).whereIn('term', term.forms);
      byVersion(rows as Row[], term, found);
    }
    return found;
  }

  /** The list-table query of versions matching every word and the filters (the path for words too common to rank). */
  function matching(locale: string, terms: AnalyzedWord[], filters: ListFilters) {
    const query = applyFilters(knex(), knex()(`${SEARCH_DOCUMENT_TABLE} as d`), locale, filters);
    for (const term of terms) {
      query.whereExists(
        knex()(`${SEARCH_POSTING_TABLE} as t`).select(knex().raw('1')).whereRaw('?? = ??', ['t.ref', 'd.id']).whereIn('t.term', term.forms)
      );
    }
    return query;
  }

  /** The stored summaries of these versions, by list row id. */
  async function summaries(refs: number[]): Promise<Map<number, Row>> {
    if (refs.length === 0) return new Map();
    const rows = (await knex()(SEARCH_DOCUMENT_TABLE).select('id', 'summary').whereIn('id', refs)) as Row[];
    return new Map(rows.map((r) => [Number(r.id), jsonOf(r.summary)]));
  }

  return {
    /**
     * (Re)index these versions (a write's, a batch's, a re-index's) in one transaction: their postings,
     * keywords, list rows (summary and sort keys) and their sections' stats. Of each one's postings and
     * keywords, only those that changed are deleted and inserted (an unchanged re-index writes none, an
     * edit of a few words a few); its list row is updated in place, so it keeps its id, the list's tie-break
     * between equal sort keys (services/list.ts applyOrder): an edit or a re-index never reorders
     * articles published at the same instant. A version no longer published loses its row; one
     * published for the first time gets one (multi-row INSERTs); the stats move by the difference, one
     * update per locale and section. `newDocument`: the write created the documents under new ids, so
     * they have no rows yet. `deferPostings`: the postings of versions listed for the first time are left
     * to `buildPending()` (their list rows say so), which writes many versions' at once in key order (a
     * WordPress import's batches). In a write it joins the write's transaction; on its own (a re-index) a
     * lock conflict re-runs it whole.
     */
    async indexDocuments(versions: Version[], options: { newDocument?: boolean; deferPostings?: boolean } = {}): Promise<void> {
      if (versions.length === 0) return;
      const list = getService(strapi, 'list');
      const label = versions.length === 1 ? `${versions[0].documentId}/${versions[0].locale}` : `${versions.length} versions`;
      /** A re-index on its own (boot, a migration), not a write's index: it may wait on locks and be re-run whole. */
      const own = !strapi.db.inTransaction();
      await transactionWithRetry(strapi, `search index ${label}`, async (t) => {
        /** Per locale and section: documents and indexed length added (negative: taken off). */
        const stats = new Map<string, { locale: string; section: string | null; documents: number; length: number }>();
        const count = (locale: string, section: string | null, documents: number, length: number) => {
          const key = `${locale}\u0000${section ?? ''}`;
          const stat = stats.get(key) ?? { locale, section, documents: 0, length: 0 };
          stat.documents += documents;
          stat.length += length;
          stats.set(key, stat);
        };
        /** Each version's list row (id, section, length), locked until the transaction ends. */
        const listed = new Map<string, Row>();
        /** Each version's stored postings and keywords: only what changed is deleted and inserted (rowChanges). */
        const stored = new Map<string, { terms: Stored[]; keys: Stored[] }>();
        // Two indexes of one version (two nodes re-indexing at boot, a re-index and a write) take turns: each
        // first locks the version's published article row (in a write, its own transaction holds it already).
        // Without it, two first indexes of a version (no rows yet) each inserted a list row and every posting.
        if (!options.newDocument) await lockPublished(strapi, t, versions);
        // A version indexed for the first time (every create) has no rows: a plain read sees that without a
        // lock. A locking read or a DELETE over an empty range would take InnoDB gap locks (MariaDB/MySQL),
        // and two creates inserting into the same gap would then deadlock. Rows that exist are locked and
        // written by primary key. Except in a re-index of its own on MariaDB/MySQL: there the plain read
        // would see the snapshot taken before the wait above (REPEATABLE READ), not the list row the
        // index it waited for wrote, so the list rows are read with a lock, which reads the latest commit
        // (a create inserting into the gap waits for it; two re-indexes over one gap may deadlock, and the
        // victim, not a write, is re-run whole).
        const lockList = own && strapi.db.dialect.client === 'mysql';
        for (const { documentId, locale } of options.newDocument ? [] : versions) {
          const listRead = t(SEARCH_DOCUMENT_TABLE).select('id').where({ document_id: documentId, locale });
          const indexed = (await (lockList ? listRead.forUpdate() : listRead)) as Row[];
          if (indexed.length > 0) {
            const before = t(SEARCH_DOCUMENT_TABLE).select('id', 'section', 'length').whereIn('id', indexed.map((r) => r.id)).orderBy('id');
            // A locked row another writer removed meanwhile is not returned; one writer's re-index waits for the other's.
            const [kept, ...extra] = (await (isSqlite() ? before : before.forUpdate())) as Row[];
            if (kept) listed.set(versionKey(documentId, locale), { ...kept, locale });
            // A second row of one version (two first indexes raced): the oldest is kept, the others go with their postings.
            for (const row of extra) {
              await t(SEARCH_POSTING_TABLE).where('ref', row.id).delete();
              if ((await t(SEARCH_DOCUMENT_TABLE).where('id', row.id).delete()) > 0) count(locale, row.section, -1, -Number(row.length));
            }
          }
          // A version's postings name its list row (`ref`): one without a list row has none. A listed version's
          // rows are read with a lock, as its list row was: a locking read sees the latest commit. A plain read
          // would see MariaDB's snapshot from the transaction's first read, taken before a concurrent re-index
          // of the version committed (this one waited on its list row), and would miss the rows that one
          // wrote: the version would end up indexed twice.
          const row = listed.get(versionKey(documentId, locale));
          const locking = row !== undefined && !isSqlite();
          const read = (query: ReturnType<typeof t>) => (locking ? query.forUpdate() : query) as Promise<Stored[]>;
          stored.set(versionKey(documentId, locale), {
            terms: row ? await read(t(SEARCH_POSTING_TABLE).select('id', 'term', 'frequency').where('ref', row.id)) : [],
            keys: await read(t(SEARCH_KEYWORD_TABLE).select('id', 'key').where({ document_id: documentId, locale })),
          });
        }
        const published = await readPublished(strapi, versions, { select: ['searchText', ...SUMMARY_FIELDS], populate: { cover: { populate: { file: true } } } });
        const terms: Row[] = [];
        const keys: Row[] = [];
        const documents: Row[] = [];
        /** The postings of versions listed for the first time, by version: they take the list row's id once it is inserted. */
        const unlisted = new Map<string, Row[]>();
        /** Ids of stored postings and keywords no longer wanted. */
        const removed = { terms: [] as number[], keys: [] as number[] };
        for (const { searchText, ...summary } of published) {
          const { documentId, locale } = summary as { documentId: string; locale: string };
          const before = stored.get(versionKey(documentId, locale)) ?? { terms: [], keys: [] };
          stored.delete(versionKey(documentId, locale));
          const row = listed.get(versionKey(documentId, locale));
          // A version whose postings are left to buildPending: its length only (the stats and BM25 need it now).
          const deferred = !row && options.deferPostings === true;
          const postings = deferred ? { terms: new Map<string, number>(), length: documentLength(searchText) } : documentPostings(searchText);
          const wantedTerms = [...postings.terms].map(([term, frequency]) => ({ ref: row?.id, locale, term, frequency }));
          // A version whose postings were left to buildPending has none stored: indexed here, it gets them all.
          if (row) {
            const termChanges = rowChanges(before.terms, wantedTerms, ['term', 'frequency']);
            terms.push(...termChanges.add);
            removed.terms.push(...termChanges.remove);
          } else if (!deferred) {
            unlisted.set(versionKey(documentId, locale), wantedTerms);
          }
          const keyChanges = rowChanges(before.keys, keywordKeys(summary.keywords).map((key) => ({ document_id: documentId, locale, key })), ['key']);
          keys.push(...keyChanges.add);
          removed.keys.push(...keyChanges.remove);
          const document = {
            documentId,
            locale,
            length: postings.length,
            section: summary.section ?? null,
            // The date readers see (the original publication date of an imported archive): the list sorts and filters by it.
            publishedAt: publicationDate(summary as { originalPublishedAt?: string | null; publishedAt: string }),
            updatedAt: summary.updatedAt,
            titleKey: titleKey(summary.title),
            summary,
            postingsPending: deferred ? true : null,
          };
          listed.delete(versionKey(documentId, locale));
          if (row) {
            // Through the Query Engine, which serialises the summary and dates as createMany does: one UPDATE by
            // primary key. The row is locked (on SQLite this transaction is the only writer), so it is there;
            // its affected-row count is not asked: MySQL counts only changed rows unless FOUND_ROWS is set.
            await strapi.db.query(SEARCH_DOCUMENT_UID).updateMany({ where: { id: row.id }, data: document });
            count(locale, row.section, -1, -Number(row.length));
          } else {
            documents.push(document);
          }
          count(locale, document.section, 1, postings.length);
        }
        // The rows of versions no longer published (their postings are among `stored`'s, deleted below).
        for (const row of listed.values()) {
          if ((await t(SEARCH_DOCUMENT_TABLE).where('id', row.id).delete()) > 0) count(row.locale, row.section, -1, -Number(row.length));
        }
        for (const { terms: gone, keys: goneKeys } of stored.values()) {
          removed.terms.push(...gone.map((r) => r.id));
          removed.keys.push(...goneKeys.map((r) => r.id));
        }
        for (const part of chunks(removed.terms, WRITE_CHUNK)) await t(SEARCH_POSTING_TABLE).whereIn('id', part).delete();
        for (const part of chunks(removed.keys, WRITE_CHUNK)) await t(SEARCH_KEYWORD_TABLE).whereIn('id', part).delete();
        // Through the Query Engine's createMany, which serialises the summary and dates: one INSERT per chunk
        // on every database (insertRowsReturningIds would write one per row on MySQL, which answers one id for
        // a multi-row INSERT). The ids of those whose postings go in now, which the postings take as `ref`, are
        // then read back: a plain read of rows this transaction wrote, under the versions' locks. A deferred
        // batch's rows need none.
        for (const part of chunks(documents, WRITE_CHUNK)) {
          await strapi.db.query(SEARCH_DOCUMENT_UID).createMany({ data: part });
          const named = part.filter((d) => unlisted.has(versionKey(d.documentId, d.locale))) as Version[];
          for (const [locale, ids] of idsByLocale(named)) {
            const inserted = (await t(SEARCH_DOCUMENT_TABLE).select('id', 'document_id').where('locale', locale).whereIn('document_id', ids).orderBy('id')) as Row[];
            // In id order: should a version have a second row (a race the next index heals), the newest, this one, names its postings.
            for (const { id, document_id } of inserted) {
              for (const posting of unlisted.get(versionKey(document_id, locale)) ?? []) posting.ref = id;
            }
          }
        }
        for (const wanted of unlisted.values()) terms.push(...wanted);
        await insertRows(t, SEARCH_POSTING_TABLE, ['ref', 'locale', 'term', 'frequency'], terms);
        await insertRows(t, SEARCH_KEYWORD_TABLE, ['document_id', 'locale', 'key'], keys);
        // In key order: two writers bumping the same sections lock their rows in the same order.
        for (const key of [...stats.keys()].sort()) {
          const stat = stats.get(key)!;
          if (stat.documents !== 0 || stat.length !== 0) await list.bump(t, stat.locale, stat.section, stat.documents, stat.length);
        }
      });
    },

    /**
     * Write the postings left pending by `indexDocuments(…, { deferPostings: true })`, BUILD_VERSIONS
     * versions per transaction in list row order, each transaction's postings inserted in the postings
     * index's key order. Safe beside writes and another build (another node's): each version's published
     * row is locked first, as an index locks it, and its list row read again under the lock, so a version
     * indexed meanwhile by the usual path (an edit, an unpublish, a re-index: they write its postings
     * and clear the mark) is skipped. `onBuilt` hears the versions built so far; `versions`: per
     * transaction (BUILD_VERSIONS). Returns how many it built.
     */
    async buildPending(options: { onBuilt?: (built: number) => Promise<void> | void; versions?: number } = {}): Promise<number> {
      let built = 0;
      for (let after = 0; ; ) {
        const found = (await knex()(SEARCH_DOCUMENT_TABLE)
          .select('id', 'document_id', 'locale')
          .where('id', '>', after)
          .whereNotNull('postings_pending')
          .orderBy('id')
          .limit(options.versions ?? BUILD_VERSIONS)) as Row[];
        if (found.length === 0) return built;
        after = Number(found[found.length - 1].id);
        built += await transactionWithRetry(strapi, `search postings of ${found.length} versions`, async (t) => {
          await lockPublished(strapi, t, found.map((r) => ({ documentId: r.document_id, locale: r.locale })));
          // Read again under the lock, with a lock (a locking read sees the latest commit: a plain one on
          // MariaDB would see the snapshot of lockPublished's first read, from before it waited).
          const read = t(SEARCH_DOCUMENT_TABLE).select('id', 'document_id', 'locale').whereIn('id', found.map((r) => r.id)).whereNotNull('postings_pending').orderBy('id');
          const pending = (await (isSqlite() ? read : read.forUpdate())) as Row[];
          if (pending.length === 0) return 0;
          const refs = new Map(pending.map((r) => [versionKey(r.document_id, r.locale), Number(r.id)]));
          const published = await readPublished(
            strapi,
            pending.map((r) => ({ documentId: r.document_id, locale: r.locale })),
            { select: ['documentId', 'locale', 'searchText'] }
          );
          const postings = published.flatMap(({ documentId, locale, searchText }) => {
            const ref = refs.get(versionKey(documentId, locale))!;
            return [...documentPostings(searchText).terms].map(([term, frequency]) => ({ ref, locale, term, frequency }));
          });
          // In the postings index's key order (locale, term, frequency, ref): grouped by locale and term, the
          // groups in code unit order (the databases' collations differ a little from it, which only loosens
          // the grouping), each group by frequency; a group's rows come in ref order (the versions are read
          // in list row order) and the sort is stable.
          const groups = groupBy(postings, (p) => `${p.locale}\u0000${p.term}`);
          const rows = [...groups.keys()].sort().flatMap((key) => groups.get(key)!.sort((a, b) => a.frequency - b.frequency));
          await insertRows(t, SEARCH_POSTING_TABLE, ['ref', 'locale', 'term', 'frequency'], rows);
          // A marked version without a published row (its list row outlived it: a change made below the pipeline) gets no postings; no mark is left.
          for (const part of chunks(pending.map((r) => Number(r.id)), WRITE_CHUNK)) await t(SEARCH_DOCUMENT_TABLE).whereIn('id', part).update({ postings_pending: null });
          return pending.length;
        });
        await options.onBuilt?.(built);
      }
    },

    /** How many versions' postings are left to buildPending (a walk of the list table). */
    async pendingCount(): Promise<number> {
      return Number((((await knex()(SEARCH_DOCUMENT_TABLE).whereNotNull('postings_pending').count({ n: '*' })) as Row[])[0])?.n ?? 0);
    },

    /** The published versions of `locale` matching every word of `q` and the filters, in order; the requested page of them. */
    async search({ locale, q, filters, order, start, limit, withCount }: SearchRequest): Promise<SearchResult> {
      const { terms, ignored } = analyzeQuery(q);
      const empty = { terms, ignored, total: withCount ? 0 : null, limited: false, hits: [] };
      if (terms.length === 0) return empty;

      const frequencies: number[] = [];
      for (const term of terms) {
        // An index-only count; a version has one posting per form, so a one-form word needs no DISTINCT.
        const query = knex()(SEARCH_POSTING_TABLE).where('locale', locale).whereIn('term', term.forms);
        const [row] = (await (term.forms.length === 1 ? query.count({ n: '*' }) : query.countDistinct({ n: 'ref' }))) as Row[];
        frequencies.push(Number(row?.n ?? 0));
      }
      if (frequencies.some((n) => n === 0)) return empty;
      const stats = await getService(strapi, 'list').localeStats(locale);
      const average = stats.documents > 0 ? stats.length / stats.documents : 1;
      const idfs = frequencies.map((n) => bm25Idf(Math.max(stats.documents, n), n));
      const rarest = frequencies.indexOf(Math.min(...frequencies));
      const common = frequencies[rarest] > CANDIDATE_CAP;
      const score = (d: Row, perTerm: Map<number, number>[]) =>
        perTerm.reduce((sum, m, i) => sum + bm25(m.get(Number(d.id)) ?? 0, Number(d.length), average, idfs[i]), 0);
      const rounded = (n: number) => Math.round(n * 1000) / 1000;
      // Words too common to rank all: one word without filters totals its document count; several words,
      // or filters, are counted over the list index (pagination[withCount]=false skips it).
      const commonTotal = async (): Promise<number> =>
        terms.length === 1 && noFilters(filters)
          ? frequencies[0]
          : Number((((await matching(locale, terms, filters).count({ total: '*' })) as Row[])[0])?.total ?? 0);

      if (common && order !== 'relevance') {
        // Words in most versions: walk the list index in the requested order, keeping versions that hold them all.
        const query = applyOrder(matching(locale, terms, filters).select('d.id', 'd.document_id', 'd.length', 'd.summary'), order).offset(start).limit(limit);
        const page = (await query) as Row[];
        const refs = page.map((d) => Number(d.id));
        const perTerm = await Promise.all(terms.map((term) => postings(locale, term, refs)));
        const total = withCount ? await commonTotal() : null;
        return {
          terms,
          ignored,
          total,
          limited: false,
          hits: page.map((d) => ({ documentId: d.document_id, score: rounded(score(d, perTerm)), summary: jsonOf(d.summary) })),
        };
      }

      // The rarest word's versions (its heaviest CANDIDATE_CAP when every word is common), then the others' postings among them.
      const first = await postings(locale, terms[rarest], null, common ? CANDIDATE_CAP : undefined);
      const perTerm: Map<number, number>[] = terms.map(() => new Map());
      perTerm[rarest] = first;
      let candidates = [...first.keys()];
      for (let i = 0; i < terms.length && candidates.length > 0; i += 1) {
        if (i === rarest) continue;
        perTerm[i] = await postings(locale, terms[i], candidates);
        candidates = candidates.filter((id) => perTerm[i].has(id));
      }
      const documents: Row[] = [];
      for (const part of chunks(candidates, CHUNK)) {
        const query = applyFilters(knex(), knex()(`${SEARCH_DOCUMENT_TABLE} as d`), locale, filters)
          .select('d.id', 'd.document_id', 'd.length', 'd.published_at', 'd.updated_at', 'd.title_key')
          .whereIn('d.id', part);
        documents.push(...((await query) as Row[]));
      }
      const scored: Row[] = documents.map((d) => ({ ...d, score: score(d, perTerm) }));
      const byKeys = (orders: ListOrder[]) => (a: Row, b: Row) => {
        for (const { field, order: direction } of orders) {
          const [x, y] = [KEY_OF[field](a), KEY_OF[field](b)];
          if (x !== y) return (x < y ? -1 : 1) * (direction === 'asc' ? 1 : -1);
        }
        return (a.id - b.id) * (orders[0]?.order === 'asc' ? 1 : -1);
      };
      const latestFirst = byKeys([{ field: 'publishedAt', order: 'desc' }]);
      scored.sort(order === 'relevance' ? (a, b) => b.score - a.score || latestFirst(a, b) : byKeys(order));
      const page = scored.slice(start, start + limit);
      const stored = await summaries(page.map((d) => Number(d.id)));
      const total = !withCount ? null : common ? await commonTotal() : scored.length;
      return {
        terms,
        ignored,
        total,
        limited: common,
        hits: page.filter((d) => stored.has(Number(d.id))).map((d) => ({ documentId: d.document_id, score: rounded(d.score), summary: stored.get(Number(d.id))! })),
      };
    },
  };
};
