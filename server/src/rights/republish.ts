import sanitizeHtml from 'sanitize-html';
import { escapeHtml, isolateOppositeRuns, safeUrl, type Direction } from '../text';

/**
 * The republish package: clean HTML a partner can paste. Built from the
 * bidi-safe block HTML stored on write, then passed through an allow-list
 * sanitiser (sanitize-html) as a second line of defence: no scripts, styles,
 * forms, iframes, embeds or media — only text structure, links and `dir`.
 */
export const REPUBLISH_ALLOWED_TAGS = [
  'article', 'header', 'footer', 'h1', 'h2', 'h3', 'p', 'blockquote', 'cite', 'strong', 'em', 'u', 's', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'bdi', 'br',
];

export function sanitizeRepublishHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: REPUBLISH_ALLOWED_TAGS,
    allowedAttributes: { '*': ['dir', 'lang'], a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
  });
}

export interface RepublishInput {
  title: string;
  standfirst: string | null;
  lang: string;
  dir: Direction;
  /** Stored HTML of the text blocks (paragraphs, intertitles, quotes), in order. */
  blocks: string[];
  canonicalUrl: string;
  attributionHtml: string;
  notices: string[];
}

/** The whole package: title, standfirst, text blocks, attribution, notices and a canonical link back. */
export function republishHtml(input: RepublishInput): string {
  const { dir } = input;
  const href = safeUrl(input.canonicalUrl);
  const parts = [
    `<article lang="${escapeHtml(input.lang)}" dir="${dir}">`,
    `<header><h1 dir="${dir}">${isolateOppositeRuns(input.title, dir)}</h1>`,
    input.standfirst ? `<p dir="${dir}"><strong>${isolateOppositeRuns(input.standfirst, dir)}</strong></p>` : '',
    '</header>',
    ...input.blocks,
    '<footer>',
    input.attributionHtml,
    ...input.notices.map((n) => `<p dir="${dir}"><em>${isolateOppositeRuns(n, dir)}</em></p>`),
    href ? `<p dir="ltr"><a href="${escapeHtml(href)}" rel="canonical">${escapeHtml(input.canonicalUrl)}</a></p>` : '',
    '</footer></article>',
  ];
  return sanitizeRepublishHtml(parts.join(''));
}
