import { ARTICLE_UID } from '../../content-types';
import type { ArticleDetail, ArticleListResponse } from '../../server/src/types/api';
import { newsroomEditor } from '../helpers/admins';
import { startPlayground, type TestApp } from '../helpers/strapi';

/**
 * `originalPublishedAt`: the date readers see. It defaults to the first publication, a republish
 * never moves it, an editor's (or an import's) date is kept, and it is what the API, the reader
 * dates and JSON-LD show; Strapi's `publishedAt` stays the moment of the last publish.
 */
let app: TestApp;
let editor: { Authorization: string };
const cm = `/content-manager/collection-types/${ARTICLE_UID}`;
const docs = () => app.strapi.documents(ARTICLE_UID);
const ARCHIVE_DATE = '2019-03-04T05:06:07.000Z';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The draft and published rows of a document in a locale, with their dates. */
async function datesOf(documentId: string, locale = 'ar') {
  const rows = (await app.strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId, locale },
    select: ['publishedAt', 'originalPublishedAt'],
  })) as { publishedAt: string | null; originalPublishedAt: string | null }[];
  const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : null);
  const draft = rows.find((r) => !r.publishedAt);
  const published = rows.find((r) => r.publishedAt);
  return {
    draft: draft ? iso(draft.originalPublishedAt) : undefined,
    published: published ? iso(published.originalPublishedAt) : undefined,
    publishedAt: published ? iso(published.publishedAt) : undefined,
  };
}

async function read(slug: string, locale = 'ar'): Promise<ArticleDetail> {
  const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale });
  expect(res.status).toBe(200);
  return res.body.data;
}

beforeAll(async () => {
  app = await startPlayground();
  editor = { Authorization: `Bearer ${await newsroomEditor(app, 'original-date@newsroom.local')}` };
});

afterAll(async () => {
  await app?.close();
});

describe('originalPublishedAt defaults to the first publication', () => {
  it('is empty on a draft, and set to the first publish time on the draft and published rows', async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: 'مقال ينشر أول مرة' } } as never);
    expect(await datesOf(doc.documentId)).toEqual({ draft: null, published: undefined, publishedAt: undefined });
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    const dates = await datesOf(doc.documentId);
    expect(dates.publishedAt).not.toBeNull();
    expect(dates).toEqual({ draft: dates.publishedAt, published: dates.publishedAt, publishedAt: dates.publishedAt });
  });

  it('is kept on republish, while publishedAt moves', async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: 'مقال يعاد نشره' } } as never);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    const first = await datesOf(doc.documentId);
    await pause(1100); // MySQL/MariaDB store datetimes to the second.
    await docs().update({ documentId: doc.documentId, locale: 'ar', data: { standfirst: 'تعديل بعد النشر' } } as never);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    const second = await datesOf(doc.documentId);
    expect(second.publishedAt).not.toBe(first.publishedAt);
    expect(second).toEqual({ draft: first.publishedAt, published: first.publishedAt, publishedAt: second.publishedAt });
  });

  it('is kept on republish even when the editor emptied the draft’s date: readers already saw the first one', async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: 'مقال فرغ تاريخه' } } as never);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    const first = await datesOf(doc.documentId);
    await pause(1100);
    await docs().update({ documentId: doc.documentId, locale: 'ar', data: { originalPublishedAt: null } } as never);
    expect((await datesOf(doc.documentId)).draft).toBeNull();
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    expect(await datesOf(doc.documentId)).toMatchObject({ draft: first.publishedAt, published: first.publishedAt });
  });

  it('is set on a create that publishes', async () => {
    const doc = await docs().create({ locale: 'ar', status: 'published', data: { title: 'مقال ينشر عند إنشائه بتاريخ' } } as never);
    const dates = await datesOf(doc.documentId);
    expect(dates.published).toBe(dates.publishedAt);
    expect(dates.draft).toBe(dates.publishedAt);
  });
});

describe('an editor’s date', () => {
  it('is kept through publish and republish, and is what the API, the reader dates and JSON-LD show', async () => {
    const created = await app.http().post(cm).query({ locale: 'ar' }).set(editor).send({ title: 'مقال من الأرشيف', originalPublishedAt: ARCHIVE_DATE });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const published = await app.http().post(`${cm}/${documentId}/actions/publish`).query({ locale: 'ar' }).set(editor).send({ title: 'مقال من الأرشيف' });
    expect(published.status).toBe(200);
    await pause(1100);
    await docs().publish({ documentId, locale: 'ar' } as never);
    const dates = await datesOf(documentId);
    expect(dates).toMatchObject({ draft: ARCHIVE_DATE, published: ARCHIVE_DATE });
    expect(dates.publishedAt).not.toBe(ARCHIVE_DATE);

    const article = await read(published.body.data.slug);
    expect(article.originalPublishedAt).toBe(ARCHIVE_DATE);
    expect(article.publishedAt).toBe(dates.publishedAt);
    expect(article.dates.published.iso).toBe(ARCHIVE_DATE);
    expect(article.dates.published.gregorian).toBe('4 مارس 2019');
    expect(article.jsonLd.datePublished).toBe(ARCHIVE_DATE);
    // The copyright year is the year of first publication, not the year it was entered here.
    expect(article.rights.copyrightYear).toBe(2019);
    expect(article.copyrightLine).toContain('2019');

    const list = await app.http().get('/api/newsroom/articles').query({ locale: 'ar', pageSize: 100 });
    const item = (list.body as ArticleListResponse).data.find((a) => a.documentId === documentId);
    expect(item?.originalPublishedAt).toBe(ARCHIVE_DATE);
    expect(item?.dates.published.iso).toBe(ARCHIVE_DATE);
  });

  it('moves what readers see when the editor changes it and republishes', async () => {
    const doc = await docs().create({ locale: 'ar', status: 'published', data: { title: 'مقال يصحح تاريخه' } } as never);
    await docs().update({ documentId: doc.documentId, locale: 'ar', data: { originalPublishedAt: ARCHIVE_DATE } } as never);
    const before = await read(doc.slug as string);
    expect(before.originalPublishedAt).not.toBe(ARCHIVE_DATE);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    const after = await read(doc.slug as string);
    expect(after.originalPublishedAt).toBe(ARCHIVE_DATE);
    expect(after.jsonLd.datePublished).toBe(ARCHIVE_DATE);
  });

  it.each([['yesterday'], ['0999-12-31T00:00:00Z'], [{ $gt: 1 }]])('refuses %j with a 400 naming originalPublishedAt, and stores nothing', async (value) => {
    const res = await app.http().post(cm).query({ locale: 'ar' }).set(editor).send({ title: 'مقال بتاريخ خاطئ', originalPublishedAt: value });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('originalPublishedAt');
    expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { title: 'مقال بتاريخ خاطئ' } })).toBe(0);
  });
});
