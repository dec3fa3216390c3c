/**
 * Settings → Newsroom → Import from WordPress in a real browser, in the Arabic interface: the
 * server's 400 shown by the file field, then the Arabic news site export uploaded and imported
 * (images from a local server into the Media Library), the progress bar polled to the end, the
 * counters and report the fixture must produce, an imported article read from the public API with
 * its original date, the redirect map downloaded as CSV, and the import found again in the list of
 * imports once the page has been left, and a long import stopped from the page. `npm run build` first.
 */
import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import type { Page, Request } from 'playwright-core';
import sharp from 'sharp';
import ar from '../../admin/src/translations/ar.json';
import { arabicAdminSession, SCREENSHOTS, type AdminSession } from './admin-session';
import { REPO_ROOT, type RunningPlayground } from './playground-server';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/wordpress/emaratalyoum-ar.wxr.xml');
const PAGE_PATH = '/admin/settings/newsroom/import-wordpress';

/** One `<item>` of the export, as far as the expectations need it. */
interface FixtureItem {
  postId: number;
  type: string;
  status: string;
  link: string;
  slug: string;
  dateGmt: string;
}

/** The fixture's items, read with the same fields WordPress writes (CDATA or plain). */
function fixtureItems(xml: string): FixtureItem[] {
  const field = (item: string, tag: string) => {
    const match = new RegExp(`<${tag}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${tag}>`).exec(item);
    return match ? match[1].trim() : '';
  };
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    postId: Number(field(item, 'wp:post_id')),
    type: field(item, 'wp:post_type'),
    status: field(item, 'wp:status'),
    link: field(item, 'link'),
    slug: decodeURIComponent(field(item, 'wp:post_name')),
    dateGmt: field(item, 'wp:post_date_gmt'),
  }));
}

// What the import must make of the fixture (README, "What maps to what"): posts become articles
// unless private, trashed, auto-drafts or revisions; pages, attachments and menu items are skipped;
// published posts are published articles with a redirect from their old permalink.
const items = fixtureItems(fs.readFileSync(FIXTURE, 'utf8'));
const NOT_WRITTEN = ['private', 'trash', 'auto-draft', 'inherit'];
const written = items.filter((i) => i.type === 'post' && !NOT_WRITTEN.includes(i.status));
const skipped = items.filter((i) => !written.includes(i));
const published = written.filter((i) => i.status === 'publish').sort((a, b) => a.postId - b.postId);
const scheduled = written.filter((i) => i.status === 'future');
const skipCode = (i: FixtureItem) => (i.type === 'post' ? i.status : i.type);

let session: AdminSession;
let server: RunningPlayground;
let page: Page;
let media: http.Server;
let exportFile: string;
let jobId = 0;

/** Screenshot from the top of the page (Strapi scrolls an inner container). */
async function shot(name: string): Promise<void> {
  await page.locator('h1').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

beforeAll(async () => {
  expect([items.length, written.length, skipped.length, published.length]).toEqual([9, 5, 4, 3]);
  // The fixture's images ({{MEDIA}}/…) served from this machine, so "upload media" has files to fetch.
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c03020' } }).jpeg().toBuffer();
  media = http.createServer((req, res) => {
    if (req.url?.endsWith('.jpg')) res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': jpeg.length }).end(jpeg);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
  exportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-e2e-')), 'emaratalyoum-ar.xml');
  fs.writeFileSync(exportFile, fs.readFileSync(FIXTURE, 'utf8').replaceAll('{{MEDIA}}', origin));

  // The fixture's images come from this machine, which the import refuses unless the app allows it.
  session = await arabicAdminSession({ width: 1440, height: 1400 }, { NEWSROOM_IMPORT_MEDIA_NETWORKS: '127.0.0.1' });
  ({ server, page } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => media?.close(resolve));
  if (exportFile) fs.rmSync(path.dirname(exportFile), { recursive: true, force: true });
});

describe('Import from WordPress (Arabic interface)', () => {
  it('is linked from Settings → Newsroom and reads right to left, the default locale chosen', async () => {
    await page.goto(`${server.url}/admin/settings/newsroom`);
    await page.getByRole('link', { name: ar['import.link'] }).click();
    await page.waitForURL((url) => url.pathname === PAGE_PATH);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(ar['import.title']);
    await expect(page.locator('main').first().evaluate((main) => getComputedStyle(main).direction)).resolves.toBe('rtl');
    const locale = page.getByRole('combobox', { name: ar['import.locale.label'] });
    // Filled once the i18n plugin's locales have loaded: the site's default (Arabic) chosen.
    await locale.filter({ hasText: ar['import.locale.default'].replace('{name}', 'Arabic (ar)') }).waitFor();
    await expect(page.getByRole('checkbox', { name: ar['import.uploadMedia.label'] }).getAttribute('aria-checked')).resolves.toBe('true');
    // WordPress's posts unless told otherwise; a type's key is Latin, typed left to right.
    const postTypes = page.locator('input[name="postTypes"]');
    await expect(postTypes.inputValue()).resolves.toBe('post');
    await expect(postTypes.evaluate((input) => getComputedStyle(input).direction)).resolves.toBe('ltr');
  });

  it('shows the server’s refusal of a file that is not an export next to the file field, and starts nothing', async () => {
    const file = page.locator('input[type="file"][name="file"]');
    await file.setInputFiles(path.join(REPO_ROOT, 'README.md'));
    const refused = page.waitForResponse((r) => r.url().endsWith('/newsroom/import/wordpress') && r.request().method() === 'POST');
    await page.getByRole('button', { name: ar['import.start'] }).click();
    expect((await refused).status()).toBe(400);
    // The page renders the refusal after the response has arrived: wait for the field to be marked.
    await page.waitForFunction(() => document.querySelector('input[type="file"][name="file"]')?.getAttribute('aria-invalid') === 'true');
    await expect(file.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await file.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(/\s+/).find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toContain('not a WordPress export');
    await page.getByText(ar['import.startFailed']).first().waitFor();
    expect(await page.locator('[data-newsroom-import-status]').count()).toBe(0);
    await shot('wordpress-import-ar-error.png');
  });

  it('shows the server’s refusal of a post type WordPress keeps for itself next to the post types field', async () => {
    await page.locator('input[type="file"][name="file"]').setInputFiles(exportFile);
    const postTypes = page.locator('input[name="postTypes"]');
    await postTypes.fill('post, attachment');
    const refused = page.waitForResponse((r) => r.url().endsWith('/newsroom/import/wordpress') && r.request().method() === 'POST');
    await page.getByRole('button', { name: ar['import.start'] }).click();
    expect((await refused).status()).toBe(400);
    await page.waitForFunction(() => document.querySelector('input[name="postTypes"]')?.getAttribute('aria-invalid') === 'true');
    const errorId = ((await postTypes.getAttribute('aria-describedby')) ?? '').split(/\s+/).find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toContain('"attachment" is a type WordPress keeps for its own entries');
    expect(await page.locator('[data-newsroom-import-status]').count()).toBe(0);
    // Typing again clears the mark; the import below runs with WordPress's posts.
    await postTypes.fill('post');
    await expect(postTypes.getAttribute('aria-invalid')).resolves.not.toBe('true');
  });

  it('imports the Arabic export: the progress bar runs to the end, then the counters and report the fixture must produce', async () => {
    await page.locator('input[type="file"][name="file"]').setInputFiles(exportFile);
    const polls: Request[] = [];
    page.on('request', (r) => /\/newsroom\/import\/jobs\/\d+$/.test(r.url()) && polls.push(r));
    const started = page.waitForResponse((r) => r.url().endsWith('/newsroom/import/wordpress') && r.request().method() === 'POST');
    const firstPoll = page.waitForResponse((r) => /\/newsroom\/import\/jobs\/\d+$/.test(r.url()));
    await page.getByRole('button', { name: ar['import.start'] }).click();
    const response = await started;
    expect(response.status()).toBe(202);
    jobId = (await response.json()).data.id;
    // The multipart request carried the choices: the job runs in the default locale, uploading media.
    expect((await (await firstPoll).json()).data).toMatchObject({ locale: 'ar', options: { uploadMedia: true, postTypes: ['post'] } });

    // The bar as the user sees it, read every 50 ms until the job is done.
    const seen: number[] = [];
    let runningShot = false;
    const bar = page.getByRole('progressbar', { name: ar['import.progress.label'] });
    await bar.waitFor();
    for (let i = 0; i < 1200; i += 1) {
      seen.push(Number(await bar.getAttribute('aria-valuenow')));
      if ((await page.locator('[data-newsroom-import-status="done"]').count()) > 0) break;
      // The page while the job runs, when the polling catches it running (a small export may finish first).
      if (!runningShot && (await page.locator('[data-newsroom-import-status="running"]').count()) > 0) {
        runningShot = true;
        await shot('wordpress-import-ar-running.png');
      }
      await page.waitForTimeout(50);
    }
    seen.push(Number(await bar.getAttribute('aria-valuenow')));
    expect(seen[seen.length - 1]).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // never goes back
    await expect(page.locator('[data-newsroom-import-items]').textContent()).resolves.toBe(
      ar['import.progress.items'].replace('{seen}', String(items.length)).replace('{total}', String(items.length)).replace('{percent}', '100')
    );
    await page.getByText(ar['import.status.done']).first().waitFor();
    // The search index the job built for what it published, once its posts were written.
    const searchIndex = page.locator('[data-newsroom-import-search-index]');
    const [built, total] = (await searchIndex.getAttribute('data-newsroom-import-search-index'))!.split('/').map(Number);
    expect(built).toBe(total);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(published.length);
    await expect(searchIndex.textContent()).resolves.toBe(ar['import.progress.searchIndexDone'].replace('{total}', String(total)));
    // The bar fills from the start of the line, the right in Arabic: a part-filled bar hugs the track's right edge.
    const edges = await bar.evaluate((track) => {
      const fill = track.firstElementChild as HTMLElement;
      const width = fill.style.inlineSize;
      fill.style.transition = 'none';
      fill.style.inlineSize = '40%';
      const [t, f] = [track.getBoundingClientRect(), fill.getBoundingClientRect()];
      fill.style.inlineSize = width;
      return { trackRight: t.right, fillRight: f.right, fillShare: f.width / t.width };
    });
    expect(edges.fillShare).toBeCloseTo(0.4, 2);
    expect(Math.abs(edges.fillRight - edges.trackRight)).toBeLessThan(1);

    const counter = async (key: string) => Number(await page.locator(`[data-newsroom-import-counter="${key}"] dd`).textContent());
    expect({ created: await counter('created'), updated: await counter('updated'), unchanged: await counter('unchanged'), skipped: await counter('skipped'), errors: await counter('errors') }).toEqual({
      created: written.length,
      updated: 0,
      unchanged: 0,
      skipped: skipped.length,
      errors: 0,
    });

    // The report: no error list; each skipped item under its reason, said in Arabic, with its post id.
    const report = page.locator('[data-newsroom-import-report]');
    expect(await report.locator('[data-newsroom-import-list="errors"]').count()).toBe(0);
    const skippedList = report.locator('[data-newsroom-import-list="skipped"]');
    await expect(skippedList.getAttribute('data-count')).resolves.toBe(String(skipped.length));
    for (const item of skipped) {
      const code = skipCode(item);
      const group = skippedList.locator(`[data-newsroom-import-code="${code}"]`);
      await expect(group.locator('[data-newsroom-import-code-text]').textContent()).resolves.toBe(ar[`import.code.${code}` as keyof typeof ar]);
      await expect(group.locator(`[data-newsroom-import-post="${item.postId}"]`).textContent()).resolves.toContain(`التدوينة ${item.postId}`);
    }
    // A scheduled post is imported as a draft and noted.
    const notes = report.locator('[data-newsroom-import-list="notes"]');
    for (const item of scheduled) {
      await notes.locator(`[data-newsroom-import-code="future"] [data-newsroom-import-post="${item.postId}"]`).waitFor();
    }
    await expect(notes.locator('[data-newsroom-import-code="future"] [data-newsroom-import-code-text]').textContent()).resolves.toBe(ar['import.code.future']);
    // Media came from the local server: none kept as a link.
    expect(await notes.locator('[data-newsroom-import-code="media-external"]').count()).toBe(0);

    // Done: no more polling.
    const polled = polls.length;
    expect(polled).toBeGreaterThan(0);
    await page.waitForTimeout(2500);
    expect(polls.length).toBe(polled);
    await shot('wordpress-import-ar.png');
  });

  it('serves an imported article from the public API with its original WordPress date', async () => {
    const post = published[0];
    const response = await fetch(`${server.url}/api/newsroom/articles/${encodeURIComponent(post.slug)}?locale=ar`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { originalPublishedAt: string; dir: string } };
    expect(data.originalPublishedAt).toBe(new Date(`${post.dateGmt.replace(' ', 'T')}Z`).toISOString());
    expect(data.dir).toBe('rtl');
  });

  it('downloads the redirect map as CSV: one line per published post, from its old permalink', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: ar['import.redirects.csv'] }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`newsroom-redirects-${jobId}.csv`);
    const csv = fs.readFileSync((await file.path())!, 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('from,to');
    // Each cell is quoted, a quote doubled (the server's CSV).
    const from = lines.slice(1).map((line) => /^"((?:[^"]|"")*)",/.exec(line)![1].replace(/""/g, '"'));
    // Each from its old permalink in the URL standard's form: as the fixture wrote it, or with its raw Arabic percent-encoded.
    expect(from).toEqual(published.map((p) => new URL(p.link.trim()).href));
    expect(from[1]).toBe('https://emaratalyoum.example/2024/07/29/%D9%88%D9%81%D9%8A-%D9%85%D8%A7%D9%84%D9%8A-%D9%87%D8%B2%D9%8A%D9%85%D8%A9-%D9%81%D8%A7%D8%BA%D9%86%D8%B1/');
    // Each goes to the article's address here, by its slug.
    expect(lines[1]).toContain(encodeURIComponent(published[0].slug));
  });

  it('finds the import again once the page has been left: listed by its file name, opened to its report and redirect map', async () => {
    // A fresh load: the page no longer knows the job it started.
    await page.goto(`${server.url}${PAGE_PATH}`);
    const list = page.locator('[data-newsroom-import-jobs]');
    await list.waitFor();
    await expect(list.locator('h2').textContent()).resolves.toBe(ar['import.jobs.title']);
    const row = list.locator(`[data-newsroom-import-job="${jobId}"]`);
    expect(await row.getAttribute('data-status')).toBe('done');
    // The name the file was uploaded with, isolated from the Arabic around it.
    const name = path.basename(exportFile);
    await expect(row.locator('[data-newsroom-import-job-name] bdi').textContent()).resolves.toBe(name);
    const counter = async (key: string) => Number(await row.locator(`[data-newsroom-import-job-counter="${key}"]`).textContent());
    expect({ created: await counter('created'), skipped: await counter('skipped'), errors: await counter('errors') }).toEqual({ created: written.length, skipped: skipped.length, errors: 0 });
    expect(await list.evaluate((section) => getComputedStyle(section).direction)).toBe('rtl');
    await shot('wordpress-import-list-ar.png');

    await row.getByRole('button', { name: ar['import.jobs.openNamed'].replace('{name}', name) }).click();
    await page.locator('[data-newsroom-import-status="done"]').waitFor();
    await page.locator('[data-newsroom-import-report] [data-newsroom-import-list="skipped"]').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: ar['import.redirects.csv'] }).click();
    expect((await download).suggestedFilename()).toBe(`newsroom-redirects-${jobId}.csv`);
    // Back to the list, without starting anything.
    await page.getByRole('button', { name: ar['import.again'] }).click();
    await list.waitFor();
    expect(await page.locator('[data-newsroom-import-status]').count()).toBe(0);
  });


  it('stops a long import from the page once the admin confirms: the job ends stopped, with what it wrote', async () => {
    // 600 short posts: seconds of work, so the import is still running when it is stopped.
    const post = (id: number) =>
      `<item><title><![CDATA[خبر رقم ${id}]]></title><link>https://many.example/?p=${id}</link><dc:creator><![CDATA[editor]]></dc:creator>` +
      `<guid isPermaLink="false">https://many.example/?p=${id}</guid><content:encoded><![CDATA[<p>فقرة عن الخبر ${id}.</p>]]></content:encoded>` +
      `<wp:post_id>${id}</wp:post_id><wp:post_date_gmt><![CDATA[2024-07-27 09:30:00]]></wp:post_date_gmt><wp:post_name><![CDATA[many-${id}]]></wp:post_name>` +
      `<wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>\n`;
    const many = path.join(path.dirname(exportFile), 'many.xml');
    const items = Array.from({ length: 600 }, (_, i) => post(800000 + i)).join('');
    fs.writeFileSync(many, `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><wp:wxr_version>1.2</wp:wxr_version>\n${items}</channel></rss>\n`);
    await page.locator('input[type="file"][name="file"]').setInputFiles(many);
    await page.getByRole('checkbox', { name: ar['import.uploadMedia.label'] }).click();
    await page.getByRole('button', { name: ar['import.start'] }).click();
    const stop = page.getByRole('button', { name: ar['import.stop'] });
    await stop.waitFor();
    await stop.click();
    // The confirmation says what stopping does; "keep importing" is the way out.
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByText(ar['import.stop.body']).count()).resolves.toBe(1);
    await shot('wordpress-import-stop-ar.png');
    const cancelled = page.waitForResponse((r) => /\/newsroom\/import\/jobs\/\d+\/cancel$/.test(r.url()));
    await dialog.getByRole('button', { name: ar['import.stop.confirm'] }).click();
    expect((await cancelled).status()).toBe(200);
    await page.locator('[data-newsroom-import-status="cancelled"]').waitFor();
    await expect(page.locator('[data-newsroom-import-status] span').filter({ hasText: ar['import.status.cancelled'] }).count()).resolves.toBe(1);
    expect(await page.getByRole('button', { name: ar['import.stop'] }).count()).toBe(0);
    const created = Number(await page.locator('[data-newsroom-import-counter="created"] dd').textContent());
    expect(created).toBeLessThan(600);
    // The report of what it did, and the way back to the list, where it shows stopped.
    await page.locator('[data-newsroom-import-report]').waitFor();
    await page.getByRole('button', { name: ar['import.again'] }).click();
    const row = page.locator('[data-newsroom-import-jobs] [data-newsroom-import-job]').first();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('cancelled');
    await expect(row.locator('[data-newsroom-import-job-name] bdi').textContent()).resolves.toBe('many.xml');
  });
});
