/** Copyright line templates per language; `{year}` and `{holder}` are replaced. */
export const DEFAULT_COPYRIGHT_TEMPLATES: Record<string, string> = {
  ar: '{year} © {holder}. جميع حقوق النشر محفوظة.',
  en: '© {year} {holder}. All rights reserved.',
};

/** The template for `locale`: exact code, then its language, then English. */
export function templateFor(templates: Record<string, string>, locale: string): string {
  return templates[locale] ?? templates[locale.split('-')[0]] ?? templates.en ?? DEFAULT_COPYRIGHT_TEMPLATES.en;
}

/** The copyright line of an article, e.g. "2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.". */
export function copyrightLine(template: string, year: number | null, holder: string): string {
  return template
    .replace(/\{year\}/g, year === null ? '' : String(year))
    .replace(/\{holder\}/g, holder)
    .replace(/\s{2,}/g, ' ')
    .trim();
}
