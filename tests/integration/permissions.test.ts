import { ARTICLE_UID } from '../../content-types';
import { newsroomEditor } from '../helpers/admins';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

let app: TestApp;
let superToken: string;
let editorToken: string;
const cm = `/content-manager/collection-types/${ARTICLE_UID}`;

beforeAll(async () => {
  app = await startPlayground();
  superToken = await adminToken(app);
  editorToken = await newsroomEditor(app, 'desk@newsroom.local');
});

afterAll(async () => {
  await app?.close();
});

describe('editor settings', () => {
  it('gives an editor without the settings permission what the edit view previews with', async () => {
    expect((await app.http().get('/newsroom/settings').set({ Authorization: `Bearer ${editorToken}` })).status).toBe(403);
    const res = await app.http().get('/newsroom/editor-settings').set({ Authorization: `Bearer ${editorToken}` });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ slugStrategy: 'unicode', wordsPerMinute: 180, defaultLicense: 'all-rights-reserved' });
    expect(res.body.data).not.toHaveProperty('tdmPolicyUrl');
  });
});

describe('the "Manage rights" permission', () => {
  it('lets an editor without it write articles but not change their rights', async () => {
    const auth = { Authorization: `Bearer ${editorToken}` };
    const created = await app.http().post(cm).query({ locale: 'ar' }).set(auth).send({ title: 'مقال محرر' });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;

    const stored = await app.http().get(`${cm}/${documentId}`).query({ locale: 'ar' }).set(auth);
    expect(stored.status).toBe(200);
    // What the edit view sends back: the fields, the rights component as loaded (ids included).
    const { title, direction, rights } = stored.body.data;
    const form = { title, direction, rights };
    const same = await app.http().put(`${cm}/${documentId}`).query({ locale: 'ar' }).set(auth).send({ ...form, title: `${title} معدل` });
    expect(same.status).toBe(200);

    const changed = await app
      .http()
      .put(`${cm}/${documentId}`)
      .query({ locale: 'ar' })
      .set(auth)
      .send({ ...form, rights: { ...rights, license: 'cc0-1.0', reuseAllowed: true } });
    expect(changed.status).toBe(403);
    expect(changed.body.error.details).toEqual({ path: ['rights'] });
    const row = await app.strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar', populate: { rights: true } } as never);
    expect((row as any).rights.license).toBe('all-rights-reserved');

    const bySuperAdmin = await app
      .http()
      .put(`${cm}/${documentId}`)
      .query({ locale: 'ar' })
      .set({ Authorization: `Bearer ${superToken}` })
      .send({ ...form, rights: { ...rights, license: 'cc0-1.0' } });
    expect(bySuperAdmin.status).toBe(200);
  });
});
