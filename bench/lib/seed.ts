/**
 * The benchmark corpus, written in bulk: newsroom articles (published rows) with the derived fields,
 * links and search-index rows the plugin's own functions compute, and the same articles as
 * `api::stock-article` rows for Strapi's own REST API; optionally realistic bodies (dynamic-zone
 * components, inline links, related lists) and the suggestions' term index.
 * Rows go in through Strapi's query engine (createMany) and join tables through knex, with the
 * table and column names read from Strapi's metadata, so no schema is written down twice.
 */
import { deriveArticle } from '../../server/src/render/derive';
import { indexTerms } from '../../server/src/links/terms';
import { documentPostings } from '../../server/src/search/postings';
import { TERM_INDEX_TABLE } from '../../server/src/models/term-index';
import { insertRowsReturningIds } from '../../server/src/utils/insert-rows';
import { SEARCH_DOCUMENT_UID, SEARCH_KEYWORD_TABLE, SEARCH_POSTING_TABLE } from '../../server/src/models/search-index';
import { keywordKeys, titleKey } from '../../server/src/list/query';
import { SLUG_RESERVATION_TABLE } from '../../server/src/models/slug-reservation';
import { slugKey } from '../../server/src/utils/slug-key';
import { syntheticArticle, syntheticBody, syntheticDocumentId, type SyntheticArticle, type SyntheticBlock } from '../related/synthetic';

export const ARTICLE = 'plugin::newsroom.article';
export const STOCK = 'api::stock-article.stock-article';
/** Stock Strapi's article as the Content-Type Builder makes it: `slug` a `uid`, no index (bench:write's baseline). */
export const STOCK_UID = 'api::stock-uid-article.stock-uid-article';
const BATCH = 500;
/** Rows a knex batch insert: SQLite refuses compound inserts of more than 500 rows. */
const CHUNK = 400;

export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export interface SeedOptions {
  /** Realistic bodies (10–40 blocks, 0–10 inline links and related); empty bodies without. */
  bodies: boolean;
  /** Rows of the suggestions' term index (bench/related); the search index is always written. */
  suggestions: boolean;
  /** Also seed the articles as `api::stock-uid-article` rows (bench:write); empty bodies only. */
  stockUid?: boolean;
}

/** The sides of one content model: plugin (`newsroom.*` components) or stock (`stock.*`), with a string or a uid slug. */
const ALL_SIDES = [
  { uid: ARTICLE, prefix: 'newsroom', documentId: (a: SyntheticArticle) => a.documentId },
  { uid: STOCK, prefix: 'stock', documentId: (a: SyntheticArticle) => `s${a.documentId.slice(1)}` },
  // Its body shares the stock.* components, whose related-link targets api::stock-article: no bodies here.
  { uid: STOCK_UID, prefix: 'stock', documentId: (a: SyntheticArticle) => `u${a.documentId.slice(1)}` },
] as const;

type Row = Record<string, any>;

export async function seedCorpus(strapi: any, size: number, options: SeedOptions) {
  if (options.stockUid && options.bodies) throw new Error('the stock-uid side is seeded with empty bodies only');
  const sides = ALL_SIDES.filter((side) => side.uid !== STOCK_UID || options.stockUid);
  const knex = strapi.db.connection;
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const started = Date.now();
  const now = new Date();
  // Row id of article n, per side; relations are written once every row exists (links point forward too).
  const rowIds = sides.map(() => new Array<number>(size));
  const pending = sides.map(() => ({ links: [] as { cmpId: number; target: number }[], related: [] as { ownerId: number; target: number; order: number }[] }));
  const rareEvery = Math.max(1, Math.floor(size / 10));
  let components = 0;
  let searchRows = 0;

  for (let start = 0; start < size; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - start) }, (_, i) => {
      const n = start + i;
      const article = syntheticArticle(n);
      const body = options.bodies ? syntheticBody(n, size, article.topic, n % rareEvery === 7 % rareEvery) : { blocks: [] as SyntheticBlock[], related: [] as number[] };
      return { n, article, body };
    });
    for (const [s, side] of sides.entries()) {
      const componentOf = (b: SyntheticBlock): Row =>
        b.kind === 'paragraph'
          ? { __component: `${side.prefix}.paragraph`, text: paragraph(b.text) }
          : b.kind === 'intertitle'
            ? { __component: `${side.prefix}.intertitle`, text: b.text }
            : { __component: `${side.prefix}.related-link`, kind: 'read-also' };
      const rows = batch.map(({ article: a, body }) => {
        const row: Row = {
          documentId: side.documentId(a),
          locale: 'ar',
          title: a.title,
          slug: a.slug,
          standfirst: a.standfirst,
          section: a.section,
          keywords: a.keywords,
          direction: 'auto',
          publishedAt: a.publishedAt,
          createdAt: now,
          updatedAt: now,
        };
        if (side.uid !== ARTICLE) return row;
        const derived = deriveArticle({ title: a.title, standfirst: a.standfirst, keywords: a.keywords, body: body.blocks.map(componentOf) }, 'ar', 180);
        const links = {
          body: body.blocks.flatMap((b) => (b.kind === 'link' ? [syntheticDocumentId(b.target)] : [])),
          related: body.related.map((t) => syntheticDocumentId(t)),
        };
        return { ...row, ...derived, links };
      });
      const ids = await insertRowsReturningIds(strapi, side.uid, rows);
      batch.forEach(({ n }, i) => (rowIds[s][n] = ids[i]));

      // Body components, per component type, then the dynamic zone's join rows in block order.
      const dz = meta(side.uid).attributes.body.joinTable;
      const byType = new Map<string, { data: Row[]; at: { ownerId: number; order: number; target?: number }[] }>();
      batch.forEach(({ body }, i) =>
        body.blocks.forEach((b, order) => {
          const { __component, ...data } = componentOf(b);
          const group = byType.get(__component) ?? { data: [], at: [] };
          group.data.push(data);
          group.at.push({ ownerId: ids[i], order, target: b.kind === 'link' ? b.target : undefined });
          byType.set(__component, group);
        })
      );
      const dzRows: Row[] = [];
      for (const [uid, group] of byType) {
        for (let c = 0; c < group.data.length; c += BATCH) {
          const part = group.data.slice(c, c + BATCH);
          const created = await insertRowsReturningIds(strapi, uid, part);
          created.forEach((cmpId, k) => {
            const at = group.at[c + k];
            dzRows.push({
              [dz.joinColumn.name]: at.ownerId,
              [dz.morphColumn.idColumn.name]: cmpId,
              [dz.morphColumn.typeColumn.name]: uid,
              [dz.on ? Object.keys(dz.on)[0] : 'field']: 'body',
              [Object.keys(dz.orderBy ?? { order: 'asc' })[0]]: at.order + 1,
            });
            if (at.target !== undefined) pending[s].links.push({ cmpId, target: at.target });
          });
        }
        components += group.data.length;
      }
      await knex.batchInsert(dz.name, dzRows, CHUNK);
      batch.forEach(({ body }, i) => body.related.forEach((target, order) => pending[s].related.push({ ownerId: ids[i], target, order: order + 1 })));
    }

    // The search index (postings and one row per version), as the search service writes it.
    const terms: Row[] = [];
    const documents: Row[] = [];
    const keywords: Row[] = [];
    const suggestionTerms: Row[] = [];
    for (const { article: a, body } of batch) {
      const { searchText, wordCount, readingTimeMinutes } = deriveArticle(
        { title: a.title, standfirst: a.standfirst, keywords: a.keywords, body: body.blocks.flatMap((b) => (b.kind === 'link' ? [] : [{ __component: `newsroom.${b.kind}`, text: b.kind === 'paragraph' ? paragraph(b.text) : b.text }])) },
        'ar',
        180
      );
      const postings = documentPostings(searchText);
      for (const [term, frequency] of postings.terms) terms.push({ documentId: a.documentId, locale: 'ar', term, frequency });
      // The list row: sort keys and the summary a list item is rendered from (services/search.ts indexDocuments).
      const summary = {
        documentId: a.documentId, slug: a.slug, locale: 'ar', direction: 'auto', title: a.title, standfirst: a.standfirst, kicker: null, byline: null,
        section: a.section, keywords: a.keywords, wordCount, readingTimeMinutes, publishedAt: a.publishedAt, updatedAt: now, cover: null,
      };
      documents.push({
        documentId: a.documentId, locale: 'ar', length: postings.length, section: a.section, publishedAt: a.publishedAt,
        updatedAt: now, titleKey: titleKey(a.title), summary,
      });
      for (const key of keywordKeys(a.keywords)) keywords.push({ document_id: a.documentId, locale: 'ar', key });
      if (options.suggestions) {
        for (const t of indexTerms({ searchText, section: a.section, keywords: a.keywords })) suggestionTerms.push({ document_id: a.documentId, locale: 'ar', term: t.term, weight: t.weight });
      }
    }
    // Slug reservations, as the write path holds them for every slug in use (a real database has one per article).
    await knex.batchInsert(
      SLUG_RESERVATION_TABLE,
      batch.map(({ article: a }) => ({ key: slugKey('ar', a.slug), locale: 'ar', slug: a.slug, document_id: a.documentId })),
      CHUNK
    );
    // The postings name their version by its list row's id.
    const ids = await insertRowsReturningIds(strapi, SEARCH_DOCUMENT_UID, documents);
    const refs = new Map(documents.map((d, i) => [d.documentId as string, ids[i]]));
    await knex.batchInsert(SEARCH_POSTING_TABLE, terms.map(({ documentId, ...posting }) => ({ ref: refs.get(documentId), ...posting })), CHUNK);
    await knex.batchInsert(SEARCH_KEYWORD_TABLE, keywords, CHUNK);
    if (options.suggestions) await knex.batchInsert(TERM_INDEX_TABLE, suggestionTerms, CHUNK);
    searchRows += terms.length;
  }

  // Relations, now that every article has its row: inline links' targets and related lists, published to published.
  for (const [s, side] of sides.entries()) {
    const link = meta(`${side.prefix}.related-link`).attributes.article.joinTable;
    await knex.batchInsert(
      link.name,
      pending[s].links.map(({ cmpId, target }) => ({ [link.joinColumn.name]: cmpId, [link.inverseJoinColumn.name]: rowIds[s][target], ...(link.orderColumnName ? { [link.orderColumnName]: 1 } : {}) })),
      CHUNK
    );
    const related = meta(side.uid).attributes.related.joinTable;
    await knex.batchInsert(
      related.name,
      pending[s].related.map(({ ownerId, target, order }) => ({
        [related.joinColumn.name]: ownerId,
        [related.inverseJoinColumn.name]: rowIds[s][target],
        ...(related.orderColumnName ? { [related.orderColumnName]: order } : {}),
      })),
      CHUNK
    );
  }
  // The list's per-section stats, counted once from the rows just written.
  await strapi.plugin('newsroom').service('list').recount();
  return { seconds: (Date.now() - started) / 1000, components, searchRows, links: pending[0].links.length, related: pending[0].related.length };
}

/** Stock Strapi's REST query equivalent to the plugin's read of article `slug`: the body's components, link targets, related list, rights. */
export const stockReadQuery = (slug: string) =>
  [
    `filters[slug][$eq]=${slug}`,
    'locale=ar',
    'populate[body][on][stock.paragraph]=true',
    'populate[body][on][stock.intertitle]=true',
    'populate[body][on][stock.related-link][populate][article][fields][0]=title',
    'populate[body][on][stock.related-link][populate][article][fields][1]=slug',
    'populate[related][fields][0]=title',
    'populate[related][fields][1]=slug',
    'populate[rights][populate][basedOn]=true',
  ].join('&');
