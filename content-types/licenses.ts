/**
 * The licence registry: every licence an article can carry, as data.
 * The `license` enumeration of the rights component is derived from this table,
 * so adding a row here is the only change needed to support a new licence.
 */
export interface LicenseDefinition {
  readonly code: string;
  readonly name: { readonly en: string; readonly ar: string };
  readonly url: string | null;
  readonly allowsCommercial: boolean;
  readonly allowsDerivatives: boolean;
  readonly requiresShareAlike: boolean;
  readonly requiresAttribution: boolean;
  /** A public licence that itself permits republication (Creative Commons, CC0): attributions cite it. */
  readonly grantsPublicReuse: boolean;
  /** Nothing may be republished without an agreement: a refusal blames the licence. */
  readonly reservesAllRights: boolean;
  /** The licence has no public text: the editor must write the usage terms. */
  readonly requiresUsageTerms: boolean;
}

export const LICENSES = [
  {
    code: 'all-rights-reserved',
    name: { en: 'All rights reserved', ar: 'جميع الحقوق محفوظة' },
    url: null,
    allowsCommercial: false,
    allowsDerivatives: false,
    requiresShareAlike: false,
    requiresAttribution: true,
    grantsPublicReuse: false,
    reservesAllRights: true,
    requiresUsageTerms: false,
  },
  {
    code: 'cc-by-4.0',
    name: { en: 'Creative Commons Attribution 4.0', ar: 'المشاع الإبداعي - نسب المصنف 4.0' },
    url: 'https://creativecommons.org/licenses/by/4.0/',
    allowsCommercial: true,
    allowsDerivatives: true,
    requiresShareAlike: false,
    requiresAttribution: true,
    grantsPublicReuse: true,
    reservesAllRights: false,
    requiresUsageTerms: false,
  },
  {
    code: 'cc-by-sa-4.0',
    name: { en: 'Creative Commons Attribution-ShareAlike 4.0', ar: 'المشاع الإبداعي - نسب المصنف - الترخيص بالمثل 4.0' },
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    allowsCommercial: true,
    allowsDerivatives: true,
    requiresShareAlike: true,
    requiresAttribution: true,
    grantsPublicReuse: true,
    reservesAllRights: false,
    requiresUsageTerms: false,
  },
  {
    code: 'cc-by-nd-4.0',
    name: { en: 'Creative Commons Attribution-NoDerivatives 4.0', ar: 'المشاع الإبداعي - نسب المصنف - منع الاشتقاق 4.0' },
    url: 'https://creativecommons.org/licenses/by-nd/4.0/',
    allowsCommercial: true,
    allowsDerivatives: false,
    requiresShareAlike: false,
    requiresAttribution: true,
    grantsPublicReuse: true,
    reservesAllRights: false,
    requiresUsageTerms: false,
  },
  {
    code: 'cc-by-nc-4.0',
    name: { en: 'Creative Commons Attribution-NonCommercial 4.0', ar: 'المشاع الإبداعي - نسب المصنف - غير تجاري 4.0' },
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
    allowsCommercial: false,
    allowsDerivatives: true,
    requiresShareAlike: false,
    requiresAttribution: true,
    grantsPublicReuse: true,
    reservesAllRights: false,
    requiresUsageTerms: false,
  },
  {
    code: 'cc-by-nc-sa-4.0',
    name: {
      en: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0',
      ar: 'المشاع الإبداعي - نسب المصنف - غير تجاري - الترخيص بالمثل 4.0',
    },
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    allowsCommercial: false,
    allowsDerivatives: true,
    requiresShareAlike: true,
    requiresAttribution: true,
    grantsPublicReuse: true,
    reservesAllRights: false,
    requiresUsageTerms: false,
  },
  {
    code: 'cc-by-nc-nd-4.0',
    name: {
      en: 'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0',
      ar: 'المشاع الإبداعي - نسب المصنف - غير تجاري - منع الاشتقاق 4.0',
    },
    url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
    allowsCommercial: false,
    allowsDerivatives: false,
    requiresShareAlike: false,
    requiresAttribution: true,
    grantsPublicReuse: true,
    reservesAllRights: false,
    requiresUsageTerms: false,
  },
  {
    code: 'cc0-1.0',
    name: { en: 'CC0 1.0 Public Domain Dedication', ar: 'تخصيص للملك العام CC0 1.0' },
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    allowsCommercial: true,
    allowsDerivatives: true,
    requiresShareAlike: false,
    requiresAttribution: false,
    grantsPublicReuse: true,
    reservesAllRights: false,
    requiresUsageTerms: false,
  },
  {
    code: 'custom',
    name: { en: 'Custom licence', ar: 'ترخيص خاص' },
    url: null,
    allowsCommercial: false,
    allowsDerivatives: false,
    requiresShareAlike: false,
    requiresAttribution: true,
    grantsPublicReuse: false,
    reservesAllRights: false,
    requiresUsageTerms: true,
  },
] as const satisfies readonly LicenseDefinition[];

export type LicenseCode = (typeof LICENSES)[number]['code'];

export const LICENSE_CODES = LICENSES.map((l) => l.code) as LicenseCode[];
