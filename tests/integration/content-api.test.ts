import { ARTICLE_UID } from '../../content-types';
import type { ArticleListResponse, ArticleResponse, RelatedLinkBlock } from '../../server/src/types/api';
import { fixtureLines, seedArticle } from '../helpers/seed';
import { startPlayground, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startPlayground();
});

afterAll(async () => {
  await app?.close();
});

const seedTitle = (key: string, locale = 'ar') => seedArticle(key).locales[locale].title as string;

async function listAll(locale: string) {
  const res = await app.http().get('/api/newsroom/articles').query({ locale, pageSize: 100 });
  expect(res.status).toBe(200);
  return res.body as ArticleListResponse;
}

async function slugOf(key: string, locale = 'ar') {
  const { data } = await listAll(locale);
  const found = data.find((a) => a.title === seedTitle(key, locale));
  if (!found) throw new Error(`${key} not listed in ${locale}`);
  return found.slug;
}

describe('GET /api/newsroom/articles/:slug — the seed article', () => {
  let article: ArticleResponse['data'];

  beforeAll(async () => {
    const slug = await slugOf('mali-ukraine-drones');
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`);
    expect(res.status).toBe(200);
    article = res.body.data;
  });

  it('is right-to-left Arabic with an Arabic Unicode slug', () => {
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBe('ar');
    expect(article.title).toBe(seedTitle('mali-ukraine-drones'));
    expect(article.slug).toMatch(/^[\u0600-\u06FFa-z0-9-]+$/);
    expect(article.slug).toContain('أوكرانيا');
  });

  it('carries the page body in order: paragraphs, the intertitle, two resolved inline links', () => {
    const kinds = article.body.map((b) => (b.__component === 'newsroom.related-link' ? `link:${b.kind}` : b.__component));
    expect(kinds).toEqual([
      'newsroom.paragraph',
      'link:read-also',
      'newsroom.paragraph',
      'newsroom.paragraph',
      'newsroom.paragraph',
      'newsroom.paragraph',
      'newsroom.intertitle',
      'newsroom.paragraph',
      'link:see-also',
      'newsroom.paragraph',
      'newsroom.paragraph',
    ]);
    expect(article.body.find((b) => b.__component === 'newsroom.intertitle')).toMatchObject({
      text: fixtureLines[12],
      dir: 'rtl',
    });
    const links = article.body.filter((b): b is RelatedLinkBlock => b.__component === 'newsroom.related-link');
    expect(links.map((l) => [l.kindLabel, l.article.title])).toEqual([
      ['إقرأ أيضاً', fixtureLines[2].split(' | ')[1]],
      ['أنظر أيضا', fixtureLines[16].split(' | ')[1]],
    ]);
    for (const link of links) {
      expect(link.article.slug).toBeTruthy();
      expect(link.article.locale).toBe('ar');
    }
  });

  it('keeps the editor’s text exactly, mismatched quotes included', () => {
    const paragraph = article.body[4];
    expect(paragraph.__component).toBe('newsroom.paragraph');
    const text = (paragraph as any).text[0].children[0].text;
    expect(text).toBe(fixtureLines[8]);
    expect(text).toContain('وغيرهم »،');
  });

  it('leaves the page boilerplate out of the body', () => {
    const all = JSON.stringify(article.body);
    for (const boilerplate of ['Exit mobile version', 'شاركها', 'اترك تعليقاً', 'جميع حقوق النشر محفوظة']) {
      expect(all).not.toContain(boilerplate);
    }
  });

  it('returns the related list resolved, and derived reading figures', () => {
    expect(article.related.map((r) => r.title)).toEqual([seedTitle('wagner-first-defeat'), seedTitle('wagner-defeat-photos')]);
    expect(article.wordCount).toBeGreaterThan(500);
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(3);
    expect(article.rights).toMatchObject({ license: { code: 'all-rights-reserved' }, copyrightHolder: 'الإمارات اليوم', copyrightYear: 2024 });
  });

  it('never exposes internal fields', () => {
    expect(article).not.toHaveProperty('searchText');
    expect(article).not.toHaveProperty('id');
    expect(article).not.toHaveProperty('createdBy');
    expect(article).not.toHaveProperty('updatedBy');
  });

  it('answers the raw (unencoded) Arabic slug as well as the percent-encoded one', async () => {
    const res = await app.http().get(`/api/newsroom/articles/${article.slug}`);
    expect(res.status).toBe(200);
    expect(res.body.data.documentId).toBe(article.documentId);
  });
});

describe('GET /api/newsroom/articles', () => {
  it('lists only published articles of the requested locale, newest first, paginated', async () => {
    const { data, meta } = await listAll('ar');
    const titles = data.map((a) => a.title);
    expect(titles).toContain(seedTitle('mali-ukraine-drones'));
    expect(titles).not.toContain(seedTitle('draft-unpublished-demo'));
    expect(meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: data.length });
    for (const a of data) expect(a.lang).toBe('ar');
    const dates = data.map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('defaults to the default locale (ar) and serves English with dir ltr', async () => {
    const res = await app.http().get('/api/newsroom/articles');
    expect(res.status).toBe(200);
    expect(res.body.data.every((a: any) => a.locale === 'ar')).toBe(true);
    const en = await listAll('en');
    expect(en.data.length).toBeGreaterThan(0);
    expect(en.data.every((a) => a.dir === 'ltr' && a.lang === 'en')).toBe(true);
  });

  it('pages through results', async () => {
    const res = await app.http().get('/api/newsroom/articles').query({ locale: 'ar', page: 2, pageSize: 2 });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.meta.pagination).toMatchObject({ page: 2, pageSize: 2 });
  });

  it('refuses bad query parameters with a 400 naming the parameter', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ pageSize: '1000' }, 'pageSize'],
      [{ page: '0' }, 'page'],
      [{ locale: 'xx' }, 'locale'],
      [{ bogus: '1' }, 'bogus'],
    ];
    for (const [query, path] of cases) {
      const res = await app.http().get('/api/newsroom/articles').query(query);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.details.errors[0].path).toEqual([path]);
    }
  });
});

describe('related lists', () => {
  it('serves every seeded related list in order, even when several articles share a target', async () => {
    const { seedData } = await import('../helpers/seed');
    for (const article of seedData.articles.filter((a) => a.status === 'published')) {
      for (const [locale, version] of Object.entries(article.locales)) {
        const slug = await slugOf(article.key, locale);
        const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale });
        expect(res.status).toBe(200);
        const expected = (version.related ?? []).map((key: string) => seedTitle(key, locale));
        expect([article.key, locale, res.body.data.related.map((r: any) => r.title)]).toEqual([article.key, locale, expected]);
      }
    }
  });
});

describe('drafts and bad requests', () => {
  it('never serves a draft, even by its slug', async () => {
    const draft = await app.strapi.documents(ARTICLE_UID).findFirst({
      locale: 'ar',
      status: 'draft',
      filters: { title: seedTitle('draft-unpublished-demo') },
    } as never);
    expect(draft?.slug).toBeTruthy();
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(draft!.slug as string)}`);
    expect(res.status).toBe(404);
  });

  it('serves only the published version of an article that has unpublished changes', async () => {
    const slug = await slugOf('wagner-defeat-photos');
    const published = await app.strapi.documents(ARTICLE_UID).findFirst({ locale: 'ar', status: 'published', filters: { slug } } as never);
    await app.strapi.documents(ARTICLE_UID).update({
      documentId: published!.documentId,
      locale: 'ar',
      data: { title: 'عنوان مسودة لم ينشر بعد' },
    } as never);
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`);
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe(seedTitle('wagner-defeat-photos'));
  });

  it('answers 404 for an unknown slug and for a slug in the wrong locale', async () => {
    expect((await app.http().get(`/api/newsroom/articles/${encodeURIComponent('لا-يوجد-مقال')}`)).status).toBe(404);
    const slug = await slugOf('mali-ukraine-drones');
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale: 'en' });
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  it('answers 400 with the field path for a slug with forbidden characters', async () => {
    for (const bad of ['a\u202Eb', 'two words', 'a--b', '-lead']) {
      const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['slug']);
    }
  });
});

describe('access control', () => {
  it('follows users-permissions: without the public grant the API answers 403', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const grant = await permissions.findOne({ where: { action: 'plugin::newsroom.article.find', role: role.id } });
    expect(grant).toBeTruthy();
    await permissions.delete({ where: { id: grant.id } });
    try {
      const res = await app.http().get('/api/newsroom/articles');
      expect(res.status).toBe(403);
    } finally {
      await permissions.create({ data: { action: 'plugin::newsroom.article.find', role: role.id } });
    }
    expect((await app.http().get('/api/newsroom/articles')).status).toBe(200);
  });
});
