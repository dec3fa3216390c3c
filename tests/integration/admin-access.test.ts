import { ARTICLE_UID } from '../../content-types';
import { newsroomAdmin } from '../helpers/admins';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * The plugin's admin routes show no more of the articles than the Content
 * Manager shows the same admin: role conditions ("own articles only", as
 * Strapi's Author role) and locale limits apply (issue #10, item 5).
 */
let app: TestApp;
let superAdmin: { Authorization: string };
let author: { Authorization: string };
let englishOnly: { Authorization: string };
let othersDraft: string;
let ownDraft: string;
const docs = () => app.strapi.documents(ARTICLE_UID);
const OTHERS_TITLE = 'مسودة سرية لمحرر آخر';
const OWN_TITLE = 'مسودة الكاتب نفسه';

beforeAll(async () => {
  app = await startPlayground();
  superAdmin = { Authorization: `Bearer ${await adminToken(app)}` };
  const authorUser = await newsroomAdmin(app, 'author@newsroom.local', { conditions: ['admin::is-creator'] });
  author = { Authorization: `Bearer ${authorUser.token}` };
  englishOnly = { Authorization: `Bearer ${(await newsroomAdmin(app, 'english@newsroom.local', { locales: ['en'] })).token}` };

  // Both drafts link to a target that is never published: each has a broken link.
  const target = (await docs().create({ locale: 'ar', data: { title: 'هدف لم ينشر' } } as never)) as any;
  const others = (await docs().create({ locale: 'ar', data: { title: OTHERS_TITLE, related: [target.id] } } as never)) as any;
  const own = (await docs().create({ locale: 'ar', data: { title: OWN_TITLE, related: [target.id] } } as never)) as any;
  await app.strapi.db.query(ARTICLE_UID).updateMany({ where: { documentId: own.documentId }, data: { createdBy: authorUser.id } });
  othersDraft = others.documentId;
  ownDraft = own.documentId;
});

afterAll(async () => {
  await app?.close();
});

const get = (path: string, who: { Authorization: string }) => app.http().get(path).set(who);

describe('GET /newsroom/links/broken', () => {
  it('lists every draft with broken links for an admin who may read them all', async () => {
    const res = await get('/newsroom/links/broken?locale=ar', superAdmin);
    expect(res.status).toBe(200);
    expect(res.body.data.map((a: any) => a.title)).toEqual(expect.arrayContaining([OTHERS_TITLE, OWN_TITLE]));
  });

  it('lists only an Author’s own drafts, never another admin’s title or slug', async () => {
    const res = await get('/newsroom/links/broken?locale=ar', author);
    expect(res.status).toBe(200);
    expect(res.body.data.map((a: any) => a.documentId)).toEqual([ownDraft]);
    expect(JSON.stringify(res.body)).not.toContain(OTHERS_TITLE);
  });

  it('shows an editor limited to English no Arabic draft', async () => {
    const res = await get('/newsroom/links/broken?locale=ar', englishOnly);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
  });
});

describe('routes about one article', () => {
  it.each([
    ['links', (id: string) => `/newsroom/articles/${id}/links/broken?locale=ar`],
    ['suggestions', (id: string) => `/newsroom/articles/${id}/suggestions?locale=ar`],
  ])('%s: 403 for an article the Content Manager would refuse, 200 for one it allows', async (_what, url) => {
    expect((await get(url(othersDraft), author)).status).toBe(403);
    expect((await get(url(othersDraft), englishOnly)).status).toBe(403);
    expect((await get(url(ownDraft), author)).status).toBe(200);
    expect((await get(url(othersDraft), superAdmin)).status).toBe(200);
  });

  it('answers 404 for an article that does not exist', async () => {
    expect((await get('/newsroom/articles/nope/links/broken?locale=ar', superAdmin)).status).toBe(404);
  });

  it('matches what the Content Manager itself answers for the same admin', async () => {
    const cm = await get(`/content-manager/collection-types/${ARTICLE_UID}/${othersDraft}?locale=ar`, author);
    expect(cm.status).toBe(403);
  });
});
