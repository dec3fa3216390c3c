import { ARTICLE_UID } from '../../content-types';
import { adminToken, settleBackgroundQueries, startPlayground, statementsInTransaction, type TestApp } from '../helpers/strapi';

/**
 * The read-model warmer (server/src/jobs/read-model-warmer.ts): a Strapi cron job that
 * re-renders stale prepared reads in the background, claiming rows so several nodes can run it;
 * and what an invalidation costs the editor's write when thousands of articles show the target.
 */
const READ_MODEL = 'plugin::newsroom.read-model';
const READ_DEPENDENCY = 'plugin::newsroom.read-dependency';
let app: TestApp;
let token: string;
const docs = () => app.strapi.documents(ARTICLE_UID);
const readModel = () => app.strapi.plugin('newsroom').service('readModel');

beforeAll(async () => {
  // The warmer runs every second here (the default is every 10 s), so a test can wait for it.
  process.env.NEWSROOM_WARMER = 'true';
  process.env.NEWSROOM_WARMER_RULE = '* * * * * *';
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  await app?.close();
});

async function published(title: string) {
  const a = (await docs().create({ locale: 'ar', data: { title } } as never)) as unknown as { documentId: string; slug: string };
  await docs().publish({ documentId: a.documentId, locale: 'ar' } as never);
  return a;
}
const read = (slug: string) => app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale: 'ar' });
const putSettings = (patch: Record<string, unknown>) => app.http().put('/newsroom/settings').set('Authorization', `Bearer ${token}`).send(patch);

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

describe('the warmer', () => {
  const articles: { documentId: string; slug: string }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 12; i += 1) articles.push(await published(`مقال للتسخين رقم ${i + 1}`));
    for (const a of articles) expect((await read(a.slug)).status).toBe(200);
  });

  it('is a Strapi cron job on this node', () => {
    expect(app.strapi.cron.jobs.map((j: { name: string | null }) => j.name)).toContain('newsroom-read-model-warmer');
  });

  it('re-renders every stale row after a settings change, with no read asking, and a read meanwhile shows the new setting', async () => {
    const original = (await app.http().get('/newsroom/settings').set('Authorization', `Bearer ${token}`)).body.data;
    try {
      expect((await putSettings({ publisherName: 'ناشر المسخن' })).status).toBe(200);
      // A read while rows are stale (the warmer may be rendering it right now) serves the new content.
      const during = await read(articles[0].slug);
      expect(JSON.stringify(during.body.data.jsonLd)).toContain('ناشر المسخن');
      expect(await until(async () => (await readModel().staleCount()) === 0, 30_000)).toBe(true);
      const rows = await app.strapi.db.query(READ_MODEL).findMany({ where: { documentId: { $in: articles.map((a) => a.documentId) } } });
      expect(rows).toHaveLength(articles.length);
      for (const row of rows) {
        expect(row.stale).toBeFalsy();
        expect(row.body).toContain('ناشر المسخن');
      }
      const after = await read(articles[5].slug);
      expect(after.headers.etag).toBe(rows.find((r: any) => r.documentId === articles[5].documentId).etag);
    } finally {
      await putSettings({ publisherName: original.publisherName });
    }
  });

  it('renders each stale row once when several warmers run at once (rows are claimed)', async () => {
    await app.strapi.cron.remove('newsroom-read-model-warmer');
    await readModel().invalidateAll();
    const stale = await readModel().staleCount();
    expect(stale).toBeGreaterThanOrEqual(articles.length);
    // Four warmers at once, as four nodes would run them: together they render every row exactly once.
    const counts: number[] = await Promise.all([1, 2, 3, 4].map(() => readModel().warm(1000)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(stale);
    expect(await readModel().staleCount()).toBe(0);
  });
});

describe('invalidation when thousands of articles show the target', () => {
  it('marks 5,000 dependents stale in one statement inside the write, and the first read re-renders one', async () => {
    const target = await published('هدف تعرضه آلاف المقالات');
    const dependent = await published('مقال يعرض الهدف');
    await docs().update({
      documentId: dependent.documentId,
      locale: 'ar',
      data: { body: [{ __component: 'newsroom.related-link', kind: 'read-also', article: { connect: [{ documentId: target.documentId, locale: 'ar' }] } }] },
    } as never);
    await docs().publish({ documentId: dependent.documentId, locale: 'ar' } as never);
    expect((await read(dependent.slug)).status).toBe(200);
    // 4,999 more prepared rows that show the target, as if rendered (their bodies do not matter here).
    const fake = Array.from({ length: 4999 }, (_, i) => `fake${String(i).padStart(20, '0')}`);
    for (let i = 0; i < fake.length; i += 500) {
      const chunk = fake.slice(i, i + 500);
      await app.strapi.db.query(READ_MODEL).createMany({ data: chunk.map((documentId) => ({ documentId, locale: 'ar', gen: 0, stale: false })) });
      await app.strapi.db.query(READ_DEPENDENCY).createMany({ data: chunk.map((documentId) => ({ documentId, locale: 'ar', target: target.documentId })) });
    }
    await settleBackgroundQueries(app);
    const started = process.hrtime.bigint();
    // Counted on the write's transaction alone: the warmer's tick on another connection is not the write's.
    const queries = (await statementsInTransaction(app, () => readModel().invalidate([{ documentId: target.documentId, locale: 'ar' }]))).length;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const stale = await app.strapi.db.query(READ_MODEL).count({ where: { stale: true, documentId: { $in: [...fake.slice(0, 1), fake[4998], dependent.documentId] } } });
    expect(stale).toBe(3);
    expect(await readModel().staleCount()).toBeGreaterThanOrEqual(5000);
    // One lookup of the target's own row, then one UPDATE for it and all its dependents.
    expect(queries).toBeGreaterThan(0);
    expect(queries).toBeLessThanOrEqual(2);
    const first = process.hrtime.bigint();
    const res = await read(dependent.slug);
    const firstMs = Number(process.hrtime.bigint() - first) / 1e6;
    expect(res.status).toBe(200);
    const second = process.hrtime.bigint();
    await read(dependent.slug);
    const secondMs = Number(process.hrtime.bigint() - second) / 1e6;
    console.log(
      `[${app.strapi.db.dialect.client}] invalidate 5,000 dependents: ${ms.toFixed(1)} ms, ${queries} SQL; ` +
        `first read after (re-render): ${firstMs.toFixed(1)} ms, next read: ${secondMs.toFixed(1)} ms`
    );
    await app.strapi.db.query(READ_DEPENDENCY).deleteMany({ where: { documentId: { $startsWith: 'fake' } } });
    await app.strapi.db.query(READ_MODEL).deleteMany({ where: { documentId: { $startsWith: 'fake' } } });
  });
});
