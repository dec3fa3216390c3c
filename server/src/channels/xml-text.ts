/**
 * Text made safe for an XML document. The feed and sitemap libraries escape
 * markup (`&`, `<`, `]]>`), but they pass through characters XML 1.0 forbids
 * outright (C0 controls, lone surrogates, U+FFFE/FFFF), which make a whole feed
 * unparseable for every reader: those are removed. One pass, linear time.
 */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 does not allow. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

const RLM = '\u200F';
const RLI = '\u2067';
const PDI = '\u2069';

/**
 * A title as a feed reader should show it. Readers strip markup, so a `dir`
 * attribute does not survive; Unicode controls in the text do. An RTL title
 * gets RLM, then RLI … PDI around it:
 * - the RLM is a strong right-to-left character, so a reader that picks the
 *   direction from the first strong character (HTML `dir="auto"`, most readers)
 *   lays the title out right to left even when it starts with a Latin run
 *   ("CNN: …") or a number;
 * - the isolate keeps the title's own order when the reader lays it out in a
 *   left-to-right line (its UI language), and keeps the reader's text next to
 *   it (a date, a feed name) from joining the title's runs.
 * A left-to-right title is left as it is: that is every reader's default.
 * The stored text holds no bidi controls of its own (render/article.ts removes
 * them), so the isolate is always balanced.
 */
export function bidiSafeTitle(title: string, dir: 'rtl' | 'ltr'): string {
  return dir === 'rtl' ? `${RLM}${RLI}${title}${PDI}` : title;
}
