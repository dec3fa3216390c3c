/**
 * Where editors read titles all day (issue #11), with the admin in Arabic:
 * Strapi's own chrome (the Content Manager's list, the home page's widgets,
 * the edit view's header, the article picker, collapsed body blocks) shows
 * each article title in its own direction, cut at its logical end; the
 * panel's URL preview is an isolated left-to-right run; the settings' yes/no
 * toggles read نعم/لا; a title pasted with invisible controls is refused with
 * a 400 naming the fix, and the panel's button fixes it so it saves.
 * Screenshots of each land in tests/e2e/__screenshots__/ (git-ignored).
 * Runs against the built playground: `npm run build`, then `npm run test:e2e`.
 */
import fs from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import ar from '../../admin/src/translations/ar.json';
import { PASTED_TITLES } from '../fixtures/pasted-titles';
import { ARTICLE_UID, createArticleUrl, save } from './admin-actions';
import { arabicAdminSession, SCREENSHOTS, type AdminSession } from './admin-session';
import { probeTitle } from './dom-probes';
import { REPO_ROOT, type RunningPlayground } from './playground-server';


type SeedArticle = { key: string; locales: Record<string, { title: string; body?: { __component: string; text?: string }[] }> };
const seed = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'playground/data/articles.json'), 'utf8')) as { articles: SeedArticle[] }).articles;
const seedAr = (key: string) => seed.find((a) => a.key === key)!.locales.ar;

// The two titles of the issue: a long Arabic one, cut at its beginning today, and a mixed one, reordered today.
const LONG_TITLE = seedAr('wagner-first-defeat').title;
const MIXED_TITLE = seedAr('mali-ukraine-drones').title;
const FIRST_PARAGRAPH = seedAr('mali-ukraine-drones').body!.find((b) => b.__component === 'newsroom.paragraph')!.text!;
// All of them at once: an embedding around a Latin run, a TAB, a BEL, an unclosed embedding (the line break an <input> drops).
const PASTED = PASTED_TITLES.find((c) => c.problems.length === 3)!;

let session: AdminSession;
let server: RunningPlayground;
let page: Page;

const listUrl = () => `${server.url}/admin/content-manager/collection-types/${ARTICLE_UID}?plugins[i18n][locale]=ar`;

async function shot(name: string, target?: Locator): Promise<void> {
  if (target) await target.screenshot({ path: path.join(SCREENSHOTS, name) });
  else await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

/**
 * The element that holds `title` as its text under `scope`, found by its text
 * (not by the plugin's marker), so the assertions below judge what Strapi
 * renders with or without the plugin.
 */
const titleIn = (scope: Page | Locator, title: string) => scope.getByText(title, { exact: true }).first();

/** Every marked title reads right to left, by its own letters, and shows its first word. */
async function expectOwnDirection(title: Locator, { cut }: { cut: boolean }): Promise<void> {
  await title.waitFor();
  const probe = await title.evaluate(probeTitle);
  expect(probe).toMatchObject({ dir: 'auto', direction: 'rtl', unicodeBidi: 'plaintext', firstWordShown: true });
  if (cut) expect(probe.overflowing).toBe(true);
}

/** Skip Strapi's guided tour when it is offered (it covers the list). */
async function skipTour(): Promise<void> {
  const skip = page.getByRole('button', { name: 'Skip' });
  if (await skip.isVisible().catch(() => false)) await skip.click();
}

beforeAll(async () => {
  session = await arabicAdminSession({ width: 1440, height: 1100 });
  ({ server, page } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("Strapi's chrome shows each article title in its own direction (Arabic interface)", () => {
  it('list view: long Arabic and mixed titles start with their first words, cut at their end', async () => {
    await page.goto(listUrl());
    await skipTour();
    for (const title of [LONG_TITLE, MIXED_TITLE]) await expectOwnDirection(titleIn(page.locator('tbody'), title), { cut: true });
    // Still the link to the article.
    await expect(titleIn(page.locator('tbody'), MIXED_TITLE).evaluate((element) => element.closest('a')?.getAttribute('href'))).resolves.toContain(ARTICLE_UID);
    await shot('chrome-list-ar.png', page.locator('table').first());
  });

  it('home page widgets: last edited and last published entries', async () => {
    await page.goto(`${server.url}/admin`);
    // The widgets' rows: each entry's title in a span carrying it as its tooltip.
    const widgets = page.locator('section, [role="region"]').filter({ has: page.locator('table td span[title]') });
    const titles = page.locator('table td span[title]');
    await titles.first().waitFor();
    const count = await titles.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const probe = await titles.nth(i).evaluate(probeTitle);
      expect(probe).toMatchObject({ dir: 'auto', unicodeBidi: 'plaintext', firstWordShown: true });
      expect(probe.direction).toBe(/^[A-Za-z]/.test(probe.text.trim()) ? 'ltr' : 'rtl');
    }
    await shot('chrome-home-widgets-ar.png', widgets.first());
  });

  it('edit view: the header, collapsed body blocks with their first words, and the article picker', async () => {
    await page.goto(listUrl());
    const href = await titleIn(page.locator('tbody'), MIXED_TITLE).evaluate((element) => element.closest('tr')?.querySelector('a[href]')?.getAttribute('href'));
    await page.goto(`${server.url}${href}`);
    const header = page.locator('#main-content h1');
    await header.filter({ hasText: MIXED_TITLE }).waitFor();
    const headerProbe = await header.evaluate(probeTitle);
    expect(headerProbe).toMatchObject({ dir: 'auto', direction: 'rtl', unicodeBidi: 'plaintext', firstWordShown: true });
    await shot('chrome-edit-header-ar.png', page.locator('#main-content form > div').first());

    // Collapsed blocks: "فقرة - <its first words>", in the text's direction.
    const firstWords = FIRST_PARAGRAPH.split(' ').slice(0, 4).join(' ');
    const paragraphs = page.locator('#main-content li h3 button').filter({ hasText: ar['component.paragraph'] });
    await paragraphs.first().waitFor();
    expect((await paragraphs.first().textContent())!.trim()).toMatch(new RegExp(`^${ar['component.paragraph']} - ${firstWords}`));
    const block = titleIn(paragraphs.first(), (await paragraphs.first().textContent())!.trim());
    expect(await block.evaluate(probeTitle)).toMatchObject({ dir: 'auto', direction: 'rtl', firstWordShown: true });
    await shot('chrome-collapsed-blocks-ar.png', page.locator('#main-content ol').first());

    // The related-articles picker: each option (an article title) in its own direction.
    const related = page.locator('input[name="related"]');
    await related.scrollIntoViewIfNeeded();
    await related.click();
    const listbox = page.locator(`[id="${await related.getAttribute('aria-controls')}"]`);
    const option = titleIn(listbox, MIXED_TITLE);
    await option.waitFor();
    expect(await option.evaluate(probeTitle)).toMatchObject({ dir: 'auto', direction: 'rtl', unicodeBidi: 'plaintext', firstWordShown: true });
    await page.waitForTimeout(300);
    await shot('chrome-relation-picker-ar.png');
    await page.keyboard.press('Escape');
    // The articles already picked, listed under the field.
    const picked = titleIn(page.locator('#main-content [data-handler-id]'), LONG_TITLE);
    expect(await picked.evaluate(probeTitle)).toMatchObject({ dir: 'auto', direction: 'rtl', firstWordShown: true });
  });
});

describe("the plugin's own panel and pages", () => {
  it('isolates the URL preview as a left-to-right run', async () => {
    const preview = page.locator('[data-newsroom-panel] [data-newsroom-slug-preview]');
    await preview.waitFor();
    const probe = await preview.evaluate((element) => ({
      tag: element.tagName,
      dir: element.getAttribute('dir'),
      direction: getComputedStyle(element).direction,
      unicodeBidi: getComputedStyle(element).unicodeBidi,
    }));
    expect(probe).toEqual({ tag: 'BDI', dir: 'ltr', direction: 'ltr', unicodeBidi: 'isolate' });
    // The address starts at the left: "/api/…" first, whatever the Arabic slug inside it.
    const gaps = await preview.evaluate((element) => {
      const box = element.parentElement!.getBoundingClientRect();
      const range = document.createRange();
      range.setStart(element.firstChild!, 0);
      range.setEnd(element.firstChild!, 4);
      const first = range.getClientRects()[0];
      return { left: first.left - box.left, right: box.right - first.right };
    });
    expect(gaps.left).toBeLessThan(gaps.right);
    // The Arabic slug inside it: one run in its own direction, isolated from the path and the query around it.
    const run = preview.locator('bdi[data-newsroom-slug-run]');
    expect(await run.count()).toBe(1);
    expect(await run.evaluate((element) => [element.getAttribute('dir'), getComputedStyle(element).direction, getComputedStyle(element).unicodeBidi])).toEqual([
      'auto',
      'rtl',
      'isolate',
    ]);
    expect(await preview.textContent()).toBe(await preview.getAttribute('data-newsroom-slug-preview'));
    await shot('panel-url-preview-ar.png', preview.locator('xpath=..'));
  });

  it('labels the settings’ yes/no toggles نعم/لا', async () => {
    await page.goto(`${server.url}/admin/settings/newsroom`);
    for (const name of ['reuseAllowedByDefault', 'tdmReservation']) {
      const input = page.locator(`input[name="${name}"]`);
      await input.waitFor({ state: 'attached' });
      // The toggle's own labels: the texts of the nearest element around the checkbox that has any.
      const labels = await input.evaluate((element) => {
        for (let at = element.parentElement; at; at = at.parentElement) {
          if (!at.textContent?.trim()) continue;
          return Array.from(at.querySelectorAll('*'))
            .filter((e) => e.children.length === 0 && e.textContent?.trim())
            .map((e) => e.textContent!.trim());
        }
        return [];
      });
      expect(labels.sort()).toEqual([ar['settings.boolean.off'], ar['settings.boolean.on']].sort());
    }
    await shot('settings-booleans-ar.png', page.locator('input[name="reuseAllowedByDefault"]').locator('xpath=ancestor::div[3]'));
  });
});

describe('a title pasted with invisible controls', () => {
  it('is refused with a 400 naming the fix; the panel removes them in one click and the article saves', async () => {
    await page.goto(createArticleUrl(server.url, 'ar'));
    const title = page.locator('input[name="title"]');
    await title.fill(PASTED.pasted);
    // What an <input> keeps of the paste: everything but the line break.
    const typed = await title.inputValue();
    expect(typed).toContain('\t');
    expect(typed).toContain('\u202B');

    const refused = page.waitForResponse((r) => r.url().includes(`/content-manager/collection-types/${ARTICLE_UID}`) && r.request().method() === 'POST');
    await page.locator('aside').filter({ has: page.locator('button[type="submit"]') }).locator('button[type="submit"]').click();
    const response = await refused;
    expect(response.status()).toBe(400);
    const { error } = (await response.json()) as { error: { details: { errors: { path: string[]; fix?: { action: string; problems: string[] } }[] } } };
    expect(error.details.errors).toEqual([
      expect.objectContaining({ path: ['title'], fix: { action: 'neutralise-pasted-text', problems: ['bidi-embedding', 'line-break', 'control'] } }),
    ]);

    const section = page.locator('[data-newsroom-panel] [data-newsroom-pasted]');
    await section.waitFor();
    await expect(page.locator('[data-newsroom-pasted-field="title"]').textContent()).resolves.toContain(ar['panel.pasted.kind.bidi-embedding']);
    await page.locator('[data-newsroom-pasted-fix]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-newsroom-pasted-field="title"]').textContent()).resolves.toContain(ar['field.article.title']);
    await shot('panel-pasted-ar.png');

    await page.locator('[data-newsroom-pasted-fix]').click();
    await expect(title.inputValue()).resolves.toBe(PASTED.clean);
    await page.waitForFunction(() => !document.querySelector('[data-newsroom-pasted]'));
    await save(page);
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await expect(title.inputValue()).resolves.toBe(PASTED.clean);
    await shot('panel-pasted-fixed-ar.png');
  });
});
