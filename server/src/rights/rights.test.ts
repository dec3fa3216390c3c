import fc from 'fast-check';
import { LICENSES } from '../../../content-types';
import { DEFAULT_SETTINGS } from '../services/settings';
import {
  DEFAULT_COPYRIGHT_TEMPLATES,
  articleJsonLd,
  attributionHtml,
  attributionText,
  copyrightLine,
  jsonLdScript,
  licenseOf,
  resolveRights,
  reusePackage,
  reuseRefusal,
  rightsHeaders,
  sanitizeRepublishHtml,
  templateFor,
} from '.';

/** Properties schema.org defines on NewsArticle (and what it inherits from Article, CreativeWork, Thing). */
const SCHEMA_ORG_NEWS_ARTICLE = new Set([
  '@context', '@type', 'headline', 'description', 'inLanguage', 'url', 'mainEntityOfPage', 'datePublished', 'dateModified',
  'author', 'publisher', 'articleSection', 'keywords', 'wordCount', 'isAccessibleForFree', 'license', 'copyrightHolder',
  'copyrightYear', 'copyrightNotice', 'creditText', 'acquireLicensePage', 'usageInfo', 'isBasedOn', 'translationOfWork',
  'name', 'image', 'dateline', 'printSection', 'articleBody', 'abstract', 'sourceOrganization',
]);
/** Properties of the nested Organization / Person / CreativeWork objects the plugin emits. */
const SCHEMA_ORG_NESTED = new Set(['@type', 'name', 'url', 'inLanguage', 'publisher']);

const seedRights = { license: 'all-rights-reserved', copyrightHolder: 'الإمارات اليوم', copyrightYear: 2024, creditText: 'الإمارات اليوم', basedOn: { language: 'fr' } };
const resolved = (stored: Record<string, unknown> | null, locale = 'ar') => resolveRights(stored, DEFAULT_SETTINGS, locale, '2024-07-30T10:00:00.000Z');

describe('licence registry', () => {
  it('has a name in Arabic and English and consistent flags for every licence', () => {
    for (const l of LICENSES) {
      expect(licenseOf(l.code)).toBe(l);
      expect(l.name.ar).toMatch(/[\u0600-\u06FF]/);
      if (l.code.includes('-nd-')) expect(l.allowsDerivatives).toBe(false);
      if (l.code.includes('-nc-')) expect(l.allowsCommercial).toBe(false);
      if (l.code.includes('-sa-')) expect(l.requiresShareAlike).toBe(true);
      if (l.code.startsWith('cc')) expect(l.url).toMatch(/^https:\/\/creativecommons\.org\//);
    }
    expect(licenseOf('gpl')).toBeNull();
  });

  it('grants public reuse exactly for Creative Commons; one licence reserves all rights, one asks the editor for terms', () => {
    for (const l of LICENSES) {
      expect([l.code, l.grantsPublicReuse]).toEqual([l.code, l.url?.startsWith('https://creativecommons.org/') ?? false]);
    }
    expect(LICENSES.filter((l) => l.reservesAllRights).map((l) => l.code)).toEqual(['all-rights-reserved']);
    expect(LICENSES.filter((l) => l.requiresUsageTerms).map((l) => l.code)).toEqual(['custom']);
  });
});

describe('copyright line', () => {
  it('renders the page’s Arabic line and the English one from the default templates', () => {
    expect(copyrightLine(templateFor(DEFAULT_COPYRIGHT_TEMPLATES, 'ar'), 2024, 'الإمارات اليوم')).toBe('2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.');
    expect(copyrightLine(templateFor(DEFAULT_COPYRIGHT_TEMPLATES, 'en-GB'), 2024, 'Emarat Alyoum')).toBe('© 2024 Emarat Alyoum. All rights reserved.');
    expect(templateFor(DEFAULT_COPYRIGHT_TEMPLATES, 'fr')).toBe(DEFAULT_COPYRIGHT_TEMPLATES.en);
  });
});

describe('resolveRights', () => {
  it('keeps the article’s values and fills the rest from the settings', () => {
    const r = resolved(seedRights);
    expect(r.license).toMatchObject({ code: 'all-rights-reserved', name: 'جميع الحقوق محفوظة', url: null });
    expect(r.copyrightHolder).toBe('الإمارات اليوم');
    expect(r.copyrightYear).toBe(2024);
    expect(r.reuseAllowed).toBe(false);
    expect(r.tdm).toEqual({ reserved: true, policyUrl: null });
    expect(r.basedOn).toEqual({ title: null, publisher: null, url: null, language: 'fr' });
  });

  it('falls back to the publisher, the default licence and the year of publication', () => {
    const r = resolved(null, 'en');
    expect(r.license.code).toBe('all-rights-reserved');
    expect(r.license.name).toBe('All rights reserved');
    expect(r.copyrightHolder).toBe(DEFAULT_SETTINGS.publisherName);
    expect(r.copyrightYear).toBe(2024);
    expect(r.basedOn).toBeNull();
  });
});

describe('JSON-LD', () => {
  const build = (title: string, rights = resolved({ ...seedRights, license: 'cc-by-4.0', acquireLicenseUrl: 'https://news.example/licensing' })) =>
    articleJsonLd({
      title,
      standfirst: 'مقدمة',
      lang: 'ar',
      byline: 'قسم الشؤون الدولية',
      section: 'أفريقيا',
      keywords: ['مالي', 'فاغنر'],
      wordCount: 609,
      publishedAt: '2024-07-30T10:00:00.000Z',
      updatedAt: '2024-07-31T10:00:00.000Z',
      url: 'https://news.example/ar/x',
      copyrightLine: '2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.',
      publisher: { name: 'الإمارات اليوم', url: 'https://news.example' },
      rights,
    });

  it('is a NewsArticle using only properties schema.org defines', () => {
    const ld = build('عنوان');
    for (const key of Object.keys(ld)) expect([key, SCHEMA_ORG_NEWS_ARTICLE.has(key)]).toEqual([key, true]);
    for (const value of Object.values(ld)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const key of Object.keys(value)) expect([key, SCHEMA_ORG_NESTED.has(key)]).toEqual([key, true]);
      }
    }
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'ar',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      copyrightYear: 2024,
      copyrightNotice: '2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.',
      acquireLicensePage: 'https://news.example/licensing',
      isAccessibleForFree: true,
      translationOfWork: { '@type': 'CreativeWork', inLanguage: 'fr' },
    });
  });

  it('can never close its script element, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const script = jsonLdScript(build(`${title}</script><script>alert(1)</script>`));
        expect(script.indexOf('</script')).toBe(script.length - '</script>'.length);
        expect(script.toLowerCase().match(/<script/g)).toHaveLength(1);
        const json = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
        expect(JSON.parse(json).headline).toBe(`${title}</script><script>alert(1)</script>`);
      })
    );
  });
});

describe('reuse policy', () => {
  const facts = (over: Record<string, unknown> = {}) => ({
    license: licenseOf('cc-by-4.0')!,
    reuseAllowed: true,
    externalDistribution: null,
    embargoUntil: null,
    rightsExpireAt: null,
    ...over,
  });
  const now = new Date('2025-01-01T00:00:00Z');

  it.each([
    [{}, null],
    [{ reuseAllowed: false }, 'reuse-not-allowed'],
    [{ license: licenseOf('all-rights-reserved'), reuseAllowed: false }, 'license-forbids-reuse'],
    [{ license: licenseOf('all-rights-reserved'), reuseAllowed: true }, null],
    [{ externalDistribution: false }, 'external-distribution-not-allowed'],
    [{ embargoUntil: '2025-02-01T00:00:00Z' }, 'embargo'],
    [{ embargoUntil: '2024-12-01T00:00:00Z' }, null],
    [{ rightsExpireAt: '2024-12-31T00:00:00Z' }, 'rights-expired'],
    [{ rightsExpireAt: '2025-12-31T00:00:00Z' }, null],
  ])('%j → %s', (over, reason) => {
    expect(reuseRefusal(facts(over), now)?.reason ?? null).toBe(reason);
  });

  it.each(LICENSES.map((l) => [l.code, l]))('%s: without permission, the licence is the reason only when it reserves all rights', (_code, license) => {
    expect(reuseRefusal(facts({ license, reuseAllowed: false }), now)?.reason).toBe(license.reservesAllRights ? 'license-forbids-reuse' : 'reuse-not-allowed');
  });

  it('follows the flag, not the code', () => {
    const reserved = { ...licenseOf('cc-by-4.0')!, reservesAllRights: true };
    expect(reuseRefusal(facts({ license: reserved, reuseAllowed: false }), now)).toEqual({ reason: 'license-forbids-reuse', license: 'cc-by-4.0' });
  });
});

describe('headers', () => {
  it('sends TDMRep headers and X-Robots-Tag for snippet opt-out and expiry', () => {
    expect(rightsHeaders(resolved(seedRights))).toEqual({ 'tdm-reservation': '1' });
    const h = rightsHeaders(resolved({ ...seedRights, tdmReservation: false, tdmPolicyUrl: 'https://news.example/tdm', noSnippet: true, rightsExpireAt: '2030-01-01T00:00:00Z' }));
    expect(h).toEqual({ 'tdm-reservation': '0', 'tdm-policy': 'https://news.example/tdm', 'X-Robots-Tag': 'nosnippet, unavailable_after: Tue, 01 Jan 2030 00:00:00 GMT' });
  });
});

describe('attribution and republish HTML', () => {
  const input = (title: string, license = 'cc-by-4.0') => ({
    title,
    lang: 'ar',
    url: 'https://news.example/ar/x',
    publisherName: 'الإمارات اليوم',
    rights: resolved({ ...seedRights, license, reuseAllowed: true }),
  });

  it('credits holder and licence in the article’s language, with links', () => {
    expect(attributionText(input('عنوان CNN'))).toBe(
      '«عنوان CNN» — الإمارات اليوم. مرخّص بموجب المشاع الإبداعي - نسب المصنف 4.0 (https://creativecommons.org/licenses/by/4.0/). المصدر: https://news.example/ar/x'
    );
    expect(attributionHtml(input('عنوان CNN'))).toBe(
      '<p dir="rtl">«<a href="https://news.example/ar/x">عنوان <bdi dir="ltr">CNN</bdi></a>» — الإمارات اليوم. مرخّص بموجب <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">المشاع الإبداعي - نسب المصنف 4.0</a>.</p>'
    );
  });

  it('never lets a payload through the sanitiser as markup', () => {
    const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<iframe src="https://x"></iframe>', '<form><input></form>', '<p onclick="x()" style="color:red">t</p>'];
    for (const payload of payloads) {
      const out = sanitizeRepublishHtml(`<p dir="rtl">${payload}</p>`);
      expect(out).not.toMatch(/<(script|img|iframe|form|input)|javascript:|onerror|onclick|style=/i);
    }
    expect(sanitizeRepublishHtml('<p dir="rtl">نص <bdi dir="ltr">CNN</bdi> <a href="https://x.example" rel="license">l</a></p>')).toBe(
      '<p dir="rtl">نص <bdi dir="ltr">CNN</bdi> <a href="https://x.example" rel="license">l</a></p>'
    );
  });

  it('escapes a title made of markup in the attribution (property)', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const html = attributionHtml(input(`${title}<script>x</script>`));
        expect(html).not.toMatch(/<script/i);
      })
    );
  });
});

describe('licence flags in attribution and notices', () => {
  const article = (license: ReturnType<typeof resolved>['license']) =>
    ({
      documentId: 'd1',
      slug: 'x',
      title: 'عنوان',
      lang: 'ar',
      dir: 'rtl',
      url: 'https://news.example/ar/x',
      standfirst: null,
      body: [],
      rights: { ...resolved({ ...seedRights, reuseAllowed: true }), license },
    }) as unknown as Parameters<typeof reusePackage>[0];
  const licensed = (code: string) => resolved({ license: code }).license;
  const NON_COMMERCIAL = 'للاستخدام غير التجاري فقط.';

  it.each(LICENSES.map((l) => [l.code]))('%s: cites the licence when it is public, else thanks for the permission', (code) => {
    const license = licensed(code);
    const input = { title: 'عنوان', lang: 'ar', url: 'https://news.example/ar/x', publisherName: 'الإمارات اليوم', rights: article(license).rights };
    const wording = license.grantsPublicReuse ? 'مرخّص بموجب' : 'أعيد نشره بإذن';
    expect(attributionText(input)).toContain(wording);
    expect(attributionHtml(input)).toContain(wording);
  });

  it.each(LICENSES.map((l) => [l.code]))('%s: a non-commercial notice only for a public licence that forbids commercial use', (code) => {
    const license = licensed(code);
    expect(reusePackage(article(license), 'الإمارات اليوم').notices.includes(NON_COMMERCIAL)).toBe(license.grantsPublicReuse && !license.allowsCommercial);
  });

  it('follows the flag, not the code', () => {
    const privateNc = { ...licensed('cc-by-nc-4.0'), grantsPublicReuse: false };
    const pkg = reusePackage(article(privateNc), 'الإمارات اليوم');
    expect(pkg.attribution.text).toContain('أعيد نشره بإذن');
    expect(pkg.notices).not.toContain(NON_COMMERCIAL);
    const publicArr = { ...licensed('all-rights-reserved'), grantsPublicReuse: true };
    expect(reusePackage(article(publicArr), 'الإمارات اليوم').attribution.text).toContain('مرخّص بموجب جميع الحقوق محفوظة');
  });
});
