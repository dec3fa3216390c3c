import zlib from 'zlib';
import { ARTICLE_UID } from '../../content-types';
import type { ArticleDetail, RelatedLinkBlock } from '../../server/src/types/api';
import { adminToken, startPlayground, statementsDuring, type TestApp } from '../helpers/strapi';

/**
 * The read model behind `GET /api/newsroom/articles/:slug` (issue #12): every change to
 * what the body shows moves the body, the strong ETag and Last-Modified; nothing else does;
 * a read is one indexed lookup; drafts never reach it.
 */
let app: TestApp;
let token: string;
const docs = () => app.strapi.documents(ARTICLE_UID);

beforeAll(async () => {
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  await app?.close();
});

const link = (documentId: string) => ({ __component: 'newsroom.related-link', kind: 'read-also', article: { connect: [{ documentId, locale: 'ar' }] } });
const paragraph = (text: string) => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

async function create(title: string, data: Record<string, unknown> = {}) {
  return (await docs().create({ locale: 'ar', data: { title, ...data } } as never)) as unknown as { documentId: string; slug: string };
}
const publish = (documentId: string) => docs().publish({ documentId, locale: 'ar' } as never);
const retitle = (documentId: string, title: string) => docs().update({ documentId, locale: 'ar', data: { title } } as never);

// One agent: the canonical URL names the configured origin, never the request's Host, but keep it the same anyway.
const get = (slug: string, headers: Record<string, string> = {}) => {
  const req = app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale: 'ar' });
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req;
};

interface Seen {
  etag: string;
  lastModified: string;
  data: ArticleDetail;
}
async function seen(slug: string): Promise<Seen> {
  const res = await get(slug);
  expect(res.status).toBe(200);
  return { etag: res.headers.etag, lastModified: res.headers['last-modified'], data: res.body.data };
}
const linkTitles = (a: ArticleDetail) => a.body.filter((b): b is RelatedLinkBlock => b.__component === 'newsroom.related-link').map((b) => b.article.title);

/** After a change: a new body, a new ETag, a later Last-Modified, and the old validators no longer answer 304. */
async function expectChanged(slug: string, before: Seen): Promise<Seen> {
  const after = await seen(slug);
  expect(after.etag).not.toBe(before.etag);
  expect(Date.parse(after.lastModified)).toBeGreaterThan(Date.parse(before.lastModified));
  expect((await get(slug, { 'If-None-Match': before.etag })).status).toBe(200);
  expect((await get(slug, { 'If-Modified-Since': before.lastModified })).status).toBe(200);
  expect((await get(slug, { 'If-None-Match': after.etag })).status).toBe(304);
  expect((await get(slug, { 'If-Modified-Since': after.lastModified })).status).toBe(304);
  return after;
}

describe('HTTP caching of the article read', () => {
  it('sends a strong ETag, Last-Modified, Cache-Control from the config and Vary, and a 304 for a current copy', async () => {
    const a = await create('مقال للتخزين المؤقت');
    await publish(a.documentId);
    const res = await get(a.slug);
    expect(res.status).toBe(200);
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers['last-modified']).toMatch(/GMT$/);
    expect(res.headers['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    const again = await get(a.slug, { 'If-None-Match': res.headers.etag });
    expect([again.status, again.headers.etag, again.text]).toEqual([304, res.headers.etag, '']);
    // A weak validator of the same bytes still matches (If-None-Match uses the weak comparison).
    expect((await get(a.slug, { 'If-None-Match': `W/${res.headers.etag}` })).status).toBe(304);
  });

  it('answers gzip to a client that accepts it, the same JSON once decoded', async () => {
    const a = await create('مقال مضغوط', { body: [paragraph('نص '.repeat(300))] });
    await publish(a.documentId);
    const plain = await get(a.slug, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get(a.slug, { 'Accept-Encoding': 'gzip' }).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    const raw = zipped.body as Buffer;
    // superagent may already have inflated it; either way the JSON is the same.
    const text = raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    expect(JSON.parse(text)).toEqual(plain.body);
  });
});

/** The raw bytes of a response, undecoded. */
const rawBytes = (req: ReturnType<typeof get>) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('brotli', () => {
  it('answers brotli to a browser (gzip, deflate, br), gzip to a client that prefers it, the same JSON and ETag', async () => {
    const a = await create('مقال بضغط بروتلي', { body: [paragraph('نص عربي طويل '.repeat(300)), paragraph('Latin run CNN 2023 '.repeat(50))] });
    await publish(a.documentId);
    const plain = await get(a.slug, { 'Accept-Encoding': 'identity' });
    const br = await rawBytes(get(a.slug, { 'Accept-Encoding': 'gzip, deflate, br' }));
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(br.headers.etag).toBe(plain.headers.etag);
    // What the row stores: base64 of each (the Query Engine has no binary type on all three databases).
    const row = await app.strapi.db.query('plugin::newsroom.read-model').findOne({ where: { documentId: a.documentId } });
    const brBytes = Buffer.from(row.br, 'base64');
    const gzBytes = Buffer.from(row.gzip, 'base64');
    expect(zlib.brotliDecompressSync(brBytes).toString('utf8')).toBe(plain.text);
    expect(zlib.gunzipSync(gzBytes).toString('utf8')).toBe(plain.text);
    // The stored bytes are what was sent (superagent may already have decoded them: then the JSON is the same).
    const sentBr = br.body as Buffer;
    expect(sentBr.equals(brBytes) || sentBr.toString('utf8') === plain.text).toBe(true);
    const gz = await rawBytes(get(a.slug, { 'Accept-Encoding': 'br;q=0.5, gzip' }));
    expect(gz.headers['content-encoding']).toBe('gzip');
    const sentGz = gz.body as Buffer;
    expect(sentGz.equals(gzBytes) || sentGz.toString('utf8') === plain.text).toBe(true);
    const bytes = Buffer.byteLength(plain.text);
    expect(brBytes.length).toBeLessThan(gzBytes.length);
    console.log(`read model bytes (repetitive test article): JSON ${bytes}, gzip ${gzBytes.length} (stored ${row.gzip.length}), br ${brBytes.length} (stored ${row.br.length})`);
    // The demo's articles (the seed article: 22 KB of real Arabic news) are the figures worth reading: read them all, take the largest.
    const demo = await app.http().get('/api/newsroom/articles').query({ locale: 'ar', pageSize: 100 });
    for (const item of demo.body.data as { slug: string }[]) if (item.slug !== a.slug) await get(item.slug, { 'Accept-Encoding': 'identity' });
    const seed = (await app.strapi.db.query('plugin::newsroom.read-model').findMany({ where: { locale: 'ar', slug: { $notNull: true }, documentId: { $ne: a.documentId } } }))
      .filter((r: any) => r.body && r.gzip && r.br)
      .sort((x: any, y: any) => y.body.length - x.body.length)[0];
    if (seed) {
      const [json, g, b] = [Buffer.byteLength(seed.body), Buffer.from(seed.gzip, 'base64').length, Buffer.from(seed.br, 'base64').length];
      expect(b).toBeLessThan(g);
      console.log(`read model bytes (largest other published article, the demo's seed article unless a test made a larger one): JSON ${json}, gzip ${g} (stored ${seed.gzip.length}), br ${b} (stored ${seed.br.length})`);
    }
  });
});

describe('slugs a database collation treats as equal', () => {
  // MariaDB's utf8mb4_unicode_ci ignores Arabic short vowels and Latin case: these pairs compare
  // equal there. Each is its own article and each read must find its own.
  it.each([
    ['كتاب-اليوم', 'كتَاب-اليوم'],
    ['gulf-news-today', 'Gulf-News-Today'],
  ])('%s and %s are two articles, each served under its own slug', async (first, second) => {
    const one = await create(`مقال ${first}`, { slug: first });
    const two = await create(`مقال ${second}`, { slug: second });
    expect([one.slug, two.slug]).toEqual([first, second]);
    await publish(one.documentId);
    await publish(two.documentId);
    for (let round = 0; round < 2; round += 1) {
      // First round renders and stores both rows; the second is served from them.
      expect((await seen(first)).data.documentId).toBe(one.documentId);
      expect((await seen(second)).data.documentId).toBe(two.documentId);
    }
    const rows = await app.strapi.db.query('plugin::newsroom.read-model').findMany({ where: { documentId: { $in: [one.documentId, two.documentId] } } });
    expect(rows.map((r: any) => [r.slug, r.stale]).sort()).toEqual([[first, false], [second, false]].sort());
  });
});

describe('what invalidates a prepared read', () => {
  it('a linked article retitled, unpublished, deleted: the dependent article changes each time', async () => {
    const target = await create('الهدف المرتبط');
    const other = await create('هدف سيحذف');
    await publish(target.documentId);
    await publish(other.documentId);
    const source = await create('المقال التابع', { body: [paragraph('قبل'), link(target.documentId), link(other.documentId)], related: [target.documentId] });
    await publish(source.documentId);
    let s = await seen(source.slug);
    expect(linkTitles(s.data)).toEqual(['الهدف المرتبط', 'هدف سيحذف']);

    await retitle(target.documentId, 'الهدف بعنوان جديد');
    // A draft change is not public: same bytes, same validators.
    const draftOnly = await seen(source.slug);
    expect([draftOnly.etag, draftOnly.lastModified]).toEqual([s.etag, s.lastModified]);
    await publish(target.documentId);
    s = await expectChanged(source.slug, s);
    expect(linkTitles(s.data)).toEqual(['الهدف بعنوان جديد', 'هدف سيحذف']);
    expect(s.data.related.map((r) => r.title)).toEqual(['الهدف بعنوان جديد']);

    await docs().unpublish({ documentId: target.documentId, locale: 'ar' } as never);
    s = await expectChanged(source.slug, s);
    expect(linkTitles(s.data)).toEqual(['هدف سيحذف']);

    await docs().delete({ documentId: other.documentId, locale: 'ar' } as never);
    s = await expectChanged(source.slug, s);
    expect(linkTitles(s.data)).toEqual([]);
  });

  it('the article itself republished with new rights: changed; its draft alone: not', async () => {
    const a = await create('مقال تتغير حقوقه', { rights: { license: 'cc-by-4.0', copyrightHolder: 'وكالة أ' } });
    await publish(a.documentId);
    let s = await seen(a.slug);
    await docs().update({ documentId: a.documentId, locale: 'ar', data: { rights: { license: 'cc0-1.0', copyrightHolder: 'وكالة ب' } } } as never);
    const same = await seen(a.slug);
    expect([same.etag, same.lastModified]).toEqual([s.etag, s.lastModified]);
    await publish(a.documentId);
    s = await expectChanged(a.slug, s);
    expect(s.data.rights.license.code).toBe('cc0-1.0');
  });

  it('a setting the body shows (publisher, URL template, dates) changes every prepared read; a save that changes nothing moves nothing', async () => {
    const a = await create('مقال يتبع الإعدادات');
    await publish(a.documentId);
    const put = (patch: Record<string, unknown>) => app.http().put('/newsroom/settings').set('Authorization', `Bearer ${token}`).send(patch);
    const original = (await app.http().get('/newsroom/settings').set('Authorization', `Bearer ${token}`)).body.data;
    let s = await seen(a.slug);
    try {
      // Every row is marked stale, but re-rendering gives the same bytes: ETag and Last-Modified stay.
      expect((await put({ publisherName: original.publisherName })).status).toBe(200);
      const same = await seen(a.slug);
      expect([same.etag, same.lastModified]).toEqual([s.etag, s.lastModified]);
      expect((await get(a.slug, { 'If-None-Match': s.etag })).status).toBe(304);

      expect((await put({ publisherName: 'ناشر آخر' })).status).toBe(200);
      s = await expectChanged(a.slug, s);
      expect(JSON.stringify(s.data.jsonLd)).toContain('ناشر آخر');
      expect((await put({ articleUrlTemplate: 'https://news.example/{slug}' })).status).toBe(200);
      s = await expectChanged(a.slug, s);
      expect(s.data.url).toBe(`https://news.example/${encodeURIComponent(a.slug)}`);
      expect((await put({ dateDigits: original.dateDigits === 'arab' ? 'latn' : 'arab' })).status).toBe(200);
      s = await expectChanged(a.slug, s);
    } finally {
      await put({ publisherName: original.publisherName, articleUrlTemplate: original.articleUrlTemplate, dateDigits: original.dateDigits });
    }
  });

  it('a renamed article is served under its new slug only; an unpublished one is gone', async () => {
    const a = await create('مقال يغير اسمه');
    await publish(a.documentId);
    await seen(a.slug);
    await docs().update({ documentId: a.documentId, locale: 'ar', data: { slug: 'اسم-جديد-للمقال' } } as never);
    await publish(a.documentId);
    expect((await get(a.slug)).status).toBe(404);
    expect((await seen('اسم-جديد-للمقال')).data.documentId).toBe(a.documentId);
    await docs().unpublish({ documentId: a.documentId, locale: 'ar' } as never);
    expect((await get('اسم-جديد-للمقال')).status).toBe(404);
  });

  it('never serves a draft: a never-published article is 404 even after its draft changes', async () => {
    const a = await create('مسودة فقط');
    expect((await get(a.slug)).status).toBe(404);
    await retitle(a.documentId, 'مسودة معدلة');
    expect((await get(a.slug)).status).toBe(404);
    const rows = await app.strapi.db.query('plugin::newsroom.read-model').findMany({ where: { documentId: a.documentId } });
    expect(rows.every((r: any) => r.body === null)).toBe(true);
  });
});

describe('rendering many at once (a batch of creates, the warmer)', () => {
  it('renders each version as it renders it alone: links, unpublished targets, translations; nothing for a draft or an unknown id', async () => {
    const target = await create('هدف للعرض الجماعي');
    await publish(target.documentId);
    const draftOnly = await create('هدف مسودة للعرض الجماعي');
    const withLinks = await create('مقال بروابط للعرض الجماعي', { body: [paragraph('فقرة أولى'), link(target.documentId), link(draftOnly.documentId)], related: [{ documentId: target.documentId, locale: 'ar' }] });
    await publish(withLinks.documentId);
    const translated = await create('مقال مترجم للعرض الجماعي', { body: [link(target.documentId)] });
    await publish(translated.documentId);
    await docs().update({ documentId: translated.documentId, locale: 'en', data: { title: 'A translated story for the batch' } } as never);
    await docs().publish({ documentId: translated.documentId, locale: 'en' } as never);
    const articles = app.strapi.plugin('newsroom').service('articles');
    const settings = await app.strapi.plugin('newsroom').service('settings').get();
    const ids = [withLinks.documentId, translated.documentId, target.documentId, draftOnly.documentId, 'no-such-document'];

    const many = await articles.renderPublishedMany(ids, 'ar', { settings });
    const alone = new Map<string, unknown>();
    for (const documentId of ids) {
      const one = await articles.renderPublished({ documentId }, 'ar', { settings });
      if (one) alone.set(documentId, one);
    }
    expect([...many.keys()].sort()).toEqual([withLinks.documentId, translated.documentId, target.documentId].sort());
    expect(new Map([...many].sort())).toEqual(new Map([...alone].sort()));
    // What is compared is what matters: the links and the translation are there.
    expect(linkTitles(many.get(withLinks.documentId).article)).toEqual(['هدف للعرض الجماعي']);
    expect(many.get(translated.documentId).article.translations).toEqual([expect.objectContaining({ locale: 'en', title: 'A translated story for the batch' })]);
  });
});

describe('storing renders of versions that have no row yet (a re-index of articles written before the read model)', () => {
  it('stores them in one INSERT, each served as its own render', async () => {
    const created = [];
    for (const n of [1, 2, 3]) {
      const article = await create(`مقال بلا صف في نموذج القراءة ${n}`, { body: [paragraph(`فقرة المقال ${n} عن CNN`)] });
      await publish(article.documentId);
      created.push(article);
    }
    const ids = created.map((a) => a.documentId);
    const rows = () => app.strapi.db.query('plugin::newsroom.read-model').findMany({ where: { documentId: { $in: ids }, locale: 'ar' }, select: ['documentId', 'stale', 'body'] });
    await app.strapi.db.query('plugin::newsroom.read-model').deleteMany({ where: { documentId: { $in: ids } } });
    expect(await rows()).toEqual([]);
    const statements = await statementsDuring(() => app.strapi.plugin('newsroom').service('readModel').refresh(ids.map((documentId) => ({ documentId, locale: 'ar' }))));
    expect(statements.filter((sql) => /^insert into (?:["`]\w+["`]\.)?["`]newsroom_read_model["`] /i.test(sql))).toHaveLength(1);
    const stored = (await rows()) as { documentId: string; stale: boolean; body: string }[];
    expect(stored.map((r) => [r.documentId, Boolean(r.stale)]).sort()).toEqual(ids.map((id) => [id, false]).sort());
    for (const [n, article] of created.entries()) {
      const res = await get(article.slug);
      expect(res.status).toBe(200);
      expect(res.body.data.title).toBe(`مقال بلا صف في نموذج القراءة ${n + 1}`);
      expect(JSON.parse(stored.find((r) => r.documentId === article.documentId)!.body).data.title).toBe(res.body.data.title);
    }
  });
});

describe('SQL per read', () => {
  it('is at most 2 queries beyond the auth layer’s own, for a 200 and a 304', async () => {
    const target = await create('هدف للعد');
    await publish(target.documentId);
    const a = await create('مقال للعد', { body: [link(target.documentId)], related: [target.documentId] });
    await publish(a.documentId);
    const count = async (run: () => Promise<{ status: number }>, status: number) =>
      (
        await statementsDuring(async () => {
          expect((await run()).status).toBe(status);
        })
      ).length;
    const first = await seen(a.slug); // renders and stores
    // The auth layer's own: the same route refusing a bad slug before reading anything.
    const auth = await count(() => get('bad slug'), 400);
    const full = await count(() => get(a.slug), 200);
    const notModified = await count(() => get(a.slug, { 'If-None-Match': first.etag }), 304);
    expect(full - auth).toBeLessThanOrEqual(1);
    expect(notModified - auth).toBeLessThanOrEqual(1);
    const conditionalMiss = await count(() => get(a.slug, { 'If-None-Match': '"old"' }), 200);
    expect(conditionalMiss - auth).toBeLessThanOrEqual(2);
    console.log(`SQL per article read beyond auth (${auth}): 200 → ${full - auth}, 304 → ${notModified - auth}, stale If-None-Match → ${conditionalMiss - auth}`);
  });
});
