import { ARTICLE_UID, LICENSE_CODES } from '../../content-types';
import type { ArticleResponse, ReuseResponse } from '../../server/src/types/api';
import { seedArticle } from '../helpers/seed';
import { REPUBLISH_ALLOWED_TAGS } from '../../server/src/rights';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';
import { markupOf } from '../helpers/markup';

let app: TestApp;
let token: string;
const docs = () => app.strapi.documents(ARTICLE_UID);
const articleUrl = (slug: string, suffix = '') => `/api/newsroom/articles/${encodeURIComponent(slug)}${suffix}`;

beforeAll(async () => {
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  await app?.close();
});

/** Create and publish an Arabic article with these rights; returns its slug. */
async function published(title: string, rights: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) {
  const doc = await docs().create({ locale: 'ar', data: { title, ...(rights ? { rights } : {}), ...extra } } as never);
  await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
  return doc.slug as string;
}

async function seedSlug(key: string) {
  const title = seedArticle(key).locales.ar.title;
  const row = await docs().findFirst({ locale: 'ar', status: 'published', filters: { title } } as never);
  return row!.slug as string;
}

describe('the seed article’s rights', () => {
  let res: any;
  // The canonical URL (and so the ETag) names the request's origin: keep the Host the same.
  let agent: ReturnType<TestApp['http']>;
  beforeAll(async () => {
    agent = app.http();
    res = await agent.get(articleUrl(await seedSlug('mali-ukraine-drones'))).set('Host', 'news.example');
  });

  it('carries the Arabic copyright line of the page', () => {
    expect(res.status).toBe(200);
    expect(res.body.data.copyrightLine).toBe('2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.');
  });

  it('has NewsArticle JSON-LD with licence fields and the French original', () => {
    const ld = (res.body as ArticleResponse).data.jsonLd;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seedArticle('mali-ukraine-drones').locales.ar.title,
      inLanguage: 'ar',
      copyrightHolder: { '@type': 'Organization', name: 'الإمارات اليوم' },
      copyrightYear: 2024,
      copyrightNotice: '2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.',
      creditText: 'الإمارات اليوم',
      isAccessibleForFree: true,
      translationOfWork: { '@type': 'CreativeWork', inLanguage: 'fr' },
      isBasedOn: { '@type': 'CreativeWork', inLanguage: 'fr' },
    });
    expect(res.body.data.jsonLdScript).toMatch(/^<script type="application\/ld\+json">\{.*\}<\/script>$/);
  });

  it('sends the TDMRep reservation and cache validators, and answers 304 to a current copy', async () => {
    expect(res.headers['tdm-reservation']).toBe('1');
    expect(res.headers.etag).toMatch(/^"/); // strong since the read model (issue #12): the stored bytes are the served bytes
    expect(res.headers['last-modified']).toBeTruthy();
    const again = await agent.get(res.req.path).set('Host', 'news.example').set('If-None-Match', res.headers.etag);
    expect([again.headers.etag, again.status]).toEqual([res.headers.etag, 304]);
    expect(again.text).toBeFalsy();
  });

  it('refuses reuse with 403 and a machine-readable reason', async () => {
    const reuse = await app.http().get(articleUrl(await seedSlug('mali-ukraine-drones'), '/reuse'));
    expect(reuse.status).toBe(403);
    expect(reuse.body.error.name).toBe('PolicyError');
    expect(reuse.body.error.message).toBe('All rights reserved: this article may not be republished');
    expect(reuse.body.error.details).toEqual({ reason: 'license-forbids-reuse', license: 'all-rights-reserved' });
  });
});

describe('the reuse package', () => {
  it('is served for every licence that allows reuse, with the licence’s conditions', async () => {
    for (const license of LICENSE_CODES) {
      const rights = { license, reuseAllowed: true, ...(license === 'custom' ? { usageTerms: 'شروط خاصة' } : {}) };
      const slug = await published(`مقال مرخص ${license}`, rights, {
        body: [{ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص شبكة CNN.' }] }] }],
      });
      const res = await app.http().get(articleUrl(slug, '/reuse'));
      expect([license, res.status]).toEqual([license, 200]);
      const data = (res.body as ReuseResponse).data;
      expect(data.license.code).toBe(license);
      expect(data.allowsDerivatives).toBe(!license.includes('-nd-') && license !== 'all-rights-reserved' && license !== 'custom');
      expect(data.html).toContain('<bdi dir="ltr">CNN</bdi>');
      expect(data.html).toContain(`rel="canonical"`);
      expect(data.attribution.text).toContain('مقال مرخص');
      if (license.includes('-nd-')) expect(data.notices.join(' ')).toContain('لا يسمح هذا الترخيص بالتعديل');
      if (license.startsWith('cc-by-nc')) expect(data.notices.join(' ')).toContain('للاستخدام غير التجاري فقط');
    }
  });

  it('is refused while an embargo holds, after the rights expire, and when distribution is not allowed', async () => {
    const future = new Date(Date.now() + 86400000).toISOString();
    const past = new Date(Date.now() - 86400000).toISOString();
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ embargoUntil: future }, { reason: 'embargo', until: future }],
      [{ rightsExpireAt: past }, { reason: 'rights-expired', since: past }],
      [{ externalDistribution: false }, { reason: 'external-distribution-not-allowed' }],
      [{ reuseAllowed: false }, { reason: 'reuse-not-allowed' }],
    ];
    for (const [index, [over, details]] of cases.entries()) {
      const slug = await published(`مقال محظور ${index}`, { license: 'cc-by-4.0', reuseAllowed: true, ...over });
      const res = await app.http().get(articleUrl(slug, '/reuse'));
      expect([over, res.status, res.body.error.details]).toEqual([over, 403, details]);
    }
  });

  it('sends X-Robots-Tag for snippet opt-out and rights expiry', async () => {
    const slug = await published('مقال بلا مقتطفات', { license: 'cc-by-4.0', noSnippet: true, rightsExpireAt: '2031-05-01T00:00:00.000Z' });
    const res = await app.http().get(articleUrl(slug));
    expect(res.headers['x-robots-tag']).toBe('nosnippet, unavailable_after: Thu, 01 May 2031 00:00:00 GMT');
  });

  it('never carries a payload typed into any text field as markup, in the package or the JSON-LD script', async () => {
    const xss = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const slug = await published(`عنوان ${xss}`, { license: 'cc-by-4.0', reuseAllowed: true, copyrightHolder: `مالك ${xss}`, creditText: xss }, {
      standfirst: `مقدمة ${xss}`,
      byline: `كاتب ${xss}`.slice(0, 200),
      kicker: 'k',
      section: `قسم ${xss}`.slice(0, 120),
      keywords: [xss.slice(0, 100)],
      body: [
        { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: xss }, { type: 'link', url: 'https://example.com/"><script>alert(3)</script>', children: [{ type: 'text', text: xss }] }] }] },
        { __component: 'newsroom.intertitle', text: xss },
        { __component: 'newsroom.quote', text: xss, attribution: xss },
        { __component: 'newsroom.embed', url: 'https://example.com/e', caption: xss },
      ],
    });
    const article = await app.http().get(articleUrl(slug));
    expect(article.status).toBe(200);
    const script: string = article.body.data.jsonLdScript;
    expect(script.indexOf('</script')).toBe(script.length - '</script>'.length);
    for (const block of article.body.data.body) if ('html' in block) expect(block.html).not.toMatch(/<script|<img|javascript:/i);
    const reuse = await app.http().get(articleUrl(slug, '/reuse'));
    expect(reuse.status).toBe(200);
    const { html, attribution } = (reuse.body as ReuseResponse).data;
    for (const fragment of [html, attribution.html, ...article.body.data.body.map((b: any) => b.html ?? '')]) {
      const { tags, attributes, hrefs } = markupOf(fragment);
      expect(tags.filter((t) => !REPUBLISH_ALLOWED_TAGS.includes(t))).toEqual([]);
      expect(attributes.filter((a) => !['dir', 'lang', 'href', 'rel'].includes(a))).toEqual([]);
      for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
    }
    expect(html).toContain('&lt;/script&gt;');
  });
});

describe('defaults and validation on write', () => {
  const auth = () => ({ Authorization: `Bearer ${token}` });

  it('gives a new article the settings’ rights, lets its own values win, and stamps the year of first publication', async () => {
    const set = await app
      .http()
      .put('/newsroom/settings')
      .set(auth())
      .send({ publisherName: 'الإمارات اليوم', defaultLicense: 'cc-by-sa-4.0', reuseAllowedByDefault: true, tdmPolicyUrl: 'https://news.example/tdm' });
    expect(set.status).toBe(200);
    try {
      const plain = await docs().create({ locale: 'ar', data: { title: 'مقال بالإعدادات' } } as never);
      const own = await docs().create({ locale: 'ar', data: { title: 'مقال بحقوقه', rights: { license: 'cc0-1.0', copyrightHolder: 'وكالة' } } } as never);
      await docs().publish({ documentId: plain.documentId, locale: 'ar' } as never);
      await docs().publish({ documentId: own.documentId, locale: 'ar' } as never);
      const a = (await app.http().get(articleUrl(plain.slug as string))).body.data;
      const b = (await app.http().get(articleUrl(own.slug as string))).body.data;
      const year = new Date().getUTCFullYear();
      expect(a.rights).toMatchObject({ license: { code: 'cc-by-sa-4.0' }, copyrightHolder: 'الإمارات اليوم', reuseAllowed: true, copyrightYear: year, tdm: { reserved: true, policyUrl: 'https://news.example/tdm' } });
      expect(a.copyrightLine).toBe(`${year} © الإمارات اليوم. جميع حقوق النشر محفوظة.`);
      expect(b.rights).toMatchObject({ license: { code: 'cc0-1.0' }, copyrightHolder: 'وكالة', copyrightYear: year });
      const draft = await docs().findOne({ documentId: plain.documentId, locale: 'ar', status: 'draft', populate: { rights: true } } as never);
      expect((draft as any).rights.copyrightYear).toBe(year);
    } finally {
      await app.http().put('/newsroom/settings').set(auth()).send({ publisherName: 'Newsroom', defaultLicense: 'all-rights-reserved', reuseAllowedByDefault: false, tdmPolicyUrl: null });
    }
  });

  it.each([
    [{ license: 'custom' }, ['rights', 'usageTerms']],
    [{ license: 'cc-by-4.0', acquireLicenseUrl: 'javascript:alert(1)' }, ['rights', 'acquireLicenseUrl']],
    [{ license: 'cc-by-4.0', tdmPolicyUrl: 'ftp://x' }, ['rights', 'tdmPolicyUrl']],
    [{ license: 'cc-by-4.0', copyrightYear: 1500 }, ['rights', 'copyrightYear']],
    [{ license: 'cc-by-4.0', embargoUntil: '2030-01-02T00:00:00Z', rightsExpireAt: '2030-01-01T00:00:00Z' }, ['rights', 'embargoUntil']],
    [{ license: 'cc-by-4.0', basedOn: { url: 'not a url' } }, ['rights', 'basedOn', 'url']],
  ])('refuses rights %j with a 400 on %j through the admin API, writing nothing', async (rights, path) => {
    const before = await app.strapi.db.query(ARTICLE_UID).count();
    const res = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE_UID}`)
      .query({ locale: 'ar' })
      .set(auth())
      .send({ title: 'حقوق خاطئة', rights });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path)).toContainEqual(path);
    expect(await app.strapi.db.query(ARTICLE_UID).count()).toBe(before);
  });

  it('refuses bad rights settings with a 400 naming the field', async () => {
    const res = await app
      .http()
      .put('/newsroom/settings')
      .set(auth())
      .send({ publisherUrl: 'javascript:alert(1)', defaultLicense: 'gpl', copyrightTemplates: { ar: 'بلا مالك' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toEqual(expect.arrayContaining(['publisherUrl', 'defaultLicense', 'copyrightTemplates']));
  });
});

describe('/.well-known/tdmrep.json', () => {
  it('lists the articles whose reservation differs from the default, then the default for every article URL', async () => {
    const slug = await published('مقال مفتوح للتنقيب', { license: 'cc-by-4.0', tdmReservation: false });
    const res = await app.http().get('/.well-known/tdmrep.json');
    expect(res.status).toBe(200);
    const path = `/api/newsroom/articles/${encodeURIComponent(slug)}`;
    expect(res.body).toContainEqual({ location: path, 'tdm-reservation': 0 });
    expect(res.body.at(-1)).toEqual({ location: '/api/newsroom/articles/*', 'tdm-reservation': 1 });
    expect(res.body.findIndex((r: any) => r.location === path)).toBeLessThan(res.body.length - 1);
  });
});
