/** Longest URL the plugin stores or serves. */
export const URL_MAX_LENGTH = 2048;

/** Whitespace and C0/C1 controls: `new URL()` silently drops CR, LF and TAB, so they are refused on the raw string. */
const UNSAFE_IN_URL = /[\s\u0000-\u001F\u007F-\u009F]/u;

/**
 * True for an absolute http(s) URL, judged on the raw string: no whitespace
 * or control character anywhere (a CR/LF would split an HTTP header), at most
 * URL_MAX_LENGTH characters.
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > URL_MAX_LENGTH || UNSAFE_IN_URL.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * An http(s) URL as it may go into an HTTP header: checked as by `isHttpUrl`
 * and serialised by the URL parser (non-ASCII percent-encoded, IDN hosts in
 * punycode), so the value is plain ASCII; null when the URL is not acceptable.
 */
export function headerSafeUrl(value: unknown): string | null {
  if (!isHttpUrl(value)) return null;
  const href = new URL(value).href;
  return /^[\x21-\x7E]+$/.test(href) ? href : null;
}
