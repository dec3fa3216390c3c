import type { ResolvedRights } from './resolve';

/** What the JSON-LD is built from: the rendered article and its resolved rights. */
export interface JsonLdInput {
  title: string;
  standfirst: string | null;
  lang: string;
  byline: string | null;
  section: string | null;
  keywords: string[];
  wordCount: number;
  publishedAt: string;
  updatedAt: string;
  url: string | null;
  copyrightLine: string;
  publisher: { name: string; url: string | null };
  rights: ResolvedRights;
  /** The other published versions of the same article (render/alternates.ts). */
  translations?: { locale: string; url: string; title: string }[];
  /** The version this one translates, when it is not the original. */
  original?: { locale: string; url: string; title: string } | null;
}

type JsonLd = Record<string, unknown>;

const omitEmpty = (object: JsonLd): JsonLd =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

/**
 * schema.org NewsArticle with the licence metadata search engines read
 * (license, copyrightHolder/Year/Notice, creditText, acquireLicensePage) and,
 * for a translation or adaptation, the original work (translationOfWork / isBasedOn), and
 * between the site's own language versions workTranslation / translationOfWork.
 */
export function articleJsonLd(input: JsonLdInput): JsonLd {
  const { rights } = input;
  const publisher = omitEmpty({ '@type': 'Organization', name: input.publisher.name, url: input.publisher.url });
  const original = rights.basedOn
    ? omitEmpty({
        '@type': 'CreativeWork',
        name: rights.basedOn.title,
        url: rights.basedOn.url,
        inLanguage: rights.basedOn.language,
        publisher: rights.basedOn.publisher ? { '@type': 'Organization', name: rights.basedOn.publisher } : null,
      })
    : null;
  const isTranslation = !!rights.basedOn?.language && rights.basedOn.language.split('-')[0] !== input.lang.split('-')[0];
  const version = (v: { locale: string; url: string; title: string }) => ({ '@type': 'NewsArticle', headline: v.title, inLanguage: v.locale, url: v.url });
  // Between the site's own versions, the links go from the original down: the original lists its
  // translations (workTranslation), each translation names the original (translationOfWork). A
  // translation's sibling translations are not its translations, so they are not listed on it.
  // An external original (rights.basedOn in another language) comes first: it is what was translated.
  const translationOf = isTranslation ? original : input.original ? version(input.original) : null;
  const workTranslation = !input.original && input.translations?.length ? input.translations.map(version) : null;
  return omitEmpty({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.standfirst,
    inLanguage: input.lang,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: input.publishedAt,
    dateModified: input.updatedAt,
    author: input.byline ? { '@type': 'Person', name: input.byline } : publisher,
    publisher,
    articleSection: input.section,
    keywords: input.keywords.join(', '),
    wordCount: input.wordCount,
    isAccessibleForFree: true,
    license: rights.license.url ?? rights.acquireLicenseUrl,
    copyrightHolder: { '@type': 'Organization', name: rights.copyrightHolder },
    copyrightYear: rights.copyrightYear,
    copyrightNotice: input.copyrightLine,
    creditText: rights.creditText,
    acquireLicensePage: rights.acquireLicenseUrl,
    usageInfo: rights.tdm.policyUrl,
    isBasedOn: original,
    translationOfWork: translationOf,
    workTranslation,
  });
}

/**
 * The JSON-LD as the body of a `<script type="application/ld+json">`: `<`, `>`
 * and `&` are escaped as \u003c \u003e \u0026 (still valid JSON), so no value —
 * a title holding "</script>" included — can close the script element.
 */
export function jsonLdScript(jsonLd: JsonLd): string {
  const json = JSON.stringify(jsonLd)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
