import { ARTICLE_UID } from '../../content-types';
import type { ArticleDetail } from '../../server/src/types/api';
import { startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Language alternates (issue #13): an article's read lists its published translations and its
 * JSON-LD links the versions (workTranslation on the original, translationOfWork on a
 * translation). The read is prepared (read model): publishing, retitling, re-slugging or
 * unpublishing a translation moves the other locale's body, ETag and Last-Modified.
 */
let app: TestApp;
const docs = () => app.strapi.documents(ARTICLE_UID);

beforeAll(async () => {
  app = await startPlayground();
});

afterAll(async () => {
  await app?.close();
});

const get = (slug: string, locale: string, headers: Record<string, string> = {}) => {
  const req = app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale });
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req;
};

interface Seen {
  etag: string;
  lastModified: string;
  data: ArticleDetail;
}
async function seen(slug: string, locale = 'ar'): Promise<Seen> {
  const res = await get(slug, locale);
  expect(res.status).toBe(200);
  return { etag: res.headers.etag, lastModified: res.headers['last-modified'], data: res.body.data };
}

/** The read changed: new ETag, later Last-Modified, the old ETag no longer a 304. */
async function changed(slug: string, before: Seen): Promise<Seen> {
  const after = await seen(slug);
  expect(after.etag).not.toBe(before.etag);
  expect(Date.parse(after.lastModified)).toBeGreaterThan(Date.parse(before.lastModified));
  expect((await get(slug, 'ar', { 'If-None-Match': before.etag })).status).toBe(200);
  return after;
}

// Last-Modified has whole seconds: let one pass between changes so "later" is observable.
const tick = () => new Promise((r) => setTimeout(r, 1100));

describe('language alternates', () => {
  it('lists published translations and follows every change to them', async () => {
    const ar = (await docs().create({ locale: 'ar', data: { title: 'خبر له ترجمة' } } as never)) as unknown as { documentId: string; slug: string };
    await docs().publish({ documentId: ar.documentId, locale: 'ar' } as never);
    let before = await seen(ar.slug);
    expect(before.data.translations).toEqual([]);
    expect(before.data.jsonLd.workTranslation).toBeUndefined();

    // A draft translation is not listed.
    const en = (await docs().update({ documentId: ar.documentId, locale: 'en', data: { title: 'A translated story' } } as never)) as unknown as { slug: string };
    expect((await seen(ar.slug)).etag).toBe(before.etag);

    await tick();
    await docs().publish({ documentId: ar.documentId, locale: 'en' } as never);
    let after = await changed(ar.slug, before);
    expect(after.data.translations).toEqual([{ locale: 'en', title: 'A translated story', url: expect.stringContaining(encodeURIComponent(en.slug)) }]);
    expect(after.data.jsonLd.inLanguage).toBe('ar');
    expect(after.data.jsonLd.workTranslation).toEqual([expect.objectContaining({ inLanguage: 'en', headline: 'A translated story' })]);
    const english = await seen(en.slug, 'en');
    expect(english.data.translations).toEqual([expect.objectContaining({ locale: 'ar', title: 'خبر له ترجمة' })]);
    expect(english.data.jsonLd.translationOfWork).toEqual(expect.objectContaining({ inLanguage: 'ar', url: english.data.translations[0].url }));

    // Retitled and re-slugged, then published.
    before = after;
    await tick();
    await docs().update({ documentId: ar.documentId, locale: 'en', data: { title: 'A retitled story', slug: 'a-retitled-story' } } as never);
    expect((await seen(ar.slug)).etag).toBe(before.etag);
    await docs().publish({ documentId: ar.documentId, locale: 'en' } as never);
    after = await changed(ar.slug, before);
    expect(after.data.translations).toEqual([{ locale: 'en', title: 'A retitled story', url: expect.stringContaining('a-retitled-story') }]);

    // Unpublished.
    before = after;
    await tick();
    await docs().unpublish({ documentId: ar.documentId, locale: 'en' } as never);
    after = await changed(ar.slug, before);
    expect(after.data.translations).toEqual([]);
  });
});
