import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../../content-types';
import { HEADLINE_FILLING_THE_CAP } from '../fixtures/arabic-headlines';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Regression tests of the trust defects found from outside (issue #10): header
 * injection, the request's Host in canonical URLs, 500s on hostile input, and
 * the public TDMRep file's bounds.
 */
let app: TestApp;
let admin: { Authorization: string };
const docs = () => app.strapi.documents(ARTICLE_UID);
const articleUrl = (slug: string, suffix = '') => `/api/newsroom/articles/${encodeURIComponent(slug)}${suffix}`;
const rowCount = () => app.strapi.db.query(ARTICLE_UID).count();
const paragraph = (text: unknown) => ({ __component: 'newsroom.paragraph', text });

async function publishedSlug(title: string, data: Record<string, unknown> = {}): Promise<string> {
  const doc = (await docs().create({ locale: 'ar', data: { title, ...data } } as never)) as any;
  await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
  return doc.slug;
}

/** A Document Service write that must be refused with a 400 and write nothing; the paths it names. */
async function refusedPaths(write: () => Promise<unknown>): Promise<string[][]> {
  const before = await rowCount();
  const caught = await write().then(
    () => null,
    (error: unknown) => error
  );
  expect(caught).toBeInstanceOf(errors.ValidationError);
  expect(await rowCount()).toBe(before);
  return ((caught as errors.ValidationError).details as any).errors.map((e: any) => e.path);
}

beforeAll(async () => {
  app = await startPlayground();
  admin = { Authorization: `Bearer ${await adminToken(app)}` };
});

afterAll(async () => {
  await app?.close();
});

describe('no header is built from unchecked text', () => {
  const injected = 'https://x.example/\r\nX-Injected: yes';

  it('refuses a TDM policy URL with CR/LF in an article’s rights (new URL() would have dropped them)', async () => {
    const paths = await refusedPaths(() => docs().create({ locale: 'ar', data: { title: 'حقن ترويسة', rights: { tdmPolicyUrl: injected } } } as never));
    expect(paths).toEqual([['rights', 'tdmPolicyUrl']]);
  });

  it('refuses it in the settings, naming the field, and stores nothing', async () => {
    const res = await app.http().put('/newsroom/settings').set(admin).send({ tdmPolicyUrl: injected });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path)).toEqual([['tdmPolicyUrl']]);
    expect((await app.http().get('/newsroom/settings').set(admin)).body.data.tdmPolicyUrl).not.toBe(injected);
  });

  it('serves an article whose stored policy URL predates the check, without the header, instead of a 500', async () => {
    const slug = await publishedSlug('مقال بسياسة قديمة');
    const rows = (await app.strapi.db.query(ARTICLE_UID).findMany({ where: { slug }, populate: { rights: true } })) as any[];
    for (const row of rows) await app.strapi.db.query('newsroom.rights').update({ where: { id: row.rights.id }, data: { tdmPolicyUrl: injected } });
    for (const path of [articleUrl(slug), articleUrl(slug, '/reuse')]) {
      const res = await app.http().get(path);
      expect(res.status).toBeLessThan(500);
      expect(res.headers['x-injected']).toBeUndefined();
      expect(res.headers['tdm-policy']).toBeUndefined();
    }
  });

  it('sends an Arabic policy URL percent-encoded (a raw one would make Node throw)', async () => {
    const slug = await publishedSlug('مقال بسياسة عربية', { rights: { tdmPolicyUrl: 'https://news.example/سياسة' } });
    const res = await app.http().get(articleUrl(slug));
    expect(res.status).toBe(200);
    expect(res.headers['tdm-policy']).toBe('https://news.example/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9');
  });
});

describe('canonical URLs never come from the request’s Host', () => {
  it('builds url, JSON-LD and the reuse package’s canonical link on the configured public address', async () => {
    const slug = await publishedSlug('مقال لا يثق بالمضيف', { rights: { license: 'cc-by-4.0', reuseAllowed: true } });
    const origin = String(app.strapi.config.get('server.absoluteUrl'));
    const read = await app.http().get(articleUrl(slug)).set('Host', 'evil.example');
    expect(read.status).toBe(200);
    expect(read.body.data.url.startsWith(`${origin}/api/newsroom/articles/`)).toBe(true);
    expect(JSON.stringify(read.body)).not.toContain('evil.example');
    const reuse = await app.http().get(articleUrl(slug, '/reuse')).set('Host', 'evil.example');
    expect(reuse.status).toBe(200);
    expect(JSON.stringify(reuse.body)).not.toContain('evil.example');
  });
});

describe('hostile input gets a 400 naming the field, never a 500', () => {
  it.each([
    ['q[]=a', 'q'],
    ['locale[$ne]=x', 'locale'],
    ['section[]=x', 'section'],
    ['pageSize[a]=1', 'pageSize'],
  ])('GET /api/newsroom/articles?%s', async (query, field) => {
    const res = await app.http().get(`/api/newsroom/articles?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });

  it.each(['/newsroom/links/broken?locale[]=ar', '/newsroom/links/broken?locale[$ne]=x'])('admin GET %s', async (path) => {
    const res = await app.http().get(path).set(admin);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['locale']);
  });

  it('refuses paragraph rich text nested 3,000 deep before any recursion (was a stack overflow)', async () => {
    let node: Record<string, unknown> = { type: 'text', text: 'عميق' };
    for (let i = 0; i < 3000; i += 1) node = { type: 'list', format: 'unordered', children: [node] };
    const paths = await refusedPaths(() => docs().create({ locale: 'ar', data: { title: 'نص متداخل', body: [paragraph([node])] } } as never));
    expect(paths).toEqual([['body', '0', 'text']]);
  });

  it('refuses a paragraph whose rich text is a plain string at create (it was stored as null: the text lost)', async () => {
    const paths = await refusedPaths(() => docs().create({ locale: 'ar', data: { title: 'نص عادي', body: [paragraph('فقرة نصية')] } } as never));
    expect(paths).toEqual([['body', '0', 'text']]);
  });

  it('refuses a NUL character in any text field, naming it (PostgreSQL answered 500)', async () => {
    const paths = await refusedPaths(() =>
      docs().create({ locale: 'ar', data: { title: 'عنوان', standfirst: 'مقدمة\u0000', rights: { creditText: 'x\u0000' } } } as never)
    );
    expect(paths).toEqual([['standfirst'], ['rights', 'creditText']]);
  });

  // Found by the hostile suite (seed 20261202) on PostgreSQL: the id went into `id IN (…)` and the database refused it.
  it.each([[-4.803555962730233e66], [1.5], [true]])('refuses a related article named by %p with a 400 naming it (was a 500 on PostgreSQL)', async (id) => {
    const paths = await refusedPaths(() => docs().create({ locale: 'ar', data: { title: 'علاقة غريبة', related: [id] } } as never));
    expect(paths).toEqual([['related', '0']]);
  });

  it('answers the same refusal over the Content Manager with a 400', async () => {
    const res = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE_UID}`)
      .query({ locale: 'ar' })
      .set(admin)
      .send({ title: 'عنوان', standfirst: 'a\u0000b' });
    expect(res.status).toBe(400);
  });
});

describe('/.well-known/tdmrep.json is bounded', () => {
  it('lists at most the bound, and then reserves rights in the default rule rather than grant them', async () => {
    for (const title of ['تعدين أول', 'تعدين ثان', 'تعدين ثالث']) await publishedSlug(title, { rights: { tdmReservation: false } });
    const tdmrep = app.strapi.plugin('newsroom').service('tdmrep');
    const all = await tdmrep.rules();
    expect(all.at(-1)).toMatchObject({ location: '/api/newsroom/articles/*', 'tdm-reservation': 1 });
    await app.http().put('/newsroom/settings').set(admin).send({ tdmReservation: false });
    try {
      const open = await tdmrep.rules();
      expect(open.at(-1)).toMatchObject({ 'tdm-reservation': 0 });
      await publishedSlug('تعدين محجوز', { rights: { tdmReservation: true } });
      const bounded = await tdmrep.rules(1);
      expect(bounded).toHaveLength(3);
      expect(bounded.at(-1)).toMatchObject({ location: '/api/newsroom/articles/*', 'tdm-reservation': 1 });
    } finally {
      await app.http().put('/newsroom/settings').set(admin).send({ tdmReservation: true });
    }
  });
});

describe('slugs stay unique under real concurrency (a database constraint stands behind them)', () => {
  const cm = `/content-manager/collection-types/${ARTICLE_UID}`;

  it('gives 50 parallel creates of one Arabic title 50 distinct slugs, and no 500', async () => {
    const title = 'عاجل: الحكومة تعلن موازنة 2025';
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => app.http().post(cm).query({ locale: 'ar' }).set(admin).send({ title }))
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const slugs = answers.map((a) => a.body.data.slug);
    expect(new Set(slugs).size).toBe(50);
    expect(slugs).toContain('عاجل-الحكومة-تعلن-موازنة-2025');
    const reservations = await app.strapi.db.connection('newsroom_slug_reservations').whereIn('slug', slugs);
    expect(reservations).toHaveLength(50);
  });

  it('gives 20 parallel creates of a title whose slug fills the 200-byte cap 20 distinct slugs within the cap', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.http().post(cm).query({ locale: 'ar' }).set(admin).send({ title: HEADLINE_FILLING_THE_CAP }))
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const slugs: string[] = answers.map((a) => a.body.data.slug);
    expect(new Set(slugs).size).toBe(20);
    expect(Math.max(...slugs.map((slug) => encodeURIComponent(slug).length))).toBeLessThanOrEqual(200);
    expect(slugs).toContain('عاجل-14-35-gmt-زلزال-بقوة-6-8-درجة-على-مقياس-ريختر');
    expect(slugs).toContain('عاجل-14-35-gmt-زلزال-بقوة-6-8-درجة-على-مقياس-20');
  });

  it('refuses a typed slug another document holds even when the rows race (the reservation decides)', async () => {
    const answers = await Promise.all(
      ['أ', 'ب', 'ج', 'د', 'ه'].map((letter) => docs().create({ locale: 'ar', data: { title: `عنوان ${letter}`, slug: 'رابط-واحد' } } as never).then(
        () => 'created',
        (error: unknown) => (error instanceof errors.ValidationError ? 'refused' : String(error))
      ))
    );
    expect(answers.filter((a) => a === 'created')).toHaveLength(1);
    expect(answers.filter((a) => a === 'refused')).toHaveLength(4);
  });

  it('frees a slug when the article that held it is renamed or deleted', async () => {
    const first = (await docs().create({ locale: 'ar', data: { title: 'مقال سيحذف' } } as never)) as any;
    await docs().update({ documentId: first.documentId, locale: 'ar', data: { slug: 'مقال-باسم-جديد' } } as never);
    const second = (await docs().create({ locale: 'ar', data: { title: 'مقال سيحذف' } } as never)) as any;
    expect(second.slug).toBe('مقال-سيحذف');
    await docs().delete({ documentId: second.documentId, locale: 'ar' } as never);
    const third = (await docs().create({ locale: 'ar', data: { title: 'مقال سيحذف' } } as never)) as any;
    expect(third.slug).toBe('مقال-سيحذف');
  });
});

describe('a stale render cache costs one re-render, not one per read', () => {
  it('re-derives and stores it on the first read', async () => {
    const slug = await publishedSlug('مقال بذاكرة قديمة', { body: [paragraph([{ type: 'paragraph', children: [{ type: 'text', text: 'نص CNN' }] }])] });
    const rows = () => app.strapi.db.query(ARTICLE_UID).findMany({ where: { slug, publishedAt: { $notNull: true } }, select: ['id', 'renderCache'] }) as Promise<any[]>;
    const [row] = await rows();
    const current = row.renderCache.v;
    await app.strapi.db.query(ARTICLE_UID).update({ where: { id: row.id }, data: { renderCache: { v: 0, dir: 'ltr', standfirstHtml: null, blocks: [] } } });
    const res = await app.http().get(articleUrl(slug));
    expect(res.status).toBe(200);
    expect(res.body.data.body[0].html).toContain('<bdi dir="ltr">CNN</bdi>');
    const [healed] = await rows();
    expect(healed.renderCache.v).toBe(current);
    expect(healed.renderCache.blocks).toHaveLength(1);
  });
});
