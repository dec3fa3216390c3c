import { ARTICLE_UID } from '../../content-types';
import { startPlayground, type TestApp } from '../helpers/strapi';
import { parseXml } from '../helpers/xml';

/**
 * Sitemaps (issue #13): every published version, paged with an index past a page's URLs
 * (3 here, 50,000 by default), `hreflang` alternates between published translations;
 * the Google News sitemap of the last two days with its publication name and language.
 * Drafts, embargoed and expired articles are in neither.
 */
let app: TestApp;
const docs = () => app.strapi.documents(ARTICLE_UID);
let bilingual: { documentId: string; slug: string };
let english: { slug: string };
const future = new Date(Date.now() + 30 * 86400000).toISOString();
const past = new Date(Date.now() - 86400000).toISOString();

async function published(title: string, data: Record<string, unknown> = {}) {
  const created = (await docs().create({ locale: 'ar', data: { title, ...data } } as never)) as unknown as { documentId: string; slug: string };
  await docs().publish({ documentId: created.documentId, locale: 'ar' } as never);
  return created;
}

beforeAll(async () => {
  process.env.NEWSROOM_SITEMAP_URLS_PER_PAGE = '3';
  app = await startPlayground();
  bilingual = await published('خبر بلغتين');
  english = (await docs().update({ documentId: bilingual.documentId, locale: 'en', data: { title: 'A story in two languages' } } as never)) as never;
  await docs().publish({ documentId: bilingual.documentId, locale: 'en' } as never);
  await published('خبر محظور في الخريطة', { rights: { embargoUntil: future } });
  await published('خبر منتهي الحقوق في الخريطة', { rights: { rightsExpireAt: past } });
  await docs().create({ locale: 'ar', data: { title: 'مسودة الخريطة' } } as never);
});

afterAll(async () => {
  delete process.env.NEWSROOM_SITEMAP_URLS_PER_PAGE;
  await app?.close();
});

const get = (path: string, query: Record<string, string> = {}) => app.http().get(`/api/newsroom/${path}`).query(query);
const slugOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop()!);

/** Every <url> of the sitemap, following the index. */
async function allUrls(): Promise<any[]> {
  const res = await get('sitemap.xml');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
  const index = parseXml(res.text).sitemapindex;
  expect(index).toBeDefined();
  const urls: any[] = [];
  for (const { loc } of index.sitemap) {
    const page = new URL(loc);
    expect(page.origin).toBe(new URL(String(app.strapi.config.get('server.absoluteUrl'))).origin);
    const part = await get('sitemap.xml', { page: page.searchParams.get('page')! });
    expect(part.status).toBe(200);
    // A page whose every version is withheld is an empty <urlset>.
    const pageUrls = (parseXml(part.text).urlset.url ?? []) as any[];
    expect(pageUrls.length).toBeLessThanOrEqual(3);
    urls.push(...pageUrls);
  }
  return urls;
}

describe('sitemap.xml', () => {
  it('is an index of pages past the page size, and the pages hold every published version with its translations', async () => {
    const published = Number(await app.strapi.db.query(ARTICLE_UID).count({ where: { publishedAt: { $notNull: true } } }));
    const urls = await allUrls();
    // Every published version but the two withheld ones, each once.
    expect(urls).toHaveLength(published - 2);
    const slugs = urls.map((u) => slugOf(u.loc));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain(bilingual.slug);
    expect(slugs).toContain(english.slug);
    for (const hidden of ['خبر محظور في الخريطة', 'خبر منتهي الحقوق في الخريطة', 'مسودة الخريطة']) {
      expect(slugs.some((s) => s.includes(hidden.split(' ')[1]) && s.includes(hidden.split(' ')[2]))).toBe(false);
    }
    const arabic = urls.find((u) => slugOf(u.loc) === bilingual.slug);
    expect(arabic['xhtml:link'].map((l: any) => [l['@rel'], l['@hreflang'], slugOf(l['@href'])])).toEqual([
      ['alternate', 'ar', bilingual.slug],
      ['alternate', 'en', english.slug],
    ]);
  });

  it('drops a translation from the alternates once it is unpublished', async () => {
    await docs().unpublish({ documentId: bilingual.documentId, locale: 'en' } as never);
    const urls = await allUrls();
    const arabic = urls.find((u) => slugOf(u.loc) === bilingual.slug);
    expect(arabic['xhtml:link']).toBeUndefined();
    expect(urls.map((u) => slugOf(u.loc))).not.toContain(english.slug);
    await docs().publish({ documentId: bilingual.documentId, locale: 'en' } as never);
  });

  it('answers 404 past the last page and 400 to a bad query', async () => {
    expect((await get('sitemap.xml', { page: '999' })).status).toBe(404);
    for (const [query, field] of [[{ page: 'abc' }, 'page'], [{ page: '0' }, 'page'], [{ locale: 'ar' }, 'locale']] as const) {
      const res = await get('sitemap.xml', query);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(field);
    }
  });
});

describe('news-sitemap.xml', () => {
  it('lists the last two days with publication name and language, embargoed and expired left out', async () => {
    const settings = await app.strapi.plugin('newsroom').service('settings').get();
    const res = await get('news-sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeDefined();
    const urls = parseXml(res.text).urlset.url as any[];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(1000);
    const twoDaysAgo = Date.now() - 2 * 86400000 - 60000;
    for (const url of urls) {
      const news = url['news:news'];
      expect(news['news:publication']['news:name']).toBe(settings.publisherName);
      expect(['ar', 'en']).toContain(news['news:publication']['news:language']);
      expect(Date.parse(news['news:publication_date'])).toBeGreaterThan(twoDaysAgo);
      expect(typeof news['news:title']).toBe('string');
    }
    const titles = urls.map((u) => u['news:news']['news:title']);
    expect(titles).toEqual(expect.arrayContaining(['خبر بلغتين', 'A story in two languages']));
    for (const hidden of ['خبر محظور في الخريطة', 'خبر منتهي الحقوق في الخريطة', 'مسودة الخريطة']) expect(titles).not.toContain(hidden);
    const arabic = urls.find((u) => u['news:news']['news:title'] === 'خبر بلغتين');
    expect(arabic['news:news']['news:publication']['news:language']).toBe('ar');
  });

  it('refuses any query', async () => {
    const res = await get('news-sitemap.xml', { page: '2' });
    expect(res.status).toBe(400);
  });
});
