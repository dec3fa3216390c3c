import type { LicenseCode } from '../../../content-types';
import { licenseName, licenseOf } from './licenses';

/** The rights-related settings (see services/settings.ts). */
export interface RightsDefaults {
  publisherName: string;
  defaultLicense: LicenseCode;
  defaultCopyrightHolder: string | null;
  defaultCreditText: string | null;
  reuseAllowedByDefault: boolean;
  tdmReservation: boolean;
  tdmPolicyUrl: string | null;
}

export interface ResolvedLicense {
  code: LicenseCode;
  name: string;
  url: string | null;
  allowsCommercial: boolean;
  allowsDerivatives: boolean;
  requiresShareAlike: boolean;
  requiresAttribution: boolean;
}

/** An article's rights as apps see them: its own values, the settings' defaults where it has none. */
export interface ResolvedRights {
  license: ResolvedLicense;
  copyrightHolder: string;
  /** The article's year, else the year of its first publication. */
  copyrightYear: number | null;
  creditText: string | null;
  usageTerms: string | null;
  acquireLicenseUrl: string | null;
  reuseAllowed: boolean;
  externalDistribution: boolean | null;
  tdm: { reserved: boolean; policyUrl: string | null };
  noSnippet: boolean;
  embargoUntil: string | null;
  rightsExpireAt: string | null;
  basedOn: { title: string | null; publisher: string | null; url: string | null; language: string | null } | null;
}

type Stored = Record<string, any> | null | undefined;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const date = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

/** Resolve stored rights over the defaults, in the article's language. */
export function resolveRights(stored: Stored, defaults: RightsDefaults, locale: string, publishedAt: string | null): ResolvedRights {
  const rights = stored ?? {};
  const license = licenseOf(rights.license) ?? licenseOf(defaults.defaultLicense) ?? licenseOf('all-rights-reserved')!;
  const basedOn = rights.basedOn;
  const hasBasedOn = basedOn && [basedOn.title, basedOn.publisher, basedOn.url, basedOn.language].some((v) => text(v));
  return {
    license: {
      code: license.code as LicenseCode,
      name: licenseName(license, locale),
      url: license.url,
      allowsCommercial: license.allowsCommercial,
      allowsDerivatives: license.allowsDerivatives,
      requiresShareAlike: license.requiresShareAlike,
      requiresAttribution: license.requiresAttribution,
    },
    copyrightHolder: text(rights.copyrightHolder) ?? defaults.defaultCopyrightHolder ?? defaults.publisherName,
    copyrightYear: typeof rights.copyrightYear === 'number' ? rights.copyrightYear : publishedAt ? new Date(publishedAt).getUTCFullYear() : null,
    creditText: text(rights.creditText) ?? defaults.defaultCreditText,
    usageTerms: text(rights.usageTerms),
    acquireLicenseUrl: text(rights.acquireLicenseUrl),
    reuseAllowed: bool(rights.reuseAllowed) ?? defaults.reuseAllowedByDefault,
    externalDistribution: bool(rights.externalDistribution),
    tdm: {
      reserved: bool(rights.tdmReservation) ?? defaults.tdmReservation,
      policyUrl: text(rights.tdmPolicyUrl) ?? defaults.tdmPolicyUrl,
    },
    noSnippet: rights.noSnippet === true,
    embargoUntil: date(rights.embargoUntil),
    rightsExpireAt: date(rights.rightsExpireAt),
    basedOn: hasBasedOn
      ? { title: text(basedOn.title), publisher: text(basedOn.publisher), url: text(basedOn.url), language: text(basedOn.language) }
      : null,
  };
}
