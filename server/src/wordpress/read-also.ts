/**
 * "Read also" lines of Arabic and English news sites: a paragraph that is only a marker
 * (`إقرأ أيضاً`, `أنظر أيضا`, `اقرأ أيضا:`, `Read also:`, `See also:`…), a separator and a
 * link or title. WordPress stores them as ordinary paragraphs; the plugin has a block for them
 * (`newsroom.related-link`). Pure: no Strapi import.
 */
import type { LinkKind } from '../../../content-types/blocks';

/** Markers as written once folded (`foldMarker`), and the kind of link each introduces. Data, not code. */
const MARKERS: readonly [string, LinkKind][] = [
  ['اقرا ايضا', 'read-also'],
  ['اقرا كذلك', 'read-also'],
  ['اقرا المزيد', 'read-also'],
  ['انظر ايضا', 'see-also'],
  ['شاهد ايضا', 'see-also'],
  ['read also', 'read-also'],
  ['also read', 'read-also'],
  ['read more', 'read-also'],
  ['see also', 'see-also'],
];

/** What may stand between the marker and the title. */
const SEPARATORS = new Set([' ', '\u00a0', ':', '|', '-', '–', '—', '»', '«', '>', '،', ',', '.', '\u200f', '\u200e']);

/**
 * The text with what varies between writings of the same marker taken away: tashkeel and tatweel,
 * hamza seats on alef (إ أ آ ٱ → ا), alef maqsura (ى → ي), case. One pass, linear.
 */
export function foldMarker(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0640 || code === 0x0670) continue;
    out += 'إأآٱ'.includes(ch) ? 'ا' : ch === 'ى' ? 'ي' : ch.toLowerCase();
  }
  return out;
}

/** The folded text's leading separators' length. */
function separatorsAt(text: string, start: number): number {
  let end = start;
  while (end < text.length && SEPARATORS.has(text[end])) end += 1;
  return end - start;
}

/**
 * When `text` (a paragraph's plain text) is a read-also line: its kind and the title after the
 * marker (`''` when the line is only the marker); otherwise null.
 */
export function readAlsoLine(text: string): { kind: LinkKind; title: string } | null {
  const trimmed = text.trim();
  const folded = foldMarker(trimmed);
  for (const [marker, kind] of MARKERS) {
    if (!folded.startsWith(marker)) continue;
    const after = marker.length;
    const gap = separatorsAt(folded, after);
    // "Read also" must end at a separator: "Read alsothis" or "اقرأ أيضاًكم" is not a marker.
    if (after < folded.length && gap === 0) continue;
    // Folding removed characters (tashkeel), so the title is found in the original by what remains after the marker.
    const restFolded = folded.slice(after + gap);
    return { kind, title: restFolded.length === 0 ? '' : titleTail(trimmed, restFolded.length) };
  }
  return null;
}

/** The end of `original` whose folded form has `foldedLength` characters. */
function titleTail(original: string, foldedLength: number): string {
  const chars = [...original.normalize('NFC')];
  let kept = 0;
  let index = chars.length;
  while (index > 0 && kept < foldedLength) {
    index -= 1;
    if (foldMarker(chars[index]).length > 0) kept += 1;
  }
  return chars.slice(index).join('').trim();
}
