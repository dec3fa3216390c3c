/**
 * The admin panel in a real browser: an editor writes an Arabic article in
 * the Arabic interface, the inputs are right-to-left, the newsroom panel
 * counts and previews, the article is published and read back from the
 * public API; the English locale flips the inputs back; the settings page
 * shows the server's validation errors. Runs against the built playground
 * (`npm run build` first) in production mode: `npm run test:e2e`.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import ar from '../../admin/src/translations/ar.json';
import { countWords } from '../../server/src/text';
import { addParagraph, createArticleUrl, editArticleUrl, publish, save } from './admin-actions';
import { arabicAdminSession, SCREENSHOTS, type AdminSession } from './admin-session';
import { probeDirection, textGaps } from './dom-probes';
import type { RunningPlayground } from './playground-server';


// An Arabic title with an embedded Latin acronym and a Latin question mark (a typography issue to fix).
const TITLE = 'هل تنقل CNN صور معركة تنسيقية الأزواد الأخيرة?';
const FIXED_TITLE = 'هل تنقل CNN صور معركة تنسيقية الأزواد الأخيرة؟';
// About Wagner in Mali, like the playground's published demo articles: the panel suggests them.
const PARAGRAPH = 'وفي مقاطع الفيديو التي نشرتها الحركة يظهر مقاتلون من تنسيقية CSP-DPA قرب الحدود مع الجزائر بعد معارك مع فاغنر في مالي';
const EN_TITLE = 'Does CNN carry pictures of the latest battle?';
const EN_PARAGRAPH = 'In videos released by the movement, fighters of the CSP-DPA appear near the border.';

let session: AdminSession;
let server: RunningPlayground;
let page: Page;
let documentId = '';
let slug = '';
let suggestedId = '';
let panelWords = 0;

/**
 * Answers the admin API's `GET pathname` with a 500 (as a database that is down would) until the
 * returned function is called; other methods and paths go to the server.
 */
async function failGet(pathname: string): Promise<() => Promise<void>> {
  const matches = (url: URL) => url.pathname === pathname;
  await page.route(matches, (route) =>
    route.request().method() === 'GET'
      ? route.fulfill({ status: 500, json: { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } } })
      : route.fallback()
  );
  return () => page.unroute(matches);
}

/** Screenshot from the top of the page (Strapi scrolls an inner container, so fullPage alone stays where the caret is). */
async function shot(name: string): Promise<void> {
  await page.locator('h1').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}
const panel = () => page.locator('[data-newsroom-panel]');

// Wide enough for the Content Manager's desktop layout (side panels beside the form), tall enough
// for the screenshots to show the title, the first body block and the panel together.
beforeAll(async () => {
  session = await arabicAdminSession({ width: 1440, height: 1500 });
  ({ server, page } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe('admin panel (Arabic interface)', () => {
  it('writes an Arabic article in right-to-left inputs', async () => {
    await page.goto(`${server.url}/admin/content-manager/collection-types/plugin::newsroom.article?plugins[i18n][locale]=ar`);
    await page.goto(createArticleUrl(server.url, 'ar'));
    const title = page.locator('input[name="title"]');
    await title.fill(TITLE);
    const editor = await addParagraph(page, 'ar');
    await editor.click();
    await page.keyboard.type(PARAGRAPH);

    for (const input of [title, editor, page.locator('textarea[name="standfirst"]'), page.locator('input[name="byline"]')]) {
      const probe = await input.evaluate(probeDirection);
      expect(probe).toMatchObject({ direction: 'rtl', side: 'right' });
      expect(probe.fontFamily).toContain('Noto Naskh Arabic');
    }
    expect(await page.locator('input[name="slug"]').getAttribute('dir')).toBe('auto');
    // Drawn on the right: the paragraph's text hugs the editor's right edge.
    const gaps = await editor.evaluate(textGaps);
    expect(gaps).not.toBeNull();
    expect(gaps!.right).toBeLessThan(gaps!.left);
  });

  it('shows direction, counts, reading time, the slug preview and typography fixes in the side panel', async () => {
    await expect(panel().locator('[data-newsroom-direction]').getAttribute('data-newsroom-direction')).resolves.toBe('rtl');
    await expect(panel().getAttribute('dir')).resolves.toBe('rtl');
    await panel().filter({ hasText: ar['panel.direction.rtl'] }).waitFor();

    // As the write path counts: title, standfirst and the body's text.
    panelWords = countWords(`${TITLE}\n${PARAGRAPH}`, 'ar');
    const words = panel().locator(`[data-newsroom-words="${panelWords}"]`);
    await words.waitFor();
    expect(await words.textContent()).toBe(`${panelWords} كلمة`);
    await panel().locator('[data-newsroom-minutes="1"]').filter({ hasText: 'دقيقة واحدة للقراءة' }).waitFor();

    // Decoded, generated from the title with the default (unicode) strategy since the slug is empty (cut at 200 bytes encoded: the last word does not fit).
    await panel().locator('[data-newsroom-slug-preview="/api/newsroom/articles/هل-تنقل-cnn-صور-معركة-تنسيقية-الأزواد?locale=ar"]').waitFor();

    const issue = panel().locator('[data-newsroom-issue="latin-punctuation"]');
    await expect(issue.textContent()).resolves.toContain(ar['panel.lint.field.title']);
    await shot('edit-view-ar-lint.png');
    await panel().screenshot({ path: path.join(SCREENSHOTS, 'panel-ar-lint.png') });
    await issue.getByRole('button').click();
    await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe(FIXED_TITLE);
    await page.waitForFunction(() => document.querySelector('[data-newsroom-issues]')?.getAttribute('data-newsroom-issues') === '0');
    await shot('edit-view-ar.png');
    await panel().screenshot({ path: path.join(SCREENSHOTS, 'panel-ar.png') });
  });

  it('saves; the panel checks the links, suggests related articles and previews the licence', async () => {
    slug = (await panel().locator('[data-newsroom-slug]').getAttribute('data-newsroom-slug'))!;
    await save(page);
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    documentId = page.url().split('?')[0].split('/').pop()!;

    await expect(panel().locator('[data-newsroom-broken-links="0"]').textContent()).resolves.toBe('لا روابط معطلة');
    const suggestion = panel().locator('[data-newsroom-suggestion]').first();
    await suggestion.waitFor();
    expect(Number(await panel().locator('[data-newsroom-suggestions]').getAttribute('data-newsroom-suggestions'))).toBeGreaterThan(0);
    // The demo articles are about Wagner in Mali too.
    await expect(suggestion.textContent()).resolves.toMatch(/فاغنر|مالي/);
    suggestedId = (await suggestion.getAttribute('data-newsroom-suggestion'))!;

    // Licence: the site default until the rights component names one; the copyright line in Arabic.
    const year = new Date().getFullYear();
    await panel().locator('[data-newsroom-license="all-rights-reserved"]').waitFor();
    await expect(panel().locator('[data-newsroom-copyright-line]').getAttribute('data-newsroom-copyright-line')).resolves.toBe(
      `${year} © Newsroom. جميع حقوق النشر محفوظة.`
    );
    await shot('edit-view-ar-suggestions.png');
    await panel().screenshot({ path: path.join(SCREENSHOTS, 'panel-ar-suggestions.png') });

    // One click: the suggestion joins the form's related list (saved with the article).
    await panel().locator(`[data-newsroom-add-related="${suggestedId}"]`).click();
    await panel().locator(`[data-newsroom-add-related="${suggestedId}"]`).filter({ hasText: ar['panel.suggestions.added'] }).waitFor();
    // And one click more: a "read also" link to it at the end of the body.
    await panel().locator(`[data-newsroom-add-read-also="${suggestedId}"]`).click();
    await panel().locator(`[data-newsroom-add-read-also="${suggestedId}"]`).filter({ hasText: ar['panel.suggestions.readAlso.added'] }).waitFor();

    // The rights component, licence CC BY 4.0 (the first save already filled it with the site's defaults).
    const license = page.getByRole('combobox', { name: ar['field.rights.license'], exact: true });
    expect(await license.count()).toBe(1);
    await license.click();
    await page.getByRole('option', { name: 'cc-by-4.0', exact: true }).click();
    await panel().locator('[data-newsroom-license="cc-by-4.0"]').waitFor();
    await panel().screenshot({ path: path.join(SCREENSHOTS, 'panel-ar-license.png') });
    await save(page);
    // Saved: the suggestion now linked is no longer suggested.
    await page.waitForFunction(
      (id) => !document.querySelector(`[data-newsroom-suggestion="${id}"]`),
      suggestedId,
      { timeout: 20_000 }
    );
    await panel().locator('[data-newsroom-broken-links="0"]').waitFor();
  });

  it('publishes; the public API serves the article right-to-left with the previewed slug, count, read-also link, related entry and licence', async () => {
    await publish(page);
    await expect(page.locator('input[name="slug"]').inputValue()).resolves.toBe(slug);

    const response = await fetch(`${server.url}/api/newsroom/articles/${encodeURIComponent(slug)}?locale=ar`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: {
        dir: string;
        title: string;
        wordCount: number;
        readingTimeMinutes: number;
        related: { documentId: string }[];
        body: { __component: string; kind?: string; article?: { documentId: string } }[];
        rights: { license: { code: string } };
        dates: { published: { gregorian: string; hijri: string } };
      };
    };
    expect(data).toMatchObject({ dir: 'rtl', title: FIXED_TITLE, wordCount: panelWords, readingTimeMinutes: 1 });
    expect(data.related.map((r) => r.documentId)).toEqual([suggestedId]);
    expect(data.body.filter((b) => b.__component === 'newsroom.related-link')).toEqual([
      expect.objectContaining({ kind: 'read-also', article: expect.objectContaining({ documentId: suggestedId }) }),
    ]);
    expect(data.rights.license.code).toBe('cc-by-4.0');
    // The panel dates the published version as the API does (the browser's Intl, the server's rule).
    for (const text of [data.dates.published.gregorian, data.dates.published.hijri]) {
      await panel().locator(`[data-newsroom-date="${text}"]`).first().waitFor();
    }
  });

  it('flips the inputs back to left-to-right in the English locale', async () => {
    await page.goto(editArticleUrl(server.url, documentId, 'en'));
    const title = page.locator('input[name="title"]');
    await title.fill(EN_TITLE);
    const editor = await addParagraph(page, 'ar');
    await editor.click();
    await page.keyboard.type(EN_PARAGRAPH);

    for (const input of [title, editor, page.locator('textarea[name="standfirst"]')]) {
      const probe = await input.evaluate(probeDirection);
      expect(probe).toMatchObject({ dir: 'ltr', direction: 'ltr', side: 'left' });
      expect(probe.fontFamily).not.toContain('Noto Naskh Arabic');
    }
    const gaps = await editor.evaluate(textGaps);
    expect(gaps!.left).toBeLessThan(gaps!.right);
    await expect(panel().locator('[data-newsroom-direction]').getAttribute('data-newsroom-direction')).resolves.toBe('ltr');
    // The blocks editor hands its text to the form after a pause in typing; then the panel counts it.
    await panel().locator(`[data-newsroom-words="${countWords(`${EN_TITLE}\n${EN_PARAGRAPH}`, 'en')}"]`).waitFor();
    await panel().locator('[data-newsroom-slug-preview="/api/newsroom/articles/does-cnn-carry-pictures-of-the-latest-battle?locale=en"]').waitFor();
    await shot('edit-view-en.png');
  });

  it('leaves other content types alone', async () => {
    await page.goto(`${server.url}/admin/content-manager/collection-types/plugin::users-permissions.user/create`);
    const username = page.locator('input[name="username"]');
    await username.waitFor();
    expect(await username.getAttribute('dir')).toBeNull();
    expect(await page.locator('[data-newsroom-panel]').count()).toBe(0);
  });
});

describe('settings page (Settings → Newsroom)', () => {
  it('shows the server validation error next to the field, then saves', async () => {
    await page.goto(`${server.url}/admin/settings/newsroom`);
    const speed = page.locator('input[name="wordsPerMinute"]');
    await expect(speed.inputValue()).resolves.toBe('180');
    const saveButton = page.getByRole('button', { name: ar['settings.save'] });

    // The rights settings: licence names in the interface language, templates as stored.
    await expect(page.getByRole('combobox', { name: ar['settings.defaultLicense.label'] }).textContent()).resolves.toContain('جميع الحقوق محفوظة');
    await expect(page.locator('input[name="copyrightTemplates.ar"]').inputValue()).resolves.toBe('{year} © {holder}. جميع حقوق النشر محفوظة.');
    const publisherUrl = page.locator('input[name="publisherUrl"]');
    await publisherUrl.fill('ftp://example.com');

    await speed.fill('20');
    const refused = page.waitForResponse((r) => r.url().endsWith('/newsroom/settings') && r.request().method() === 'PUT');
    await saveButton.click();
    expect((await refused).status()).toBe(400);
    // The field's error is the server's message, rendered by the field itself.
    const fieldError = page.locator('[id$="-error"]').filter({ hasText: 'wordsPerMinute' });
    await expect(fieldError.textContent()).resolves.toContain('50');
    await expect(speed.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('[id$="-error"]').filter({ hasText: 'publisherUrl' }).textContent()).resolves.toContain('http(s)');
    await expect(publisherUrl.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByText(ar['settings.saveFailed']).first().waitFor();
    await shot('settings-error.png');

    await speed.fill('200');
    await publisherUrl.fill('https://example.com');
    const accepted = page.waitForResponse((r) => r.url().endsWith('/newsroom/settings') && r.request().method() === 'PUT');
    await saveButton.click();
    expect((await accepted).status()).toBe(200);
    await page.getByText(ar['settings.saved']).first().waitFor();
    await expect(page.locator('[id$="-error"]').filter({ hasText: 'wordsPerMinute' }).count()).resolves.toBe(0);
    await expect(speed.getAttribute('aria-invalid')).resolves.not.toBe('true');
    await page.waitForTimeout(500); // let the input's border colour transition end before the screenshot
    await shot('settings.png');
  });

  it('previews today in the site languages with the date settings being edited, and saves them', async () => {
    const arabicDate = page.locator('[data-newsroom-date-preview="ar"] [data-newsroom-date-gregorian]');
    await expect(arabicDate.textContent()).resolves.toMatch(/^\d{1,2} \S+ \d{4}$/);
    await page.getByRole('combobox', { name: ar['settings.dateDigits.label'] }).click();
    await page.getByRole('option', { name: ar['settings.dateDigits.arab'] }).click();
    // Live, before saving: Arabic-Indic digits in Arabic, English left as it is.
    await page.waitForFunction(() => /^[٠-٩]{1,2} \S+ [٠-٩]{4}$/.test(document.querySelector('[data-newsroom-date-preview="ar"] [data-newsroom-date-gregorian]')?.textContent ?? ''));
    await expect(page.locator('[data-newsroom-date-preview="en"] [data-newsroom-date-gregorian]').textContent()).resolves.toMatch(/\d{4}$/);
    await page.locator('[data-newsroom-date-preview="ar"] [data-newsroom-date-hijri]').filter({ hasText: 'هـ' }).waitFor();

    const zone = page.getByRole('combobox', { name: ar['settings.timeZone.label'] });
    await expect(zone.inputValue()).resolves.toBe('UTC');
    await zone.click();
    await zone.fill('');
    await zone.pressSequentially('Riyadh');
    await page.getByRole('option', { name: 'Asia/Riyadh', exact: true }).click();
    const accepted = page.waitForResponse((r) => r.url().endsWith('/newsroom/settings') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: ar['settings.save'] }).click();
    const response = await accepted;
    expect(response.status()).toBe(200);
    expect((await response.json()).data).toMatchObject({ dateDigits: 'arab', timeZone: 'Asia/Riyadh', dateCalendars: ['gregorian', 'hijri'] });
    await shot('settings-dates.png');
  });

  it('says when the settings cannot be loaded, and loads them when the editor tries again', async () => {
    const recover = await failGet('/newsroom/settings');
    await page.goto(`${server.url}/admin/settings/newsroom`);
    await page.getByText(ar['settings.loadFailed']).waitFor();
    const retry = page.getByRole('button', { name: ar['fetch.retry'] });
    await retry.waitFor();
    expect(await page.locator('input[name="wordsPerMinute"]').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-load-failed.png') });

    // The server answers again: one click brings the form, with the settings saved above.
    await recover();
    const asked = page.waitForResponse((r) => r.url().endsWith('/newsroom/settings') && r.request().method() === 'GET');
    await retry.click();
    expect((await asked).status()).toBe(200);
    await expect(page.locator('input[name="wordsPerMinute"]').inputValue()).resolves.toBe('200');
    expect(await page.getByText(ar['settings.loadFailed']).count()).toBe(0);
  });
});

describe('CDN purge webhooks (Settings → Newsroom)', () => {
  it('sends newsroom.purge to a webhook made on Strapi’s own page, which keeps it when edited there', async () => {
    // The webhook, as an admin makes it: Settings → Webhooks → create (Strapi's page lists only Strapi's events).
    await page.goto(`${server.url}/admin/settings/webhooks/create`);
    await page.locator('input[name="name"]').fill('CDN purge');
    await page.locator('input[name="url"]').fill('https://purge.example/hook');
    const created = page.waitForResponse((r) => r.url().endsWith('/admin/webhooks') && r.request().method() === 'POST');
    await page.locator('button[type="submit"]').click();
    const createdResponse = await created;
    expect(createdResponse.status()).toBe(201);
    const id = (await createdResponse.json()).data.id;
    expect((await createdResponse.json()).data.events).not.toContain('newsroom.purge');

    // Chosen on the newsroom settings page: saved at once through Strapi's webhook API.
    await page.goto(`${server.url}/admin/settings/newsroom`);
    const toggle = page.locator('[data-newsroom-purge-webhook="CDN purge"] input[type="checkbox"]');
    await toggle.waitFor({ state: 'attached' });
    expect(await toggle.isChecked()).toBe(false);
    const chosen = page.waitForResponse((r) => r.url().endsWith(`/admin/webhooks/${id}`) && r.request().method() === 'PUT');
    // Controlled by the saved webhook: it turns on when the PUT has answered.
    await toggle.click({ force: true });
    const chosenResponse = await chosen;
    expect(chosenResponse.status()).toBe(200);
    expect((await chosenResponse.json()).data).toMatchObject({ name: 'CDN purge', url: 'https://purge.example/hook', events: ['newsroom.purge'] });
    await page.getByText(ar['settings.purge.added'].replace('{name}', 'CDN purge')).first().waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-newsroom-purge-webhook="CDN purge"] input[type="checkbox"]') as HTMLInputElement | null)?.checked === true);
    await page.locator('[data-newsroom-purge]').scrollIntoViewIfNeeded();
    await page.locator('[data-newsroom-purge]').screenshot({ path: path.join(SCREENSHOTS, 'settings-purge-webhooks.png') });

    // Edited on Strapi's page (renamed): the purge event it cannot show stays.
    await page.goto(`${server.url}/admin/settings/webhooks/${id}`);
    const name = page.locator('input[name="name"]');
    await expect(name.inputValue()).resolves.toBe('CDN purge');
    await name.fill('CDN purge edge');
    const edited = page.waitForResponse((r) => r.url().endsWith(`/admin/webhooks/${id}`) && r.request().method() === 'PUT');
    await page.locator('button[type="submit"]').click();
    const editedResponse = await edited;
    expect(editedResponse.status()).toBe(200);
    expect((await editedResponse.json()).data.events).toContain('newsroom.purge');

    await page.goto(`${server.url}/admin/settings/newsroom`);
    const renamed = page.locator('[data-newsroom-purge-webhook="CDN purge edge"] input[type="checkbox"]');
    await renamed.waitFor({ state: 'attached' });
    expect(await renamed.isChecked()).toBe(true);
  });

  it('says when the webhooks cannot be loaded, and lists them when the editor tries again, the rest of the page usable', async () => {
    const recover = await failGet('/admin/webhooks');
    await page.goto(`${server.url}/admin/settings/newsroom`);
    const section = page.locator('[data-newsroom-purge]');
    await section.getByText(ar['settings.purge.loadFailed']).waitFor();
    // Only the webhook section failed: the settings form is there.
    await expect(page.locator('input[name="wordsPerMinute"]').inputValue()).resolves.toBe('200');
    expect(await section.locator('[data-newsroom-purge-webhook]').count()).toBe(0);

    await recover();
    await section.getByRole('button', { name: ar['fetch.retry'] }).click();
    const row = section.locator('[data-newsroom-purge-webhook="CDN purge edge"] input[type="checkbox"]');
    await row.waitFor({ state: 'attached' });
    expect(await row.isChecked()).toBe(true);
    expect(await section.getByText(ar['settings.purge.loadFailed']).count()).toBe(0);
  });
});
