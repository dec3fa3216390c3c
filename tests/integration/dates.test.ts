import { ARTICLE_UID } from '../../content-types';
import { articleDates } from '../../server/src/render/dates';
import { DEFAULT_SETTINGS } from '../../server/src/settings/defaults';
import type { ArticleListResponse, ArticleResponse, ArticleSummary, NewsroomSettings } from '../../server/src/types/api';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });
const docs = () => app.strapi.documents(ARTICLE_UID);
const articleUrl = (slug: string, locale = 'ar') => `/api/newsroom/articles/${encodeURIComponent(slug)}?locale=${locale}`;

const PUBLISHED = '2024-07-27T09:30:00.000Z';
const UPDATED = '2024-07-28T21:30:00.000Z';

beforeAll(async () => {
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  await app?.close();
});

async function putSettings(patch: Partial<NewsroomSettings> | Record<string, unknown>) {
  return app.http().put('/newsroom/settings').set(auth()).send(patch);
}

const restoreDefaults = () =>
  putSettings({ dateCalendars: DEFAULT_SETTINGS.dateCalendars, dateDigits: DEFAULT_SETTINGS.dateDigits, timeZone: DEFAULT_SETTINGS.timeZone });

/**
 * A published article first published on PUBLISHED, as an editor or an archive import dates it
 * (`originalPublishedAt`, through the write pipeline). Strapi stamps `updatedAt` on every write,
 * so the stored rows' `updatedAt` is set afterwards through the Query Engine, below the pipeline,
 * followed by what the README tells such a migration to run: the re-index of the versions it wrote
 * (the list's stored summary among what it rebuilds).
 */
async function publishedOn(title: string, locale: string): Promise<string> {
  const doc = await docs().create({ locale, data: { title, originalPublishedAt: PUBLISHED } } as never);
  await docs().publish({ documentId: doc.documentId, locale } as never);
  await app.strapi.db.query(ARTICLE_UID).updateMany({ where: { documentId: doc.documentId, locale }, data: { updatedAt: UPDATED } });
  await app.strapi.plugin('newsroom').service('reindex').documents([{ documentId: doc.documentId, locale }]);
  return doc.slug as string;
}

async function read(slug: string, locale = 'ar'): Promise<ArticleResponse['data']> {
  const res = await app.http().get(articleUrl(slug, locale));
  expect(res.status).toBe(200);
  return res.body.data;
}

async function listed(locale: string): Promise<ArticleSummary[]> {
  const res = await app.http().get('/api/newsroom/articles').query({ locale, pageSize: 100 });
  expect(res.status).toBe(200);
  return (res.body as ArticleListResponse).data;
}

describe('dates ready to show, with the default settings', () => {
  it('gives every listed demo article both calendars in its language, beside the unchanged ISO dates', async () => {
    for (const locale of ['ar', 'en']) {
      const items = await listed(locale);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(item.dates).toEqual(articleDates(item, DEFAULT_SETTINGS));
        expect(Object.keys(item.dates.published).sort()).toEqual(['gregorian', 'hijri', 'iso']);
        expect(item.dates.published.iso).toBe(item.originalPublishedAt);
        expect(item.dates.updated.iso).toBe(item.updatedAt);
      }
    }
  });

  it('dates an Arabic article published on 27 July 2024 "27 يوليو 2024" and "21 محرم 1446 هـ", in the list and on its page', async () => {
    const slug = await publishedOn('مقال بتاريخ محدد', 'ar');
    const article = await read(slug);
    expect(article.originalPublishedAt).toBe(PUBLISHED);
    // Strapi's own timestamp is the moment of publishing, never the date readers see.
    expect(article.publishedAt).not.toBe(PUBLISHED);
    expect(article.dates).toEqual({
      published: { iso: PUBLISHED, gregorian: '27 يوليو 2024', hijri: '21 محرم 1446 هـ' },
      updated: { iso: UPDATED, gregorian: '28 يوليو 2024', hijri: '22 محرم 1446 هـ' },
    });
    const item = (await listed('ar')).find((a) => a.slug === slug);
    expect(item?.dates).toEqual(article.dates);
  });

  it('dates an English article in English', async () => {
    const slug = await publishedOn('An article with a fixed date', 'en');
    expect((await read(slug, 'en')).dates.published).toEqual({ iso: PUBLISHED, gregorian: 'July 27, 2024', hijri: 'Muharram 21, 1446 AH' });
  });

  it('writes the Maghreb month names in a Moroccan Arabic (ar-MA) article', async () => {
    await app.strapi.plugin('i18n').service('locales').create({ code: 'ar-MA', name: 'Arabic (Morocco) (ar-MA)' });
    const slug = await publishedOn('مقال من المغرب', 'ar-MA');
    expect((await read(slug, 'ar-MA')).dates.published).toEqual({ iso: PUBLISHED, gregorian: '27 يوليوز 2024', hijri: '21 محرم 1446 هـ' });
  });
});

describe('date settings', () => {
  let slug: string;
  beforeAll(async () => {
    slug = await publishedOn('مقال لإعدادات التاريخ', 'ar');
  });
  afterEach(async () => {
    expect((await restoreDefaults()).status).toBe(200);
  });

  it('default to both calendars, the locale’s digits and UTC', async () => {
    const res = await app.http().get('/newsroom/settings').set(auth());
    expect(res.body.data).toMatchObject({ dateCalendars: ['gregorian', 'hijri'], dateDigits: 'auto', timeZone: 'UTC' });
    const editor = await app.http().get('/newsroom/editor-settings').set(auth());
    expect(editor.body.data).toMatchObject({ dateCalendars: ['gregorian', 'hijri'], dateDigits: 'auto', timeZone: 'UTC' });
  });

  it('digits "arab" turn an Arabic article’s dates to Arabic-Indic digits on the next read, and leave English ones alone', async () => {
    const before = await app.http().get(articleUrl(slug));
    expect((await putSettings({ dateDigits: 'arab' })).status).toBe(200);
    const after = await app.http().get(articleUrl(slug)).set('If-None-Match', before.headers.etag);
    // A client holding the old copy gets the new one, not a 304.
    expect(after.status).toBe(200);
    expect(after.body.data.dates.published).toEqual({ iso: PUBLISHED, gregorian: '٢٧ يوليو ٢٠٢٤', hijri: '٢١ محرم ١٤٤٦ هـ' });
    expect(after.body.data.originalPublishedAt).toBe(PUBLISHED);
    for (const item of await listed('ar')) expect(`${item.dates.published.gregorian}${item.dates.updated.hijri}`).not.toMatch(/[0-9]/);
    for (const item of await listed('en')) expect(item.dates.published.gregorian).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });

  it('calendars ["hijri"] leave only the Hijri date, in the list and on the page', async () => {
    expect((await putSettings({ dateCalendars: ['hijri'] })).status).toBe(200);
    expect((await read(slug)).dates).toEqual({
      published: { iso: PUBLISHED, hijri: '21 محرم 1446 هـ' },
      updated: { iso: UPDATED, hijri: '22 محرم 1446 هـ' },
    });
    for (const item of await listed('ar')) expect(Object.keys(item.dates.published).sort()).toEqual(['hijri', 'iso']);
  });

  it('the time zone decides the day: 21:30 UTC on the 28th is the 29th in Riyadh', async () => {
    const res = await putSettings({ timeZone: 'asia/riyadh', dateCalendars: ['gregorian'], dateDigits: 'latn' });
    expect(res.status).toBe(200);
    // Stored as Intl names it.
    expect(res.body.data.timeZone).toBe('Asia/Riyadh');
    expect((await read(slug)).dates.updated).toEqual({ iso: UPDATED, gregorian: '29 يوليو 2024' });
  });

  it.each([
    [{ dateCalendars: [] }, 'dateCalendars'],
    [{ dateCalendars: ['julian'] }, 'dateCalendars.0'],
    [{ dateCalendars: ['hijri', 'hijri'] }, 'dateCalendars'],
    [{ dateCalendars: 'hijri' }, 'dateCalendars'],
    [{ dateDigits: 'arabext' }, 'dateDigits'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ timeZone: '' }, 'timeZone'],
    [{ timeZone: null }, 'timeZone'],
  ])('refuses %j with a 400 naming the field, and stores nothing', async (body, path) => {
    const before = (await app.http().get('/newsroom/settings').set(auth())).body.data;
    const res = await putSettings({ ...body, dateDigits: (body as Record<string, unknown>).dateDigits ?? 'arab' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual([path]);
    expect((await app.http().get('/newsroom/settings').set(auth())).body.data).toEqual(before);
  });
});
