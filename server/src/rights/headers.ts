import { headerSafeUrl } from '../text/url';
import type { ResolvedRights } from './resolve';

/**
 * HTTP headers that carry an article's rights: W3C TDMRep (`tdm-reservation`,
 * `tdm-policy`) and `X-Robots-Tag` for snippet opt-out and rights expiry.
 */
export function rightsHeaders(rights: ResolvedRights): Record<string, string> {
  const headers: Record<string, string> = { 'tdm-reservation': rights.tdm.reserved ? '1' : '0' };
  // Never a header from unchecked text: a stored value from before validation, or one with CR/LF, is left out.
  const policy = headerSafeUrl(rights.tdm.policyUrl);
  if (policy) headers['tdm-policy'] = policy;
  const robots: string[] = [];
  if (rights.noSnippet) robots.push('nosnippet');
  if (rights.rightsExpireAt) robots.push(`unavailable_after: ${new Date(rights.rightsExpireAt).toUTCString()}`);
  if (robots.length > 0) headers['X-Robots-Tag'] = robots.join(', ');
  return headers;
}
