/**
 * Bidirectional formatting characters (UAX #9). Embeddings and overrides
 * (LRE, RLE, PDF, LRO, RLO) can make text display differently from what it is
 * ("Trojan Source"): refused in titles, neutralised in rendered output.
 * Slugs refuse every bidi control, marks and isolates included.
 */
export const EMBEDDING_OVERRIDE_CHARS = /[\u202A-\u202E]/;
export const BIDI_CONTROL_CHARS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Control characters (C0, DEL, C1) that never belong in a single-line field. */
export const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/;

/** Describe the first embedding/override character in `text`, or null when there is none. */
export function findBidiOverride(text: string): { index: number; codePoint: string } | null {
  const match = EMBEDDING_OVERRIDE_CHARS.exec(text);
  if (!match) return null;
  return {
    index: match.index,
    codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  };
}
