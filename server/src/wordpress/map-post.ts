/**
 * One WXR item as what the import does with it: skip it (with the reason), or write an article
 * (fields, pending body, whether to publish, its original date) and what to report about it.
 * Pure: no Strapi import.
 */
import { createHash } from 'crypto';
import { resolveBodyLinks } from './body-links';
import { contentToBlocks } from './content';
import { parseFragment } from './html-tree';
import { textOf } from './inline';
import type { ConvertedBlock, ConvertNote } from './html-blocks';
import { checkHttpUrl } from './old-links';
import type { WxrItem, WxrTerm } from './wxr-reader';

/**
 * Bumped when the conversion changes, so a re-import rewrites articles an older importer wrote.
 * 2: links and image sources relative to the post resolved against its permalink (body-links.ts);
 * titles and term names read as HTML; [gallery], [video] and [audio] shortcodes converted.
 * 3: comments closed on the old site (`wp:comment_status`) closed on the article (`allowComments`).
 * 4: the section is the primary category an SEO plugin recorded (Yoast SEO, Rank Math), when there is one;
 * featured and gallery images take their attachment's caption.
 * 5: the hash covers what a post takes from elsewhere in the export (author and category names, the
 * attachments it shows), so an edit there makes the post changed.
 * 6: a post's co-authors (Co-Authors Plus) are its byline; without an excerpt, the description its SEO
 * plugin recorded (Yoast SEO, Rank Math) is its standfirst; WPML's language and translation group read.
 * 7: the description and primary category All in One SEO, SEOPress and The SEO Framework recorded read too.
 */
export const CONVERTER_VERSION = 7;

/** Why an item is not imported. Data: the report shows these codes. */
export const SKIP_REASONS = {
  page: 'a page, not a news post',
  attachment: 'an attachment (imported with the posts that use it)',
  nav_menu_item: 'a menu item',
  private: 'a private post',
  trash: 'a post in the trash',
  'auto-draft': 'an auto-draft WordPress never showed anyone',
  inherit: 'a revision',
  'other-type': 'a post type the import was not asked to take',
  'other-language': 'a post in another language than the import’s locale',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

/** The post types imported as articles unless the import is told otherwise: WordPress's posts. */
export const DEFAULT_POST_TYPES: readonly string[] = ['post'];

/** Types WordPress keeps for its own entries (media, menus, revisions, the block editor's patterns, templates and styles): never articles. */
const WORDPRESS_OWN_TYPES = new Set(['attachment', 'nav_menu_item', 'revision', 'custom_css', 'customize_changeset', 'oembed_cache', 'user_request']);

/**
 * Why `name` cannot be a post type the import takes as articles, or null when it can: WordPress's own
 * rule for a post type's key (register_post_type: 1 to 20 of a-z, 0-9, `_` and `-`), and none of the
 * types WordPress keeps for itself. A site's own types (a theme's `news`, `video`, `opinion`) and
 * `page` can be chosen.
 */
export function postTypeProblem(name: string): string | null {
  if (!/^[a-z0-9_-]{1,20}$/.test(name)) return `"${name.slice(0, 40)}" is not a WordPress post type (1 to 20 of a-z, 0-9, _ and -)`;
  if (WORDPRESS_OWN_TYPES.has(name) || name.startsWith('wp_')) return `"${name}" is a type WordPress keeps for its own entries, not posts`;
  return null;
}

export interface ArticlePlan {
  kind: 'article';
  postId: number;
  guid: string;
  link: string;
  hash: string;
  publish: boolean;
  data: {
    title: string;
    slug: string | null;
    standfirst: string | null;
    byline: string | null;
    section: string | null;
    keywords: string[];
    originalPublishedAt: string | null;
    allowComments: boolean;
  };
  /** The post's translation group on a multilingual site (Polylang), or null: its other languages' articles are this one's locales. */
  translationGroup: string | null;
  body: ConvertedBlock[];
  /** Attachment id of the featured image (`_thumbnail_id`). */
  thumbnailId: number | null;
  notes: ConvertNote[];
  /** A `future` post's scheduled date (imported as a draft). */
  scheduledFor: string | null;
}

export type ItemPlan = ArticlePlan | { kind: 'skip'; postId: number | null; guid: string; reason: SkipReason; detail: string };

export interface MapContext {
  /** Author login → display name, from the channel's `wp:author` entries. */
  authors: ReadonlyMap<string, string>;
  /** Co-Authors Plus guest authors, login → display name, from the export's `guest-author` items (guestAuthorOf). */
  guestAuthors?: ReadonlyMap<string, string>;
  /** The post types imported as articles (DEFAULT_POST_TYPES when not given); every other item is skipped with its reason. */
  postTypes?: ReadonlySet<string>;
  /** The site's categories, term id → nicename (the channel's `wp:category` entries): how a primary category, named by id, is found. */
  categories?: ReadonlyMap<number, string>;
  /** The exported site's address (`wp:base_site_url`): WPML's translation groups are numbers of that site's own. */
  site?: string;
}

/**
 * A Co-Authors Plus guest author (an item of its `guest-author` post type): the login its posts name it
 * by (their `author` terms) and its display name; null for any other item.
 */
export function guestAuthorOf(item: WxrItem): { login: string; displayName: string } | null {
  if (item.postType !== 'guest-author') return null;
  const login = (item.meta['cap-user_login'] ?? '').trim();
  const displayName = shownText(item.meta['cap-display_name'] ?? '');
  return login && displayName ? { login, displayName } : null;
}

/**
 * The byline: the post's co-authors where the site ran Co-Authors Plus (its `author` taxonomy: one term
 * per co-author, named by login, in byline order), each by a guest author's or a user's display name,
 * joined as the locale lists names ("أحمد وسارة", "A and B"); else its author's display name, else the
 * login WordPress names it by.
 */
function bylineOf(item: WxrItem, context: MapContext, locale: string): string | null {
  const displayName = (login: string) => shownText(context.guestAuthors?.get(login) ?? context.authors.get(login) ?? login);
  const coauthors = [...new Set(item.terms.filter((t) => t.domain === 'author' && t.name.trim()).map((t) => displayName(t.name.trim())).filter(Boolean))];
  if (coauthors.length === 0) return displayName(item.creator) || null;
  return listOf(coauthors, locale);
}

/** Names as the locale lists them (CLDR's conjunction, through Intl.ListFormat); an unusable locale tag lists them as English does. */
function listOf(names: string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
  }
}

/**
 * A variable of an SEO plugin's template, which the plugin filled in on the page while the export
 * holds the template: Yoast SEO's and SEOPress's `%%title%%`, Rank Math's `%excerpt%`.
 */
const PERCENT_VARIABLE = /%[a-z][a-z0-9_]*%/i;
/**
 * All in One SEO's variables, its smart tags (`#post_title`, `#separator_sa`): a `#` outside a word,
 * then lower-case ASCII letters and underscores up to the word's end, so `#غزة`, `#Gaza` or `#COP28`
 * is text.
 */
const SMART_TAG = /(?<![\p{L}\p{N}_])#[a-z][a-z_]*(?![\p{L}\p{N}])/u;

/**
 * Post meta where SEO plugins keep a post's description for search results, in this order: Yoast
 * SEO's, Rank Math's, All in One SEO's (`_aioseo_description`, then the key of its versions before 4;
 * version 4 keeps descriptions in a table of its own, which the export does not write), SEOPress's,
 * The SEO Framework's; each with the template syntax refused in it. All in One SEO before version 4
 * and The SEO Framework fill in no variables in a post's own description; the percent syntax is
 * refused there too, as a template carried over from another plugin.
 */
const SEO_DESCRIPTION_META: readonly [key: string, template: RegExp][] = [
  ['_yoast_wpseo_metadesc', PERCENT_VARIABLE],
  ['rank_math_description', PERCENT_VARIABLE],
  ['_aioseo_description', SMART_TAG],
  ['_aioseop_description', PERCENT_VARIABLE],
  ['_seopress_titles_desc', PERCENT_VARIABLE],
  ['_genesis_description', PERCENT_VARIABLE],
];

/** The post's description its SEO plugin recorded, as written by an editor (one holding a template variable is none). */
function seoDescription(item: WxrItem): string | null {
  for (const [key, template] of SEO_DESCRIPTION_META) {
    const text = shownText(item.meta[key] ?? '');
    if (text && !template.test(text)) return text;
  }
  return null;
}

/**
 * Post meta where SEO plugins keep the category a post is filed under (a term id): Yoast SEO's,
 * Rank Math's, SEOPress's (`none` when unset), The SEO Framework's.
 */
const PRIMARY_CATEGORY_META = ['_yoast_wpseo_primary_category', 'rank_math_primary_category', '_seopress_robots_primary_cat', '_primary_term_category'];

/**
 * The post's categories, its primary one first. WordPress exports a post's categories by name, so
 * the first is the alphabetically first, not the section the site filed it under; an SEO plugin
 * records that one by term id, which the channel's categories turn into a nicename.
 */
function categoriesOf(item: WxrItem, context: MapContext): WxrTerm[] {
  const categories = item.terms.filter((t) => t.domain === 'category');
  const primaryId = PRIMARY_CATEGORY_META.map((key) => Number((item.meta[key] ?? '').trim() || NaN)).find(Number.isSafeInteger);
  const primary = primaryId !== undefined ? context.categories?.get(primaryId) : undefined;
  const at = primary ? categories.findIndex((t) => t.nicename === primary) : -1;
  return at > 0 ? [categories[at], ...categories.slice(0, at), ...categories.slice(at + 1)] : categories;
}

const KEYWORDS_MAX = 30;
const KEYWORD_MAX_LENGTH = 100;
const LIMITS = { title: 300, standfirst: 1000, byline: 200, section: 120 } as const;

/** WXR's "2024-07-27 09:30:00" in UTC as ISO 8601; null for WordPress's empty date (0000-00-00…). */
export function wxrDate(text: string): string | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)$/.exec(text.trim());
  if (!match || match[1] === '0000') return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `wp:post_name` as the slug it stands for: WordPress stores Unicode slugs percent-encoded (lower-case hex). */
export function decodeSlug(postName: string): string | null {
  const name = postName.trim();
  if (!name) return null;
  try {
    return decodeURIComponent(name).normalize('NFC');
  } catch {
    return name;
  }
}

/** Text of an HTML excerpt (tags dropped, entities as htmlparser2 decodes them through the converter). */
function excerptText(excerpt: string): string | null {
  const { blocks } = contentToBlocks(excerpt);
  const text = blocks
    .map((b) => ('__component' in b && b.__component === 'newsroom.paragraph' ? b.text.map((t) => (t.type === 'paragraph' ? t.children.map((c) => (c.type === 'text' ? c.text : c.children.map((x) => (x.type === 'text' ? x.text : '')).join(''))).join('') : '')).join(' ') : ''))
    .join('\n')
    .trim();
  return text || null;
}

const cut = (text: string, max: number, field: string, notes: ConvertNote[]): string => {
  if (text.length <= max) return text;
  notes.push({ code: 'shortened', detail: `${field} cut to ${max} characters` });
  return text.slice(0, max);
};

/**
 * A title, a category or tag name, an author's name as the old site showed it: WordPress stores them
 * as HTML (a term name with `&` as `&amp;`, a title with `&#8220;` or `<em>`) and prints them as
 * such, so they are read as HTML (htmlparser2: entities decoded, tags dropped). Unlike `plainText`,
 * every whitespace (a `<br>`'s line break, a no-break space) becomes one space: these are one line.
 */
function shownText(html: string): string {
  return textOf(parseFragment(html)).replace(/\s+/g, ' ').trim();
}

/** A media caption's longest length (the media component's `caption`). */
const CAPTION_MAX = 500;

/** An attachment as the posts that show it use it (their featured image, their galleries). */
export interface ExportAttachment {
  url: string;
  alt: string;
  /** Its caption: WordPress keeps a media file's caption as the attachment's excerpt. Null when it has none. */
  caption: string | null;
  /** The caption was longer than the media component takes: cut (a post that shows it reports so). */
  captionCut: boolean;
}

/** An attachment item's file, alt text and caption; null for an item without a file. */
export function attachmentOf(item: WxrItem): ExportAttachment | null {
  if (!item.attachmentUrl) return null;
  const caption = shownText(item.excerpt);
  return { url: item.attachmentUrl, alt: item.meta._wp_attachment_image_alt ?? '', caption: caption ? caption.slice(0, CAPTION_MAX) : null, captionCut: caption.length > CAPTION_MAX };
}

/**
 * The source hash: an unchanged item (same fields, same converter) is skipped on re-import. `fromExport`:
 * what the post takes from elsewhere in the export (its author's display name, its categories' names),
 * so a change there makes the post changed too. The export attachments it shows are added by the writer
 * (`sourceHash` in services/wordpress-writer.ts), which resolves them.
 */
export function itemHash(item: WxrItem, locale: string, fromExport: unknown = null): string {
  return createHash('sha256').update(JSON.stringify([CONVERTER_VERSION, locale, item, fromExport])).digest('hex');
}

/** A language tag's primary subtag, lowercased: `ar-SA`, `ar_SA` and `ar` are all `ar`. */
const primaryLanguage = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * WPML keeps languages in tables of its own, which WordPress's export does not write; its "WPML Export
 * and Import" add-on records them on each post as meta before an export: the post's language code and
 * its translation group (WPML's `trid`, a number).
 */
const WPML_LANGUAGE_META = '_wpml_import_language_code';
const WPML_GROUP_META = '_wpml_import_translation_group';

/**
 * The post's language on a multilingual site: Polylang files each post under a term of its `language`
 * taxonomy (its slug the language code: `ar`, `en`, `pt-br`) that WordPress exports with the post's
 * categories; WPML's export add-on records it as post meta. Null for a site without either.
 */
function postLanguage(item: WxrItem): string | null {
  const polylang = item.terms.find((t) => t.domain === 'language' && t.nicename)?.nicename;
  if (polylang) return polylang;
  return (item.meta[WPML_LANGUAGE_META] ?? '').trim() || null;
}

/**
 * The post's translation group, the same for each language's version: Polylang's `post_translations`
 * term (`pll_…`, unique to its site), else WPML's group, a number of its site's own, so named with the
 * site (`wpml_` and a hash of the site's address and the number): two sites' group 12 are two groups.
 */
function translationGroup(item: WxrItem, site: string): string | null {
  const polylang = item.terms.find((t) => t.domain === 'post_translations')?.nicename ?? '';
  if (polylang) return /^[A-Za-z0-9_-]{1,64}$/.test(polylang) ? polylang : null;
  const wpml = (item.meta[WPML_GROUP_META] ?? '').trim();
  if (!wpml || wpml.length > 200) return null;
  return `wpml_${createHash('sha256').update(`${site}\n${wpml}`).digest('base64url').slice(0, 32)}`;
}

/** What the import does with `item`. */
export function planItem(item: WxrItem, context: MapContext, locale: string): ItemPlan {
  const skip = (reason: SkipReason, detail: string = SKIP_REASONS[reason]): ItemPlan => ({ kind: 'skip', postId: item.postId, guid: item.guid, reason, detail });
  const postTypes = context.postTypes ?? new Set(DEFAULT_POST_TYPES);
  if (!postTypes.has(item.postType)) {
    const reason = (['page', 'attachment', 'nav_menu_item'] as const).find((t) => t === item.postType) ?? 'other-type';
    return skip(reason, reason === 'other-type' ? `post type "${item.postType || '(none)'}": not among the post types imported (${[...postTypes].join(', ')})` : SKIP_REASONS[reason]);
  }
  if (item.status === 'private' || item.status === 'trash' || item.status === 'auto-draft' || item.status === 'inherit') return skip(item.status);
  // A multilingual site's export holds every language: only the import's own comes in (another import takes the others).
  const language = postLanguage(item);
  if (language !== null && primaryLanguage(language) !== primaryLanguage(locale)) {
    return skip('other-language', `in "${language.slice(0, 20)}" (the site's multilingual plugin), not in the import's locale "${locale}"`);
  }
  if (item.postId === null) throw new Error('the item has no wp:post_id');
  if (item.oversized.length > 0) throw new Error(`fields longer than the import's limit: ${item.oversized.join(', ')}`);

  const notes: ConvertNote[] = [];
  // The old address, as the redirect map names it (never raw text from the export), and what the body's relative links are read against.
  const checked = item.link.trim() ? checkHttpUrl(item.link) : null;
  const link = checked && 'url' in checked ? checked.url : null;
  const converted = contentToBlocks(item.content);
  const { blocks, notes: linkNotes } = resolveBodyLinks(converted.blocks, link ?? '');
  notes.push(...converted.notes, ...linkNotes);
  const names = (terms: WxrTerm[]) => [...new Set(terms.map((t) => shownText(t.name)).filter(Boolean))];
  const categories = names(categoriesOf(item, context));
  const tags = names(item.terms.filter((t) => t.domain === 'post_tag'));
  if (categories.length > 1) notes.push({ code: 'kept-as-text', detail: `categories ${categories.slice(1).join(', ')} beyond the first kept as keywords` });
  const keywords = [...new Set([...tags, ...categories.slice(1)])].map((k) => k.slice(0, KEYWORD_MAX_LENGTH));
  if (keywords.length > KEYWORDS_MAX) notes.push({ code: 'shortened', detail: `${keywords.length} tags: the first ${KEYWORDS_MAX} kept` });

  let title = shownText(item.title);
  if (!title) {
    title = `WordPress ${item.postId}`;
    notes.push({ code: 'kept-as-text', detail: `the post has no title: titled "${title}"` });
  }
  const byline = bylineOf(item, context, locale);
  // A password-protected post was not public on the old site: it comes in as a draft (with its date), for an editor to decide.
  const protectedPost = item.status === 'publish' && item.postPassword !== '';
  if (protectedPost) notes.push({ code: 'password-protected', detail: 'the post was password-protected on the old site: imported as a draft' });
  const published = item.status === 'publish' && !protectedPost;
  const date = wxrDate(item.postDateGmt) ?? (item.status === 'publish' ? wxrDate(item.postDate) : null);
  const thumbnail = item.meta._thumbnail_id ? Number(item.meta._thumbnail_id) : null;
  if (checked && 'problem' in checked) notes.push({ code: 'link-invalid', detail: `the post's address: ${checked.problem}; no redirect for it` });
  return {
    kind: 'article',
    postId: item.postId,
    guid: item.guid,
    link: link ?? '',
    hash: itemHash(item, locale, { byline, categories }),
    publish: published,
    data: {
      title: cut(title, LIMITS.title, 'title', notes),
      slug: decodeSlug(item.postName),
      standfirst: (() => {
        // The excerpt, else the description an editor wrote for search results: both summarise the post.
        const text = excerptText(item.excerpt) ?? seoDescription(item);
        return text ? cut(text, LIMITS.standfirst, 'standfirst', notes) : null;
      })(),
      byline: byline ? cut(byline, LIMITS.byline, 'byline', notes) : null,
      section: categories[0] ? cut(categories[0], LIMITS.section, 'section', notes) : null,
      keywords: keywords.slice(0, KEYWORDS_MAX),
      originalPublishedAt: item.status === 'publish' ? date : null,
      // Comments closed on the old site stay closed; open (or not said) is the article's default.
      allowComments: item.commentStatus !== 'closed',
    },
    body: blocks,
    thumbnailId: thumbnail !== null && Number.isSafeInteger(thumbnail) ? thumbnail : null,
    translationGroup: translationGroup(item, context.site ?? ''),
    notes,
    scheduledFor: item.status === 'future' ? date : null,
  };
}
