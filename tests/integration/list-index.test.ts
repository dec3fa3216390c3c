import { ARTICLE_UID } from '../../content-types';
import type { ArticleListResponse } from '../../server/src/types/api';
import { startPlayground, statementsDuring, type TestApp } from '../helpers/strapi';

/**
 * Issue #12: the list and search are served from the plugin's own index
 * tables (stored summaries, per-section stats), so the SQL a request runs does
 * not grow with the table, and every write that changes what is published
 * changes the list and its total at once.
 */
let app: TestApp;
const docs = () => app.strapi.documents(ARTICLE_UID);
const SECTION = 'فهرس-القائمة';
const client = () => process.env.DATABASE_CLIENT ?? 'sqlite';

beforeAll(async () => {
  app = await startPlayground();
});

afterAll(async () => {
  await app?.close();
});

const publishedMany = async (count: number, from: number, section = SECTION) => {
  for (let i = from; i < from + count; i += 1) {
    await docs().create({
      locale: 'en',
      status: 'published',
      data: { title: `Bulletin number ${i} unique${i}word`, section: i % 2 === 0 ? section : `${section}-odd`, keywords: ['bulletin', `k${i % 5}`] },
    } as never);
  }
};

const get = (query: string) => app.http().get(`/api/newsroom/articles?${query}`);

/** How many search postings a version has: those naming its list rows (`ref`). */
const postingsOf = async (version: { document_id: string; locale: string }): Promise<number> => {
  const knex = app.strapi.db.connection;
  return Number((await knex('newsroom_search_postings').count({ n: '*' }).whereIn('ref', knex('newsroom_search_documents').select('id').where(version)))[0].n);
};

/** Statements the database ran for one request (its own: not the tail of a write's work meanwhile). */
async function statements(query: string, status = 200): Promise<number> {
  const seen = await statementsDuring(async () => {
    expect((await get(query)).status).toBe(status);
  });
  return seen.length;
}

const REQUESTS = [
  'locale=en',
  `locale=en&filters[section][$eq]=${encodeURIComponent(SECTION)}&sort=title:asc`,
  `locale=en&filters[section][$in][0]=${encodeURIComponent(SECTION)}&filters[section][$in][1]=x&sort=updatedAt:desc`,
  'locale=en&filters[keywords][$contains]=k3',
  'locale=en&filters[publishedAt][$gte]=2020-01-01&pagination[page]=2&pagination[pageSize]=5',
  'locale=en&q=unique7word',
  'locale=en&q=bulletin',
  'locale=en&q=bulletin&sort=publishedAt:asc',
  'locale=en&q=bulletin%20number&pagination[withCount]=false',
];

describe('SQL per list and search request', () => {
  it('is the same at 50 and at 250 articles in the locale', async () => {
    await publishedMany(50, 0);
    const small: number[] = [];
    for (const q of REQUESTS) small.push(await statements(q));
    await publishedMany(200, 50);
    const large: number[] = [];
    for (const q of REQUESTS) large.push(await statements(q));
    // The auth layer's own: the same route refusing a bad query before reading anything.
    const auth = await statements('locale=en&pagination[page]=0', 400);
    console.log(`SQL per request beyond auth (${auth}), at 50 → 250 articles: ${REQUESTS.map((q, i) => `${q.replace('locale=en&', '')} → ${small[i] - auth}/${large[i] - auth}`).join('; ')}`);
    expect(large).toEqual(small);
    // A list: the locale check, the settings, the page and the total. A search: those, one count and one postings lookup per word.
    REQUESTS.forEach((q, i) => {
      const words = q.includes('q=') ? q.split('q=')[1].split('&')[0].split('%20').length : 0;
      expect(small[i] - auth).toBeLessThanOrEqual(words === 0 ? 4 : 5 + 2 * words);
    });
    // The count is the stats row, not a COUNT over the table; the page never touches the article table.
    const seen = await statementsDuring(async () => {
      const res = await get('locale=en&pagination[pageSize]=3');
      expect(res.body.meta.pagination.total).toBeGreaterThanOrEqual(250);
    });
    expect(seen.filter((sql) => /count\(/i.test(sql) && /newsroom_search_documents/.test(sql))).toEqual([]);
    expect(seen.filter((sql) => /from [`"]?newsroom_articles[`"]?/i.test(sql))).toEqual([]);
  }, 600_000);
});

describe('what writes do to the list', () => {
  const SEC = 'تغييرات-القائمة';
  const listed = async () => {
    const res = await get(`locale=ar&filters[section][$eq]=${encodeURIComponent(SEC)}&pageSize=50`);
    expect(res.status).toBe(200);
    const body = res.body as ArticleListResponse;
    return { titles: body.data.map((a) => a.title), total: body.meta.pagination.total };
  };

  it('publish, retitle, section change, unpublish and delete show at once, with the total; drafts never', async () => {
    const before = await listed();
    const doc = (await docs().create({ locale: 'ar', data: { title: 'مسودة القائمة', section: SEC } } as never)) as any;
    expect(await listed()).toEqual(before);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    expect(await listed()).toEqual({ titles: ['مسودة القائمة', ...before.titles], total: before.total! + 1 });
    // A draft edit changes nothing listed until it is published.
    await docs().update({ documentId: doc.documentId, locale: 'ar', data: { title: 'عنوان جديد للقائمة' } } as never);
    expect((await listed()).titles).toContain('مسودة القائمة');
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    expect(await listed()).toEqual({ titles: ['عنوان جديد للقائمة', ...before.titles], total: before.total! + 1 });
    await docs().update({ documentId: doc.documentId, locale: 'ar', status: 'published', data: { section: `${SEC}-2` } } as never);
    expect(await listed()).toEqual(before);
    const moved = await get(`locale=ar&filters[section][$eq]=${encodeURIComponent(`${SEC}-2`)}`);
    expect(moved.body.meta.pagination.total).toBe(1);
    await docs().update({ documentId: doc.documentId, locale: 'ar', status: 'published', data: { section: SEC } } as never);
    expect((await listed()).total).toBe(before.total! + 1);
    await docs().unpublish({ documentId: doc.documentId, locale: 'ar' } as never);
    expect(await listed()).toEqual(before);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    expect((await listed()).total).toBe(before.total! + 1);
    await docs().delete({ documentId: doc.documentId, locale: 'ar' } as never);
    expect(await listed()).toEqual(before);
    expect((await get(`locale=ar&filters[section][$eq]=${encodeURIComponent(`${SEC}-2`)}`)).body.meta.pagination.total).toBe(0);
  });

  it('articles published at the same instant keep their order through an edit and a re-index', async () => {
    const TIE = 'تعادل-القائمة';
    const at = '2019-03-04T05:06:07.000Z';
    const tied = async () => {
      const res = await get(`locale=ar&filters[section][$eq]=${encodeURIComponent(TIE)}&pageSize=50`);
      return (res.body as ArticleListResponse).data.map((a) => a.documentId);
    };
    const created: string[] = [];
    for (const i of [1, 2, 3]) {
      const doc = (await docs().create({ locale: 'ar', status: 'published', data: { title: `خبر في اللحظة نفسها ${i}`, section: TIE, originalPublishedAt: at } } as never)) as any;
      created.push(doc.documentId);
    }
    const order = await tied();
    expect([...order].sort()).toEqual([...created].sort());
    // Retitling the last listed (its list row rewritten) and re-indexing the first leaves all three where they were.
    await docs().update({ documentId: order[2], locale: 'ar', status: 'published', data: { title: 'خبر في اللحظة نفسها، معدل' } } as never);
    expect(await tied()).toEqual(order);
    await app.strapi.plugin('newsroom').service('reindex').documents([{ documentId: order[0], locale: 'ar' }]);
    expect(await tied()).toEqual(order);
    await app.strapi.plugin('newsroom').service('reindex').documents(order.map((documentId) => ({ documentId, locale: 'ar' })));
    expect(await tied()).toEqual(order);
    const [stat] = await app.strapi.db.connection('newsroom_search_stats').select('documents').where({ locale: 'ar', section: TIE });
    expect(Number(stat.documents)).toBe(3);
  });

  (client() === 'sqlite' ? it.skip : it)('stats stay right under concurrent creates', async () => {
    const CONC = 'متزامن';
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        docs().create({ locale: 'ar', status: 'published', data: { title: `مقال متزامن ${i}`, section: CONC } } as never)
      )
    );
    const res = await get(`locale=ar&filters[section][$eq]=${encodeURIComponent(CONC)}&pageSize=50`);
    expect(res.body.data.length).toBe(12);
    expect(res.body.meta.pagination.total).toBe(12);
    const [row] = await app.strapi.db.connection('newsroom_search_documents').count({ n: '*' }).where({ locale: 'ar', section: CONC });
    expect(Number(row.n)).toBe(12);
  });
});

describe('upgrading a database with published articles', () => {
  it('the re-index of a new DERIVED_VERSION fills summaries, keywords and stats the list reads', async () => {
    const knex = app.strapi.db.connection;
    const before = (await get('locale=ar&pageSize=100')).body as ArticleListResponse;
    const byKeyword = (await get('locale=en&filters[keywords][$contains]=k1&pagination[pageSize]=100')).body.meta.pagination.total;
    expect(before.meta.pagination.total).toBeGreaterThan(0);
    // As the previous version left them: list columns empty (schema sync just added them), no keywords, no stats.
    await knex('newsroom_search_documents').update({ summary: null, title_key: null, updated_at: null });
    await knex('newsroom_search_keywords').delete();
    await knex('newsroom_search_stats').delete();
    await app.strapi.store({ type: 'plugin', name: 'newsroom', key: 'derived-version' }).set({ value: 6 });
    expect(await app.strapi.plugin('newsroom').service('reindex').ifNeeded()).toBeGreaterThan(0);
    const after = (await get('locale=ar&pageSize=100')).body as ArticleListResponse;
    expect(after).toEqual(before);
    expect((await get('locale=en&filters[keywords][$contains]=k1&pagination[pageSize]=100')).body.meta.pagination.total).toBe(byKeyword);
  }, 600_000);
});

describe('re-indexing one version twice at once (two nodes at boot)', () => {
  it('leaves one set of postings, keywords and one list row, and the stats counting it once', async () => {
    const SEC = 'إعادة-فهرسة-متزامنة';
    const doc = (await docs().create({
      locale: 'ar',
      status: 'published',
      data: { title: 'مسؤول في CNN يتحدث عن فهرسة متزامنة', section: SEC, keywords: ['فهرسة', 'تزامن'] },
    } as never)) as any;
    const knex = app.strapi.db.connection;
    const counts = async () => {
      const where = { document_id: doc.documentId, locale: 'ar' };
      const n = async (table: string) => Number((await knex(table).count({ n: '*' }).where(where))[0].n);
      return { terms: await postingsOf(where), keywords: await n('newsroom_search_keywords'), rows: await n('newsroom_search_documents') };
    };
    const before = await counts();
    expect(before.terms).toBeGreaterThan(3);
    const search = app.strapi.plugin('newsroom').service('search');
    for (let round = 0; round < 5; round += 1) {
      await Promise.all([1, 2, 3].map(() => search.indexDocuments([{ documentId: doc.documentId, locale: 'ar' }])));
      expect(await counts()).toEqual(before);
    }
    const [stat] = await knex('newsroom_search_stats').select('documents').where({ locale: 'ar', section: SEC });
    expect(Number(stat.documents)).toBe(1);
  });
});

describe('indexing a version for the first time twice at once (two nodes re-indexing at boot after an upgrade)', () => {
  it('leaves one list row, each posting and keyword once, and the stats counting it once', async () => {
    const SEC = 'فهرسة-أولى-متزامنة';
    const knex = app.strapi.db.connection;
    const search = app.strapi.plugin('newsroom').service('search');
    const where = (doc: any) => ({ document_id: doc.documentId, locale: 'ar' });
    const counts = async (doc: any) => {
      const n = async (table: string) => Number((await knex(table).count({ n: '*' }).where(where(doc)))[0].n);
      return { terms: await postingsOf(where(doc)), keywords: await n('newsroom_search_keywords'), rows: await n('newsroom_search_documents') };
    };
    for (let round = 0; round < 3; round += 1) {
      const doc = (await docs().create({
        locale: 'ar',
        status: 'published',
        data: { title: `مسؤول في CNN يتحدث عن فهرسة أولى ${round}`, section: SEC, keywords: ['فهرسة', `جولة ${round}`] },
      } as never)) as any;
      const indexed = await counts(doc);
      expect(indexed.rows).toBe(1);
      // The version as an index that never held it finds it (an upgrade that brings the index): no rows, not counted.
      const [row] = await knex('newsroom_search_documents').select('length').where(where(doc));
      await knex('newsroom_search_postings').whereIn('ref', knex('newsroom_search_documents').select('id').where(where(doc))).delete();
      for (const table of ['newsroom_search_keywords', 'newsroom_search_documents']) await knex(table).where(where(doc)).delete();
      await knex('newsroom_search_stats').where({ locale: 'ar', section: SEC }).update({ documents: knex.raw('documents - 1'), length: knex.raw('length - ?', [Number(row.length)]) });
      await Promise.all([1, 2, 3].map(() => search.indexDocuments([{ documentId: doc.documentId, locale: 'ar' }])));
      expect(await counts(doc)).toEqual(indexed);
      const [stat] = await knex('newsroom_search_stats').select('documents').where({ locale: 'ar', section: SEC });
      expect(Number(stat.documents)).toBe(round + 1);
    }
  });
});

describe('the published row a write indexes', () => {
  it('is locked once per write, for both of its indexes (search and suggestions), not once for each', async () => {
    const doc = (await docs().create({ locale: 'ar', status: 'published', data: { title: 'مسئول يعدّل خبراً منشوراً عن CNN' } } as never)) as any;
    const sql = await statementsDuring(() =>
      docs().update({ documentId: doc.documentId, locale: 'ar', status: 'published', data: { title: 'مسئول يعدّل خبراً منشوراً عن CNN مرة ثانية' } } as never)
    );
    const locks = sql.filter((q) => /^select [`"]?id[`"]? from [`"]?(public[`"]?\.[`"]?)?newsroom_articles[`"]? where [`"]?id[`"]? in .* for update$/i.test(q));
    // SQLite's one writer holds the whole database: nothing to lock there.
    expect(locks).toHaveLength(client() === 'sqlite' ? 0 : 1);
  });
});

describe('re-indexing the suggestion terms of one version twice at once, after its text changed', () => {
  it('leaves each term once', async () => {
    const doc = (await docs().create({ locale: 'ar', status: 'published', data: { title: 'مسئول يتحدث عن اقتراحات متزامنة في 2023' } } as never)) as any;
    const knex = app.strapi.db.connection;
    const version = { documentId: doc.documentId, locale: 'ar' };
    const terms = async () =>
      ((await knex('newsroom_term_index').select('term').where({ document_id: doc.documentId, locale: 'ar' })) as { term: string }[]).map((r) => r.term).sort();
    const suggestions = app.strapi.plugin('newsroom').service('suggestions');
    for (let round = 0; round < 5; round += 1) {
      // Another node's write changed the stored text (so some terms' weights change, some terms come and go); then two
      // nodes re-index the version at once.
      const text = `${'اقتراح '.repeat(round + 1)}متزامن مسئول CNN ${round} ${'عدد '.repeat(5 - round)}`;
      await knex('newsroom_articles').where({ document_id: doc.documentId, locale: 'ar' }).whereNotNull('published_at').update({ search_text: text });
      await Promise.all([1, 2, 3].map(() => suggestions.indexDocuments([version])));
      const after = await terms();
      expect(after).toEqual([...new Set(after)]);
      await suggestions.indexDocuments([version]);
      expect(await terms()).toEqual(after);
    }
  });
});

describe('what a re-index or an edit rewrites of a version\'s postings', () => {
  it('an unchanged re-index writes no posting, keyword or suggestion term; an edit of the title writes only what changed, and search follows it', async () => {
    const knex = app.strapi.db.connection;
    const doc = (await docs().create({
      locale: 'ar',
      status: 'published',
      data: { title: 'مسئول في الأمم المتحدة يزور المدينة', standfirst: 'زيارة تستمر ثلاثة أيام', keywords: ['زيارة', 'UN'] },
    } as never)) as any;
    const version = { documentId: doc.documentId, locale: 'ar' };
    const postings = async () =>
      ((await knex('newsroom_search_postings').select('id', 'term', 'frequency').whereIn('ref', knex('newsroom_search_documents').select('id').where({ document_id: doc.documentId, locale: 'ar' })).orderBy('id')) as any[]).map(
        (r) => ({ ...r, frequency: Number(r.frequency) })
      );
    const before = await postings();
    const writes = (sql: string[]) => sql.filter((q) => /^(insert into|delete from)\s+[`"]?(public[`"]?\.[`"]?)?newsroom_search_(postings|keywords)\b/i.test(q));
    const unchanged = await statementsDuring(() => app.strapi.plugin('newsroom').service('search').indexDocuments([version]));
    expect(writes(unchanged)).toEqual([]);
    expect(await postings()).toEqual(before);
    // The suggestions' term index likewise.
    const terms = async () => knex('newsroom_term_index').select('id').where({ document_id: doc.documentId, locale: 'ar' }).orderBy('id');
    const termsBefore = await terms();
    expect(termsBefore.length).toBeGreaterThan(3);
    const suggestions = await statementsDuring(() => app.strapi.plugin('newsroom').service('suggestions').indexDocuments([version]));
    expect(suggestions.filter((q) => /^(insert into|delete from)\s+[`"]?(public[`"]?\.[`"]?)?newsroom_term_index\b/i.test(q))).toEqual([]);
    expect(await terms()).toEqual(termsBefore);

    await docs().update({ documentId: doc.documentId, locale: 'ar', status: 'published', data: { title: 'مسئول في الأمم المتحدة يغادر المدينة' } } as never);
    const after = await postings();
    const kept = after.filter((p) => before.some((b) => b.id === p.id));
    // The words the edit left alone keep their rows (same ids); the one it took out is gone, the new one is in.
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBe(after.length - 1);
    const search = async (q: string) => (await get(`locale=ar&q=${encodeURIComponent(q)}`)).body.data.map((a: any) => a.documentId);
    expect(await search('يغادر')).toContain(doc.documentId);
    expect(await search('يزور')).not.toContain(doc.documentId);
    expect(await search('مسؤول المدينة')).toContain(doc.documentId);
  });
});
