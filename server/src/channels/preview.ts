/**
 * Content Manager preview links: the site's page of an article (the settings'
 * URL template) with the query a site checks before it renders a draft. Pure.
 *
 * The query names the version (`documentId`, `locale`, `status`) and, when the
 * plugin has a `previewSecret`, carries `expires` and an HMAC-SHA256
 * `signature` of those four values, so the site renders drafts only for links
 * Strapi made, and only for an hour.
 */
import crypto from 'crypto';

export interface PreviewTarget {
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
}

/** How long a signed preview link opens the draft. */
export const PREVIEW_TTL_MS = 60 * 60 * 1000;

const signed = (t: PreviewTarget, expires: number) => `${t.documentId}\n${t.locale}\n${t.status}\n${expires}`;
const sign = (secret: string, payload: string) => crypto.createHmac('sha256', secret).update(payload).digest('base64url');

/** The preview link of `target` on `pageUrl`. */
export function previewUrl(pageUrl: string, target: PreviewTarget, secret: string | null, now: Date): string {
  const url = new URL(pageUrl);
  url.searchParams.set('preview', '1');
  url.searchParams.set('documentId', target.documentId);
  url.searchParams.set('locale', target.locale);
  url.searchParams.set('status', target.status);
  if (secret) {
    const expires = now.getTime() + PREVIEW_TTL_MS;
    url.searchParams.set('expires', String(expires));
    url.searchParams.set('signature', sign(secret, signed(target, expires)));
  }
  return url.toString();
}

/**
 * What a site does with a preview link's query: the version to render when the signature is
 * Strapi's and the link has not expired, else null. (The README shows the same check in a few lines.)
 */
export function verifyPreview(query: URLSearchParams, secret: string, now: Date): PreviewTarget | null {
  const documentId = query.get('documentId');
  const locale = query.get('locale');
  const status = query.get('status');
  const expires = Number(query.get('expires'));
  const signature = query.get('signature') ?? '';
  if (!documentId || !locale || (status !== 'draft' && status !== 'published') || !Number.isFinite(expires) || expires < now.getTime()) return null;
  const target: PreviewTarget = { documentId, locale, status };
  const expected = Buffer.from(sign(secret, signed(target, expires)));
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? target : null;
}
