import http from 'http';
import type { AddressInfo } from 'net';
import { ARTICLE_UID } from '../../content-types';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * The CDN purge webhook (issue #13): a Strapi webhook subscribed to `newsroom.purge` through the
 * admin API receives, after publish, unpublish, a republish with a new slug and delete, every
 * public URL whose content changed — the article in each locale (old and new URL), the articles
 * whose links show it, the list, feeds and sitemaps — all absolute from configuration.
 */
let app: TestApp;
let server: http.Server;
let origin: string;
const received: any[] = [];
const waiters: (() => void)[] = [];
const docs = () => app.strapi.documents(ARTICLE_UID);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(body) });
      res.end('ok');
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  app = await startPlayground();
  origin = String(app.strapi.config.get('server.absoluteUrl')).replace(/\/+$/, '');
  const token = await adminToken(app);
  const res = await app
    .http()
    .post('/admin/webhooks')
    .set('Authorization', `Bearer ${token}`)
    .send({ name: 'CDN purge', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`, headers: {}, events: ['newsroom.purge'] });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Run a write and return the purge payload it sends (the only one). */
async function purgeOf(write: () => Promise<unknown>): Promise<any> {
  received.length = 0;
  await write();
  const deadline = Date.now() + 10000;
  while (received.length === 0 && Date.now() < deadline) await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 200); });
  // Anything else the write sends arrives together; wait a little for a second call that should not come.
  await new Promise((r) => setTimeout(r, 300));
  expect(received).toHaveLength(1);
  const [{ headers, body }] = received;
  expect(headers['x-strapi-event']).toBe('newsroom.purge');
  expect(body.event).toBe('newsroom.purge');
  for (const url of body.urls) expect(url.startsWith(`${origin}/`)).toBe(true);
  return body;
}

const api = (slug: string, locale: string) => `${origin}/api/newsroom/articles/${encodeURIComponent(slug)}?locale=${locale}`;

describe('newsroom.purge', () => {
  it('is an allowed webhook event', () => {
    expect(app.strapi.get('webhookStore').listAllowedEvents()).toContain('NEWSROOM_PURGE');
  });

  it('follows an article through publish, a new slug, the articles that link to it, unpublish and delete', async () => {
    const target = (await docs().create({ locale: 'ar', data: { title: 'خبر للتطهير', section: 'اقتصاد' } } as never)) as any;
    let body = await purgeOf(() => docs().publish({ documentId: target.documentId, locale: 'ar' } as never));
    expect(body).toMatchObject({ action: 'publish', documentId: target.documentId, locales: ['ar'] });
    expect(body.urls).toEqual(
      expect.arrayContaining([
        api(target.slug, 'ar'),
        `${origin}/api/newsroom/articles?locale=ar`,
        `${origin}/api/newsroom/articles`,
        `${origin}/api/newsroom/feed.xml?locale=ar`,
        `${origin}/api/newsroom/feed.atom?locale=ar&section=${encodeURIComponent('اقتصاد')}`,
        `${origin}/api/newsroom/sitemap.xml`,
        `${origin}/api/newsroom/news-sitemap.xml`,
      ])
    );

    // An article that links to it, published and read once (the read model records the link).
    const linking = (await docs().create({
      locale: 'ar',
      data: { title: 'خبر يشير إلى الخبر', body: [{ __component: 'newsroom.related-link', kind: 'read-also', article: { connect: [{ documentId: target.documentId, locale: 'ar' }] } }] },
    } as never)) as any;
    await purgeOf(() => docs().publish({ documentId: linking.documentId, locale: 'ar' } as never));
    expect((await app.http().get(`/api/newsroom/articles/${encodeURIComponent(linking.slug)}`).query({ locale: 'ar' })).status).toBe(200);

    // Retitled with a new slug and republished: old and new URL, and the linking article.
    await docs().update({ documentId: target.documentId, locale: 'ar', data: { slug: 'خبر-بعنوان-جديد' } } as never);
    body = await purgeOf(() => docs().publish({ documentId: target.documentId, locale: 'ar' } as never));
    expect(body.urls).toEqual(expect.arrayContaining([api(target.slug, 'ar'), api('خبر-بعنوان-جديد', 'ar'), api(linking.slug, 'ar')]));

    body = await purgeOf(() => docs().unpublish({ documentId: target.documentId, locale: 'ar' } as never));
    expect(body).toMatchObject({ action: 'unpublish', locales: ['ar'] });
    expect(body.urls).toContain(api('خبر-بعنوان-جديد', 'ar'));
    expect(body.urls).toContain(api(linking.slug, 'ar'));

    await docs().publish({ documentId: target.documentId, locale: 'ar' } as never);
    await new Promise((r) => setTimeout(r, 500));
    body = await purgeOf(() => docs().delete({ documentId: target.documentId, locale: 'ar' } as never));
    expect(body).toMatchObject({ action: 'delete', locales: ['ar'] });
    expect(body.urls).toContain(api('خبر-بعنوان-جديد', 'ar'));
  });

  it('names a new article’s URL and its section’s feed when a create publishes it: one by one, with some fields asked, and in a batch', async () => {
    const feed = (section: string) => `${origin}/api/newsroom/feed.atom?locale=ar&section=${encodeURIComponent(section)}`;
    let created: any;
    let body = await purgeOf(async () => {
      created = await docs().create({ locale: 'ar', status: 'published', data: { title: 'خبر جديد منشور للتطهير', section: 'رياضة' } } as never);
    });
    expect(body).toMatchObject({ action: 'create', documentId: created.documentId, locales: ['ar'] });
    expect(body.urls).toEqual(expect.arrayContaining([api(created.slug, 'ar'), feed('رياضة')]));

    // The answer holds the title only: the URL and feed come from the stored row.
    body = await purgeOf(async () => {
      created = await docs().create({ locale: 'ar', status: 'published', fields: ['title'], data: { title: 'خبر بحقول مختارة للتطهير', section: 'ثقافة' } } as never);
    });
    const stored = (await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: created.documentId, publishedAt: { $notNull: true } } })) as any;
    expect(body.urls).toEqual(expect.arrayContaining([api(stored.slug, 'ar'), feed('ثقافة')]));

    let outcomes: any[] = [];
    body = await purgeOf(async () => {
      outcomes = await app.strapi.plugin('newsroom').service('articles').createMany([{ locale: 'ar', status: 'published', data: { title: 'خبر دفعة للتطهير', section: 'صحة' } }]);
    });
    expect(body).toMatchObject({ action: 'create', documentId: outcomes[0].entry.documentId, locales: ['ar'] });
    expect(body.urls).toEqual(expect.arrayContaining([api(outcomes[0].entry.slug, 'ar'), feed('صحة')]));
  });

  it('names every published locale when one changes (their alternates list it), and nothing for a draft edit', async () => {
    const ar = (await docs().create({ locale: 'ar', status: 'published', data: { title: 'خبر بلغتين للتطهير' } } as never)) as any;
    await new Promise((r) => setTimeout(r, 500));
    const en = (await docs().update({ documentId: ar.documentId, locale: 'en', data: { title: 'A story to purge' } } as never)) as any;
    const body = await purgeOf(() => docs().publish({ documentId: ar.documentId, locale: 'en' } as never));
    expect(body.locales).toEqual(['en']);
    expect(body.urls).toEqual(expect.arrayContaining([api(en.slug, 'en'), api(ar.slug, 'ar'), `${origin}/api/newsroom/feed.xml?locale=en`]));

    received.length = 0;
    await docs().update({ documentId: ar.documentId, locale: 'en', data: { title: 'A draft edit only' } } as never);
    await new Promise((r) => setTimeout(r, 1000));
    expect(received).toHaveLength(0);
  });
});
