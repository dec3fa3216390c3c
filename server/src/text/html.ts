/** Escape text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** URL schemes a rendered link may carry; anything else (javascript:, data:…) is dropped. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** The URL when it is safe to put in an href/src, else null. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : null;
}
