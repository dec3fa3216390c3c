import type { LinkKind } from '../../../content-types';

/** Words shown before an inline related link, per kind and language (the page's "إقرأ أيضاً |"). */
export const LINK_KIND_LABELS: Record<LinkKind, Record<string, string>> = {
  'read-also': { ar: 'إقرأ أيضاً', en: 'Read also', fr: 'Lire aussi' },
  'see-also': { ar: 'أنظر أيضا', en: 'See also', fr: 'Voir aussi' },
};

/** The label for `kind` in `locale` (language subtag), English when the language has none. */
export function linkKindLabel(kind: LinkKind, locale: string): string {
  const labels = LINK_KIND_LABELS[kind];
  return labels[locale] ?? labels[locale.split('-')[0]] ?? labels.en;
}
