import fc from 'fast-check';
import { ARTICLE_UID } from '../../content-types';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Hostile input over every route of the plugin and its write pipeline, as an
 * attacker sends it: wrong types, unknown and missing fields, oversized
 * payloads, lone surrogates, NUL, bidi and zero-width controls, HTML/JS and
 * SQL-looking strings. Every answer is a 2xx or a 4xx (a 4xx names a field),
 * never a 5xx; a refused write leaves the database as it was. Generated with
 * fast-check from a fixed seed (deterministic; NEWSROOM_FUZZ_SEED explores
 * others); a failing seed found this way is kept below as a regression case.
 */
const SEED = Number(process.env.NEWSROOM_FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.NEWSROOM_FUZZ_RUNS ?? 60);

let app: TestApp;
let admin: { Authorization: string };
let slug: string;
let documentId: string;
const tally = { cases: 0, serverErrors: 0, refusals: 0 };
const cm = `/content-manager/collection-types/${ARTICLE_UID}`;

/** Strings an attacker or a careless paste sends. */
const HOSTILE_STRINGS = [
  '', ' ', 'ar', 'en', 'xx', '*', '\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\u202Eevil', '\u2066iso\u2069', '\u200B\u200C\u200D\uFEFF',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)',
  "' OR 1=1 --", "'; DROP TABLE newsroom_articles; --", '%00', '%E0%A4%A', '../../etc/passwd', '\r\nX-Injected: 1', '{"$ne":null}',
  'ـ في الاتحاد: قرار مسئول', 'مسؤول CSP-DPA 2023', '١٢٣٤٥', 'a'.repeat(2000), '٥'.repeat(9000), '_.'.repeat(3000),
];
const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
/** Any JSON-ish value, hostile strings and shapes included. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('$ne', '$in', 'id', '__proto__', 'constructor')), tie('value'), { maxKeys: 3 })
  ),
})).value;

/** A query string object mixing the routes' known parameters with unknown ones. */
const hostileQuery = fc.dictionary(
  fc.oneof(fc.constantFrom('locale', 'page', 'pageSize', 'section', 'q', 'isolate', 'limit', 'pagination', 'sort', 'filters', 'populate'), hostileString),
  fc.oneof(hostileString, fc.array(hostileString, { maxLength: 2 }), fc.dictionary(hostileString, hostileString, { maxKeys: 2 })),
  { maxKeys: 4 }
);

const ARTICLE_FIELDS = [
  'title', 'standfirst', 'kicker', 'byline', 'slug', 'direction', 'section', 'keywords', 'allowComments', 'allowSharing',
  'wordCount', 'searchText', 'renderCache', 'links', 'publishedAt', 'originalPublishedAt', 'documentId', 'locale', 'createdBy',
];
const block = fc.record(
  {
    __component: fc.oneof(fc.constantFrom('newsroom.paragraph', 'newsroom.intertitle', 'newsroom.quote', 'newsroom.embed', 'newsroom.related-link', 'newsroom.media'), hostileString),
    text: hostileValue,
    url: hostileValue,
    attribution: hostileValue,
    kind: hostileValue,
  },
  { requiredKeys: ['__component'] }
);
/** An article write body: real fields with hostile values, unknown fields, body blocks and rights of any shape. */
const hostileArticle = fc.record(
  {
    ...Object.fromEntries(ARTICLE_FIELDS.map((field) => [field, hostileValue])),
    title: fc.oneof(hostileString, hostileValue),
    body: fc.oneof(fc.array(block, { maxLength: 4 }), hostileValue),
    rights: fc.oneof(fc.dictionary(fc.constantFrom('license', 'copyrightYear', 'tdmPolicyUrl', 'acquireLicenseUrl', 'embargoUntil', 'basedOn', 'x'), hostileValue, { maxKeys: 4 }), hostileValue),
    related: hostileValue,
    unknownField: hostileValue,
  },
  { requiredKeys: [] }
);

/** Rows of the plugin's tables, to prove a refused write changed nothing. */
async function snapshot(): Promise<string> {
  const counts = await Promise.all(
    [ARTICLE_UID, 'newsroom.rights', 'newsroom.paragraph', 'plugin::newsroom.slug-reservation'].map((uid) => app.strapi.db.query(uid as never).count())
  );
  const latest = await app.strapi.db.query(ARTICLE_UID).findMany({ select: ['id', 'updatedAt'], orderBy: { updatedAt: 'desc' }, limit: 3 });
  return JSON.stringify([counts, latest]);
}

/** Record one answer: never a 5xx; a 4xx names what was wrong. */
function judge(what: string, res: { status: number; body: any }): void {
  // (A refusal's body is Strapi's error: { error: { status, name, message, details } }.)
  tally.cases += 1;
  if (res.status >= 500) {
    tally.serverErrors += 1;
    throw new Error(`${what} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  }
  if (res.status >= 400) {
    tally.refusals += 1;
    // Node's HTTP layer answers an oversized request line (431) or body (413) itself, without Strapi's JSON error.
    if (res.status !== 431 && res.status !== 413) expect(typeof res.body?.error?.message).toBe('string');
  }
}

beforeAll(async () => {
  app = await startPlayground();
  admin = { Authorization: `Bearer ${await adminToken(app)}` };
  const doc = (await app.strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title: 'مقال للهجوم' } } as never)) as any;
  await app.strapi.documents(ARTICLE_UID).publish({ documentId: doc.documentId, locale: 'ar' } as never);
  slug = doc.slug;
  documentId = doc.documentId;
});

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`hostile input: ${tally.cases} cases tried, ${tally.refusals} refused with a 4xx, ${tally.serverErrors} answered with a 5xx (seed ${SEED})`);
  await app?.close();
});

const options = (runs = RUNS) => ({ seed: SEED, numRuns: runs, endOnFailure: true });

/** A path segment for any string; a lone surrogate, which encodeURIComponent refuses, goes as its invalid UTF-8 bytes. */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** Any value as a JSON request body, numbers and strings included (supertest only serialises objects). */
const json = (value: unknown) => JSON.stringify(value) ?? 'null';

describe('content API under hostile query strings', () => {
  it.each([
    ['GET /api/newsroom/articles', () => '/api/newsroom/articles'],
    ['GET /api/newsroom/articles/:slug', () => `/api/newsroom/articles/${encodeURIComponent(slug)}`],
    ['GET /api/newsroom/articles/:slug/reuse', () => `/api/newsroom/articles/${encodeURIComponent(slug)}/reuse`],
  ])('%s', async (what, path) => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => judge(what, await app.http().get(path()).query(query as never))),
      options()
    );
  });

  it('GET /api/newsroom/articles/:slug with hostile slugs', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (value) => judge('slug', await app.http().get(`/api/newsroom/articles/${segment(value)}`))),
      options()
    );
  });
});

describe('admin API under hostile input', () => {
  it.each([
    ['GET /newsroom/links/broken', () => '/newsroom/links/broken'],
    ['GET /newsroom/articles/:id/links/broken', () => `/newsroom/articles/${documentId}/links/broken`],
    ['GET /newsroom/articles/:id/suggestions', () => `/newsroom/articles/${documentId}/suggestions`],
    ['GET /newsroom/editor-settings', () => '/newsroom/editor-settings'],
  ])('%s', async (what, path) => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => judge(what, await app.http().get(path()).query(query as never).set(admin))),
      options()
    );
  });

  it('PUT /newsroom/settings: refused bodies store nothing', async () => {
    const before = await app.http().get('/newsroom/settings').set(admin);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.oneof(fc.constantFrom('publisherName', 'articleUrlTemplate', 'tdmPolicyUrl', 'wordsPerMinute', 'copyrightTemplates', 'defaultLicense'), hostileString), hostileValue, { maxKeys: 3 }), async (body) => {
        const res = await app.http().put('/newsroom/settings').set(admin).send(body);
        judge('PUT /newsroom/settings', res);
        if (res.status >= 400) expect((await app.http().get('/newsroom/settings').set(admin)).body).toEqual(before.body);
        else await app.http().put('/newsroom/settings').set(admin).send(before.body.data);
      }),
      options(40)
    );
  });

  it('POST /newsroom/text/lint', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.record({ text: hostileValue, rules: hostileValue }, { requiredKeys: [] }), hostileValue), async (body) =>
        judge('lint', await app.http().post('/newsroom/text/lint').set(admin).set('Content-Type', 'application/json').send(json(body)))
      ),
      options()
    );
  });
});

describe('the write pipeline under hostile articles (Content Manager)', () => {
  it('create: a refused write leaves every table as it was', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArticle, fc.constantFrom('ar', 'en', 'xx', '*'), async (body, locale) => {
        const before = await snapshot();
        const res = await app.http().post(cm).query({ locale }).set(admin).send(body);
        judge('create', res);
        if (res.status >= 400) expect(await snapshot()).toBe(before);
      }),
      options()
    );
  });

  it('update of a published article: a refused write leaves every table as it was', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArticle, async (body) => {
        const before = await snapshot();
        const res = await app.http().put(`${cm}/${documentId}`).query({ locale: 'ar' }).set(admin).send(body);
        judge('update', res);
        if (res.status >= 400) expect(await snapshot()).toBe(before);
      }),
      options()
    );
  });
});

describe('oversized and deep payloads', () => {
  const deep = (depth: number) => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < depth; i += 1) node = { type: 'list', format: 'ordered', children: [node] };
    return node;
  };
  const paragraph = (text: unknown) => ({ __component: 'newsroom.paragraph', text });

  it.each([
    ['a 5 MB body', () => ({ title: 'كبير', standfirst: 'ا'.repeat(5 * 1024 * 1024) })],
    ['10,000 blocks', () => ({ title: 'كثير', body: Array.from({ length: 10000 }, () => paragraph([{ type: 'paragraph', children: [{ type: 'text', text: 'فقرة' }] }])) })],
    ['rich text 3,000 deep', () => ({ title: 'عميق', body: [paragraph([deep(3000)])] })],
    ['a 2,000-character title', () => ({ title: 'ع'.repeat(2000) })],
    ['a title of lone surrogates and controls', () => ({ title: '\uD800\u202E\u0000\u200B' })],
  ])('%s gets a 4xx and changes nothing', async (_what, body) => {
    const before = await snapshot();
    const res = await app.http().post(cm).query({ locale: 'ar' }).set(admin).send(body());
    judge(_what, res);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await snapshot()).toBe(before);
  });
});
