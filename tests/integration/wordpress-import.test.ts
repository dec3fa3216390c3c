import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
import { ARTICLE_UID } from '../../content-types';
import type { ArticleDetail } from '../../server/src/types/api';
import { startPlayground, statementsDuring, type TestApp } from '../helpers/strapi';
import { parseXml } from '../helpers/xml';

/**
 * The WordPress import on the fixtures: every post's date, slug and links, the skipped items and
 * their reasons, media uploaded from a local server, a re-import that changes nothing, one bad
 * item that stops nothing, and a job interrupted by a stop that resumes.
 */
let app: TestApp;
let media: http.Server;
let mediaOrigin: string;
/** The paths the media server was asked for. */
const mediaRequests: string[] = [];
let arabicExport: string;
const FIXTURES = path.resolve(__dirname, '../fixtures/wordpress');
const VARIETY = path.join(FIXTURES, 'variety-en-1.1.wxr.xml');
const wordpress = () => app.strapi.plugin('newsroom').service('wordpress');
const docs = () => app.strapi.documents(ARTICLE_UID);

/** The fixture with its media URLs pointing at the local media server. */
function exportWithMedia(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-')), 'export.xml');
  fs.writeFileSync(file, fs.readFileSync(path.join(FIXTURES, 'emaratalyoum-ar.wxr.xml'), 'utf8').replaceAll('{{MEDIA}}', mediaOrigin));
  return file;
}

/** A WXR 1.2 export of `items` (their XML), written to a temporary file named `name`. */
function exportOf(name: string, items: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-')), name);
  fs.writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><wp:wxr_version>1.2</wp:wxr_version>${items}</channel></rss>\n`
  );
  return file;
}

async function read(slug: string, locale = 'ar'): Promise<ArticleDetail> {
  const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale });
  expect(res.status).toBe(200);
  return res.body.data;
}

async function mapped(postId: number, locale = 'ar'): Promise<Record<string, any>> {
  return app.strapi.db.query('plugin::newsroom.wordpress-item').findOne({ where: { postId, locale } });
}

/** A small JPEG, served by the media server and uploaded by tests. */
let jpeg: Buffer;
const files = () => app.strapi.db.query('plugin::upload.file');

/** A file put in the Media Library, as an editor's upload would be; answers its id. */
async function uploadFile(name: string): Promise<number> {
  const filepath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-upload-')), name);
  fs.writeFileSync(filepath, jpeg);
  const [file] = await app.strapi
    .plugin('upload')
    .service('upload')
    .upload({ data: { fileInfo: { name } }, files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: jpeg.length } });
  return file.id;
}

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c03020' } }).jpeg().toBuffer();
  media = http.createServer((req, res) => {
    mediaRequests.push(req.url ?? '');
    if (req.url?.endsWith('.jpg')) {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': jpeg.length });
      res.end(jpeg);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  mediaOrigin = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
  arabicExport = exportWithMedia();
  app = await startPlayground();
  // The fixtures' images come from this machine, which the import refuses unless the app allows it.
  app.strapi.config.set('plugin::newsroom.importMediaAllowedNetworks', ['127.0.0.1']);
});

afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => media?.close(resolve));
});

describe('an Arabic news site export (WXR 1.2, classic and block content)', () => {
  let job: any;
  beforeAll(async () => {
    job = await wordpress().importFile(arabicExport, { locale: 'ar' });
  });

  it('ends done, counting every item: 5 posts written, 4 skipped with their reasons, no error', () => {
    expect(job.status).toBe('done');
    expect(job.progress).toEqual({ seen: 9, total: 9, created: 5, updated: 0, unchanged: 0, skipped: 4, errors: 0, searchIndex: { built: 3, total: 3 } });
    expect(job.report.skipped.map((s: any) => [s.postId, s.code])).toEqual([[201, 'attachment'], [106, 'private'], [107, 'page'], [108, 'nav_menu_item']]);
    expect(job.report.errors).toEqual([]);
  });

  it('publishes the seed article with its date, decoded slug, byline, section, keywords and standfirst', async () => {
    const article = await read('أوكرانيا-تدرب-متمردي-مالي');
    expect(article.originalPublishedAt).toBe('2024-07-31T06:15:00.000Z');
    expect(article.jsonLd.datePublished).toBe('2024-07-31T06:15:00.000Z');
    expect(article.dates.published.gregorian).toBe('31 يوليو 2024');
    expect(article.byline).toBe('فريق التحرير');
    expect(article.section).toBe('أفريقيا');
    expect(article.keywords).toEqual(['فاغنر', 'مالي', 'أوكرانيا', 'CSP-DPA', 'تقارير']);
    expect(article.standfirst).toBe('بعد هزيمة فاغنر في تين زواتين، تكشف مصادر عن تعاون بين الاستخبارات الأوكرانية وCSP-DPA.');
    expect(article.rights.copyrightYear).toBe(2024);
    expect(article.allowComments).toBe(true);
    // Found by a text search: the job built the search postings its batches left, before it ended.
    const search = await app.http().get(`/api/newsroom/articles?locale=ar&q=${encodeURIComponent('متمردي مالي')}`);
    expect(search.body.data.map((a: any) => a.documentId)).toContain(article.documentId);
    // Post 103's comments were closed on the old site (wp:comment_status): closed here too.
    expect((await docs().findOne({ documentId: (await mapped(103)).documentId, locale: 'ar', status: 'published' } as never))?.allowComments).toBe(false);
  });

  it('turns the read-also and see-also lines into link blocks to the imported targets, by permalink and by ?p=id', async () => {
    const article = await read('أوكرانيا-تدرب-متمردي-مالي');
    const kinds = article.body.map((b: any) => b.__component);
    expect(kinds).toEqual([
      'newsroom.paragraph', 'newsroom.related-link', 'newsroom.paragraph', 'newsroom.paragraph', 'newsroom.paragraph', 'newsroom.paragraph',
      'newsroom.intertitle', 'newsroom.paragraph', 'newsroom.related-link', 'newsroom.media', 'newsroom.paragraph', 'newsroom.quote', 'newsroom.paragraph',
    ]);
    const links = article.body.filter((b: any) => b.__component === 'newsroom.related-link') as any[];
    // Post 103's slug was taken by the playground's demo article of the same title: it got the plugin's suffix.
    expect(links.map((l) => [l.kind, l.article?.slug, l.article?.title])).toEqual([
      ['read-also', 'وفي-مالي-هزيمة-فاغنر', 'وفي مالي، منيت القوات شبه العسكرية الروسية التابعة لفاغنر بأول هزيمة كبرى لها'],
      ['see-also', 'مالي-صور-أول-هزيمة-كبرى-لفاغنر-2', 'مالي: صور أول هزيمة كبرى لفاغنر'],
    ]);
    expect(links[1].article.documentId).toBe((await mapped(103)).documentId);
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 103, code: 'slug-taken' }));
    expect(article.body[6]).toMatchObject({ text: 'طائرات بدون طيار محلية الصنع محملة بالمتفجرات' });
    expect(article.body[11]).toMatchObject({ text: 'مع الأوكرانيين، نواجه نفس التهديد الروسي.', attribution: 'محمد المولود رمضان، CSP-DPA' });
    // Bold, italic and inline links survive into the paragraphs' rich text.
    const html = article.body.map((b: any) => b.html ?? '').join('\n');
    expect(html).toContain('<strong>');
    expect(html).toContain('<em>');
    expect(html).toContain('https://www.kyivpost.com/');
  });

  it('uploads the inline image and the featured image to the Media Library', async () => {
    const article = await read('أوكرانيا-تدرب-متمردي-مالي');
    const image = article.body.find((b: any) => b.__component === 'newsroom.media') as any;
    expect(image.caption).toBe('مقاتلون في تين زواتين، 27 يوليو 2024');
    expect(image.url ?? image.file?.url).toMatch(/^\/uploads\/.+\.jpg$/);
    // The featured image's caption is its attachment's (WordPress keeps a media caption as the attachment's excerpt).
    expect(article.cover?.caption).toBe('مركبات محترقة قرب تين زواتين في 27 يوليو 2024 – وكالات');
    const files = await app.strapi.db.query('plugin::upload.file').findMany({ select: ['name', 'alternativeText'] });
    expect(files.map((f: any) => f.name).sort()).toEqual(['cover.jpg', 'tinzaouaten.jpg']);
  });

  it('imports the block-editor post: quote with attribution, embed with caption, intertitle, and its read-also link', async () => {
    const article = await read('وفي-مالي-هزيمة-فاغنر');
    expect(article.originalPublishedAt).toBe('2024-07-29T07:30:00.000Z');
    expect(article.byline).toBe('سارة المراسلة');
    // Filed under أفريقيا by Yoast SEO's primary category, though WordPress lists أخبار first (by name): the other stays a keyword.
    expect(article.section).toBe('أفريقيا');
    expect(article.keywords).toEqual(['فاغنر', 'مالي', 'أخبار']);
    expect(article.body.map((b: any) => b.__component)).toEqual(['newsroom.paragraph', 'newsroom.intertitle', 'newsroom.quote', 'newsroom.embed', 'newsroom.related-link']);
    expect(article.body[2]).toMatchObject({ text: 'كانت المعركة الأعنف منذ وصولنا.', attribution: 'قائد عسكري في CSP-DPA' });
    expect(article.body[3]).toMatchObject({ url: 'https://www.youtube.com/watch?v=wagner2024', caption: 'فيديو من موقع المعركة' });
    expect((article.body[4] as any).article.documentId).toBe((await mapped(103)).documentId);
  });

  it('keeps a read-also line whose target was not imported as its paragraph, and reports it', async () => {
    const article = await read('مالي-صور-أول-هزيمة-كبرى-لفاغنر-2');
    expect(article.originalPublishedAt).toBe('2024-07-28T09:30:00.000Z');
    expect(article.body.map((b: any) => b.__component)).toEqual(['newsroom.paragraph', 'newsroom.paragraph']);
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 103, code: 'read-also-unresolved' }));
    expect(job.report.notes.filter((n: any) => n.code === 'read-also-unresolved')).toHaveLength(1);
  });

  it('imports draft, pending and future posts as drafts, reporting the future date', async () => {
    for (const postId of [104, 105]) {
      const row = await mapped(postId);
      const versions = await app.strapi.db.query(ARTICLE_UID).findMany({ where: { documentId: row.documentId }, select: ['publishedAt', 'originalPublishedAt', 'slug'] });
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ publishedAt: null, originalPublishedAt: null });
    }
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 105, code: 'future', detail: expect.stringContaining('2030-01-15T08:00:00.000Z') }));
  });

  it('records the old permalinks in a plugin table, never in the public article, and serves the redirect map', async () => {
    const article = await read('أوكرانيا-تدرب-متمردي-مالي');
    expect(JSON.stringify(article)).not.toContain('emaratalyoum.example/2024');
    const redirects = await wordpress().redirects({ jobId: job.id });
    expect(redirects.map((r: any) => r.postId)).toEqual([101, 102, 103]);
    const origin = String(app.strapi.config.get('server.absoluteUrl') ?? '').replace(/\/+$/, '');
    expect(redirects[0]).toMatchObject({
      from: 'https://www.emaratalyoum.example/2024/07/31/%d8%a3%d9%88%d9%83%d8%b1%d8%a7%d9%86%d9%8a%d8%a7-%d8%aa%d8%af%d8%b1%d8%a8-%d9%85%d8%aa%d9%85%d8%b1%d8%af%d9%8a-%d9%85%d8%a7%d9%84%d9%8a/',
    });
    expect(redirects[0].to).toContain(encodeURIComponent('أوكرانيا-تدرب-متمردي-مالي'));
    expect(redirects[0].to.startsWith(origin) || redirects[0].to.startsWith('http')).toBe(true);
  });

  it('names only checked URLs in the redirect map, whatever a mapping row holds (rows an earlier version stored as the export wrote them)', async () => {
    const items = app.strapi.db.query('plugin::newsroom.wordpress-item');
    const rows = (await items.findMany({ where: { postId: { $in: [102, 103] }, locale: 'ar' }, select: ['id', 'postId', 'link'], orderBy: { postId: 'asc' } })) as any[];
    try {
      await items.update({ where: { id: rows[0].id }, data: { link: 'https://www.emaratalyoum.example/x\r\nSet-Cookie: a=b' } });
      await items.update({ where: { id: rows[1].id }, data: { link: 'javascript:alert(1)' } });
      const redirects = await wordpress().redirects({ jobId: job.id });
      expect(redirects.map((r: any) => [r.postId, r.from])).toEqual([
        [101, expect.any(String)],
        [102, 'https://www.emaratalyoum.example/xSet-Cookie:%20a=b'],
      ]);
    } finally {
      for (const row of rows) await items.update({ where: { id: row.id }, data: { link: row.link } });
    }
  });

  it('a second import of the same file changes nothing: no new rows, same updatedAt', async () => {
    const before = await app.strapi.db.query(ARTICLE_UID).findMany({ select: ['id', 'documentId', 'locale', 'updatedAt'], orderBy: { id: 'asc' } });
    const files = await app.strapi.db.query('plugin::upload.file').count();
    const again = await wordpress().importFile(arabicExport, { locale: 'ar' });
    expect(again.progress).toEqual({ seen: 9, total: 9, created: 0, updated: 0, unchanged: 5, skipped: 4, errors: 0, searchIndex: null });
    expect(await app.strapi.db.query(ARTICLE_UID).findMany({ select: ['id', 'documentId', 'locale', 'updatedAt'], orderBy: { id: 'asc' } })).toEqual(before);
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(files);
  });

  it('a re-import of an edited post updates its article and nothing else', async () => {
    const edited = path.join(path.dirname(arabicExport), 'edited.xml');
    fs.writeFileSync(edited, fs.readFileSync(arabicExport, 'utf8').replace('صور ومقاطع فيديو تظهر', 'صور ومقاطع فيديو جديدة تظهر'));
    const count = await app.strapi.db.query(ARTICLE_UID).count();
    const again = await wordpress().importFile(edited, { locale: 'ar' });
    expect(again.progress).toMatchObject({ created: 0, updated: 1, unchanged: 4, errors: 0 });
    expect(await app.strapi.db.query(ARTICLE_UID).count()).toBe(count);
    expect(JSON.stringify((await read('مالي-صور-أول-هزيمة-كبرى-لفاغنر-2')).body[0])).toContain('جديدة');
  });

  it('a re-import after a photo’s caption was corrected on the old site updates the post that shows it, and only that post', async () => {
    // The caption is the attachment item's excerpt; the post that shows it as its featured image is not edited.
    const corrected = path.join(path.dirname(arabicExport), 'caption.xml');
    const source = fs.readFileSync(path.join(path.dirname(arabicExport), 'edited.xml'), 'utf8');
    expect(source).toContain('مركبات محترقة قرب تين زواتين');
    fs.writeFileSync(corrected, source.replace('مركبات محترقة قرب تين زواتين', 'مركبات عسكرية محترقة قرب تين زواتين'));
    const files = await app.strapi.db.query('plugin::upload.file').count();
    const again = await wordpress().importFile(corrected, { locale: 'ar' });
    expect(again.progress).toMatchObject({ created: 0, updated: 1, unchanged: 4, errors: 0 });
    expect((await read('أوكرانيا-تدرب-متمردي-مالي')).cover?.caption).toBe('مركبات عسكرية محترقة قرب تين زواتين في 27 يوليو 2024 – وكالات');
    // The same file, uploaded before, is shown again, not uploaded twice.
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(files);
    expect((await wordpress().importFile(corrected, { locale: 'ar' })).progress).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });
});

describe('the format’s variety (WXR 1.1, plain fields, a bad item, a taken slug)', () => {
  let job: any;
  /** The writes of articles the import made (the pipeline's derive step runs once per create or update). */
  const writes: string[] = [];
  beforeAll(async () => {
    await docs().create({ locale: 'en', data: { title: 'An article that holds the slug first', slug: 'taken-slug' } } as never);
    const stop = app.strapi.plugin('newsroom').service('pipeline').trace((event: { step: string; action: string }) => {
      if (event.step === 'derive' || event.step === 'atomic') writes.push(`${event.action}:${event.step}`);
    });
    try {
      job = await wordpress().importFile(VARIETY, { locale: 'en', uploadMedia: true });
    } finally {
      stop();
    }
  });

  it('writes each post once: the post whose see-also points further down the export waits for its target', async () => {
    // Post 11 (plain-fields) links to post 12, the next item: 12 (with 14, one batch) is written first, then 11 with its link.
    // Created in batches (no Document Service call, so no atomic step of its own: the batch is one transaction).
    expect(writes).toEqual(['create:derive', 'create:derive', 'create:derive']);
    const rows = (await app.strapi.db.query(ARTICLE_UID).findMany({
      where: { locale: 'en', slug: { $in: ['سوق-النفط', 'plain-fields'] }, publishedAt: null },
      select: ['slug'],
      orderBy: { id: 'asc' },
    })) as { slug: string }[];
    expect(rows.map((r) => r.slug)).toEqual(['سوق-النفط', 'plain-fields']);
  });

  it('reports the item without an id as an error and imports the rest', () => {
    expect(job.status).toBe('done');
    expect(job.progress).toEqual({ seen: 5, total: 5, created: 3, updated: 0, unchanged: 0, skipped: 1, errors: 1, searchIndex: { built: 2, total: 2 } });
    expect(job.report.errors).toEqual([{ postId: null, code: 'error', detail: 'the item has no wp:post_id' }]);
    expect(job.report.skipped).toEqual([expect.objectContaining({ postId: 15, code: 'trash' })]);
  });

  it('reads escaped HTML in plain fields: link, heading, see-also to a later post, iframe embed, <pre> kept as text', async () => {
    const article = await read('plain-fields', 'en');
    expect(article.originalPublishedAt).toBe('2023-05-02T06:00:00.000Z');
    expect(article.byline).toBe('Jane Doe');
    expect(article.standfirst).toBe('An excerpt in plain text.');
    expect(article.body.map((b: any) => b.__component)).toEqual([
      'newsroom.paragraph', 'newsroom.intertitle', 'newsroom.paragraph', 'newsroom.related-link', 'newsroom.embed', 'newsroom.paragraph',
    ]);
    expect((article.body[3] as any)).toMatchObject({ kind: 'see-also', article: { title: 'A block-editor post' } });
    expect(article.body[4]).toMatchObject({ url: 'https://player.vimeo.com/video/12345' });
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 11, code: 'kept-as-text', detail: expect.stringContaining('<pre>') }));
  });

  it('keeps a percent-encoded Unicode slug decoded, lists and tables, and reports an unreachable image kept as a link', async () => {
    const article = await read('سوق-النفط', 'en');
    expect(article.body.map((b: any) => b.__component)).toEqual(['newsroom.paragraph', 'newsroom.paragraph', 'newsroom.paragraph', 'newsroom.paragraph']);
    expect(JSON.stringify(article.body[3])).toContain('http://127.0.0.1:9/unreachable.jpg');
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 12, code: 'media-external' }));
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 12, code: 'kept-as-text', detail: expect.stringContaining('<table>') }));
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 12, code: 'dropped', detail: expect.stringContaining('core/separator') }));
  });

  it('gives a post whose slug is taken the plugin’s suffix, and reports it', async () => {
    const row = await mapped(14, 'en');
    const draft = await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: row.documentId, locale: 'en' }, select: ['slug', 'byline', 'publishedAt'] });
    expect(draft).toMatchObject({ slug: 'taken-slug-2', byline: 'nobody-known', publishedAt: null });
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 14, code: 'slug-taken', detail: expect.stringContaining('taken-slug-2') }));
  });
});

describe('a chain of posts each reading on to the next, still waiting when the export ends', () => {
  const SITE = 'https://silsila.example';
  const title = (id: number) => `سلسلة المقالات رقم ${id} عن CNN في 2023`;
  /** Posts 301…304: each but the last has a read-also line to the next, by its ?p= link. */
  function chainExport(): string {
    const item = (id: number) => {
      const next = id < 304 ? `\n\nإقرأ أيضاً | <a href="${SITE}/?p=${id + 1}">${title(id + 1)}</a>` : '';
      return `<item><title><![CDATA[${title(id)}]]></title><link>${SITE}/?p=${id}</link><guid isPermaLink="false">${SITE}/?p=${id}</guid>
<content:encoded><![CDATA[فقرة أولى من المقال ${id}.${next}\n\nفقرة أخيرة.]]></content:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>2023-03-0${id - 300} 10:00:00</wp:post_date><wp:post_date_gmt>2023-03-0${id - 300} 10:00:00</wp:post_date_gmt>
<wp:post_name>silsila-${id}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`;
    };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-')), 'chain.xml');
    fs.writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Silsila</title><link>${SITE}</link>
${[301, 302, 303, 304].map(item).join('\n')}
</channel></rss>`
    );
    return file;
  }

  it('writes each post once, after its target, with its link (none left to the final pass)', async () => {
    const writes: string[] = [];
    const stop = app.strapi.plugin('newsroom').service('pipeline').trace((event: { step: string; action: string }) => {
      if (event.step === 'derive') writes.push(event.action);
    });
    let job: any;
    let sql: string[] = [];
    try {
      sql = await statementsDuring(async () => {
        job = await wordpress().importFile(chainExport(), { locale: 'ar' });
      });
    } finally {
      stop();
    }
    // Each target was read ahead (not there yet) and learnt when its post was written: no post looks one up, or its own mapping row, itself.
    const items = sql.filter((q) => /from ["`](?:\w+["`]\.["`])?newsroom_wordpress_items["`]/.test(q));
    expect(items.filter((q) => /["`](post_id|key)["`] = /.test(q))).toEqual([]);
    expect(job.progress).toEqual({ seen: 4, total: 4, created: 4, updated: 0, unchanged: 0, skipped: 0, errors: 0, searchIndex: { built: 4, total: 4 } });
    // Post 304 ends the export in an unwritten batch while 301–303 wait, each for the next: each is created
    // once, after its target, and never updated by the final pass.
    expect(writes).toEqual(['create', 'create', 'create', 'create']);
    for (const id of [301, 302, 303]) {
      const article = await read(`silsila-${id}`);
      const links = article.body.filter((b: any) => b.__component === 'newsroom.related-link') as any[];
      expect([id, links.map((l) => [l.kind, l.article?.slug])]).toEqual([id, [['read-also', `silsila-${id + 1}`]]]);
    }
  });
});

describe('posts read ahead, many at a time', () => {
  const SITE = 'https://qudum.example';
  const item = (id: number, slug: string, body: string) => `<item><title><![CDATA[خبر القدوم رقم ${id}]]></title><link>${SITE}/?p=${id}</link><guid isPermaLink="false">${SITE}/?p=${id}</guid>
<content:encoded><![CDATA[${body}]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2023-04-0${id - 1200} 10:00:00</wp:post_date_gmt>
<wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`;

  it('are looked up once for all of them (mapping rows, slugs, read-also targets), and two of one slug still get two slugs', async () => {
    // The target, imported first by an export of its own.
    const first = await wordpress().importFile(exportOf('qudum-1.xml', item(1201, 'qudum-target', 'فقرة الهدف.')), { locale: 'ar' });
    expect(first.progress.created).toBe(1);
    const target = await mapped(1201);
    const file = exportOf(
      'qudum-2.xml',
      [
        item(1202, 'qudum-same', 'فقرة أولى.'),
        item(1203, 'qudum-same', 'فقرة ثانية.'),
        item(1204, 'qudum-reader', `فقرة.\n\nإقرأ أيضاً | <a href="${SITE}/?p=1201">خبر القدوم رقم 1201</a>`),
      ].join('\n')
    );
    let job: any;
    const sql = await statementsDuring(async () => {
      job = await wordpress().importFile(file, { locale: 'ar' });
    });
    expect(job.progress).toMatchObject({ created: 3, errors: 0 });
    // One read of the three posts' mapping rows and one of their slugs' reservations, none per post.
    const items = sql.filter((q) => /from ["`](?:\w+["`]\.["`])?newsroom_wordpress_items["`]/.test(q));
    expect(items.filter((q) => /["`]key["`] = /.test(q))).toEqual([]);
    expect(items.filter((q) => /["`]key["`] in /.test(q))).toHaveLength(1);
    expect(items.filter((q) => /["`]post_id["`] = /.test(q))).toEqual([]);
    expect(sql.filter((q) => /from ["`]newsroom_slug_reservations["`]/.test(q) && / in \(/.test(q))).toHaveLength(2);

    const slugOf = async (postId: number) =>
      ((await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: (await mapped(postId)).documentId, locale: 'ar', publishedAt: { $notNull: true } }, select: ['slug'] })) as any).slug;
    expect([await slugOf(1202), await slugOf(1203)]).toEqual(['qudum-same', 'qudum-same-2']);
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 1203, code: 'slug-taken' }));
    const reader = await read('qudum-reader');
    expect(reader.body.filter((b: any) => b.__component === 'newsroom.related-link').map((b: any) => b.article?.documentId)).toEqual([target.documentId]);
  });
});

describe('a post whose links and image are relative to its own address', () => {
  it('imports it (Strapi refused such links, failing the post), links resolved against its permalink, the image fetched', async () => {
    const permalink = `${mediaOrigin}/2024/07/31/%d9%86%d8%b3%d8%a8%d9%8a/`;
    const file = exportOf(
      'relative.xml',
      `<item><title><![CDATA[خبر بروابط نسبية عن CSP-DPA]]></title><link>${permalink}</link><guid isPermaLink="false">${mediaOrigin}/?p=501</guid>` +
        `<content:encoded><![CDATA[<p>انظر <a href="#notes">الحواشي</a> و<a href="?p=12">الخبر السابق</a>.</p>\n<img src="/wp-content/uploads/2024/07/relative.jpg" alt="صورة">\n<p id="notes">الحاشية.</p>]]></content:encoded>` +
        `<wp:post_id>501</wp:post_id><wp:post_date_gmt><![CDATA[2024-07-31 06:15:00]]></wp:post_date_gmt><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>`
    );
    mediaRequests.length = 0;
    const job = await wordpress().importFile(file, { locale: 'ar' });
    expect(job.report.errors).toEqual([]);
    expect(job.progress).toMatchObject({ created: 1, errors: 0 });
    expect(mediaRequests).toEqual(['/wp-content/uploads/2024/07/relative.jpg']);
    const article = (await docs().findOne({ documentId: (await mapped(501)).documentId, locale: 'ar', populate: { body: { on: { 'newsroom.paragraph': true, 'newsroom.media': { populate: { file: true } } } } } } as never)) as any;
    const urls = JSON.stringify(article.body[0].text);
    expect(urls).toContain(`"url":"${permalink}#notes"`);
    expect(urls).toContain(`"url":"${permalink}?p=12"`);
    expect(article.body[1]).toMatchObject({ __component: 'newsroom.media', file: { id: expect.any(Number) } });
  });
});

describe('a password-protected post', () => {
  it('comes in as a draft with its date, reported, and the public API does not show it', async () => {
    const file = exportOf(
      'protected.xml',
      `<item><title><![CDATA[تقرير داخلي عن مسئول في CNN]]></title><link>https://protected.example/2024/07/31/internal/</link><guid isPermaLink="false">https://protected.example/?p=801</guid>` +
        `<content:encoded><![CDATA[<p>نص لا يقرؤه إلا من يملك كلمة المرور.</p>]]></content:encoded><wp:post_id>801</wp:post_id><wp:post_date_gmt>2024-07-31 06:15:00</wp:post_date_gmt>` +
        `<wp:post_name><![CDATA[internal-report]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_password><![CDATA[newsroom2024]]></wp:post_password><wp:post_type><![CDATA[post]]></wp:post_type></item>`
    );
    const job = await wordpress().importFile(file, { locale: 'ar' });
    expect(job.progress).toMatchObject({ created: 1, errors: 0 });
    expect(job.report.notes).toContainEqual(expect.objectContaining({ postId: 801, code: 'password-protected' }));
    const { documentId } = await mapped(801);
    expect(await docs().findOne({ documentId, locale: 'ar', status: 'published' } as never)).toBeNull();
    expect(await docs().findOne({ documentId, locale: 'ar' } as never)).toMatchObject({ slug: 'internal-report', originalPublishedAt: '2024-07-31T06:15:00.000Z' });
    expect((await app.http().get('/api/newsroom/articles/internal-report').query({ locale: 'ar' })).status).toBe(404);
    expect(JSON.stringify((await app.http().get('/api/newsroom/articles').query({ locale: 'ar', q: 'كلمة المرور' })).body)).not.toContain(documentId);
  });
});

describe('a site with Co-Authors Plus and an SEO plugin', () => {
  it('bylines a post with its co-authors, guest authors by their names, and takes its SEO description as the standfirst', async () => {
    const guest = `<item><title><![CDATA[عمر الكاتب]]></title><guid isPermaLink="false">https://coauthors.example/?post_type=guest-author&amp;p=831</guid><wp:post_id>831</wp:post_id>` +
      `<wp:post_name><![CDATA[cap-guest-omar]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[guest-author]]></wp:post_type>` +
      `<wp:postmeta><wp:meta_key><![CDATA[cap-user_login]]></wp:meta_key><wp:meta_value><![CDATA[guest-omar]]></wp:meta_value></wp:postmeta>` +
      `<wp:postmeta><wp:meta_key><![CDATA[cap-display_name]]></wp:meta_key><wp:meta_value><![CDATA[عمر الكاتب]]></wp:meta_value></wp:postmeta></item>`;
    const post = `<item><title><![CDATA[تحقيق مشترك عن CSP-DPA]]></title><link>https://coauthors.example/2024/07/31/joint/</link><guid isPermaLink="false">https://coauthors.example/?p=832</guid>` +
      `<dc:creator><![CDATA[sara]]></dc:creator><content:encoded><![CDATA[<p>نص التحقيق المشترك.</p>]]></content:encoded><wp:post_id>832</wp:post_id><wp:post_date_gmt>2024-07-31 06:15:00</wp:post_date_gmt>` +
      `<wp:post_name><![CDATA[joint-investigation]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>` +
      `<category domain="author" nicename="cap-sara"><![CDATA[sara]]></category><category domain="author" nicename="cap-guest-omar"><![CDATA[guest-omar]]></category>` +
      `<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key><wp:meta_value><![CDATA[تحقيق عن مسئول في CNN &amp; BBC]]></wp:meta_value></wp:postmeta></item>`;
    const authors = `<wp:author><wp:author_login><![CDATA[sara]]></wp:author_login><wp:author_display_name><![CDATA[سارة المحررة]]></wp:author_display_name></wp:author>`;
    // The guest author's item comes after the post that names it: the first pass reads the whole export before any post.
    const file = exportOf('coauthors.xml', authors + post + guest);
    const job = await wordpress().importFile(file, { locale: 'ar' });
    expect(job.progress).toMatchObject({ created: 1, skipped: 1, errors: 0 });
    expect(job.report.skipped).toEqual([expect.objectContaining({ postId: 831, code: 'other-type' })]);
    const article = await read('joint-investigation');
    expect(article.byline).toBe('سارة المحررة وعمر الكاتب');
    expect(article.standfirst).toBe('تحقيق عن مسئول في CNN & BBC');
    // Again: nothing changes.
    const again = await wordpress().importFile(file, { locale: 'ar' });
    expect(again.progress).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
});

describe('a site whose theme publishes its news as a post type of its own', () => {
  const item = (id: number, type: string, title: string) =>
    `<item><title><![CDATA[${title}]]></title><link>https://akhbar-cpt.example/${type}/${id}/</link><guid isPermaLink="false">https://akhbar-cpt.example/?p=${id}</guid>` +
    `<content:encoded><![CDATA[<p>${title}، وفق ما نقلت CNN عام 2023.</p>]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-07-31 06:15:00</wp:post_date_gmt>` +
    `<wp:post_name><![CDATA[cpt-${id}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[${type}]]></wp:post_type></item>`;

  it('skips the other type by default, naming it, and takes it as articles when the import is told its name', async () => {
    const file = exportOf('custom-type.xml', item(901, 'post', 'تدوينة عادية عن مسؤول') + item(902, 'news', 'خبر من نوع خاص بالقالب') + item(903, 'video', 'فيديو لا يُطلب'));
    const first = await wordpress().importFile(file, { locale: 'ar' });
    expect(first.options.postTypes).toEqual(['post']);
    expect(first.progress).toMatchObject({ created: 1, skipped: 2, errors: 0 });
    expect(first.report.skipped).toEqual([
      { postId: 902, code: 'other-type', detail: 'post type "news": not among the post types imported (post)' },
      { postId: 903, code: 'other-type', detail: 'post type "video": not among the post types imported (post)' },
    ]);
    expect(await mapped(902)).toBeNull();

    // Again with the theme's type: the news item comes in, the post is as it was, the type not named stays out.
    const second = await wordpress().importFile(file, { locale: 'ar', postTypes: ['post', 'news', 'news'] });
    expect(second.options.postTypes).toEqual(['post', 'news']);
    expect(second.progress).toMatchObject({ created: 1, unchanged: 1, skipped: 1, errors: 0 });
    expect(second.report.skipped.map((entry: { postId: number | null }) => entry.postId)).toEqual([903]);
    expect(await read('cpt-902')).toMatchObject({ title: 'خبر من نوع خاص بالقالب', originalPublishedAt: '2024-07-31T06:15:00.000Z' });
  });

  it('refuses WordPress’s own types and what is no post type name, before anything is stored', async () => {
    const jobs = app.strapi.db.query('plugin::newsroom.wordpress-job');
    const before = await jobs.count();
    const refused = async (postTypes: unknown) => {
      try {
        await wordpress().create(VARIETY, 'ar', { postTypes } as never);
      } catch (error) {
        return ((error as { details?: { errors?: { path: string[] }[] } }).details?.errors ?? []).map((e) => e.path.join('.'));
      }
      return 'accepted';
    };
    expect(await refused(['post', 'attachment'])).toEqual(['postTypes.1']);
    expect(await refused(['wp_block', 'News!', 'nav_menu_item'])).toEqual(['postTypes.0', 'postTypes.1', 'postTypes.2']);
    expect(await refused([])).toEqual(['postTypes']);
    expect(await refused('post')).toEqual(['postTypes']);
    expect(await refused([7])).toEqual(['postTypes.0']);
    expect(await jobs.count()).toBe(before);
  });
});

describe('a bilingual site’s export (Polylang files each post under a language)', () => {
  const post = (id: number, language: string, title: string, slug: string) =>
    `<item><title><![CDATA[${title}]]></title><link>https://thunaei.example/${language}/${slug}/</link><guid isPermaLink="false">https://thunaei.example/?p=${id}</guid>` +
    `<content:encoded><![CDATA[<p>${title} — CNN, 2023.</p>]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-07-31 06:15:00</wp:post_date_gmt>` +
    `<wp:post_name><![CDATA[${slug}]]></wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>` +
    `<category domain="language" nicename="${language}"><![CDATA[${language === 'ar' ? 'العربية' : 'English'}]]></category><category domain="post_translations" nicename="pll_66a1"><![CDATA[pll_66a1]]></category></item>`;

  it('brings each language into its own locale, never one into the other, as the locales of one article', async () => {
    const file = exportOf('bilingual.xml', post(951, 'ar', 'خبر بلغتين عن مسؤول', 'khabar-bilughatayn') + post(952, 'en', 'A story in two languages', 'a-story-in-two-languages'));
    const arabic = await wordpress().importFile(file, { locale: 'ar' });
    expect(arabic.progress).toMatchObject({ created: 1, skipped: 1, errors: 0 });
    expect(arabic.report.skipped).toEqual([{ postId: 952, code: 'other-language', detail: 'in "en" (the site\'s multilingual plugin), not in the import\'s locale "ar"' }]);
    const english = await wordpress().importFile(file, { locale: 'en' });
    expect(english.progress).toMatchObject({ created: 1, skipped: 1, errors: 0 });
    expect(english.report.skipped.map((s: { postId: number }) => s.postId)).toEqual([951]);
    const [ar, en] = [await read('khabar-bilughatayn', 'ar'), await read('a-story-in-two-languages', 'en')];
    expect([ar.title, en.title]).toEqual(['خبر بلغتين عن مسؤول', 'A story in two languages']);
    expect(await mapped(952, 'ar')).toBeNull();
    expect(await mapped(951, 'en')).toBeNull();
    // Polylang's translation group made the English post the English version of the Arabic article: each names the other.
    expect((await mapped(952, 'en')).documentId).toBe((await mapped(951, 'ar')).documentId);
    expect(ar.translations.map((t) => [t.locale, t.title])).toEqual([['en', 'A story in two languages']]);
    expect(en.translations.map((t) => [t.locale, t.title])).toEqual([['ar', 'خبر بلغتين عن مسؤول']]);
    // And, as any article in two locales, in the sitemap's hreflang alternates.
    const slugOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop()!);
    // One <urlset> while the articles fit one page (the playground's page size), else an index of pages.
    const sitemap = parseXml((await app.http().get('/api/newsroom/sitemap.xml')).text);
    const urls: any[] = sitemap.urlset ? [...sitemap.urlset.url] : [];
    for (const { loc } of sitemap.sitemapindex?.sitemap ?? []) {
      const page = await app.http().get('/api/newsroom/sitemap.xml').query({ page: new URL(loc).searchParams.get('page')! });
      urls.push(...(parseXml(page.text).urlset.url ?? []));
    }
    const entry = urls.find((url) => slugOf(url.loc) === 'khabar-bilughatayn');
    expect(entry['xhtml:link'].map((link: any) => [link['@hreflang'], slugOf(link['@href'])])).toEqual([
      ['ar', 'khabar-bilughatayn'],
      ['en', 'a-story-in-two-languages'],
    ]);

    // Again: nothing changes, nothing doubles.
    const again = await wordpress().importFile(file, { locale: 'en' });
    expect(again.progress).toMatchObject({ created: 0, updated: 0, unchanged: 1, skipped: 1 });
    expect(await docs().findMany({ filters: { documentId: (await mapped(951, 'ar')).documentId }, locale: '*' } as never)).toHaveLength(2);
  });

  it('never writes over an editor’s own translation: the post then comes in as an article of its own', async () => {
    const file = exportOf('bilingual-2.xml', post(961, 'ar', 'خبر له ترجمة من المحرر', 'khabar-mutarjam').replace(/pll_66a1/g, 'pll_77b2') + post(962, 'en', 'An imported English story', 'imported-english').replace(/pll_66a1/g, 'pll_77b2'));
    await wordpress().importFile(file, { locale: 'ar' });
    const { documentId } = await mapped(961, 'ar');
    await docs().update({ documentId, locale: 'en', data: { title: 'The editor’s own English version' } } as never);
    const english = await wordpress().importFile(file, { locale: 'en' });
    expect(english.progress).toMatchObject({ created: 1, errors: 0 });
    expect((await mapped(962, 'en')).documentId).not.toBe(documentId);
    expect(((await docs().findOne({ documentId, locale: 'en' } as never)) as any).title).toBe('The editor’s own English version');
  });

  it('makes one article of a group whose languages two imports bring in at the same moment', async () => {
    // Two groups, so at least one pair of posts is written while the other import has not yet written its own.
    const file = exportOf(
      'bilingual-3.xml',
      [
        post(971, 'ar', 'خبر أول يستورد مرتين معا', 'khabar-mann-1').replace(/pll_66a1/g, 'pll_88c3'),
        post(972, 'en', 'A first story imported twice at once', 'twice-at-once-1').replace(/pll_66a1/g, 'pll_88c3'),
        post(973, 'ar', 'خبر ثان يستورد مرتين معا', 'khabar-mann-2').replace(/pll_66a1/g, 'pll_99d4'),
        post(974, 'en', 'A second story imported twice at once', 'twice-at-once-2').replace(/pll_66a1/g, 'pll_99d4'),
      ].join('')
    );
    const [arabic, english] = await Promise.all([wordpress().importFile(file, { locale: 'ar' }), wordpress().importFile(file, { locale: 'en' })]);
    expect([arabic.progress, english.progress]).toEqual([expect.objectContaining({ created: 2, errors: 0 }), expect.objectContaining({ created: 2, errors: 0 })]);
    for (const [ar, en] of [[971, 972], [973, 974]]) {
      const { documentId } = await mapped(ar, 'ar');
      expect((await mapped(en, 'en')).documentId).toBe(documentId);
      expect(await docs().findMany({ filters: { documentId }, locale: '*' } as never)).toHaveLength(2);
    }
  });

  it('writes a post that makes its group’s article and fails for a reason of its own no more than any post', async () => {
    // The group's claim refuses a create only when another post holds it: a post refused by something else (here the
    // database, through a lifecycle) is tried in its batch and then alone, as every post, and not a third time unclaimed.
    const title = 'خبر يرفضه التخزين في مجموعته';
    const attempts: string[] = [];
    const titles = (data: unknown) => (Array.isArray(data) ? data : [data]).map((d) => (d as { title?: string })?.title);
    const unsubscribe = app.strapi.db.lifecycles.subscribe({
      models: [ARTICLE_UID],
      beforeCreate(event: { params: { data: unknown } }) {
        if (titles(event.params.data).includes(title)) {
          attempts.push('create');
          throw new Error('refused by the database');
        }
      },
      beforeCreateMany(event: { params: { data: unknown } }) {
        if (titles(event.params.data).includes(title)) {
          attempts.push('createMany');
          throw new Error('refused by the database');
        }
      },
    } as never) as unknown as () => void;
    try {
      const file = exportOf('bilingual-5.xml', post(991, 'ar', title, 'khabar-marfud').replace(/pll_66a1/g, 'pll_cc33'));
      const job = await wordpress().importFile(file, { locale: 'ar' });
      expect(job.progress).toMatchObject({ created: 0, errors: 1 });
      expect(job.report.errors).toEqual([{ postId: 991, code: 'error', detail: expect.stringContaining('refused by the database') }]);
    } finally {
      unsubscribe();
    }
    expect(attempts).toEqual(['createMany', 'create']);
    expect(await mapped(991)).toBeNull();
  });

  it('reads a WPML site’s languages and translation groups (its export add-on’s post meta) as Polylang’s', async () => {
    // WPML's group is a number of the site's own: the same number from another site is another story.
    const wpml = (id: number, language: string, title: string, slug: string, group: string) =>
      post(id, language, title, slug)
        .replace(/<category domain="language"[^]*?<\/category><category domain="post_translations"[^]*?<\/category>/, '')
        .replace('</item>', `<wp:postmeta><wp:meta_key><![CDATA[_wpml_import_language_code]]></wp:meta_key><wp:meta_value><![CDATA[${language}]]></wp:meta_value></wp:postmeta>` +
          `<wp:postmeta><wp:meta_key><![CDATA[_wpml_import_translation_group]]></wp:meta_key><wp:meta_value><![CDATA[${group}]]></wp:meta_value></wp:postmeta></item>`);
    const site = (url: string) => `<wp:base_site_url>${url}</wp:base_site_url>`;
    const first = exportOf('wpml.xml', site('https://wpml-one.example') + wpml(1001, 'ar', 'خبر من موقع WPML', 'khabar-wpml', '7') + wpml(1002, 'en', 'A story from a WPML site', 'story-wpml', '7'));
    const other = exportOf('wpml-other.xml', site('https://wpml-two.example') + wpml(1101, 'en', 'Another site’s story with group 7', 'other-site-group-7', '7'));
    expect((await wordpress().importFile(first, { locale: 'ar' })).progress).toMatchObject({ created: 1, skipped: 1, errors: 0 });
    const { documentId } = await mapped(1001, 'ar');
    // The other site's English post of its group 7, imported while the first site's Arabic article has no English yet: an article of its own.
    expect((await wordpress().importFile(other, { locale: 'en' })).progress).toMatchObject({ created: 1, errors: 0 });
    expect((await mapped(1101, 'en')).documentId).not.toBe(documentId);
    expect((await wordpress().importFile(first, { locale: 'en' })).progress).toMatchObject({ created: 1, skipped: 1, errors: 0 });
    expect((await mapped(1002, 'en')).documentId).toBe(documentId);
    expect((await read('khabar-wpml', 'ar')).translations.map((t) => [t.locale, t.title])).toEqual([['en', 'A story from a WPML site']]);
  });

  it('imports two posts of one language that an export files in one group as two articles', async () => {
    const file = exportOf(
      'bilingual-4.xml',
      post(981, 'ar', 'خبر أول في مجموعة واحدة', 'khabar-majmua-1').replace(/pll_66a1/g, 'pll_bb22') + post(982, 'ar', 'خبر ثان في المجموعة نفسها', 'khabar-majmua-2').replace(/pll_66a1/g, 'pll_bb22')
    );
    const job = await wordpress().importFile(file, { locale: 'ar' });
    expect(job.progress).toMatchObject({ created: 2, errors: 0 });
    expect((await mapped(981)).documentId).not.toBe((await mapped(982)).documentId);
    expect((await read('khabar-majmua-2')).title).toBe('خبر ثان في المجموعة نفسها');
  });
});

describe('a classic post with WordPress’s [gallery], [video] and [audio] shortcodes', () => {
  it('imports each gallery image from the export’s attachments, and the video and audio as embeds', async () => {
    const attachment = (id: number, parent: number) =>
      `<item><title>صورة ${id}</title><guid isPermaLink="false">${mediaOrigin}/?attachment_id=${id}</guid><wp:post_id>${id}</wp:post_id><wp:post_parent>${parent}</wp:post_parent>` +
      (id === 611 ? '<excerpt:encoded><![CDATA[أول صور المعركة]]></excerpt:encoded>' : '') +
      `<wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type><wp:attachment_url>${mediaOrigin}/wp-content/uploads/gallery-${id}.jpg</wp:attachment_url>` +
      `<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[بديل ${id}]]></wp:meta_value></wp:postmeta></item>`;
    const content = `صور من مالي:\n\n[gallery ids="611,612,699"]\n\nوصور الخبر نفسه:\n\n[gallery]\n\n[video mp4="https://video.example/clip.mp4"][/video]\n\n[audio mp3="https://audio.example/a.mp3"]`;
    const file = exportOf(
      'gallery.xml',
      attachment(611, 0) + attachment(612, 0) + attachment(621, 601) + attachment(622, 601) +
        `<item><title><![CDATA[معرض صور عن CSP-DPA]]></title><link>${mediaOrigin}/2024/07/31/gallery/</link><guid isPermaLink="false">${mediaOrigin}/?p=601</guid>` +
        `<content:encoded><![CDATA[${content}]]></content:encoded><wp:post_id>601</wp:post_id><wp:post_date_gmt>2024-07-31 06:15:00</wp:post_date_gmt>` +
        `<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`
    );
    mediaRequests.length = 0;
    const job = await wordpress().importFile(file, { locale: 'ar' });
    expect(job.report.errors).toEqual([]);
    expect(job.progress).toMatchObject({ created: 1, skipped: 4 });
    // 699 is no attachment of the export: reported, never silently gone.
    expect(job.report.notes).toContainEqual({ postId: 601, code: 'media-missing', detail: 'a [gallery] image: attachment 699 is not in the export' });
    expect(mediaRequests.sort()).toEqual([611, 612, 621, 622].map((id) => `/wp-content/uploads/gallery-${id}.jpg`));
    const populate = { body: { on: { 'newsroom.paragraph': true, 'newsroom.embed': true, 'newsroom.media': { populate: { file: true } } } } };
    const article = (await docs().findOne({ documentId: (await mapped(601)).documentId, locale: 'ar', populate } as never)) as any;
    expect(article.body.map((b: any) => b.__component)).toEqual([
      'newsroom.paragraph', 'newsroom.media', 'newsroom.media', 'newsroom.paragraph', 'newsroom.media', 'newsroom.media', 'newsroom.embed', 'newsroom.embed',
    ]);
    expect(article.body.filter((b: any) => b.__component === 'newsroom.media').map((b: any) => b.file.alternativeText)).toEqual(['بديل 611', 'بديل 612', 'بديل 621', 'بديل 622']);
    // Each image's caption is its attachment's, where it has one.
    expect(article.body.filter((b: any) => b.__component === 'newsroom.media').map((b: any) => b.caption)).toEqual(['أول صور المعركة', null, null, null]);
    expect(article.body.filter((b: any) => b.__component === 'newsroom.embed').map((b: any) => b.url)).toEqual(['https://video.example/clip.mp4', 'https://audio.example/a.mp3']);
  });
});

describe('media at an address outside the public internet', () => {
  const SITE = 'https://qarib.example';
  function exportWithImages(images: string[]): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-')), 'internal.xml');
    fs.writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Qarib</title><link>${SITE}</link>
<item><title><![CDATA[صور من شبكة داخلية]]></title><link>${SITE}/?p=401</link><guid isPermaLink="false">${SITE}/?p=401</guid>
<content:encoded><![CDATA[فقرة أولى.\n\n${images.map((src) => `<img src="${src}" alt="صورة" />`).join('\n\n')}\n\nفقرة أخيرة.]]></content:encoded>
<wp:post_id>401</wp:post_id><wp:post_date>2023-04-01 10:00:00</wp:post_date><wp:post_date_gmt>2023-04-01 10:00:00</wp:post_date_gmt>
<wp:post_name>qarib-401</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>`
    );
    return file;
  }

  it('is not fetched unless the app allows its network: each image stays a link, reported with the reason', async () => {
    const allowed = app.strapi.config.get('plugin::newsroom.importMediaAllowedNetworks');
    app.strapi.config.set('plugin::newsroom.importMediaAllowedNetworks', []);
    mediaRequests.length = 0;
    const port = new URL(mediaOrigin).port;
    const images = [`${mediaOrigin}/internal.jpg`, `http://localhost:${port}/by-name.jpg`, 'http://169.254.169.254/latest/meta-data/iam.jpg'];
    let job: any;
    try {
      job = await wordpress().importFile(exportWithImages(images), { locale: 'ar', uploadMedia: true });
    } finally {
      app.strapi.config.set('plugin::newsroom.importMediaAllowedNetworks', allowed);
    }
    expect(job.progress).toMatchObject({ created: 1, errors: 0 });
    // Nothing asked the machine's own server for a file.
    expect(mediaRequests).toEqual([]);
    const notes = job.report.notes.filter((n: any) => n.postId === 401 && n.code === 'media-external').map((n: any) => n.detail);
    expect(notes).toEqual([
      expect.stringMatching(/internal\.jpg: could not be uploaded \(127\.0\.0\.1 is not a public address \(loopback\); allow its network with the plugin option importMediaAllowedNetworks\); kept as a link$/),
      expect.stringMatching(/by-name\.jpg: could not be uploaded \(localhost: .* is not a public address \(loopback\)/),
      expect.stringMatching(/iam\.jpg: could not be uploaded \(169\.254\.169\.254 is not a public address \(linkLocal\)/),
    ]);
    const article = await read('qarib-401');
    expect(article.body.filter((b: any) => b.__component === 'newsroom.media')).toEqual([]);
    for (const src of images) expect(JSON.stringify(article.body)).toContain(src);
  });
});

describe('a batch whose write fails as a whole', () => {
  it('makes each of its posts an error with the reason, writes none of them, and the job ends done', async () => {
    // The variety export as another site's (new keys), with the batch write failing the way a lost database fails it.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-')), 'other-site.xml');
    fs.writeFileSync(file, fs.readFileSync(VARIETY, 'utf8').replaceAll('gulfdesk.example', 'otherdesk.example'));
    const articles = app.strapi.plugin('newsroom').service('articles');
    const createMany = articles.createMany;
    articles.createMany = async () => {
      throw new Error('connection terminated');
    };
    const before = await app.strapi.db.query(ARTICLE_UID).count({});
    let failedJob: any;
    try {
      failedJob = await wordpress().importFile(file, { locale: 'en', uploadMedia: false });
    } finally {
      articles.createMany = createMany;
    }
    expect(failedJob.status).toBe('done');
    expect(failedJob.progress).toEqual({ seen: 5, total: 5, created: 0, updated: 0, unchanged: 0, skipped: 1, errors: 4, searchIndex: null });
    expect(failedJob.report.errors.map((e: any) => [e.postId, e.detail])).toEqual([
      [null, 'the item has no wp:post_id'],
      // 11 waits for 12, its see-also target: it is written (and fails) after the batch of 12 and 14.
      ...[12, 14, 11].map((postId) => [postId, expect.stringContaining('connection terminated')]),
    ]);
    expect(await app.strapi.db.query(ARTICLE_UID).count({})).toBe(before);
  });

  it('removes the media it uploaded for the posts it could not write, and no other file', async () => {
    // The Arabic export as another site's: its images are fetched and uploaded again, for posts whose write fails.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-')), 'other-arabic-site.xml');
    fs.writeFileSync(file, fs.readFileSync(arabicExport, 'utf8').replaceAll('emaratalyoum.example', 'otheryoum.example'));
    const articles = app.strapi.plugin('newsroom').service('articles');
    const createMany = articles.createMany;
    articles.createMany = async () => {
      throw new Error('connection terminated');
    };
    const before = await files().count({});
    mediaRequests.length = 0;
    let failedJob: any;
    try {
      failedJob = await wordpress().importFile(file, { locale: 'ar' });
    } finally {
      articles.createMany = createMany;
    }
    expect(failedJob.progress).toMatchObject({ created: 0, updated: 0, errors: 5 });
    // Its images were uploaded (each URL once), then removed when the job ended.
    expect(mediaRequests.filter((url) => url.endsWith('.jpg')).length).toBeGreaterThanOrEqual(2);
    expect(await files().count({})).toBe(before);
    expect((await app.strapi.db.query('plugin::newsroom.wordpress-job').findOne({ where: { id: failedJob.id } })).pendingMedia).toBeNull();
  });
});

describe('a job interrupted by a stop', () => {
  it('resumes from the item it had reached, writing each post once', async () => {
    const service = wordpress();
    const created = await service.create(VARIETY, 'ar', { uploadMedia: false });
    // What a process stopped after the first two items leaves behind: the job running, its progress, the posts it wrote.
    const first = await service.importFile(VARIETY, { locale: 'ar', uploadMedia: false });
    expect(first.progress.created).toBe(3);
    const progress = { seen: 2, total: 5, created: 2, updated: 0, unchanged: 0, skipped: 0, errors: 0 };
    await app.strapi.db.query('plugin::newsroom.wordpress-job').update({ where: { id: created.id }, data: { status: 'running', progress } });
    const count = await app.strapi.db.query(ARTICLE_UID).count();
    expect(await service.resume()).toContain(created.id);
    let job: any;
    for (let i = 0; i < 200 && job?.status !== 'done'; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      job = await service.job(created.id);
    }
    expect(job.status).toBe('done');
    // Items 1–2 were not read again; items 3–5 were: the bad one, an unchanged post, the trashed one.
    expect(job.progress).toEqual({ seen: 5, total: 5, created: 2, updated: 0, unchanged: 1, skipped: 1, errors: 1 });
    expect(await app.strapi.db.query(ARTICLE_UID).count()).toBe(count);
  });
  it('is run by one node only: a job another node holds is left to it until its claim lapses, and two starts run it once', async () => {
    const service = wordpress();
    const jobs = app.strapi.db.query('plugin::newsroom.wordpress-job');
    const created = await service.create(VARIETY, 'ar', { uploadMedia: false });
    // Another node holds the job: it is running there.
    await jobs.update({ where: { id: created.id }, data: { status: 'running', claimedUntil: new Date(Date.now() + 60_000) } });
    expect(await service.resume()).not.toContain(created.id);
    expect((await service.run(created.id))!.status).toBe('running');
    expect((await service.job(created.id))!.progress.seen).toBe(0);
    // That node stopped: its claim lapsed. Two starts at once (two nodes resuming at boot) run the job once.
    await jobs.update({ where: { id: created.id }, data: { claimedUntil: new Date(Date.now() - 1000) } });
    const [a, b] = await Promise.all([service.run(created.id), service.run(created.id)]);
    const statuses = [a!.status, b!.status].sort();
    expect(statuses).toEqual(['done', 'running']);
    const job = (await service.job(created.id))!;
    expect(job.status).toBe('done');
    expect(job.progress.seen).toBe(5);
    expect((await jobs.findOne({ where: { id: created.id } })).claimedUntil).toBeNull();
  });
});

describe('media a stopped run uploaded for posts it never wrote', () => {
  const jobs = () => app.strapi.db.query('plugin::newsroom.wordpress-job');

  it('are removed when the resumed run ends, except a file something uses since', async () => {
    const leftBehind = await uploadFile('left-behind.jpg');
    const usedSince = await uploadFile('used-since.jpg');
    await docs().create({ locale: 'ar', data: { title: 'خبر اختار المحرر صورته من المكتبة', cover: { file: usedSince, caption: null, credit: null } } } as never);
    const service = wordpress();
    const created = await service.create(VARIETY, 'ar');
    // What a run stopped by a restart leaves: the job running, the files it uploaded for posts it had not written.
    await jobs().update({ where: { id: created.id }, data: { status: 'running', pendingMedia: [leftBehind, usedSince] } });
    expect((await service.run(created.id))!.status).toBe('done');
    expect(await files().count({ where: { id: leftBehind } })).toBe(0);
    expect(await files().count({ where: { id: usedSince } })).toBe(1);
    expect((await jobs().findOne({ where: { id: created.id } })).pendingMedia).toBeNull();
  });

  it('are removed at the next boot’s resume when the job failed before it could check them', async () => {
    const leftBehind = await uploadFile('left-by-a-failed-job.jpg');
    const service = wordpress();
    const created = await service.create(VARIETY, 'ar');
    await jobs().update({ where: { id: created.id }, data: { status: 'failed', error: 'connection terminated', pendingMedia: [leftBehind] } });
    expect(await service.resume()).not.toContain(created.id);
    expect(await files().count({ where: { id: leftBehind } })).toBe(0);
    expect((await jobs().findOne({ where: { id: created.id } })).pendingMedia).toBeNull();
    expect((await service.job(created.id))!.status).toBe('failed');
  });

  it('are removed by the cancel of a job no node runs any more', async () => {
    const leftBehind = await uploadFile('left-behind-too.jpg');
    const service = wordpress();
    const created = await service.create(VARIETY, 'ar');
    await jobs().update({ where: { id: created.id }, data: { status: 'running', claimedUntil: new Date(Date.now() - 1000), pendingMedia: [leftBehind] } });
    expect((await service.cancel(created.id))!.job.status).toBe('cancelled');
    expect(await files().count({ where: { id: leftBehind } })).toBe(0);
    expect((await jobs().findOne({ where: { id: created.id } })).pendingMedia).toBeNull();
  });
});

describe('a job cancelled by an admin', () => {
  /** An export of `count` short published posts (ids from `first`), written to a temporary file. */
  function manyPosts(count: number, first: number, withImages = false): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-many-')), 'many.xml');
    const post = (id: number) =>
      `<item><title><![CDATA[خبر رقم ${id} عن مالي وCSP-DPA]]></title><link>https://many.example/?p=${id}</link><dc:creator><![CDATA[editor]]></dc:creator>` +
      `<guid isPermaLink="false">https://many.example/?p=${id}</guid><content:encoded><![CDATA[<p>فقرة عن الخبر ${id} في 27 يوليو 2024.</p>${withImages ? `<img src="${mediaOrigin}/many-${id}.jpg" alt="">` : ''}]]></content:encoded>` +
      `<wp:post_id>${id}</wp:post_id><wp:post_date_gmt><![CDATA[2024-07-27 09:30:00]]></wp:post_date_gmt><wp:post_name><![CDATA[many-${id}]]></wp:post_name>` +
      `<wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>\n`;
    const items = Array.from({ length: count }, (_, i) => post(first + i)).join('');
    fs.writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><wp:wxr_version>1.2</wp:wxr_version>\n${items}</channel></rss>\n`);
    return file;
  }
  const jobRow = (id: number) => app.strapi.db.query('plugin::newsroom.wordpress-job').findOne({ where: { id } });
  const importedBy = (jobId: number) => app.strapi.db.query('plugin::newsroom.wordpress-item').count({ where: { jobId } });

  it('stops a running import at its next save, keeping what it wrote and writing nothing more', async () => {
    const service = wordpress();
    const source = manyPosts(600, 700000);
    const created = await service.create(source, 'ar', { uploadMedia: false });
    const stored = (await jobRow(created.id)).file as string;
    const running = service.run(created.id);
    // Cancelled once a first batch is written and saved: 550 posts are still to come.
    for (let i = 0; i < 600 && !((await service.job(created.id))!.progress.created > 0); i += 1) await new Promise((r) => setTimeout(r, 50));
    const cancelled = await service.cancel(created.id);
    expect(cancelled).toMatchObject({ ended: false, job: { status: 'cancelled' } });
    const job = (await running)!;
    expect(job.status).toBe('cancelled');
    expect(job.progress.total).toBe(600);
    expect(job.progress.seen).toBeLessThan(600);
    expect(job.progress.created).toBeGreaterThan(0);
    expect(job.progress.created).toBeLessThan(600);
    // Every post it counted is written and mapped; nothing is written after the run ended.
    const written = await importedBy(created.id);
    expect(written).toBe(job.progress.created);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await importedBy(created.id)).toBe(written);
    // The search postings its batches left are built all the same: what it wrote is found by a text search.
    expect(await app.strapi.plugin('newsroom').service('search').pendingCount()).toBe(0);
    const found = await app.http().get(`/api/newsroom/articles?locale=ar&q=${encodeURIComponent('خبر 700000')}`);
    expect(found.body.data.map((a: any) => a.slug)).toEqual(['many-700000']);
    // Its copy of the export is gone, no node holds it, and a restart does not run it again.
    expect(fs.existsSync(stored)).toBe(false);
    expect((await jobRow(created.id)).claimedUntil).toBeNull();
    expect(await service.resume()).not.toContain(created.id);
    // Cancelling it again changes nothing.
    expect(await service.cancel(created.id)).toMatchObject({ ended: false, job: { status: 'cancelled', progress: job.progress } });
  });

  it('removes the media it uploaded for the posts it had gathered and not written, and keeps the written posts’ media', async () => {
    const service = wordpress();
    const before = await files().count({});
    const created = await service.create(manyPosts(300, 710000, true), 'ar');
    const running = service.run(created.id);
    for (let i = 0; i < 600 && !((await service.job(created.id))!.progress.created > 0); i += 1) await new Promise((r) => setTimeout(r, 50));
    await service.cancel(created.id);
    const job = (await running)!;
    expect(job.status).toBe('cancelled');
    expect(job.progress.created).toBeGreaterThan(0);
    expect(job.progress.created).toBeLessThan(300);
    // One image per post: the written posts' files are there, and no other.
    expect((await files().count({})) - before).toBe(job.progress.created);
    expect((await jobRow(created.id)).pendingMedia).toBeNull();
  });

  it('never runs a queued job cancelled before it started, and refuses to cancel one that has ended', async () => {
    const service = wordpress();
    const queued = await service.create(VARIETY, 'ar', { uploadMedia: false });
    const stored = (await jobRow(queued.id)).file as string;
    expect((await service.cancel(queued.id))!.job.status).toBe('cancelled');
    expect(fs.existsSync(stored)).toBe(false);
    const before = await app.strapi.db.query(ARTICLE_UID).count();
    expect((await service.run(queued.id))!.status).toBe('cancelled');
    expect(await app.strapi.db.query(ARTICLE_UID).count()).toBe(before);
    expect(await importedBy(queued.id)).toBe(0);

    // A running job whose node stopped (its claim lapsed): nothing will stop it but the cancel, which removes its export.
    const orphan = await service.create(VARIETY, 'ar', { uploadMedia: false });
    const orphanFile = (await jobRow(orphan.id)).file as string;
    await app.strapi.db.query('plugin::newsroom.wordpress-job').update({ where: { id: orphan.id }, data: { status: 'running', claimedUntil: new Date(Date.now() - 1000) } });
    expect((await service.cancel(orphan.id))!.job.status).toBe('cancelled');
    expect(fs.existsSync(orphanFile)).toBe(false);
    expect(await service.resume()).not.toContain(orphan.id);

    const done = await service.importFile(VARIETY, { locale: 'ar', uploadMedia: false });
    expect(await service.cancel(done.id)).toMatchObject({ ended: true, job: { status: 'done' } });
    expect(await service.cancel(987654)).toBeNull();
  });
});
