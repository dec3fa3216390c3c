import zlib from 'zlib';
import { ARTICLE_UID } from '../../content-types';
import type { ArticleListResponse } from '../../server/src/types/api';
import { startPlayground, statementsDuring, type TestApp } from '../helpers/strapi';

/**
 * Issue #13, first bullet: `GET /api/newsroom/articles` speaks Strapi's REST
 * conventions (pagination, sort, filters on section, keywords and publishedAt)
 * beside the plugin's own parameters, refuses anything else with a 400 naming
 * it, and is cached like the article read (issue #12).
 */
let app: TestApp;
const SECTION = 'اختبار-الاتفاقيات';
const OTHER = 'اختبار-آخر';
/** Titles in publication order (oldest first), with their section, keywords and publishedAt. */
const ARTICLES = [
  { title: 'جيم أول', section: SECTION, keywords: ['اقتصاد'], publishedAt: '2025-01-10T08:00:00.000Z' },
  { title: 'ألف ثان', section: SECTION, keywords: ['سياسة', 'اقتصاد'], publishedAt: '2025-02-10T08:00:00.000Z' },
  { title: 'باء ثالث', section: SECTION, keywords: ['رياضة'], publishedAt: '2025-03-10T08:00:00.000Z' },
  { title: 'دال رابع', section: OTHER, keywords: ['اقتصاد'], publishedAt: '2025-04-10T08:00:00.000Z' },
];

beforeAll(async () => {
  app = await startPlayground();
  const docs = app.strapi.documents(ARTICLE_UID);
  for (const a of ARTICLES) {
    // Fixed publication dates, as an editor or an archive import sets them: the list orders and filters by the date readers see.
    await docs.create({
      locale: 'ar',
      status: 'published',
      data: { title: a.title, section: a.section, keywords: a.keywords, originalPublishedAt: a.publishedAt },
    } as never);
  }
});

afterAll(async () => {
  await app?.close();
});

const list = async (query: string, status = 200) => {
  const res = await app.http().get(`/api/newsroom/articles?locale=ar&${query}`);
  expect(res.status).toBe(status);
  return res;
};
const titles = async (query: string) => ((await list(query)).body as ArticleListResponse).data.map((a) => a.title);
const inSection = `filters[section][$eq]=${encodeURIComponent(SECTION)}`;

describe('pagination', () => {
  it('pagination[page] and pagination[pageSize] page the list, with Strapi’s meta.pagination', async () => {
    const res = await list(`${inSection}&pagination[page]=2&pagination[pageSize]=2`);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    expect(res.body.data.map((a: any) => a.title)).toEqual(['جيم أول']);
  });

  it('pagination[withCount]=false leaves out total and pageCount, and runs no count', async () => {
    let res: any;
    const statements = await statementsDuring(async () => {
      res = await list(`${inSection}&pagination[withCount]=false&pagination[pageSize]=1`);
    });
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 1 });
    expect(statements.filter((sql) => /newsroom_search_stats|count\(/i.test(sql))).toEqual([]);
  });

  it('page and pageSize still work, and cannot be given twice', async () => {
    expect((await list(`${inSection}&page=1&pageSize=1`)).body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 3, total: 3 });
    const res = await list('page=1&pagination[page]=2', 400);
    expect(res.body.error.details.errors[0].path).toEqual(['pagination', 'page']);
  });

  it.each([
    ['pagination[start]=0', ['pagination', 'start']],
    ['pagination[page]=0', ['pagination', 'page']],
    ['pagination[pageSize]=x', ['pagination', 'pageSize']],
    ['pagination[withCount]=maybe', ['pagination', 'withCount']],
    ['pagination=5', ['pagination']],
  ])('%s → 400 naming %j', async (query, path) => {
    const res = await list(query, 400);
    expect(res.body.error.details.errors.map((e: any) => e.path)).toContainEqual(path);
  });
});

describe('sort', () => {
  it.each([
    ['publishedAt:desc', ['باء ثالث', 'ألف ثان', 'جيم أول']],
    ['publishedAt:asc', ['جيم أول', 'ألف ثان', 'باء ثالث']],
    ['title:asc', ['ألف ثان', 'باء ثالث', 'جيم أول']],
    ['title', ['ألف ثان', 'باء ثالث', 'جيم أول']],
    ['title:desc', ['جيم أول', 'باء ثالث', 'ألف ثان']],
    ['sort[0]=publishedAt:asc', ['جيم أول', 'ألف ثان', 'باء ثالث']],
  ])('%s', async (sort, expected) => {
    expect(await titles(`${inSection}&${sort.startsWith('sort[') ? sort : `sort=${sort}`}`)).toEqual(expected);
  });

  it('updatedAt follows the last edit', async () => {
    const [first] = (await list(`${inSection}&sort=updatedAt:asc`)).body.data;
    const updated = (await list(`${inSection}&sort=updatedAt:desc`)).body.data.map((a: any) => a.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(first.title).toBe('جيم أول');
  });

  it('several keys, as a list or comma-separated', async () => {
    expect(await titles(`${inSection}&sort[0]=title:asc&sort[1]=publishedAt:desc`)).toEqual(['ألف ثان', 'باء ثالث', 'جيم أول']);
    expect(await titles(`${inSection}&sort=title:desc,publishedAt:asc`)).toEqual(['جيم أول', 'باء ثالث', 'ألف ثان']);
  });

  it.each(['relevance', 'wordCount:asc', 'title:up', 'title:asc,title:desc', 'sort[a]=title'])('%s → 400 naming sort', async (sort) => {
    const res = await list(sort.includes('=') ? sort : `sort=${sort}`, 400);
    expect(res.body.error.details.errors[0].path).toEqual(['sort']);
  });
});

describe('filters', () => {
  it('section $eq (or Strapi’s implicit $eq) and $in; the plugin’s section still works', async () => {
    expect((await titles(inSection)).length).toBe(3);
    expect(await titles(`filters[section]=${encodeURIComponent(SECTION)}&sort=title:asc`)).toEqual(await titles(`${inSection}&sort=title:asc`));
    expect(await titles(`filters[section]=${encodeURIComponent(OTHER)}`)).toEqual(['دال رابع']);
    expect(await titles(`section=${encodeURIComponent(OTHER)}`)).toEqual(['دال رابع']);
    const both = await list(`filters[section][$in][0]=${encodeURIComponent(SECTION)}&filters[section][$in][1]=${encodeURIComponent(OTHER)}`);
    expect(both.body.data.length).toBe(4);
    expect(both.body.meta.pagination.total).toBe(4);
  });

  it('keywords $contains (the article has this keyword) and $in (one of these)', async () => {
    const economy = await list(`filters[keywords][$contains]=${encodeURIComponent('اقتصاد')}&sort=publishedAt:asc`);
    expect(economy.body.data.map((a: any) => a.title)).toEqual(['جيم أول', 'ألف ثان', 'دال رابع']);
    expect(economy.body.meta.pagination.total).toBe(3);
    // Whole keywords: a part of one finds nothing.
    expect(await titles(`filters[keywords][$contains]=${encodeURIComponent('اقتصا')}`)).toEqual([]);
    const any = `filters[keywords][$in][0]=${encodeURIComponent('رياضة')}&filters[keywords][$in][1]=${encodeURIComponent('سياسة')}`;
    expect(await titles(`${any}&sort=publishedAt:asc`)).toEqual(['ألف ثان', 'باء ثالث']);
  });

  it('publishedAt $gte, $gt, $lte, $lt with dates and date-times, combined with section', async () => {
    expect(await titles(`${inSection}&filters[publishedAt][$gte]=2025-02-10T08:00:00Z&sort=publishedAt:asc`)).toEqual(['ألف ثان', 'باء ثالث']);
    expect(await titles(`${inSection}&filters[publishedAt][$gt]=2025-02-10T08:00:00Z`)).toEqual(['باء ثالث']);
    expect(await titles(`${inSection}&filters[publishedAt][$lte]=2025-02-10T11:00:00%2B03:00&sort=publishedAt:asc`)).toEqual(['جيم أول', 'ألف ثان']);
    const range = await list(`${inSection}&filters[publishedAt][$gte]=2025-02-01&filters[publishedAt][$lt]=2025-03-01`);
    expect(range.body.data.map((a: any) => a.title)).toEqual(['ألف ثان']);
    expect(range.body.meta.pagination.total).toBe(1);
  });

  it.each([
    ['filters[title][$eq]=x', ['filters', 'title']],
    ['filters[section][$contains]=x', ['filters', 'section', '$contains']],
    ['filters[section][$eq]=a&filters[section][$in][0]=b', ['filters', 'section', '$in']],
    ['filters[keywords]=x', ['filters', 'keywords']],
    ['filters[publishedAt]=2025-02-10', ['filters', 'publishedAt']],
    ['filters[$or][0][section][$eq]=x', ['filters', '$or']],
    ['filters[keywords][$eq]=x', ['filters', 'keywords', '$eq']],
    ['filters[publishedAt][$gte]=yesterday', ['filters', 'publishedAt', '$gte']],
    ['filters[publishedAt][$lt]=2025-02-30', ['filters', 'publishedAt', '$lt']],
    ['filters[publishedAt][$between]=2025-01-01', ['filters', 'publishedAt', '$between']],
    ['section=a&filters[section][$eq]=b', ['filters', 'section']],
    ['fields[0]=title', ['fields']],
    ['populate=*', ['populate']],
  ])('%s → 400 naming %j', async (query, path) => {
    const res = await list(query, 400);
    expect(res.body.error.details.errors.map((e: any) => e.path)).toContainEqual(path);
  });

  it('apply to a search too', async () => {
    const res = await list(`q=${encodeURIComponent('ثان')}&${inSection}`);
    expect(res.body.data.map((a: any) => a.title)).toEqual(['ألف ثان']);
    expect(await titles(`q=${encodeURIComponent('ثان')}&section=${encodeURIComponent(OTHER)}`)).toEqual([]);
  });
});

describe('HTTP caching of the list and search', () => {
  it.each([['the list', inSection], ['a search', `q=${encodeURIComponent('ثالث')}`]])(
    '%s: strong ETag, 304 on If-None-Match, Cache-Control from the cache option, Vary, gzip',
    async (_what, query) => {
      const url = `/api/newsroom/articles?locale=ar&${query}`;
      const first = await app.http().get(url).set('Accept-Encoding', 'identity');
      expect(first.status).toBe(200);
      expect(first.headers['content-encoding']).toBeUndefined();
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
      expect(first.headers.vary).toMatch(/Accept-Encoding/);
      const again = await app.http().get(url).set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text ?? '').toBe('');
      const zipped = await app.http().get(url).set('Accept-Encoding', 'gzip').buffer(true).parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.etag).toBe(first.headers.etag);
      const raw = zipped.body as Buffer;
      // superagent may already have inflated it; either way the JSON is the same.
      const text = raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
      expect(JSON.parse(text)).toEqual(first.body);
    }
  );
});
