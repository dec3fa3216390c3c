import { PREVIEW_TTL_MS, previewUrl, verifyPreview } from './preview';

const target = { documentId: 'abc123', locale: 'ar', status: 'draft' as const };
const now = new Date('2024-07-27T08:00:00Z');
const SECRET = 'a-preview-secret-of-some-length';

describe('preview links', () => {
  it('opens the page with the version named and a signature the site can check', () => {
    const url = new URL(previewUrl('https://news.example/ar/news/%D8%AE%D8%A8%D8%B1', target, SECRET, now));
    expect(url.origin + url.pathname).toBe('https://news.example/ar/news/%D8%AE%D8%A8%D8%B1');
    expect(url.searchParams.get('status')).toBe('draft');
    expect(verifyPreview(url.searchParams, SECRET, now)).toEqual(target);
  });

  it('refuses a link with another secret, a changed version, or past its hour', () => {
    const url = new URL(previewUrl('https://news.example/x', target, SECRET, now));
    expect(verifyPreview(url.searchParams, 'another-secret-of-some-length', now)).toBeNull();
    const tampered = new URLSearchParams(url.searchParams);
    tampered.set('documentId', 'other');
    expect(verifyPreview(tampered, SECRET, now)).toBeNull();
    expect(verifyPreview(url.searchParams, SECRET, new Date(now.getTime() + PREVIEW_TTL_MS + 1))).toBeNull();
  });

  it('carries no signature without a secret', () => {
    const url = new URL(previewUrl('https://news.example/x', target, null, now));
    expect(url.searchParams.has('signature')).toBe(false);
    expect(verifyPreview(url.searchParams, SECRET, now)).toBeNull();
  });
});
