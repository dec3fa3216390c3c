const NEEDS_ESCAPE = /[&<>"']/;

/**
 * Escape text for an HTML text node or a double-quoted attribute value.
 * One pass per character (`&` first, so no escape is escaped again) rather
 * than a callback per match: markup-dense text produces far less garbage.
 */
export function escapeHtml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** URL schemes a rendered link may carry; anything else (javascript:, data:…) is dropped. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** The URL when it is safe to put in an href/src, else null. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : null;
}
