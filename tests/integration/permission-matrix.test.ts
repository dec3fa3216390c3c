import { ARTICLE_UID } from '../../content-types';
import { newsroomAdmin } from '../helpers/admins';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Every route of the plugin × every kind of caller, with the exact status
 * expected, and no answer carrying a draft, a private field or another
 * admin's draft title (issue #10, permission matrix).
 */
let app: TestApp;
const headers: Record<string, Record<string, string>> = {};
let slug: string;
let draftId: string;
const DRAFT_TITLE = 'مسودة لا يراها أحد';
const DRAFT_EDIT = 'تعديل غير منشور';

type Caller = 'public' | 'user' | 'readOnlyToken' | 'fullToken' | 'superAdmin' | 'editor' | 'author' | 'englishOnly' | 'settingsReader';
const CALLERS: Caller[] = ['public', 'user', 'readOnlyToken', 'fullToken', 'superAdmin', 'editor', 'author', 'englishOnly', 'settingsReader'];

interface Route {
  name: string;
  method: 'get' | 'put' | 'post';
  path: () => string;
  body?: () => unknown;
  expect: Record<Caller, number>;
}

const CONTENT = { public: 200, user: 403, readOnlyToken: 200, fullToken: 200, superAdmin: 401, editor: 401, author: 401, englishOnly: 401, settingsReader: 401 } as const;
/** Admin routes answer 401 to anything that is not an admin session. */
const NOT_ADMIN = { public: 401, user: 401, readOnlyToken: 401, fullToken: 401 } as const;

const ROUTES: Route[] = [
  { name: 'list', method: 'get', path: () => '/api/newsroom/articles?locale=ar', expect: CONTENT },
  { name: 'article', method: 'get', path: () => `/api/newsroom/articles/${encodeURIComponent(slug)}?locale=ar`, expect: CONTENT },
  // A read-only token may only find/findOne; reuse is a separate grant (the public role has it in the playground).
  { name: 'reuse', method: 'get', path: () => `/api/newsroom/articles/${encodeURIComponent(slug)}/reuse?locale=ar`, expect: { ...CONTENT, readOnlyToken: 403 } },
  { name: 'tdmrep.json', method: 'get', path: () => '/.well-known/tdmrep.json', expect: { public: 200, user: 200, readOnlyToken: 200, fullToken: 200, superAdmin: 200, editor: 200, author: 200, englishOnly: 200, settingsReader: 200 } },
  { name: 'settings (read)', method: 'get', path: () => '/newsroom/settings', expect: { ...NOT_ADMIN, superAdmin: 200, editor: 403, author: 403, englishOnly: 403, settingsReader: 200 } },
  { name: 'settings (update)', method: 'put', path: () => '/newsroom/settings', body: () => ({ publisherName: 'Newsroom' }), expect: { ...NOT_ADMIN, superAdmin: 200, editor: 403, author: 403, englishOnly: 403, settingsReader: 403 } },
  { name: 'editor settings', method: 'get', path: () => '/newsroom/editor-settings', expect: { ...NOT_ADMIN, superAdmin: 200, editor: 200, author: 200, englishOnly: 200, settingsReader: 403 } },
  { name: 'broken links of a locale', method: 'get', path: () => '/newsroom/links/broken?locale=ar', expect: { ...NOT_ADMIN, superAdmin: 200, editor: 200, author: 200, englishOnly: 200, settingsReader: 403 } },
  { name: 'broken links of an article', method: 'get', path: () => `/newsroom/articles/${draftId}/links/broken?locale=ar`, expect: { ...NOT_ADMIN, superAdmin: 200, editor: 200, author: 403, englishOnly: 403, settingsReader: 403 } },
  { name: 'suggestions', method: 'get', path: () => `/newsroom/articles/${draftId}/suggestions?locale=ar`, expect: { ...NOT_ADMIN, superAdmin: 200, editor: 200, author: 403, englishOnly: 403, settingsReader: 403 } },
  // Only the "Import from WordPress" permission (the super admin's): the job asked for does not exist, so 404 past the permission.
  { name: 'import jobs', method: 'get', path: () => '/newsroom/import/jobs', expect: { ...NOT_ADMIN, superAdmin: 200, editor: 403, author: 403, englishOnly: 403, settingsReader: 403 } },
  { name: 'import job', method: 'get', path: () => '/newsroom/import/jobs/999999', expect: { ...NOT_ADMIN, superAdmin: 404, editor: 403, author: 403, englishOnly: 403, settingsReader: 403 } },
  { name: 'import cancel', method: 'post', path: () => '/newsroom/import/jobs/999999/cancel', expect: { ...NOT_ADMIN, superAdmin: 404, editor: 403, author: 403, englishOnly: 403, settingsReader: 403 } },
  { name: 'import (no file)', method: 'post', path: () => '/newsroom/import/wordpress', body: () => ({ locale: 'ar' }), expect: { ...NOT_ADMIN, superAdmin: 400, editor: 403, author: 403, englishOnly: 403, settingsReader: 403 } },
  { name: 'lint', method: 'post', path: () => '/newsroom/text/lint', body: () => ({ text: 'نص ,' }), expect: { ...NOT_ADMIN, superAdmin: 200, editor: 200, author: 200, englishOnly: 200, settingsReader: 403 } },
];

/** What no answer may carry: draft text, private fields, internal ids of people. */
const NEVER = [DRAFT_EDIT, 'searchText', 'renderCache', '"createdBy"', '"updatedBy"'];
/** What only admins who may read the draft may see (its title, in link warnings). */
const ADMIN_ONLY_DRAFT = DRAFT_TITLE;

beforeAll(async () => {
  app = await startPlayground();
  const docs = app.strapi.documents(ARTICLE_UID);
  // A published article with unpublished edits, and a draft with a broken link (so it shows in link warnings).
  const published = (await docs.create({ locale: 'ar', status: 'published', data: { title: 'مقال منشور للمصفوفة', rights: { license: 'cc-by-4.0', reuseAllowed: true } } } as never)) as any;
  await docs.update({ documentId: published.documentId, locale: 'ar', data: { standfirst: DRAFT_EDIT } } as never);
  slug = published.slug;
  const target = (await docs.create({ locale: 'ar', data: { title: 'هدف غير منشور' } } as never)) as any;
  draftId = ((await docs.create({ locale: 'ar', data: { title: DRAFT_TITLE, related: [target.id] } } as never)) as any).documentId;

  headers.public = {};
  const usersPermissions = app.strapi.plugin('users-permissions');
  const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await usersPermissions.service('user').add({ username: 'reader', email: 'reader@newsroom.local', password: 'Reader-2024!', provider: 'local', confirmed: true, role: authenticated.id });
  headers.user = { Authorization: `Bearer ${usersPermissions.service('jwt').issue({ id: user.id })}` };
  const tokens = app.strapi.service('admin::api-token');
  for (const [caller, type] of [['readOnlyToken', 'read-only'], ['fullToken', 'full-access']] as const) {
    const token = await tokens.create({ name: `matrix ${type}`, type, description: '', lifespan: null });
    headers[caller] = { Authorization: `Bearer ${token.accessKey}` };
  }
  headers.superAdmin = { Authorization: `Bearer ${await adminToken(app)}` };
  headers.editor = { Authorization: `Bearer ${(await newsroomAdmin(app, 'matrix-editor@newsroom.local')).token}` };
  headers.author = { Authorization: `Bearer ${(await newsroomAdmin(app, 'matrix-author@newsroom.local', { conditions: ['admin::is-creator'] })).token}` };
  headers.englishOnly = { Authorization: `Bearer ${(await newsroomAdmin(app, 'matrix-en@newsroom.local', { locales: ['en'] })).token}` };
  // An admin with the settings permission only: no Content Manager access to articles.
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name: 'Settings reader', description: 'test role' });
  await roles.assignPermissions(role.id, [{ action: 'plugin::newsroom.settings.read', subject: null, properties: {}, conditions: [] }]);
  await app.strapi.service('admin::user').create({ email: 'matrix-settings@newsroom.local', firstname: 'S', lastname: 'R', password: 'Settings-2024', isActive: true, roles: [role.id], registrationToken: null });
  const login = await app.http().post('/admin/login').send({ email: 'matrix-settings@newsroom.local', password: 'Settings-2024' });
  headers.settingsReader = { Authorization: `Bearer ${login.body.data.accessToken ?? login.body.data.token}` };
});

afterAll(async () => {
  await app?.close();
});

describe.each(ROUTES)('$name', (route) => {
  it.each(CALLERS)('%s', async (caller) => {
    const request = app.http()[route.method](route.path()).set(headers[caller]);
    const res = route.body ? await request.send(route.body() as object) : await request;
    expect({ caller, status: res.status }).toEqual({ caller, status: route.expect[caller] });
    const text = JSON.stringify(res.body);
    for (const secret of NEVER) expect(text).not.toContain(secret);
    // The draft's title shows only in link warnings, only to admins who may read the draft.
    if (!['superAdmin', 'editor'].includes(caller) || !route.name.startsWith('broken links')) expect(text).not.toContain(ADMIN_ONLY_DRAFT);
  });
});
