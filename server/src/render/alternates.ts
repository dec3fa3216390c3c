/**
 * Language alternates of an article: its published translations (the other
 * locales of the same Strapi document), and which version is the original.
 * Pure: no Strapi import.
 *
 * Strapi records no "source locale", so the original is the version created
 * first (the editor wrote it, then added the other locales); `createdAt` of a
 * version never moves, unlike `publishedAt`, which every publish resets. Ties
 * (versions created in one request) go to the smaller locale code, so every
 * version agrees on one original.
 */
import type { ArticleTranslation } from '../types/api';

/** A published version of the same document, as the read path loads it. */
export interface TranslationRow extends ArticleTranslation {
  createdAt: string | Date;
}

export interface LanguageAlternates {
  /** The other published versions, by locale code. */
  translations: ArticleTranslation[];
  /** The original version when this one is a translation of it; null when this one is the original. */
  original: ArticleTranslation | null;
}

const created = (row: { createdAt: string | Date }) => new Date(row.createdAt).getTime();

/** The alternates of `self` among the document's other published versions. */
export function languageAlternates(self: { locale: string; createdAt: string | Date }, others: TranslationRow[]): LanguageAlternates {
  const translations = others
    .filter((o) => o.locale !== self.locale)
    .sort((a, b) => a.locale.localeCompare(b.locale))
    .map(({ locale, url, title }) => ({ locale, url, title }));
  const first = [self, ...others].reduce((a, b) => (created(b) < created(a) || (created(b) === created(a) && b.locale < a.locale) ? b : a));
  const original = first.locale === self.locale ? null : translations.find((t) => t.locale === first.locale) ?? null;
  return { translations, original };
}
