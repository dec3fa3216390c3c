/**
 * Search quality on a labelled set (issue #11): the articles of
 * tests/fixtures/search-articles-ar.ts are published into a real Strapi (the
 * playground's demo articles deleted first), every judged query of
 * search-queries-ar.ts is asked over HTTP, and micro-averaged precision and
 * recall are printed and held at the figures recorded in bench/README.md.
 * The same set measured on the old engine: `npm run bench:search`.
 */
import { ARTICLE_UID } from '../../content-types';
import type { ArticleListResponse } from '../../server/src/types/api';
import { SEARCH_ARTICLES } from '../fixtures/search-articles-ar';
import { measure, report } from '../fixtures/search-quality';
import { startPlayground, type TestApp } from '../helpers/strapi';

/**
 * The figures recorded in bench/README.md: 259 of 261 results relevant, 259 of 264 relevant articles
 * found (251/253 and 251/264 before the stemmer took ا and و). A change that lowers either fails.
 */
const RECORDED = { precision: 259 / 261, recall: 259 / 264 };
const EPSILON = 1e-9;

let app: TestApp;
const docs = () => app.strapi.documents(ARTICLE_UID);
const keyOf = new Map<string, string>();

const paragraph = (text: string) => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

beforeAll(async () => {
  app = await startPlayground();
  for (const locale of ['ar', 'en']) {
    for (const doc of (await docs().findMany({ locale } as never)) as any[]) await docs().delete({ documentId: doc.documentId, locale: '*' } as never);
  }
  for (const a of SEARCH_ARTICLES) {
    const created = (await docs().create({
      locale: 'ar',
      status: 'published',
      data: { title: a.title, standfirst: a.standfirst, kicker: a.kicker, section: a.section, keywords: a.keywords ?? [], body: a.paragraphs.map(paragraph) },
    } as never)) as any;
    keyOf.set(created.documentId, a.key);
  }
}, 300000);

afterAll(async () => {
  await app?.close();
});

async function search(q: string, extra: Record<string, unknown> = {}): Promise<ArticleListResponse> {
  const res = await app.http().get('/api/newsroom/articles').query({ q, locale: 'ar', pageSize: 100, ...extra });
  expect(res.status).toBe(200);
  return res.body;
}
const keys = async (q: string) => (await search(q)).data.map((a) => keyOf.get(a.documentId) ?? `other:${a.slug}`);

describe('search quality on the labelled set', () => {
  it('holds precision and recall at the recorded figures', async () => {
    const quality = await measure(keys);
    // eslint-disable-next-line no-console
    console.log(report('index search (HTTP)', quality));
    expect(quality.precision).toBeGreaterThanOrEqual(RECORDED.precision - EPSILON);
    expect(quality.recall).toBeGreaterThanOrEqual(RECORDED.recall - EPSILON);
  });
});

describe('GET /articles?q= over the index', () => {
  const keysOf = (body: ArticleListResponse) => body.data.map((a) => keyOf.get(a.documentId));

  it('answers with each match’s score and the words it matched as written, and what the query was searched as', async () => {
    const body = await search('الشئون');
    expect(body.meta.search).toMatchObject({ q: 'الشئون', ignored: [], sort: 'relevance' });
    expect(body.meta.search?.terms.map((t) => t.word)).toEqual(['الشئون']);
    const scores = body.data.map((a) => a.search!.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0)).toBe(true);
    const kuwait = body.data.find((a) => keyOf.get(a.documentId) === 'kuwait-labour')!;
    expect(kuwait.search!.matches).toEqual(['الشئون']);
    const un = body.data.find((a) => keyOf.get(a.documentId) === 'refugees-sudan')!;
    expect(un.search!.matches).toEqual(['الشؤون']);
  });

  it('ranks a title match above body-only matches', async () => {
    const body = await search('اللاجئين');
    expect(keysOf(body)[0]).toBe('refugees-sudan');
  });

  it('sorts by publication date on request, with q and without', async () => {
    for (const q of ['آلاف', undefined]) {
      const desc = (await search(q as string, { sort: 'publishedAt:desc' })).data.map((a) => a.publishedAt);
      const asc = (await search(q as string, { sort: 'publishedAt:asc' })).data.map((a) => a.publishedAt);
      expect(desc).toEqual([...desc].sort().reverse());
      expect(asc).toEqual([...asc].sort());
      expect(asc).toEqual([...desc].reverse());
    }
  });

  it('filters by section and pages through the matches', async () => {
    expect(new Set(keysOf(await search('آلاف', { section: 'أفريقيا' })))).toEqual(new Set(['mali-wagner', 'mali-gold', 'refugees-sudan']));
    const pages = await Promise.all([1, 2, 3].map((page) => search('آلاف', { pageSize: 5, page })));
    expect(pages.map((p) => p.data.length)).toEqual([5, 5, 4]);
    expect(pages[0].meta.pagination).toEqual({ page: 1, pageSize: 5, pageCount: 3, total: 14 });
    expect(new Set(pages.flatMap(keysOf)).size).toBe(14);
  });

  it('answers a query of stop words only with an empty list that says what it ignored', async () => {
    const body = await search('الذي في the');
    expect(body.data).toEqual([]);
    expect(body.meta.pagination.total).toBe(0);
    expect(body.meta.search).toMatchObject({ terms: [], ignored: ['الذي', 'في', 'the'] });
  });

  // `title` and `sort[]=…` became valid with Strapi's REST conventions (issue #13); rest-conventions.test.ts covers them.
  it('refuses an unknown sort, relevance without q, and relevance with another key, with a 400 naming sort', async () => {
    const unknown = { q: 'آلاف', sort: 'wordCount:desc' };
    for (const query of [unknown, { sort: 'relevance' }, { q: 'آلاف', 'sort[0]': 'relevance', 'sort[1]': 'title:asc' }]) {
      const res = await app.http().get('/api/newsroom/articles').query(query);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain('sort');
    }
  });

  it('finds title words written with tashkeel, tatweel, another hamza seat, presentation forms, ZWNJ or Arabic-Indic digits', async () => {
    for (const [q, key] of [
      ['مَسْؤُولُو', 'covid'],
      ['الـمسئولـين', 'refugees-sudan'],
      ['ﺍﻟﺸﺌﻮﻥ', 'kuwait-labour'],
      ['آل\u200Cاف', 'refugees-sudan'],
      ['٢٠٢٥', 'gulf-budget'],
      ['الاف اللاجئين', 'refugees-sudan'],
    ] as const) {
      expect([q, keysOf(await search(q))]).toEqual([q, expect.arrayContaining([key])]);
    }
  });

  it('keeps drafts out and follows publish, unpublish and delete', async () => {
    const word = 'زنجبيليات';
    const found = async () => (await search(word)).data.map((a) => a.documentId);
    const draft = (await docs().create({ locale: 'ar', data: { title: `مقال عن ${word} لم ينشر` } } as never)) as any;
    expect(await found()).toEqual([]);
    await docs().publish({ documentId: draft.documentId, locale: 'ar' } as never);
    expect(await found()).toEqual([draft.documentId]);
    await docs().update({ documentId: draft.documentId, locale: 'ar', data: { title: 'مقال معدل في المسودة فقط' } } as never);
    expect(await found()).toEqual([draft.documentId]);
    await docs().unpublish({ documentId: draft.documentId, locale: 'ar' } as never);
    expect(await found()).toEqual([]);
    await docs().publish({ documentId: draft.documentId, locale: 'ar' } as never);
    expect(await found()).toEqual([]);
    expect((await search('المسودة')).data.map((a) => a.documentId)).toEqual([draft.documentId]);
    await docs().delete({ documentId: draft.documentId, locale: '*' } as never);
    expect((await search('المسودة')).data).toEqual([]);
  });

  it('is rebuilt by the re-index when the derivation changes', async () => {
    const before = await keys('آلاف');
    expect(before).toHaveLength(14);
    for (const uid of ['plugin::newsroom.search-posting', 'plugin::newsroom.search-document']) await app.strapi.db.query(uid as never).deleteMany({ where: {} });
    expect(await keys('آلاف')).toEqual([]);
    await app.strapi.store({ type: 'plugin', name: 'newsroom', key: 'derived-version' }).set({ value: 9 });
    await app.strapi.plugin('newsroom').service('reindex').ifNeeded();
    expect(await keys('آلاف')).toEqual(before);
  });
});
