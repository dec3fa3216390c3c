import { LICENSES, type LicenseDefinition } from '../../../content-types';

/** The registry row of `code`, or null for an unknown code. */
export function licenseOf(code: string | null | undefined): LicenseDefinition | null {
  return (LICENSES as readonly LicenseDefinition[]).find((l) => l.code === code) ?? null;
}

/** A licence's name in `locale`'s language (Arabic or English). */
export function licenseName(license: LicenseDefinition, locale: string): string {
  return locale.split('-')[0] === 'ar' ? license.name.ar : license.name.en;
}
