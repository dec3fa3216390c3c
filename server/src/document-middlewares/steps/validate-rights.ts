import { licenseOf } from '../../rights/licenses';
import { isHttpUrl } from '../../text';
import type { FieldError } from '../../utils/errors';

type Data = Record<string, any>;

const URL_FIELDS = ['acquireLicenseUrl', 'tdmPolicyUrl'] as const;

/** Problems with the `rights` component of a write, by field path (licence codes are checked by Strapi's enum). */
export function rightsProblems(rights: unknown, now = new Date()): FieldError[] {
  if (!rights || typeof rights !== 'object') return [];
  const r = rights as Data;
  const problems: FieldError[] = [];
  if (licenseOf(r.license)?.requiresUsageTerms && (typeof r.usageTerms !== 'string' || r.usageTerms.trim() === '')) {
    problems.push({ path: ['rights', 'usageTerms'], message: `is required when the licence is "${r.license}"` });
  }
  for (const field of URL_FIELDS) {
    if (r[field] !== null && r[field] !== undefined && r[field] !== '' && !isHttpUrl(r[field])) {
      problems.push({ path: ['rights', field], message: 'must be an http(s) URL' });
    }
  }
  const basedOnUrl = r.basedOn?.url;
  if (basedOnUrl !== null && basedOnUrl !== undefined && basedOnUrl !== '' && !isHttpUrl(basedOnUrl)) {
    problems.push({ path: ['rights', 'basedOn', 'url'], message: 'must be an http(s) URL' });
  }
  const maxYear = now.getUTCFullYear() + 1;
  if (r.copyrightYear !== null && r.copyrightYear !== undefined && (!Number.isInteger(r.copyrightYear) || r.copyrightYear < 1800 || r.copyrightYear > maxYear)) {
    problems.push({ path: ['rights', 'copyrightYear'], message: `must be a year between 1800 and ${maxYear}` });
  }
  if (r.embargoUntil && r.rightsExpireAt && new Date(r.embargoUntil) >= new Date(r.rightsExpireAt)) {
    problems.push({ path: ['rights', 'embargoUntil'], message: 'must be before rightsExpireAt' });
  }
  return problems;
}
