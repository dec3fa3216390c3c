import { ARTICLE_UID } from '../../content-types';
import { startPlayground, type TestApp } from '../helpers/strapi';
import { parseXml } from '../helpers/xml';

/**
 * RSS and Atom feeds (issue #13): published articles only, as their rights allow — a snippet
 * opt-out gives title and link only, an embargo or expired rights keep an article out — with
 * the licence per item, the language, absolute URLs from configuration, and caching headers.
 */
let app: TestApp;
let origin: string;
const SECTION = 'قناة الاختبار';
const docs = () => app.strapi.documents(ARTICLE_UID);

async function published(title: string, data: Record<string, unknown> = {}) {
  const created = (await docs().create({ locale: 'ar', data: { title, section: SECTION, ...data } } as never)) as unknown as { documentId: string; slug: string };
  await docs().publish({ documentId: created.documentId, locale: 'ar' } as never);
  return created;
}

const future = new Date(Date.now() + 30 * 86400000).toISOString();
const past = new Date(Date.now() - 86400000).toISOString();

beforeAll(async () => {
  app = await startPlayground();
  origin = String(app.strapi.config.get('server.absoluteUrl')).replace(/\/+$/, '');
  await published('خبر كامل عن CNN', { standfirst: 'مقدمة الخبر الكامل', byline: 'مراسلنا', rights: { license: 'cc-by-4.0' } });
  await published('خبر بلا مقتطف', { standfirst: 'نص لا يظهر في الخلاصة', byline: 'كاتب مخفي', rights: { noSnippet: true } });
  await published('خبر تحت الحظر', { rights: { embargoUntil: future } });
  await published('خبر انتهت حقوقه', { rights: { rightsExpireAt: past } });
  await docs().create({ locale: 'ar', data: { title: 'مسودة لا تنشر', section: SECTION } } as never);
});

afterAll(async () => {
  await app?.close();
});

const feed = (path: string, query: Record<string, string> = { locale: 'ar', section: SECTION }) => app.http().get(`/api/newsroom/${path}`).query(query);
const plain = (title: string) => title.replace(/[\u200F\u2067\u2069]/g, '');

describe('RSS 2.0', () => {
  it('lists published articles the rights allow, each with its licence, and nothing else', async () => {
    const res = await feed('feed.xml').set('Host', 'attacker.example');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const { channel } = parseXml(res.text).rss;
    expect(channel.language).toBe('ar');
    const items = channel.item as any[];
    expect(items.map((i) => plain(i.title)).sort()).toEqual(['خبر بلا مقتطف', 'خبر كامل عن CNN']);
    const full = items.find((i) => plain(i.title) === 'خبر كامل عن CNN');
    expect(full.title).toBe('\u200F\u2067خبر كامل عن CNN\u2069');
    expect(full.description).toBe('مقدمة الخبر الكامل');
    expect(full['atom:link']['@href']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(full['dc:rights']['#text']).toMatch(/©/);
    const titleOnly = items.find((i) => plain(i.title) === 'خبر بلا مقتطف');
    expect(titleOnly.description).toBeUndefined();
    expect(res.text).not.toContain('نص لا يظهر في الخلاصة');
    expect(res.text).not.toContain('كاتب مخفي');
    for (const item of items) expect(item.link.startsWith(`${origin}/`)).toBe(true);
    // Never the request's Host.
    expect(res.text).not.toContain('attacker.example');
    expect(res.text).not.toContain('مسودة لا تنشر');
  });

  it('answers 304 to a current copy, with the plugin Cache-Control', async () => {
    const first = await feed('feed.xml');
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await feed('feed.xml').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
  });

  it('changes when an article is published in the section', async () => {
    const before = await feed('feed.xml');
    await published('خبر جديد في القسم');
    const after = await feed('feed.xml').set('If-None-Match', before.headers.etag);
    expect(after.status).toBe(200);
    expect((parseXml(after.text).rss.channel.item as any[]).map((i) => plain(i.title))).toContain('خبر جديد في القسم');
  });
});

describe('Atom', () => {
  it('carries xml:lang, the same entries, rights per entry', async () => {
    const res = await feed('feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const atom = parseXml(res.text).feed;
    expect(atom['@xml:lang']).toBe('ar');
    const entries = atom.entry as any[];
    const titles = entries.map((e) => plain(e.title['#text']));
    expect(titles).toEqual(expect.arrayContaining(['خبر بلا مقتطف', 'خبر كامل عن CNN']));
    expect(titles).not.toContain('خبر تحت الحظر');
    expect(titles).not.toContain('خبر انتهت حقوقه');
    for (const entry of entries) expect(entry.rights).toMatch(/©/);
    expect(entries.find((e) => plain(e.title['#text']) === 'خبر بلا مقتطف').summary).toBeUndefined();
  });

  it('serves the default locale without a query, every article of it', async () => {
    const res = await feed('feed.atom', {});
    expect(res.status).toBe(200);
    expect(parseXml(res.text).feed['@xml:lang']).toBe('ar');
  });
});

describe('feed queries', () => {
  it.each([
    [{ locale: '../x' }, 'locale'],
    [{ locale: 'fr' }, 'locale'],
    [{ section: 'سياسة\u0001' }, 'section'],
    [{ section: 'a\u0085b' }, 'section'],
    [{ pageSize: '5' }, 'pageSize'],
  ])('refuses %j with a 400 naming %s', async (query, field) => {
    for (const path of ['feed.xml', 'feed.atom']) {
      const res = await feed(path, query as Record<string, string>);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(field);
    }
  });
});
