import { articleJsonLd, resolveRights } from '../rights';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { languageAlternates } from './alternates';

const ar = { locale: 'ar', url: 'https://news.example/ar/x', title: 'خبر', createdAt: '2024-07-27T08:00:00Z' };
const en = { locale: 'en', url: 'https://news.example/en/x', title: 'News', createdAt: '2024-07-27T09:00:00Z' };
const fr = { locale: 'fr', url: 'https://news.example/fr/x', title: 'Info', createdAt: '2024-07-27T10:00:00Z' };

describe('languageAlternates', () => {
  it('names the first-created version as the original, seen from every version alike', () => {
    expect(languageAlternates(ar, [en, fr])).toEqual({ translations: [en, fr].map(({ locale, url, title }) => ({ locale, url, title })), original: null });
    expect(languageAlternates(en, [fr, ar]).original).toEqual({ locale: 'ar', url: ar.url, title: 'خبر' });
    expect(languageAlternates(fr, [ar, en]).original?.locale).toBe('ar');
  });

  it('breaks a tie of creation times by locale code, so versions agree', () => {
    const same = { ...en, createdAt: ar.createdAt };
    expect(languageAlternates(ar, [same]).original).toBeNull();
    expect(languageAlternates(same, [ar]).original?.locale).toBe('ar');
  });

  it('has no alternates for a single-language article', () => {
    expect(languageAlternates(ar, [])).toEqual({ translations: [], original: null });
  });
});

describe('JSON-LD between language versions', () => {
  const base = {
    title: 'خبر', standfirst: null, lang: 'ar', byline: null, section: null, keywords: [], wordCount: 1,
    publishedAt: '2024-07-27T08:00:00Z', updatedAt: '2024-07-27T08:00:00Z', url: ar.url, copyrightLine: '©',
    publisher: { name: 'P', url: null },
  };
  const rights = resolveRights(null, { ...DEFAULT_SETTINGS, publisherName: 'P' } as never, 'ar', base.publishedAt);

  it('lists workTranslation on the original and translationOfWork on a translation', () => {
    const original = articleJsonLd({ ...base, rights, ...languageAlternates(ar, [en]) });
    expect(original.inLanguage).toBe('ar');
    expect(original.workTranslation).toEqual([{ '@type': 'NewsArticle', headline: 'News', inLanguage: 'en', url: en.url }]);
    expect(original.translationOfWork).toBeUndefined();
    const translation = articleJsonLd({ ...base, lang: 'en', url: en.url, rights, ...languageAlternates(en, [ar]) });
    expect(translation.translationOfWork).toEqual({ '@type': 'NewsArticle', headline: 'خبر', inLanguage: 'ar', url: ar.url });
    expect(translation.workTranslation).toBeUndefined();
  });
});
