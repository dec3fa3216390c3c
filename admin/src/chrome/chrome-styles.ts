import { TITLE_MARK } from './titles';

/** The id of the plugin's one `<style>` element in the admin's document. */
export const CHROME_STYLE_ID = 'newsroom-chrome-titles';

/**
 * Applies to marked titles only. `unicode-bidi: plaintext` gives the title
 * the direction of its first strong letter (UAX #9 P2–P3), like `dir="auto"`
 * on the same element, so the ellipsis (`text-overflow`, which follows the
 * element's direction) falls at the title's logical end; `text-align: start`
 * aligns it on that side.
 */
export const CHROME_CSS = `
[${TITLE_MARK}] {
  unicode-bidi: plaintext;
  text-align: start;
}

/*
 * The relation picker lays its options out in a table as wide as the longest
 * one, so the list box cut long titles wherever it ended: the beginning of an
 * Arabic one. As wide as the picker instead, each title is cut by its own
 * ellipsis, at its logical end.
 */
[role='listbox']:has([${TITLE_MARK}]) [data-radix-scroll-area-viewport] > div {
  display: block !important;
}
[role='option'] [${TITLE_MARK}] {
  display: block;
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
[role='option'] :has(> [${TITLE_MARK}]) {
  min-width: 0;
}
`;

/** Insert the style once into `doc`; later calls find it. */
export function ensureChromeStyles(doc: Document): void {
  if (doc.getElementById(CHROME_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = CHROME_STYLE_ID;
  style.textContent = CHROME_CSS;
  doc.head.appendChild(style);
}
