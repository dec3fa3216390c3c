/**
 * RSS 2.0 and Atom 1.0 documents, written by the `feed` library (it escapes
 * text, CDATA and URLs through xml-js). What it does not do is added here, on
 * the library's own terms:
 * - Atom's `xml:lang` (the library has no option for it): set on the root element;
 * - an entry's licence: RSS items get `dc:rights` and `<atom:link rel="license">`
 *   as item extensions (each declaring its namespace), Atom entries `<rights>`;
 * - Atom titles are typed `html` by the library, so their text is HTML-escaped
 *   first (a title about "<script>" stays text in the reader).
 * Pure: no Strapi import.
 */
import { Feed, type Item } from 'feed';
import { escapeHtml } from '../text/html';
import type { FeedView } from './visibility';
import { bidiSafeTitle, xmlText } from './xml-text';

export const FEED_FORMATS = ['rss', 'atom'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** The feed as a whole. Every URL is absolute, from configuration. */
export interface FeedChannel {
  title: string;
  description: string;
  /** BCP 47 language of every entry (one feed per locale). */
  language: string;
  /** The site (or the API list) this feed mirrors. */
  link: string;
  /** This feed's own URLs, RSS and Atom. */
  self: Record<FeedFormat, string>;
  /** The newest change among the entries; the Unix epoch for an empty feed (stable, so its ETag is too). */
  updated: Date;
  /** The publisher's copyright line for the feed as a whole. */
  copyright: string;
}

/** One article of a feed. */
export interface FeedEntry {
  url: string;
  title: string;
  dir: 'rtl' | 'ltr';
  /** The publication date readers see (render/dates.ts `publicationDate`). */
  published: Date;
  updated: Date;
  view: Exclude<FeedView, 'absent'>;
  summary: string | null;
  author: string | null;
  section: string | null;
  /** The copyright line, in the article's language. */
  copyright: string;
  license: { name: string; url: string | null };
}

const DC = 'http://purl.org/dc/elements/1.1/';
const ATOM = 'http://www.w3.org/2005/Atom';
const ATOM_ROOT = `<feed xmlns="${ATOM}">`;

/** "© … — CC BY 4.0": the copyright line with the licence, as one readable rights statement. */
const rightsText = (entry: FeedEntry): string => xmlText(`${entry.copyright} — ${entry.license.name}`);

function item(entry: FeedEntry, format: FeedFormat): Item {
  const title = xmlText(bidiSafeTitle(entry.title, entry.dir));
  const full = entry.view === 'full';
  const base: Item = {
    // Atom types the title as HTML: escape it so it is read as the text it is.
    title: format === 'atom' ? escapeHtml(title) : title,
    id: entry.url,
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    copyright: rightsText(entry),
  };
  if (full && entry.summary) base.description = format === 'atom' ? escapeHtml(xmlText(entry.summary)) : xmlText(entry.summary);
  if (full && entry.author) base.author = [{ name: xmlText(entry.author) }];
  if (full && entry.section) base.category = [{ name: xmlText(entry.section), term: xmlText(entry.section) }];
  if (format === 'rss') {
    base.extensions = [{ name: 'dc:rights', objects: { _attributes: { 'xmlns:dc': DC }, _text: rightsText(entry) } }];
    if (entry.license.url) {
      base.extensions.push({ name: 'atom:link', objects: { _attributes: { 'xmlns:atom': ATOM, rel: 'license', href: entry.license.url } } });
    }
  }
  return base;
}

/** The feed document in `format`: RSS 2.0 or Atom 1.0, UTF-8. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: FeedEntry[]): string {
  const feed = new Feed({
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    id: channel.self[format],
    link: channel.link,
    language: channel.language,
    updated: channel.updated,
    copyright: xmlText(channel.copyright),
    feedLinks: { rss: channel.self.rss, atom: channel.self.atom },
    generator: 'strapi-plugin-newsroom',
  });
  for (const entry of entries) feed.addItem(item(entry, format));
  if (format === 'rss') return feed.rss2();
  const xml = feed.atom1();
  // The library writes this exact root; if an upgrade changes it, fail loudly rather than lose the language.
  if (!xml.includes(ATOM_ROOT)) throw new Error('feed: unexpected Atom root element, cannot set xml:lang');
  return xml.replace(ATOM_ROOT, `<feed xmlns="${ATOM}" xml:lang="${escapeHtml(channel.language)}">`);
}
