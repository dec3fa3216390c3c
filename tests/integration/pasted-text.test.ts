/**
 * Titles pasted from other sites (issue #11): the write path refuses their
 * embedding controls, tabs and control characters with a 400 that names the
 * field and the one-click fix; code that imports content (the playground's
 * seed, the `imports` service for importers) neutralises them instead.
 */
import { ARTICLE_UID } from '../../content-types';
import { seedArticles } from '../../playground/src/seed';
import { PASTED_TITLES } from '../fixtures/pasted-titles';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  await app?.close();
});

const createInAdmin = (data: Record<string, unknown>) =>
  app.http().post(`/content-manager/collection-types/${ARTICLE_UID}`).query({ locale: 'ar' }).set('Authorization', `Bearer ${token}`).send(data);

describe('the refusal names the fix', () => {
  it.each(PASTED_TITLES.map((c) => [c.name, c] as const))('%s', async (_, { pasted, problems }) => {
    const res = await createInAdmin({ title: pasted });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['title'], name: 'ValidationError', fix: { action: 'neutralise-pasted-text', problems } }),
    ]);
  });

  it('names each refused field with its own problems (kicker, byline, keywords), and the cleaned write is accepted', async () => {
    const data = {
      title: 'الشؤون الخارجية تستدعي السفير',
      kicker: 'عاجل\t',
      byline: 'مراسل\u0093 الاتحاد',
      keywords: ['مالي', '\u202Bفاغنر\u202C\t'],
    };
    const res = await createInAdmin(data);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[]; fix: unknown }) => [e.path.join('.'), e.fix])).toEqual([
      ['kicker', { action: 'neutralise-pasted-text', problems: ['line-break'] }],
      ['byline', { action: 'neutralise-pasted-text', problems: ['control'] }],
      ['keywords.1', { action: 'neutralise-pasted-text', problems: ['bidi-embedding', 'line-break'] }],
    ]);

    const { neutralisePasted } = app.strapi.plugin('newsroom').service('imports');
    const { data: clean } = neutralisePasted(data);
    const ok = await createInAdmin(clean);
    expect(ok.status).toBe(201);
    expect(ok.body.data).toMatchObject({ kicker: 'عاجل', byline: 'مراسل الاتحاد', keywords: ['مالي', 'فاغنر'] });
  });

  it('leaves other refusals without a fix (an empty title)', async () => {
    const res = await createInAdmin({ title: '   ' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).not.toHaveProperty('fix');
  });
});

describe('imports neutralise instead of failing', () => {
  it('the playground seed stores pasted titles, standfirsts and blocks cleaned', async () => {
    const cases = PASTED_TITLES.slice(0, 3);
    const ids = await seedArticles(
      app.strapi,
      cases.map((c, i) => ({
        key: `pasted-${i}`,
        status: 'draft' as const,
        locales: {
          ar: {
            title: c.pasted,
            standfirst: 'المسئول يؤكد\r\nلا تصعيد\u202C',
            body: [
              { __component: 'newsroom.intertitle', text: 'طائرات بدون طيار\tمحلية الصنع' },
              { __component: 'newsroom.paragraph', text: 'وفي مقاطع الفيديو\u202B التي نشرتها الحركة\u202C يظهر مقاتلون' },
            ],
          },
        },
      }))
    );
    for (const [i, c] of cases.entries()) {
      const stored = await app.strapi.documents(ARTICLE_UID).findOne({ documentId: ids[`pasted-${i}`], locale: 'ar', populate: ['body'] } as never);
      expect(stored).toMatchObject({ title: c.clean, standfirst: 'المسئول يؤكد\nلا تصعيد' });
      const body = (stored as unknown as { body: { text: unknown }[] }).body;
      expect(body[0].text).toBe('طائرات بدون طيار محلية الصنع');
      expect(JSON.stringify(body[1].text)).toContain('وفي مقاطع الفيديو التي نشرتها الحركة يظهر مقاتلون');
    }
  });
});
