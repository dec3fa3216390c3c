import type { Locator, Page } from 'playwright-core';
import ar from '../../admin/src/translations/ar.json';
import { DEMO_ADMIN } from './playground-server';

export const ARTICLE_UID = 'plugin::newsroom.article';

/** The Content Manager's edit view of a new article in `locale`. */
export const createArticleUrl = (base: string, locale: string) =>
  `${base}/admin/content-manager/collection-types/${ARTICLE_UID}/create?plugins[i18n][locale]=${locale}`;

/** The edit view of an existing article in `locale` (a locale it lacks opens an empty form for it). */
export const editArticleUrl = (base: string, documentId: string, locale: string) =>
  `${base}/admin/content-manager/collection-types/${ARTICLE_UID}/${documentId}?plugins[i18n][locale]=${locale}`;

/** Log in through the login page, as an editor would. */
export async function logIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name="email"]', DEMO_ADMIN.email);
  await page.fill('input[name="password"]', DEMO_ADMIN.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
}

/**
 * Profile → Experience → Interface language → العربية, then Save. The option
 * exists only when the app enables the `ar` admin locale (playground/src/admin/app.tsx).
 */
export async function useArabicInterface(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/me`);
  await page.getByRole('combobox', { name: 'Interface language' }).click();
  const arabic = page.getByRole('option', { name: 'العربية' });
  if ((await arabic.count()) === 0) {
    throw new Error('No Arabic interface language: the playground admin must list "ar" in config.locales (playground/src/admin/app.tsx)');
  }
  await arabic.click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
}

/** The edit view's "Entry" panel: the only one with the form's submit (save) button. */
function entryPanel(page: Page): Locator {
  return page.locator('aside').filter({ has: page.locator('button[type="submit"]') });
}

/** Save the form and wait for the Content Manager's write to succeed. */
export async function save(page: Page): Promise<void> {
  const written = page.waitForResponse(
    (r) => r.url().includes(`/content-manager/collection-types/${ARTICLE_UID}`) && ['POST', 'PUT'].includes(r.request().method())
  );
  await entryPanel(page).locator('button[type="submit"]').click();
  const response = await written;
  if (!response.ok()) throw new Error(`Save failed: ${response.status()} ${await response.text()}`);
}

/** Publish (the Entry panel's first button) and wait for the publish request to succeed. */
export async function publish(page: Page): Promise<void> {
  const published = page.waitForResponse((r) => r.url().includes('/actions/publish') && r.request().method() === 'POST');
  await entryPanel(page).locator('button').first().click();
  const response = await published;
  if (!response.ok()) throw new Error(`Publish failed: ${response.status()} ${await response.text()}`);
}

/** Add a Paragraph block to the body (labels as the plugin translates them in Arabic) and return its editor. */
export async function addParagraph(page: Page, interfaceLabels: 'ar' | 'en'): Promise<Locator> {
  const body = interfaceLabels === 'ar' ? ar['field.article.body'] : 'Body';
  const paragraph = interfaceLabels === 'ar' ? ar['component.paragraph'] : 'Paragraph';
  const before = await page.locator('[data-slate-editor="true"]').count();
  await page.locator('button').filter({ hasText: body }).last().click();
  await page.locator('button').filter({ hasText: new RegExp(`^${paragraph}$`) }).first().click();
  const editor = page.locator('[data-slate-editor="true"]').nth(before);
  await editor.waitFor();
  return editor;
}
