import { escapeHtml, isolateOppositeRuns, resolveDirection, safeUrl } from '../text';
import type { ResolvedRights } from './resolve';

export interface AttributionInput {
  title: string;
  lang: string;
  url: string;
  publisherName: string;
  rights: ResolvedRights;
}

/** Attribution wording per language, as data; English when a language has none. */
const WORDING: Record<string, { quote: (t: string) => string; sep: string; licensed: string; permission: string; source: string }> = {
  ar: { quote: (t) => `«${t}»`, sep: '، ', licensed: 'مرخّص بموجب', permission: 'أعيد نشره بإذن', source: 'المصدر' },
  en: { quote: (t) => `“${t}”`, sep: ', ', licensed: 'Licensed under', permission: 'Republished with permission', source: 'Source' },
};

/** Conditions of a licence a partner must respect, per language. */
export const LICENSE_NOTICES: Record<'noDerivatives' | 'nonCommercial' | 'shareAlike', Record<string, string>> = {
  noDerivatives: {
    ar: 'لا يسمح هذا الترخيص بالتعديل: أعد نشر النص كما هو، دون حذف أو إضافة أو ترجمة.',
    en: 'This licence does not allow changes: republish the text as it is, without cuts, additions or translation.',
  },
  nonCommercial: { ar: 'للاستخدام غير التجاري فقط.', en: 'Non-commercial use only.' },
  shareAlike: { ar: 'يجب نشر أي عمل مشتق بالترخيص نفسه.', en: 'Adaptations must be shared under the same licence.' },
};

const wordingFor = (lang: string) => WORDING[lang.split('-')[0]] ?? WORDING.en;
export const noticeIn = (notices: Record<string, string>, lang: string) => notices[lang.split('-')[0]] ?? notices.en;

/** Who to credit: the holder, and the publisher when it is someone else. */
function creditParts(input: AttributionInput): string[] {
  const { rights, publisherName } = input;
  return rights.copyrightHolder === publisherName ? [publisherName] : [rights.copyrightHolder, publisherName];
}

/** The attribution sentence, plain text, in the article's language. */
export function attributionText(input: AttributionInput): string {
  const w = wordingFor(input.lang);
  const { license } = input.rights;
  const terms = license.grantsPublicReuse ? `${w.licensed} ${license.name}${license.url ? ` (${license.url})` : ''}` : w.permission;
  return `${w.quote(input.title)} — ${creditParts(input).join(w.sep)}. ${terms}. ${w.source}: ${input.url}`;
}

/** The attribution as HTML: links to the article and the licence, text escaped, opposite-direction runs isolated. */
export function attributionHtml(input: AttributionInput): string {
  const w = wordingFor(input.lang);
  const dir = resolveDirection('auto', input.lang, input.title);
  const iso = (text: string) => isolateOppositeRuns(text, dir);
  const href = safeUrl(input.url);
  const titleHtml = href ? `<a href="${escapeHtml(href)}">${iso(input.title)}</a>` : iso(input.title);
  const { license } = input.rights;
  const licenseUrl = safeUrl(license.url);
  const terms = license.grantsPublicReuse
    ? `${iso(w.licensed)} ${licenseUrl ? `<a href="${escapeHtml(licenseUrl)}" rel="license">${iso(license.name)}</a>` : iso(license.name)}`
    : iso(w.permission);
  const quoted = w.quote('\u0000').split('\u0000').map(iso);
  return `<p dir="${dir}">${quoted[0]}${titleHtml}${quoted[1]} — ${creditParts(input).map(iso).join(iso(w.sep))}. ${terms}.</p>`;
}
