import type { LicenseDefinition } from '../../../content-types';

/** Why an article may not be republished; machine-readable, part of the 403 answer. */
export type ReuseRefusal =
  | { reason: 'reuse-not-allowed' }
  | { reason: 'license-forbids-reuse'; license: string }
  | { reason: 'external-distribution-not-allowed' }
  | { reason: 'embargo'; until: string }
  | { reason: 'rights-expired'; since: string };

export interface ReuseFacts {
  license: LicenseDefinition;
  reuseAllowed: boolean;
  externalDistribution: boolean | null;
  embargoUntil: string | null;
  rightsExpireAt: string | null;
}

/**
 * The first reason reuse is refused, or null when a partner may republish now.
 * Whatever the licence, reuse needs the article's own permission (`reuseAllowed`);
 * without it, a licence that reserves all rights is named as the reason.
 */
export function reuseRefusal(facts: ReuseFacts, now: Date): ReuseRefusal | null {
  if (!facts.reuseAllowed) {
    return facts.license.reservesAllRights
      ? { reason: 'license-forbids-reuse', license: facts.license.code }
      : { reason: 'reuse-not-allowed' };
  }
  if (facts.externalDistribution === false) return { reason: 'external-distribution-not-allowed' };
  if (facts.embargoUntil && now < new Date(facts.embargoUntil)) return { reason: 'embargo', until: new Date(facts.embargoUntil).toISOString() };
  if (facts.rightsExpireAt && now >= new Date(facts.rightsExpireAt)) return { reason: 'rights-expired', since: new Date(facts.rightsExpireAt).toISOString() };
  return null;
}
