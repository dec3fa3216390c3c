import fs from 'fs';
import os from 'os';
import path from 'path';
import { encodeSingleByte } from '../helpers/encodings';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * The admin API of WordPress imports: upload → 202 and a job run in the background, its progress
 * and report, the redirect map as CSV and JSON, and a 400 naming the field for every bad request.
 */
let app: TestApp;
let auth: { Authorization: string };
const VARIETY = path.resolve(__dirname, '../fixtures/wordpress/variety-en-1.1.wxr.xml');
const NOT_WXR = path.resolve(__dirname, '../../README.md');

beforeAll(async () => {
  app = await startPlayground();
  auth = { Authorization: `Bearer ${await adminToken(app)}` };
});

afterAll(async () => {
  await app?.close();
});

const upload = (file: string, fields: Record<string, string>) => {
  const request = app.http().post('/newsroom/import/wordpress').set(auth).attach('file', file);
  for (const [name, value] of Object.entries(fields)) request.field(name, value);
  return request;
};

async function finished(id: number): Promise<any> {
  for (let i = 0; i < 300; i += 1) {
    const res = await app.http().get(`/newsroom/import/jobs/${id}`).set(auth);
    expect(res.status).toBe(200);
    if (res.body.data.status === 'done' || res.body.data.status === 'failed') return res.body.data;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

describe('POST /newsroom/import/wordpress', () => {
  it('answers 202 with the queued job, which runs in the background to a report', async () => {
    const res = await upload(VARIETY, { locale: 'en', uploadMedia: 'false' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ data: { id: expect.any(Number), status: 'queued' } });
    const job = await finished(res.body.data.id);
    expect(job).toMatchObject({ status: 'done', locale: 'en', name: 'variety-en-1.1.wxr.xml', options: { uploadMedia: false } });
    // What the caller chose, never the job's bookkeeping (the export's path on disk, whether the job owns it, its claim).
    expect(job.options).toEqual({ uploadMedia: false, postTypes: ['post'] });
    expect(Object.keys(job).sort()).toEqual(['createdAt', 'error', 'id', 'locale', 'name', 'options', 'progress', 'report', 'status', 'updatedAt']);
    expect(job.progress).toEqual({ seen: 5, total: 5, created: 3, updated: 0, unchanged: 0, skipped: 1, errors: 1, searchIndex: { built: 2, total: 2 } });
    expect(job.report.errors).toEqual([{ postId: null, code: 'error', detail: 'the item has no wp:post_id' }]);

    const json = await app.http().get(`/newsroom/import/jobs/${job.id}/redirects`).set(auth);
    expect(json.status).toBe(200);
    expect(json.body.data.map((r: any) => [r.postId, r.from])).toEqual([
      [11, 'http://gulfdesk.example/2023/05/02/plain-fields/'],
      [12, 'http://gulfdesk.example/2023/05/03/block-post/'],
    ]);
    expect(json.body.data[1].to).toContain(encodeURIComponent('سوق-النفط'));
    const csv = await app.http().get(`/newsroom/import/jobs/${job.id}/redirects`).query({ format: 'csv' }).set(auth);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="newsroom-redirects-${job.id}.csv"`);
    expect(csv.text.split('\r\n')).toEqual(['from,to', `"${json.body.data[0].from}","${json.body.data[0].to}"`, `"${json.body.data[1].from}","${json.body.data[1].to}"`, '']);
  });

  it.each([
    [{ locale: 'xx' }, VARIETY, 'locale'],
    [{ locale: 'not a locale!' }, VARIETY, 'locale'],
    [{}, VARIETY, 'locale'],
    [{ locale: 'en', uploadMedia: 'perhaps' }, VARIETY, 'uploadMedia'],
    [{ locale: 'en', dryRun: 'true' }, VARIETY, 'dryRun'],
    [{ locale: 'en', postTypes: 'post, attachment' }, VARIETY, 'postTypes.1'],
    [{ locale: 'en', postTypes: 'News!' }, VARIETY, 'postTypes.0'],
    [{ locale: 'en', postTypes: ' , ' }, VARIETY, 'postTypes'],
    [{ locale: 'en' }, NOT_WXR, 'file'],
  ])('refuses %j with a 400 naming the field, and queues nothing', async (fields, file, field) => {
    const before = await app.strapi.db.query('plugin::newsroom.wordpress-job').count();
    const res = await upload(file, fields as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual([field]);
    expect(await app.strapi.db.query('plugin::newsroom.wordpress-job').count()).toBe(before);
  });

  describe('an export in the site’s own charset (WordPress declares blog_charset in the XML declaration)', () => {
    const ARABIC = path.resolve(__dirname, '../fixtures/wordpress/emaratalyoum-ar.wxr.xml');
    const declared = (encoding: string) =>
      fs
        .readFileSync(ARABIC, 'utf8')
        .replace('<?xml version="1.0" encoding="UTF-8" ?>', `<?xml version="1.0" encoding="${encoding}" ?>`)
        .replaceAll('emaratalyoum.example', `${encoding.toLowerCase()}.example`)
        .replaceAll('{{MEDIA}}', 'https://media.example');
    const written = (name: string, bytes: Buffer) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-')), name);
      fs.writeFileSync(file, bytes);
      return file;
    };

    it('imports an Arabic site’s windows-1256 export with its letters intact', async () => {
      const res = await upload(written('cp1256.xml', encodeSingleByte(declared('windows-1256'), 'windows-1256')), { locale: 'ar', uploadMedia: 'false' });
      expect(res.status).toBe(202);
      const job = await finished(res.body.data.id);
      expect(job).toMatchObject({ status: 'done', progress: { created: 5, errors: 0 } });
      const row = await app.strapi.db.query('plugin::newsroom.wordpress-item').findOne({ where: { locale: 'ar', postId: 101, jobId: job.id } });
      const article = (await app.strapi.documents('plugin::newsroom.article').findOne({ documentId: row.documentId, locale: 'ar' } as never)) as any;
      expect(article.title).toBe('أوكرانيا تدرب متمردي مالي على استخدام الطائرات بدون طيار ضد فاغنر');
      expect(JSON.stringify(article)).not.toContain('\uFFFD');
    });

    it('refuses one in an encoding it cannot read with a 400 naming `file` and the encoding, queueing nothing', async () => {
      const before = await app.strapi.db.query('plugin::newsroom.wordpress-job').count();
      const res = await upload(written('klingon.xml', Buffer.from(declared('x-mac-klingon'))), { locale: 'ar' });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors).toEqual([{ path: ['file'], message: expect.stringContaining('declares the character encoding "x-mac-klingon"'), name: expect.any(String) }]);
      expect(await app.strapi.db.query('plugin::newsroom.wordpress-job').count()).toBe(before);
    });
  });

  it('takes the post types to import as a comma-separated field, and shows them with the job', async () => {
    const res = await upload(VARIETY, { locale: 'en', uploadMedia: 'false', postTypes: ' post ,news,post' });
    expect(res.status).toBe(202);
    const job = await finished(res.body.data.id);
    expect(job.options).toEqual({ uploadMedia: false, postTypes: ['post', 'news'] });
  });

  it('refuses a request without a file, and a file over the configured limit, naming `file`', async () => {
    const none = await app.http().post('/newsroom/import/wordpress').set(auth).field('locale', 'en');
    expect(none.status).toBe(400);
    expect(none.body.error.details.errors[0].path).toEqual(['file']);
    const limit = app.strapi.config.get('plugin::newsroom.importMaxBytes');
    app.strapi.config.set('plugin::newsroom.importMaxBytes', 2048);
    try {
      const big = await upload(VARIETY, { locale: 'en' });
      expect(big.status).toBe(400);
      expect(big.body.error.details.errors).toEqual([expect.objectContaining({ path: ['file'], message: expect.stringContaining('2048 bytes') })]);
    } finally {
      app.strapi.config.set('plugin::newsroom.importMaxBytes', limit);
    }
  });
});

describe('GET /newsroom/import/jobs', () => {
  it('lists the imports newest first, a page at a time, each without its report, by its file name as uploaded', async () => {
    // A name pasted with an override (it would display as "…lmx.exe" reversed) is listed without it.
    const first = await app.http().post('/newsroom/import/wordpress').set(auth).attach('file', VARIETY, { filename: 'أرشيف\u202Elmx.exe' }).field('locale', 'en').field('uploadMedia', 'false');
    expect(first.status).toBe(202);
    await finished(first.body.data.id);
    const second = await upload(VARIETY, { locale: 'ar', uploadMedia: 'false' });
    await finished(second.body.data.id);
    const total = await app.strapi.db.query('plugin::newsroom.wordpress-job').count();

    const page = await app.http().get('/newsroom/import/jobs').query({ pageSize: 2 }).set(auth);
    expect(page.status).toBe(200);
    expect(page.body.meta).toEqual({ pagination: { page: 1, pageSize: 2, pageCount: Math.ceil(total / 2), total } });
    expect(page.body.data.map((j: any) => [j.id, j.name, j.locale, j.status])).toEqual([
      [second.body.data.id, 'variety-en-1.1.wxr.xml', 'ar', 'done'],
      [first.body.data.id, 'أرشيفlmx.exe', 'en', 'done'],
    ]);
    expect(Object.keys(page.body.data[0]).sort()).toEqual(['createdAt', 'error', 'id', 'locale', 'name', 'options', 'progress', 'status', 'updatedAt']);
    expect(page.body.data[0].progress).toEqual({ seen: 5, total: 5, created: expect.any(Number), updated: expect.any(Number), unchanged: expect.any(Number), skipped: 1, errors: 1, searchIndex: { built: 2, total: 2 } });
    expect(page.body.data[0].options).toEqual({ uploadMedia: false, postTypes: ['post'] });

    const next = await app.http().get('/newsroom/import/jobs').query({ page: 2, pageSize: 1 }).set(auth);
    expect(next.body.data.map((j: any) => j.id)).toEqual([first.body.data.id]);
    const byDefault = await app.http().get('/newsroom/import/jobs').set(auth);
    expect(byDefault.body.meta.pagination).toMatchObject({ page: 1, pageSize: 10, total });
  });

  it.each([
    [{ pageSize: 101 }, 'pageSize'],
    [{ pageSize: 0 }, 'pageSize'],
    [{ page: 'x' }, 'page'],
    [{ sort: 'id:asc' }, 'sort'],
  ])('refuses %j with a 400 naming the field', async (query, field) => {
    const res = await app.http().get('/newsroom/import/jobs').query(query).set(auth);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual([field]);
  });
});

describe('POST /newsroom/import/jobs/:id/cancel', () => {
  it('answers the cancelled job, 409 for one that has ended, 404 for none, 400 naming `id`', async () => {
    const ended = await upload(VARIETY, { locale: 'en', uploadMedia: 'false' });
    const job = await finished(ended.body.data.id);
    const conflict = await app.http().post(`/newsroom/import/jobs/${job.id}/cancel`).set(auth);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toEqual({ data: null, error: { status: 409, name: 'ConflictError', message: `Import job ${job.id} has ended (done): there is nothing to cancel`, details: {} } });
    expect((await app.http().get(`/newsroom/import/jobs/${job.id}`).set(auth)).body.data.status).toBe('done');

    // A job no node has started yet (queued by a script, not started): cancelled at once.
    const queued = await app.strapi.plugin('newsroom').service('wordpress').create(VARIETY, 'en', { uploadMedia: false });
    const res = await app.http().post(`/newsroom/import/jobs/${queued.id}/cancel`).set(auth);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: queued.id, status: 'cancelled', progress: { seen: 0, created: 0 } });
    expect(res.body.data.report).toBeDefined();

    expect((await app.http().post('/newsroom/import/jobs/424242/cancel').set(auth)).status).toBe(404);
    const bad = await app.http().post('/newsroom/import/jobs/x/cancel').set(auth);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['id']);
  });
});

describe('GET /newsroom/import/jobs/:id', () => {
  it('answers 404 for a job that does not exist and 400 naming `id` for what is not an id', async () => {
    expect((await app.http().get('/newsroom/import/jobs/424242').set(auth)).status).toBe(404);
    const bad = await app.http().get('/newsroom/import/jobs/abc').set(auth);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['id']);
    const format = await app.http().get('/newsroom/import/jobs/1/redirects').query({ format: 'xml' }).set(auth);
    expect(format.status).toBe(400);
    expect(format.body.error.details.errors[0].path).toEqual(['format']);
  });
});
