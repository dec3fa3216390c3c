import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { idf, indexTerms, recencyFactor, SECTION_PREFIX } from '../links/terms';
import { TERM_INDEX_TABLE } from '../models/term-index';
import type { Suggestion } from '../types/api';
import type { StoredLinks } from './links';
import { insertRows, ROWS_PER_INSERT, rowChanges } from '../utils/insert-rows';
import { transactionWithRetry } from '../utils/lock-retry';
import { chunks, lockPublished, readPublished, versionKey, type Version } from '../utils/versions';

type Row = Record<string, any>;

/** How many terms of the source article a query uses, most significant first. */
const QUERY_TERMS = 24;
/** Terms in more than this share of articles say nothing about relatedness. */
const MAX_DOCUMENT_SHARE = 0.25;
const CANDIDATES = 40;

/**
 * Related-article suggestions from the term index: BM25 over the published
 * articles of the same locale (title, standfirst, body, keywords and section
 * as terms), nudged towards recent ones; the article itself and what it
 * already links to are left out. Work per request: three indexed queries.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    /**
     * (Re)index these versions (a write's, a batch's, a re-index's) in one transaction: of each one's
     * terms, those that changed are deleted and those of its published row inserted, set-wise
     * (rowChanges, multi-row INSERTs): an unchanged re-index writes none. A version with no published
     * row is left unindexed. `newDocument`: the write created the documents under new ids, so they have
     * no index rows yet.
     *
     * Two re-indexes of one version at once (two nodes at boot, a re-index beside a write) must not both
     * insert a changed term: the versions' published rows are locked first, so the second waits for the
     * first to commit, and its stored terms are then read with a locking read, which sees that commit
     * (PostgreSQL's READ COMMITTED and InnoDB's REPEATABLE READ alike; SQLite runs one writer). In a write
     * it joins the write's transaction, which already holds those rows; on its own (a re-index) a lock
     * conflict re-runs it whole.
     */
    async indexDocuments(versions: Version[], options: { newDocument?: boolean } = {}): Promise<void> {
      if (versions.length === 0) return;
      const label = versions.length === 1 ? `${versions[0].documentId}/${versions[0].locale}` : `${versions.length} versions`;
      await transactionWithRetry(strapi, `suggestion index ${label}`, async (t) => {
        const stored = new Map<string, (Row & { id: number })[]>();
        if (!options.newDocument) await lockPublished(strapi, t, versions);
        for (const { documentId, locale } of options.newDocument ? [] : versions) {
          const query = t(TERM_INDEX_TABLE).select('id', 'term', 'weight').where({ document_id: documentId, locale });
          stored.set(versionKey(documentId, locale), (await (strapi.db.dialect.client === 'sqlite' ? query : query.forUpdate())) as (Row & { id: number })[]);
        }
        const rows: Row[] = [];
        const removed: number[] = [];
        for (const row of await readPublished(strapi, versions, { select: ['documentId', 'locale', 'searchText', 'section', 'keywords'] })) {
          const wanted = indexTerms(row as { searchText: string | null; section: string | null; keywords: unknown }).map(({ term, weight }) => ({
            document_id: row.documentId,
            locale: row.locale,
            term,
            weight,
          }));
          const changes = rowChanges(stored.get(versionKey(row.documentId, row.locale)) ?? [], wanted, ['term', 'weight']);
          stored.delete(versionKey(row.documentId, row.locale));
          rows.push(...changes.add);
          removed.push(...changes.remove);
        }
        // The terms of versions no longer published.
        for (const gone of stored.values()) removed.push(...gone.map((r) => r.id));
        for (const part of chunks(removed, ROWS_PER_INSERT)) await t(TERM_INDEX_TABLE).whereIn('id', part).delete();
        await insertRows(t, TERM_INDEX_TABLE, ['document_id', 'locale', 'term', 'weight'], rows);
      });
    },

    /** Suggestions for the draft of `documentId` in `locale`, best first. */
    async suggest(documentId: string, locale: string, limit = 10): Promise<Suggestion[]> {
      const source = (await strapi.db.query(ARTICLE_UID).findOne({
        where: { documentId, locale, publishedAt: null },
        select: ['searchText', 'section', 'keywords', 'links'],
      })) as Row | null;
      if (!source) return [];
      const own = indexTerms(source as { searchText: string | null; section: string | null; keywords: unknown });
      if (own.length === 0) return [];
      const links = (source.links as StoredLinks | null) ?? { body: [], related: [] };
      const excluded = [documentId, ...links.related, ...links.body.filter((d): d is string => !!d)];

      const total = await strapi.db.query(ARTICLE_UID).count({ where: { locale, publishedAt: { $notNull: true } } });
      if (total === 0) return [];
      const frequencies = (await knex()(TERM_INDEX_TABLE)
        .select('term')
        .count({ df: '*' })
        .where('locale', locale)
        .whereIn('term', own.map((t) => t.term))
        .groupBy('term')) as { term: string; df: number | string }[];
      const df = new Map(frequencies.map((f) => [f.term, Number(f.df)]));
      const query = own
        .filter((t) => (df.get(t.term) ?? 0) > 0 && (df.get(t.term) ?? 0) <= Math.max(2, total * MAX_DOCUMENT_SHARE))
        .map((t) => ({ term: t.term, weight: t.weight * idf(total, df.get(t.term) ?? 0) }))
        .sort((a, b) => b.weight - a.weight)
        .slice(0, QUERY_TERMS);
      if (query.length === 0) return [];

      // Weights are numbers computed here (not input), written as literals: PostgreSQL cannot type a bound
      // parameter inside CASE … THEN, and a text-typed one breaks the multiplication.
      const caseSql = `CASE term ${query.map((q) => `WHEN ? THEN ${q.weight.toFixed(6)}`).join(' ')} ELSE 0 END`;
      const scored = (await knex()(TERM_INDEX_TABLE)
        .select('document_id')
        .select(knex().raw(`SUM(weight * ${caseSql}) AS score`, query.map((q) => q.term)))
        .where('locale', locale)
        .whereIn('term', query.map((q) => q.term))
        .whereNotIn('document_id', excluded)
        .groupBy('document_id')
        .orderBy('score', 'desc')
        .limit(CANDIDATES)) as { document_id: string; score: number | string }[];
      if (scored.length === 0) return [];

      const rows = (await strapi.db.query(ARTICLE_UID).findMany({
        where: { documentId: { $in: scored.map((s) => s.document_id) }, locale, publishedAt: { $notNull: true } },
        select: ['documentId', 'title', 'slug', 'publishedAt', 'section'],
      })) as Row[];
      const byId = new Map(rows.map((r) => [r.documentId, r]));
      const sourceSection = own.find((t) => t.term.startsWith(SECTION_PREFIX));
      const now = new Date();
      return scored
        .map((s) => ({ s, row: byId.get(s.document_id) }))
        .filter((x): x is { s: (typeof scored)[number]; row: Row } => !!x.row)
        .map(({ s, row }) => ({
          documentId: row.documentId,
          title: row.title,
          slug: row.slug,
          publishedAt: new Date(row.publishedAt).toISOString(),
          score: Math.round(Number(s.score) * recencyFactor(row.publishedAt, now) * 1000) / 1000,
          sameSection: !!sourceSection && indexTerms({ searchText: '', section: row.section }).some((t) => t.term === sourceSection.term),
        }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
};
