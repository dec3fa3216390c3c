/**
 * Links to the old WordPress site, as the import finds their target: by permalink (whatever the
 * scheme, `www.`, trailing slash or percent-encoding case the link was written with) or by post id
 * (`?p=123`, `?page_id=`, the shortlink form). Pure: no Strapi import.
 */
import { createHash } from 'crypto';

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * `text` as an absolute http(s) URL in its WHATWG serialisation (spaces, controls and non-ASCII
 * percent-encoded; tabs and line breaks removed, as the URL standard reads them): what a redirect
 * map may name as an old address. Otherwise why not: not a URL, not http(s), or carrying a user
 * name or password (which the reason does not repeat: it is shown to editors).
 */
export function checkHttpUrl(text: string, base?: string): { url: string } | { problem: string } {
  const quoted = `"${text.trim().slice(0, 200)}"`;
  let url: URL;
  try {
    url = new URL(text.trim(), base || undefined);
  } catch {
    return { problem: `${quoted} is not an absolute URL` };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return { problem: `${quoted} is not an http(s) URL` };
  if (url.username || url.password) return { problem: `the address on ${url.host} carries a user name or password` };
  return { url: url.href };
}

/** `text` (resolved against `base`, when given, as a browser resolves a link) as checkHttpUrl gives it, or null for what it refuses. */
export function absoluteHttpUrl(text: string, base?: string): string | null {
  const checked = checkHttpUrl(text, base);
  return 'url' in checked ? checked.url : null;
}

/** The form two links to the same post share, or null for what is not an http(s) URL. */
export function normaliseLink(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = decode(url.pathname).normalize('NFC').replace(/\/+$/, '') || '/';
  const id = postIdOf(url.href);
  return id !== null ? `${host}?p=${id}` : `${host}${path}`;
}

/** The hash a normalised link is stored and looked up by (short, ASCII, indexable everywhere). */
export const linkKey = (href: string, base?: string): string | null => {
  const normal = normaliseLink(href, base);
  return normal === null ? null : createHash('sha256').update(normal).digest('hex');
};

/** The post id a `?p=123` / `?page_id=123` link names, or null. */
export function postIdOf(href: string, base?: string): number | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  const value = url.searchParams.get('p') ?? url.searchParams.get('page_id');
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/** How a link names the post it points at: its `?p=` id, else its permalink's key; null for neither. */
export function linkTarget(href: string, base?: string): { postId: number } | { linkKey: string } | null {
  const postId = postIdOf(href, base);
  if (postId !== null) return { postId };
  const key = linkKey(href, base);
  return key ? { linkKey: key } : null;
}
