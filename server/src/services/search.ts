import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { SEARCH_DOCUMENT_TABLE, SEARCH_DOCUMENT_UID, SEARCH_TERM_TABLE, SEARCH_TERM_UID } from '../models/search-index';
import { bm25, bm25Idf, documentPostings } from '../search/postings';
import { analyzeQuery, type AnalyzedWord } from '../text';
import type { ArticleSort } from '../types/api';

type Row = Record<string, any>;

/** Rows per `IN (…)` list: far under every database's bound-parameter limit. */
const CHUNK = 500;
const WRITE_CHUNK = 200;

export interface SearchRequest {
  locale: string;
  q: string;
  section?: string;
  sort: ArticleSort;
  start: number;
  limit: number;
}

export interface SearchResult {
  terms: AnalyzedWord[];
  ignored: string[];
  total: number;
  /** The requested page, in order. */
  hits: { documentId: string; score: number }[];
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const time = (value: unknown) => new Date(value as string).getTime();

/**
 * Full-text search over published article versions from the plugin's own
 * index (models/search-index.ts), identical on every database: whole
 * analysed terms (text/analyzer.ts), every query word must match (through
 * any of its forms), BM25 ranking. Work per search: one indexed lookup by
 * (locale, term) per query word and the matching versions' index rows —
 * proportional to the matches — plus one aggregate (count and average
 * length, BM25's N and avgdl) over the locale's rows of the small documents
 * table, the one part that grows with the table (a per-locale statistics row
 * kept on write would remove it). Written from the write pipeline with the
 * Query Engine, never the Document Service.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    /** (Re)index the published version of a document in a locale; unindex it when there is none. */
    async indexDocument(documentId: string, locale: string): Promise<void> {
      const published = (await strapi.db.query(ARTICLE_UID).findOne({
        where: { documentId, locale, publishedAt: { $notNull: true } },
        select: ['searchText', 'section', 'publishedAt'],
      })) as Row | null;
      await strapi.db.transaction(async () => {
        await strapi.db.query(SEARCH_TERM_UID).deleteMany({ where: { documentId, locale } });
        await strapi.db.query(SEARCH_DOCUMENT_UID).deleteMany({ where: { documentId, locale } });
        if (!published) return;
        const { terms, length } = documentPostings(published.searchText);
        const rows = [...terms].map(([term, frequency]) => ({ documentId, locale, term, frequency }));
        for (const part of chunks(rows, WRITE_CHUNK)) await strapi.db.query(SEARCH_TERM_UID).createMany({ data: part });
        await strapi.db.query(SEARCH_DOCUMENT_UID).create({
          data: { documentId, locale, length, section: published.section ?? null, publishedAt: published.publishedAt },
        });
      });
    },

    /** The published versions of `locale` matching every word of `q`, ranked; the requested page of them. */
    async search({ locale, q, section, sort, start, limit }: SearchRequest): Promise<SearchResult> {
      const { terms, ignored } = analyzeQuery(q);
      const empty = { terms, ignored, total: 0, hits: [] };
      if (terms.length === 0) return empty;

      // Per query word: the versions holding any of its forms, with the highest frequency among them.
      const perTerm: Map<string, number>[] = [];
      for (const term of terms) {
        const rows = (await knex()(SEARCH_TERM_TABLE)
          .select('document_id', 'term', 'frequency')
          .where('locale', locale)
          .whereIn('term', term.forms)) as Row[];
        const found = new Map<string, number>();
        // Exact comparison: some collations (MariaDB's) treat Arabic letter variants as equal.
        for (const row of rows.filter((r) => term.forms.includes(r.term))) {
          found.set(row.document_id, Math.max(found.get(row.document_id) ?? 0, Number(row.frequency)));
        }
        if (found.size === 0) return empty;
        perTerm.push(found);
      }
      const [rarest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
      const candidates = [...rarest.keys()].filter((id) => others.every((m) => m.has(id)));
      if (candidates.length === 0) return empty;

      const documents: Row[] = [];
      for (const part of chunks(candidates, CHUNK)) {
        const query = knex()(SEARCH_DOCUMENT_TABLE)
          .select('document_id', 'length', 'section', 'published_at')
          .where('locale', locale)
          .whereIn('document_id', part);
        documents.push(...((await query) as Row[]).filter((d) => section === undefined || d.section === section));
      }
      const [stats] = (await knex()(SEARCH_DOCUMENT_TABLE)
        .count({ total: '*' })
        .avg({ average: 'length' })
        .where('locale', locale)) as Row[];
      const total = Number(stats?.total ?? 0);
      const average = Number(stats?.average ?? 1);
      const idfs = perTerm.map((m) => bm25Idf(total, m.size));

      const scored = documents.map((d) => ({
        documentId: d.document_id as string,
        publishedAt: time(d.published_at),
        score: perTerm.reduce((sum, m, i) => sum + bm25(m.get(d.document_id) ?? 0, Number(d.length), average, idfs[i]), 0),
      }));
      const byDate = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
        b.publishedAt - a.publishedAt || (a.documentId < b.documentId ? -1 : 1);
      const order: Record<ArticleSort, (a: (typeof scored)[number], b: (typeof scored)[number]) => number> = {
        relevance: (a, b) => b.score - a.score || byDate(a, b),
        'publishedAt:desc': byDate,
        'publishedAt:asc': (a, b) => -byDate(a, b),
      };
      scored.sort(order[sort]);
      return {
        terms,
        ignored,
        total: scored.length,
        hits: scored.slice(start, start + limit).map(({ documentId, score }) => ({ documentId, score: Math.round(score * 1000) / 1000 })),
      };
    },
  };
};
