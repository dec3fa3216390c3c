import { ARTICLE_UID } from '../../content-types';
import { LIST_ACTION, READ_ACTION } from '../../server/src/middlewares/public-read';
import { queriesDuring, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * The public read's shortcut (server/src/middlewares/public-read.ts): an anonymous read of one
 * article is answered before Strapi's router, and its answer is the route's answer, byte for byte and
 * header for header; whatever it does not answer (a token, a refused permission, another parameter, a
 * bad slug, a missing article) the route answers as before.
 */
let app: TestApp;
let tokenKey: string;
const docs = () => app.strapi.documents(ARTICLE_UID);

beforeAll(async () => {
  app = await startPlayground();
  tokenKey = (await app.strapi.service('admin::api-token').create({ name: 'shortcut', description: '', type: 'read-only', kind: 'content-api', lifespan: null })).accessKey;
});

afterAll(async () => {
  await app?.close();
});

async function published(title: string): Promise<{ documentId: string; slug: string }> {
  const created = (await docs().create({ locale: 'ar', data: { title, standfirst: `${title}: CNN و CSP-DPA في 2023` } } as never)) as any;
  await docs().publish({ documentId: created.documentId, locale: 'ar' } as never);
  return created;
}

const path = (slug: string) => `/api/newsroom/articles/${encodeURIComponent(slug)}`;

/** The SQL a request runs (its own, not a background write's meanwhile), and its response. */
async function traced(run: () => PromiseLike<any>) {
  let res: any;
  const queries = await queriesDuring(async () => {
    res = await run();
  });
  return { res, queries };
}
/** The shortcut asks for the one permission it stands in for; users-permissions' own check never does. */
const byShortcut = (queries: { bindings: unknown[] }[]) => queries.some((q) => q.bindings.includes(READ_ACTION));

/** What a client sees of a response, without the headers that differ per request. */
const seen = (res: any) => {
  const { date: _date, 'x-response-time': _time, connection: _c, 'keep-alive': _k, ...headers } = res.headers;
  return { status: res.status, headers, body: res.body instanceof Buffer ? res.body.toString('base64') : res.text };
};

async function setPublicRead(allowed: boolean, action = READ_ACTION) {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const permissions = app.strapi.db.query('plugin::users-permissions.permission');
  if (allowed) await permissions.create({ data: { action, role: role.id } });
  else await permissions.deleteMany({ where: { action, role: { type: 'public' } } });
}

describe('the public read shortcut', () => {
  it('answers an anonymous read itself, the same status, headers and bytes as the route gives a token', async () => {
    const a = await published('مقال الطريق المختصر');
    // The first read renders the new article's row (through the route's read); the next ones are the row's.
    expect((await app.http().get(path(a.slug)).query({ locale: 'ar' })).status).toBe(200);
    const cases: Record<string, string>[] = [{}, { 'Accept-Encoding': 'br' }, { 'Accept-Encoding': 'gzip' }, { Origin: 'http://localhost:3000' }];
    for (const headers of cases) {
      const anonymous = await traced(() => app.http().get(path(a.slug)).query({ locale: 'ar' }).set(headers).buffer(true));
      const withToken = await traced(() =>
        app.http().get(path(a.slug)).query({ locale: 'ar' }).set(headers).set('Authorization', `Bearer ${tokenKey}`).buffer(true)
      );
      // One statement in all: the row and the Public role's permission together.
      expect(anonymous.queries).toHaveLength(1);
      expect(byShortcut(anonymous.queries)).toBe(true);
      expect(byShortcut(withToken.queries)).toBe(false);
      expect(anonymous.res.status).toBe(200);
      expect(seen(anonymous.res)).toEqual(seen(withToken.res));
    }
    // A conditional read: the same 304.
    const first = await app.http().get(path(a.slug)).query({ locale: 'ar' });
    const revalidated = await traced(() => app.http().get(path(a.slug)).query({ locale: 'ar' }).set('If-None-Match', first.headers.etag));
    expect(revalidated.queries).toHaveLength(1);
    expect(byShortcut(revalidated.queries)).toBe(true);
    expect([revalidated.res.status, revalidated.res.headers.etag, revalidated.res.text]).toEqual([304, first.headers.etag, '']);
    // Without a locale: the default one (ar in the playground), as the route reads it.
    await app.http().get(path(a.slug)); // (may load the site's locale codes, kept 10 s)
    const byDefault = await traced(() => app.http().get(path(a.slug)));
    expect(byDefault.queries).toHaveLength(1);
    expect(byShortcut(byDefault.queries)).toBe(true);
    expect([byDefault.res.status, byDefault.res.headers.etag]).toEqual([200, first.headers.etag]);
    // HEAD: the headers of the GET, no body.
    const head = await app.http().head(path(a.slug)).query({ locale: 'ar' });
    expect([head.status, head.headers.etag, head.text]).toEqual([200, first.headers.etag, undefined]);
  });

  it('runs after the app’s global middlewares: the security headers of every other answer are on its answers', async () => {
    const a = await published('رؤوس الأمان');
    const res = await app.http().get(path(a.slug)).query({ locale: 'ar' });
    const health = await app.http().get('/_health');
    for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'strict-transport-security']) {
      if (health.headers[name] !== undefined) expect(res.headers[name]).toBe(health.headers[name]);
    }
    expect(res.headers['x-powered-by']).toBe(health.headers['x-powered-by']);
  });

  it('follows the Public role’s permission as it is in the database at each request', async () => {
    const a = await published('إذن القراءة العامة');
    expect((await app.http().get(path(a.slug)).query({ locale: 'ar' })).status).toBe(200);
    await setPublicRead(false);
    try {
      const refused = await traced(() => app.http().get(path(a.slug)).query({ locale: 'ar' }));
      expect(refused.res.status).toBe(403);
      expect(refused.res.body.error.name).toBe('ForbiddenError');
      // A token's permission is its own.
      expect((await app.http().get(path(a.slug)).query({ locale: 'ar' }).set('Authorization', `Bearer ${tokenKey}`)).status).toBe(200);
    } finally {
      await setPublicRead(true);
    }
    expect((await app.http().get(path(a.slug)).query({ locale: 'ar' })).status).toBe(200);
  });

  it('reads the default locale as the database has it at each request', async () => {
    const a = await published('اللغة الافتراضية');
    const locales = app.strapi.plugin('i18n').service('locales');
    expect((await app.http().get(path(a.slug))).status).toBe(200);
    // Another node makes English the default: a read naming no locale no longer finds the Arabic article.
    await locales.setDefaultLocale({ code: 'en' });
    try {
      const unnamed = await traced(() => app.http().get(path(a.slug)));
      expect([unnamed.res.status, unnamed.res.body.error?.name]).toEqual([404, 'NotFoundError']);
      const named = await traced(() => app.http().get(path(a.slug)).query({ locale: 'ar' }));
      expect(byShortcut(named.queries)).toBe(true);
      expect(named.res.status).toBe(200);
    } finally {
      await locales.setDefaultLocale({ code: 'ar' });
    }
    expect((await app.http().get(path(a.slug))).status).toBe(200);
  });

  it('leaves to the route what it does not answer, which answers it as before', async () => {
    const a = await published('ما يتركه الطريق المختصر');
    const anonymous = (url: string) => app.http().get(url);
    // A bad slug and an unknown parameter: 400 naming the field.
    const bad = await anonymous(`/api/newsroom/articles/${encodeURIComponent('a b')}`);
    expect([bad.status, bad.body.error.details.errors[0].path]).toEqual([400, ['slug']]);
    const unknown = await anonymous(`${path(a.slug)}?foo=1`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.error.details)).toContain('foo');
    const badLocale = await anonymous(`${path(a.slug)}?locale=xx`);
    expect(badLocale.status).toBe(400);
    // A malformed percent-encoding is the route's 400 or 404, never a 500.
    expect([400, 404]).toContain((await anonymous('/api/newsroom/articles/%E0%A4%A')).status);
    // Not found: the route's 404.
    const missing = await anonymous(path('لا-يوجد-مقال-بهذا-الاسم'));
    expect([missing.status, missing.body.error.name]).toEqual([404, 'NotFoundError']);
    // By document id, and isolated: the route's reads.
    const byId = await anonymous(`${path(a.documentId)}?locale=ar`);
    expect([byId.status, byId.body.data.slug]).toEqual([200, a.slug]);
    const isolated = await anonymous(`${path(a.slug)}?locale=ar&isolate=true`);
    expect(isolated.status).toBe(200);
    expect(isolated.body.data.standfirst).toMatch(/^\u2068/);
    // Other routes under the same prefix are untouched.
    expect((await anonymous(`${path(a.slug)}/reuse?locale=ar`)).status).toBe(403);
    // A draft is never served.
    const draft = (await docs().create({ locale: 'ar', data: { title: 'مسودة لا تظهر' } } as never)) as any;
    expect((await anonymous(path(draft.slug))).status).toBe(404);
  });

  it('is not used for a method other than GET and HEAD', async () => {
    const a = await published('طريقة أخرى');
    expect((await app.http().post(path(a.slug)).send({})).status).toBe(405);
  });
});

/** The list's shortcut asks for the list permission; users-permissions' own check never does. */
const listedByShortcut = (queries: { bindings: unknown[] }[]) => queries.some((q) => q.bindings.includes(LIST_ACTION));
const LIST = '/api/newsroom/articles';

describe('the public list shortcut', () => {
  const SECTION = 'قسم-الطريق-المختصر';

  beforeAll(async () => {
    await published('قائمة الطريق المختصر الأول');
    for (const title of ['قائمة الطريق المختصر الثاني', 'قائمة الطريق المختصر الثالث']) {
      const created = (await docs().create({ locale: 'ar', data: { title, section: SECTION, keywords: ['مختصر', 'CNN'] } } as never)) as any;
      await docs().publish({ documentId: created.documentId, locale: 'ar' } as never);
    }
  });

  const QUERIES = [
    '',
    'pageSize=5',
    'locale=ar&page=2&pageSize=1',
    `locale=ar&section=${encodeURIComponent(SECTION)}`,
    `filters[section][$in][0]=${encodeURIComponent(SECTION)}&filters[section][$in][1]=x&sort=title:asc`,
    `locale=ar&filters[keywords][$contains]=${encodeURIComponent('مختصر')}&sort=updatedAt:desc,title:asc`,
    'locale=ar&filters[publishedAt][$gte]=2020-01-01&filters[publishedAt][$lt]=2999-01-01&pagination[page]=1&pagination[pageSize]=2',
    'locale=ar&pagination[withCount]=false&isolate=true',
  ];

  it('answers an anonymous list itself, in one statement, the same status, headers and bytes as the route gives a token', async () => {
    await app.http().get(LIST); // (may load the site's locale codes, kept 10 s)
    for (const query of QUERIES) {
      for (const headers of [{}, { 'Accept-Encoding': 'gzip' }, { Origin: 'http://localhost:3000' }] as Record<string, string>[]) {
        const url = query ? `${LIST}?${query}` : LIST;
        const anonymous = await traced(() => app.http().get(url).set(headers).buffer(true));
        const withToken = await traced(() => app.http().get(url).set(headers).set('Authorization', `Bearer ${tokenKey}`).buffer(true));
        expect([query, anonymous.res.status]).toEqual([query, 200]);
        expect([query, anonymous.queries.length, listedByShortcut(anonymous.queries)]).toEqual([query, 1, true]);
        expect(listedByShortcut(withToken.queries)).toBe(false);
        expect(seen(anonymous.res)).toEqual(seen(withToken.res));
      }
    }
    // Drafts are never listed: the list table holds published versions only.
    const draft = (await docs().create({ locale: 'ar', data: { title: 'مسودة القائمة المختصرة', section: SECTION } } as never)) as any;
    const sectionList = await app.http().get(LIST).query({ locale: 'ar', section: SECTION });
    expect(sectionList.body.data.map((a: any) => a.documentId)).not.toContain(draft.documentId);
    expect(sectionList.body.meta.pagination.total).toBe(2);
    // A conditional list: the route's 304.
    const current = await app.http().get(`${LIST}?pageSize=5`);
    const revalidated = await traced(() => app.http().get(`${LIST}?pageSize=5`).set('If-None-Match', current.headers.etag));
    expect([revalidated.res.status, revalidated.queries.length, listedByShortcut(revalidated.queries)]).toEqual([304, 1, true]);
    const head = await app.http().head(`${LIST}?pageSize=5`);
    expect([head.status, head.headers.etag]).toEqual([200, current.headers.etag]);
  });

  it('is counted in one statement while other work runs queries meanwhile (what traced counts is the request’s own)', async () => {
    await app.http().get(LIST);
    let others = 0;
    let stop = false;
    // Another writer's tail (a publish's unawaited populate, the warmer's tick), from another context, a
    // statement every few milliseconds (a tight loop would starve SQLite's one connection).
    const background = (async () => {
      while (!stop) {
        await app.strapi.db.connection.raw('select 1');
        others += 1;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    try {
      const anonymous = await traced(() => app.http().get(`${LIST}?pageSize=5`));
      expect([anonymous.res.status, anonymous.queries.length, listedByShortcut(anonymous.queries)]).toEqual([200, 1, true]);
    } finally {
      stop = true;
      await background;
    }
    expect(others).toBeGreaterThan(0);
  });

  it('shows the settings and the default locale as the database has them at each request', async () => {
    const settings = app.strapi.plugin('newsroom').service('settings');
    const before = await app.http().get(LIST).query({ locale: 'ar', section: SECTION });
    // Another node changes how dates read, and makes English the default locale.
    await settings.update({ timeZone: 'Asia/Riyadh', dateDigits: 'arab' });
    const locales = app.strapi.plugin('i18n').service('locales');
    try {
      const after = await traced(() => app.http().get(LIST).query({ locale: 'ar', section: SECTION }));
      expect(listedByShortcut(after.queries)).toBe(true);
      expect(after.res.body.data[0].dates).not.toEqual(before.body.data[0].dates);
      const withToken = await app.http().get(LIST).query({ locale: 'ar', section: SECTION }).set('Authorization', `Bearer ${tokenKey}`);
      expect(after.res.text).toBe(withToken.text);
      await locales.setDefaultLocale({ code: 'en' });
      const unnamed = await app.http().get(LIST).query({ pageSize: 100 });
      expect(unnamed.status).toBe(200);
      expect(unnamed.body.data.every((a: any) => a.locale === 'en')).toBe(true);
    } finally {
      await locales.setDefaultLocale({ code: 'ar' });
      await settings.update({ timeZone: 'UTC', dateDigits: 'auto' });
    }
    const unnamed = await app.http().get(LIST).query({ pageSize: 100 });
    expect(unnamed.body.data.every((a: any) => a.locale === 'ar')).toBe(true);
  });

  it('answers an anonymous search with one statement before the search index’s own, the same bytes as the route', async () => {
    const searches = [
      `q=${encodeURIComponent('المختصر')}`,
      `locale=ar&q=${encodeURIComponent('المختصر الثالث')}&sort=title:asc&pageSize=1&page=2`,
      `q=${encodeURIComponent('المختصر')}&filters[section][$eq]=${encodeURIComponent(SECTION)}&pagination[withCount]=false`,
      `q=${encodeURIComponent('كلمة-لا-توجد-في-أي-مقال')}`,
    ];
    for (const query of searches) {
      for (const headers of [{}, { 'Accept-Encoding': 'gzip' }] as Record<string, string>[]) {
        const anonymous = await traced(() => app.http().get(`${LIST}?${query}`).set(headers).buffer(true));
        const withToken = await traced(() => app.http().get(`${LIST}?${query}`).set(headers).set('Authorization', `Bearer ${tokenKey}`).buffer(true));
        expect([query, anonymous.res.status, listedByShortcut(anonymous.queries)]).toEqual([query, 200, true]);
        expect(listedByShortcut(withToken.queries)).toBe(false);
        expect(seen(anonymous.res)).toEqual(seen(withToken.res));
        // Fewer statements than the route's: the locale, settings and permission in one.
        expect(anonymous.queries.length).toBeLessThan(withToken.queries.length);
      }
    }
    const found = await app.http().get(LIST).query({ q: 'المختصر' });
    expect(found.body.data.length).toBeGreaterThan(0);
    expect(found.body.meta.search.q).toBe('المختصر');
  });

  it('follows the Public role’s list permission at each request', async () => {
    await setPublicRead(false, LIST_ACTION);
    try {
      const refused = await traced(() => app.http().get(LIST));
      expect([refused.res.status, refused.res.body.error?.name]).toEqual([403, 'ForbiddenError']);
      expect((await app.http().get(LIST).set('Authorization', `Bearer ${tokenKey}`)).status).toBe(200);
    } finally {
      await setPublicRead(true, LIST_ACTION);
    }
    expect((await app.http().get(LIST)).status).toBe(200);
  });

  it('leaves to the route what it does not answer, which answers it as before', async () => {
    const routeAnswers = async (url: string, status: number) => {
      const anonymous = await traced(() => app.http().get(url));
      const withToken = await app.http().get(url).set('Authorization', `Bearer ${tokenKey}`);
      expect([url, anonymous.res.status, listedByShortcut(anonymous.queries) && anonymous.queries.length === 1]).toEqual([url, status, false]);
      if (status !== 403) expect([url, anonymous.res.text]).toEqual([url, withToken.text]);
      return anonymous.res;
    };
    // A search refused, or naming a locale the site does not have: the route's 403 and 400.
    await setPublicRead(false, LIST_ACTION);
    try {
      await routeAnswers(`${LIST}?q=${encodeURIComponent('المختصر')}`, 403);
    } finally {
      await setPublicRead(true, LIST_ACTION);
    }
    expect((await routeAnswers(`${LIST}?locale=xx&q=${encodeURIComponent('المختصر')}`, 400)).body.error.details.errors[0].path).toEqual(['locale']);
    // A page past the end, and a locale of the site with nothing in it: the route's empty page.
    const past = await routeAnswers(`${LIST}?locale=ar&page=100000&pageSize=100`, 200);
    expect(past.body.data).toEqual([]);
    // Bad parameters and a locale the site does not have: 400 naming the field.
    const unknown = await routeAnswers(`${LIST}?foo=1`, 400);
    expect(JSON.stringify(unknown.body.error.details)).toContain('foo');
    const badLocale = await routeAnswers(`${LIST}?locale=xx`, 400);
    expect(badLocale.body.error.details.errors[0].path).toEqual(['locale']);
    expect((await routeAnswers(`${LIST}?pageSize=100000`, 400)).body.error.details.errors[0].path).toEqual(['pageSize']);
  });
});

// PostgreSQL only: the shortcut's named statement, and a pooler that loses it.
const onPostgres = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres';
(onPostgres ? describe : describe.skip)('the shortcut on PostgreSQL', () => {
  it('keeps answering when the server forgets its named statements (a pooler in transaction mode)', async () => {
    const a = await published('بيان مسمى');
    expect((await app.http().get(path(a.slug)).query({ locale: 'ar' })).status).toBe(200);
    expect((await app.http().get(path(a.slug)).query({ locale: 'ar' })).status).toBe(200);
    // What PgBouncer in transaction mode does to a client: the statements it prepared are not in the
    // server session it is given next. Every pooled connection believes it prepared the shortcut's
    // statement, and none of the server sessions has it.
    const client = app.strapi.db.connection.client as any;
    const connections = await Promise.all(Array.from({ length: client.pool.numFree() }, () => client.acquireConnection()));
    try {
      const parsed: Record<string, string> = Object.assign({}, ...connections.map((c) => c.connection.parsedStatements));
      expect(Object.keys(parsed).some((name) => name.startsWith('newsroom_read_'))).toBe(true);
      for (const connection of connections) {
        await connection.query('DEALLOCATE ALL');
        Object.assign(connection.connection.parsedStatements, parsed);
      }
    } finally {
      for (const connection of connections) client.releaseConnection(connection);
    }
    for (let i = 0; i < 3; i += 1) {
      const res = await traced(() => app.http().get(path(a.slug)).query({ locale: 'ar' }));
      expect(res.res.status).toBe(200);
      expect(res.res.body.data.documentId).toBe(a.documentId);
    }
    // Afterwards the shortcut still answers, with the statement unnamed.
    const after = await traced(() => app.http().get(path(a.slug)).query({ locale: 'ar' }));
    expect([after.res.status, after.queries.length, byShortcut(after.queries)]).toEqual([200, 1, true]);
  });
});
