import { ARTICLE_UID } from '../../content-types';
import { verifyPreview } from '../../server/src/channels/preview';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Strapi 5 preview (issue #13): the Content Manager asks `GET /content-manager/preview/url/:uid`
 * for the URL of "Open preview"; the playground's config/admin.ts hands it to the plugin, which
 * answers the site's page of the draft (settings' URL template, the draft's own slug) with a
 * signed preview query.
 */
const SECRET = 'playground-preview-secret-for-tests';
let app: TestApp;
let token: string;
const docs = () => app.strapi.documents(ARTICLE_UID);

beforeAll(async () => {
  process.env.NEWSROOM_PREVIEW_SECRET = SECRET;
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  delete process.env.NEWSROOM_PREVIEW_SECRET;
  await app?.close();
});

const previewOf = (query: Record<string, string>, uid = ARTICLE_UID) =>
  app.http().get(`/content-manager/preview/url/${uid}`).query(query).set('Authorization', `Bearer ${token}`);
const settings = (body: Record<string, unknown>) => app.http().put('/newsroom/settings').set('Authorization', `Bearer ${token}`).send(body);

describe('preview URL', () => {
  it('is 204 (no button target) while the site has no article URL template', async () => {
    const draft = (await docs().create({ locale: 'ar', data: { title: 'مسودة بلا عنوان موقع' } } as never)) as any;
    const res = await previewOf({ documentId: draft.documentId, locale: 'ar', status: 'draft' });
    expect(res.status).toBe(204);
  });

  it('opens the draft at the site URL from the template, its own slug, signed', async () => {
    expect((await settings({ articleUrlTemplate: 'https://news.example/{locale}/news/{slug}' })).status).toBe(200);
    const draft = (await docs().create({ locale: 'ar', data: { title: 'مسودة للمعاينة' } } as never)) as any;
    await docs().publish({ documentId: draft.documentId, locale: 'ar' } as never);
    // The draft moves on: a new slug the published version does not have yet.
    await docs().update({ documentId: draft.documentId, locale: 'ar', data: { slug: 'معاينة-المسودة' } } as never);
    const res = await previewOf({ documentId: draft.documentId, locale: 'ar', status: 'draft' });
    expect(res.status).toBe(200);
    const url = new URL(res.body.data.url);
    expect(`${url.origin}${url.pathname}`).toBe(`https://news.example/ar/news/${encodeURIComponent('معاينة-المسودة')}`);
    expect(verifyPreview(url.searchParams, SECRET, new Date())).toEqual({ documentId: draft.documentId, locale: 'ar', status: 'draft' });

    // The published version opens at its own slug.
    const published = new URL((await previewOf({ documentId: draft.documentId, locale: 'ar', status: 'published' })).body.data.url);
    expect(decodeURIComponent(published.pathname)).toBe(`/ar/news/${draft.slug}`);
    await settings({ articleUrlTemplate: null });
  });

  it('has nothing to open for another content type or an unknown document', async () => {
    expect((await previewOf({ documentId: 'no-such-document', locale: 'ar', status: 'draft' })).status).toBe(204);
  });
});
