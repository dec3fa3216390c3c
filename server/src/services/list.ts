import type { Core } from '@strapi/strapi';
import { SEARCH_DOCUMENT_TABLE, SEARCH_KEYWORD_TABLE, SEARCH_STATS_TABLE } from '../models/search-index';
import { countedByStats, keywordKey, type ListFilters, type ListOrder, type ListSortField } from '../list/query';
import { transactionWithRetry } from '../utils/lock-retry';

type Row = Record<string, any>;
type Knex = Core.Strapi['db']['connection'];
type Builder = ReturnType<Knex>;

/** The list table's column behind each order (each leads an index with `locale`, and `section` after it). */
const COLUMN: Record<ListSortField, string> = { publishedAt: 'published_at', updatedAt: 'updated_at', title: 'title_key' };

/** A stored JSON column as an object (PostgreSQL gives one, SQLite and MariaDB give its text). */
export const jsonOf = (value: unknown): Row => (typeof value === 'string' ? JSON.parse(value) : ((value ?? {}) as Row));

/** A locale: its code, or an SQL expression giving one (the public read's shortcut: the default locale as the database holds it). */
type LocaleValue = string | ReturnType<Knex['raw']>;

/** Restrict a query on the list table (aliased `d`) to `locale` and `filters`; every condition has an index behind it. */
export function applyFilters(knex: Knex, query: Builder, locale: LocaleValue, filters: ListFilters): Builder {
  query.where('d.locale', locale);
  if (filters.sections) query.whereIn('d.section', filters.sections);
  const range = filters.publishedAt ?? {};
  if (range.$gte) query.where('d.published_at', '>=', range.$gte);
  if (range.$gt) query.where('d.published_at', '>', range.$gt);
  if (range.$lte) query.where('d.published_at', '<=', range.$lte);
  if (range.$lt) query.where('d.published_at', '<', range.$lt);
  if (filters.keywords) {
    const keys = filters.keywords.map(keywordKey);
    query.whereIn('d.document_id', knex(SEARCH_KEYWORD_TABLE).select('document_id').where('locale', locale).whereIn('key', keys));
  }
  return query;
}

/**
 * Order a query on the list table by `orders`, then by row id: a stable page boundary between equal keys.
 * A version keeps its row (and so its place among equals) through edits and re-indexes (search.ts
 * indexDocuments updates it in place); the secondary indexes of SQLite and InnoDB end in the row id, so
 * the tie-break costs no sort there.
 */
export function applyOrder(query: Builder, orders: ListOrder[]): Builder {
  for (const { field, order } of orders) query.orderBy(`d.${COLUMN[field]}`, order);
  return query.orderBy('d.id', orders[0]?.order ?? 'desc');
}

/** The query of one page of the list: document ids and stored summaries, in order. */
export function pageQuery(knex: Knex, locale: LocaleValue, filters: ListFilters, orders: ListOrder[], start: number, limit: number): Builder {
  const query = knex(`${SEARCH_DOCUMENT_TABLE} as d`).select('d.document_id', 'd.summary');
  return applyOrder(applyFilters(knex, query, locale, filters), orders).offset(start).limit(limit);
}

/**
 * The query of the total of published versions of `locale` matching `filters` (one row, `total`): the
 * stats' sum when they count it, else a count over the filters' index range.
 */
export function totalQuery(knex: Knex, locale: LocaleValue, filters: ListFilters): Builder {
  if (countedByStats(filters)) {
    const query = knex(SEARCH_STATS_TABLE).sum({ total: 'documents' }).where('locale', locale);
    if (filters.sections) query.whereIn('section', filters.sections);
    return query;
  }
  return applyFilters(knex, knex(`${SEARCH_DOCUMENT_TABLE} as d`).count({ total: '*' }), locale, filters);
}

/**
 * The published article list, read from the plugin's list table (the
 * per-version rows of the search index: models/search-index.ts), never from
 * the article table: a page is one index range scan with a LIMIT, and the
 * total of a locale or of some sections is read off `newsroom_search_stats`
 * (a row per section). A keyword or date-range filter is counted over its
 * index range (the matching rows, not the table); `withCount=false` skips it.
 */
/**
 * Add `documents` versions and `length` words to the stats of (locale, section), atomically, in the running
 * transaction: one upsert, so concurrent writers queue on the row's exclusive lock (an insert-if-missing
 * then an update deadlocks on MariaDB: both writers hold the shared lock of the duplicate key).
 */
async function bump(trx: Knex, locale: string, section: string | null, documents: number, length: number): Promise<void> {
  const key = { locale, section: section ?? '' };
  // The row of an existing section (nearly every write): an UPDATE takes its exclusive lock at once. An
  // upsert would first take the duplicate key's shared lock and then want the exclusive one, and two
  // writers holding the shared lock deadlock on MariaDB/MySQL.
  const updated = await trx(SEARCH_STATS_TABLE)
    .where(key)
    .update({ documents: trx.raw('?? + ?', ['documents', documents]), length: trx.raw('?? + ?', ['length', length]) });
  if (Number(updated) > 0) return;
  const column = (name: string) => trx.raw('?? + ?', [`${SEARCH_STATS_TABLE}.${name}`, name === 'documents' ? documents : length]);
  await trx(SEARCH_STATS_TABLE)
    .insert({ ...key, documents, length })
    .onConflict(['locale', 'section'])
    .merge({ documents: column('documents'), length: column('length') });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    /** The rows of one page, in order, with their stored summaries. */
    async page(locale: string, filters: ListFilters, orders: ListOrder[], start: number, limit: number): Promise<{ documentId: string; summary: Row }[]> {
      const rows = (await pageQuery(knex(), locale, filters, orders, start, limit)) as Row[];
      return rows.map((row) => ({ documentId: row.document_id, summary: jsonOf(row.summary) }));
    },

    /** How many published versions of `locale` match `filters`. */
    async total(locale: string, filters: ListFilters): Promise<number> {
      const [row] = (await totalQuery(knex(), locale, filters)) as Row[];
      return Number(row?.total ?? 0);
    },

    /** Published versions and indexed length of `locale` (BM25's N and average document length), from the stats. */
    async localeStats(locale: string): Promise<{ documents: number; length: number }> {
      const [row] = (await knex()(SEARCH_STATS_TABLE).sum({ documents: 'documents', length: 'length' }).where('locale', locale)) as Row[];
      return { documents: Number(row?.documents ?? 0), length: Number(row?.length ?? 0) };
    },

    bump,

    /**
     * Recount the stats from the list table (after a re-index): the one pass over it, run once per upgrade.
     * Its own transaction, run again whole when a writer's stats bump holds a row it deletes.
     */
    async recount(): Promise<void> {
      await transactionWithRetry(strapi, 'list stats recount', async (t) => {
        const rows = (await t(SEARCH_DOCUMENT_TABLE)
          .select('locale', 'section')
          .count({ documents: '*' })
          .sum({ length: 'length' })
          .groupBy('locale', 'section')) as Row[];
        await t(SEARCH_STATS_TABLE).delete();
        const merged = new Map<string, Row>();
        for (const row of rows) {
          const key = `${row.locale}\u0000${row.section ?? ''}`;
          const before = merged.get(key) ?? { locale: row.locale, section: row.section ?? '', documents: 0, length: 0 };
          merged.set(key, { ...before, documents: before.documents + Number(row.documents), length: before.length + Number(row.length ?? 0) });
        }
        for (const row of merged.values()) await bump(t, row.locale, row.section, row.documents, row.length);
      });
    },
  };
};
