import type { AddressInfo } from 'net';
import { strapi as strapiClient, HTTPBadRequestError, HTTPNotFoundError } from '@strapi/client';
import { ARTICLE_UID } from '../../content-types';
import type { ArticleListResponse, ArticleResponse } from '../../server/src/types/api';
import { startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Issue #13, "the official client works": @strapi/client, pointed at the playground over a real
 * socket, lists, searches and reads the plugin's articles (by slug and by documentId) with its own
 * query serialisation, and gets the same data as a plain HTTP request; drafts stay out and a bad
 * parameter comes back as its 400 naming the field.
 */
let app: TestApp;
let baseURL: string;
let fullAccessKey: string;
const SECTION = 'اختبار-العميل';
const ARTICLES = [
  { title: 'عميل أول', keywords: ['اقتصاد'], publishedAt: '2025-01-10T08:00:00.000Z' },
  { title: 'عميل ثان', keywords: ['سياسة', 'اقتصاد'], publishedAt: '2025-02-10T08:00:00.000Z' },
  { title: 'عميل ثالث', keywords: ['رياضة'], publishedAt: '2025-03-10T08:00:00.000Z' },
];
const created: { documentId: string; slug: string; title: string }[] = [];
let draftId: string;
const draftTitleOfPublished = 'عميل أول بعد تعديل لم ينشر';

beforeAll(async () => {
  app = await startPlayground();
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}/api`;
  const docs = app.strapi.documents(ARTICLE_UID);
  for (const a of ARTICLES) {
    const doc = (await docs.create({
      locale: 'ar',
      status: 'published',
      data: { title: a.title, section: SECTION, keywords: a.keywords, originalPublishedAt: a.publishedAt },
    })) as any;
    created.push({ documentId: doc.documentId, slug: doc.slug, title: a.title });
  }
  // A draft-only document, and an unpublished edit of a published one: neither may be served.
  draftId = ((await docs.create({ locale: 'ar', data: { title: 'مسودة العميل', section: SECTION } })) as any).documentId;
  await docs.update({ documentId: created[0].documentId, locale: 'ar', data: { title: draftTitleOfPublished } } as never);
  fullAccessKey = (await app.strapi.service('admin::api-token').create({ name: 'strapi client', description: '', type: 'full-access', kind: 'content-api', lifespan: null })).accessKey;
});

afterAll(async () => {
  await app?.close();
});

const publicClient = () => strapiClient({ baseURL });
const articles = (client = publicClient()) => client.collection('articles', { path: '/newsroom/articles' });
const plain = async (path: string) => {
  const res = await app.http().get(`/api/newsroom/articles${path}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('list and search', () => {
  it('find() with locale, filters, sort and pagination: Strapi’s params, the same data as plain HTTP', async () => {
    const found = (await articles().find({
      locale: 'ar',
      filters: { section: { $eq: SECTION }, keywords: { $contains: 'اقتصاد' } },
      sort: 'publishedAt:asc',
      pagination: { page: 1, pageSize: 1 },
    })) as unknown as ArticleListResponse;
    expect(found.data.map((a) => a.title)).toEqual(['عميل أول']);
    expect(found.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
    const http = await plain(`?locale=ar&filters[section][$eq]=${encodeURIComponent(SECTION)}&filters[keywords][$contains]=${encodeURIComponent('اقتصاد')}&sort=publishedAt:asc&pagination[page]=1&pagination[pageSize]=1`);
    expect(found).toEqual(http);
  });

  it('filters a publishedAt range and sorts newest first', async () => {
    const found = (await articles().find({
      locale: 'ar',
      // `section: value` is Strapi's implicit $eq, which apps write as often as the explicit one.
      filters: { section: SECTION, publishedAt: { $gte: '2025-02-01T00:00:00Z', $lt: '2025-04-01T00:00:00Z' } },
      sort: ['publishedAt:desc'],
    })) as unknown as ArticleListResponse;
    expect(found.data.map((a) => a.title)).toEqual(['عميل ثالث', 'عميل ثان']);
  });

  it('searches with q, published versions only', async () => {
    // `q` is not in the client's parameter type: passed in a variable, as the README shows.
    const search = { locale: 'ar', q: 'عميل', filters: { section: { $eq: SECTION } } };
    const found = (await articles().find(search)) as unknown as ArticleListResponse;
    expect(found.data.map((a) => a.title).sort()).toEqual(ARTICLES.map((a) => a.title).sort());
    const http = await plain(`?locale=ar&q=${encodeURIComponent('عميل')}&filters[section][$eq]=${encodeURIComponent(SECTION)}`);
    expect(found).toEqual(http);
  });

  it('works with an API token (auth), the same answer', async () => {
    const withToken = strapiClient({ baseURL, auth: fullAccessKey });
    const query = { locale: 'ar', filters: { section: { $eq: SECTION } }, sort: 'publishedAt:asc' };
    expect(await articles(withToken).find(query)).toEqual(await articles().find(query));
  });
});

describe('read', () => {
  it('findOne(slug) reads by slug, the same bytes as plain HTTP', async () => {
    const { slug, documentId } = created[1];
    const found = (await articles().findOne(slug, { locale: 'ar' })) as unknown as ArticleResponse;
    expect(found.data).toMatchObject({ documentId, slug, title: 'عميل ثان' });
    expect(found).toEqual(await plain(`/${encodeURIComponent(slug)}?locale=ar`));
  });

  it('findOne(documentId) reads the published version by document id: the answer of its slug, with its ETag', async () => {
    const { slug, documentId } = created[0];
    const found = (await articles().findOne(documentId, { locale: 'ar' })) as unknown as ArticleResponse;
    expect(found.data.title).toBe('عميل أول');
    expect(found.data.title).not.toBe(draftTitleOfPublished);
    expect(found).toEqual(await plain(`/${encodeURIComponent(slug)}?locale=ar`));
    const bySlug = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}?locale=ar`);
    const byId = await app.http().get(`/api/newsroom/articles/${documentId}?locale=ar`);
    expect(byId.headers.etag).toBe(bySlug.headers.etag);
    const again = await app.http().get(`/api/newsroom/articles/${documentId}?locale=ar`).set('If-None-Match', byId.headers.etag);
    expect(again.status).toBe(304);
    const gzipped = await app.http().get(`/api/newsroom/articles/${documentId}?locale=ar`).set('Accept-Encoding', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body).toEqual(found);
  });

  it('a document id read in another locale, or one never rendered, is rendered on demand and stays published-only', async () => {
    const { documentId } = created[2];
    await app.strapi.db.query('plugin::newsroom.read-model').deleteMany({ where: { documentId } });
    const found = (await articles().findOne(documentId, { locale: 'ar' })) as unknown as ArticleResponse;
    expect(found.data.title).toBe('عميل ثالث');
    await expect(articles().findOne(documentId, { locale: 'en' })).rejects.toBeInstanceOf(HTTPNotFoundError);
  });

  it('a draft’s document id → 404, and a made-up one writes nothing', async () => {
    await expect(articles().findOne(draftId, { locale: 'ar' })).rejects.toBeInstanceOf(HTTPNotFoundError);
    const rows = () => app.strapi.db.query('plugin::newsroom.read-model').count();
    const before = await rows();
    await expect(articles().findOne('zzzzzzzzzzzzzzzzzzzzzzzz', { locale: 'ar' })).rejects.toBeInstanceOf(HTTPNotFoundError);
    expect(await rows()).toBe(before);
  });

  it('a slug wins over a document id', async () => {
    const docs = app.strapi.documents(ARTICLE_UID);
    const target = created[1];
    // A published article whose slug is another article's document id.
    await docs.create({ locale: 'ar', status: 'published', data: { title: 'مقال باسم معرف', slug: target.documentId, section: SECTION } });
    const found = (await articles().findOne(target.documentId, { locale: 'ar' })) as unknown as ArticleResponse;
    expect(found.data.title).toBe('مقال باسم معرف');
  });
});

describe('errors', () => {
  it('a bad parameter: the client throws its HTTPBadRequestError, the body names the field', async () => {
    const error = await articles()
      .find({ locale: 'ar', pagination: { pageSize: 'many' } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPBadRequestError);
    const body = await (error as HTTPBadRequestError).response.json();
    expect(body.error.details.errors.map((e: any) => e.path)).toContainEqual(['pagination', 'pageSize']);
  });
});
