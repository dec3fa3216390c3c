import type { LicenseCode, LicenseDefinition } from '../../../content-types';
import type { NewsroomSettings } from '../settings/defaults';
import { licenseName, licenseOf } from './licenses';

/** The rights-related settings. */
export type RightsDefaults = Pick<
  NewsroomSettings,
  'publisherName' | 'defaultLicense' | 'defaultCopyrightHolder' | 'defaultCreditText' | 'reuseAllowedByDefault' | 'tdmReservation' | 'tdmPolicyUrl'
>;

/** The settings the licence and copyright fall back to (the edit view has these, not the others). */
export type CopyrightDefaults = Pick<RightsDefaults, 'publisherName' | 'defaultLicense' | 'defaultCopyrightHolder'>;

/** Whose work an article is and under which licence, as the API serves it. */
export interface ResolvedCopyright {
  license: LicenseDefinition;
  copyrightHolder: string;
  /** The article's year, else the year of its first publication; null while it has neither. */
  copyrightYear: number | null;
}

export interface ResolvedLicense {
  code: LicenseCode;
  name: string;
  url: string | null;
  allowsCommercial: boolean;
  allowsDerivatives: boolean;
  requiresShareAlike: boolean;
  requiresAttribution: boolean;
  /** A public licence that itself permits republication (Creative Commons, CC0), as opposed to permission by agreement. */
  grantsPublicReuse: boolean;
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

/**
 * Licence, copyright holder and year over the defaults: the article's own,
 * else the settings' (the holder then the publisher), else all rights reserved.
 */
export function resolveCopyright(stored: Stored, defaults: CopyrightDefaults, publishedAt: string | null): ResolvedCopyright {
  const rights = stored ?? {};
  return {
    license: licenseOf(rights.license) ?? licenseOf(defaults.defaultLicense) ?? licenseOf('all-rights-reserved')!,
    copyrightHolder: text(rights.copyrightHolder) ?? defaults.defaultCopyrightHolder ?? defaults.publisherName,
    copyrightYear: typeof rights.copyrightYear === 'number' ? rights.copyrightYear : publishedAt ? new Date(publishedAt).getUTCFullYear() : null,
  };
}

/** Resolve stored rights over the defaults, in the article's language. */
export function resolveRights(stored: Stored, defaults: RightsDefaults, locale: string, publishedAt: string | null): ResolvedRights {
  const rights = stored ?? {};
  const { license, copyrightHolder, copyrightYear } = resolveCopyright(stored, defaults, publishedAt);
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
      grantsPublicReuse: license.grantsPublicReuse,
    },
    copyrightHolder,
    copyrightYear,
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
