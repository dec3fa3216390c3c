/**
 * Shapes of the plugin's Content API responses (`/api/newsroom/...`) and of
 * the admin API the edit view and settings page read (`/newsroom/...`).
 * Apps import these types, the admin imports them (`import type`); the
 * integration tests check responses against them.
 */
import type { DirectionSetting, LinkKind } from '../../../content-types';
import type { ResolvedRights } from '../rights/resolve';
import type { ReuseRefusal } from '../rights/reuse-policy';
import type { NewsroomSettings } from '../settings/defaults';
import type { EditorSettingKey } from '../settings/editor';

export type TextDirection = 'rtl' | 'ltr';

/** A node of Strapi "blocks" rich text. */
export interface RichTextNode {
  type: string;
  text?: string;
  children?: RichTextNode[];
  [key: string]: unknown;
}

export interface MediaFile {
  url: string;
  name: string;
  mime: string;
  width: number | null;
  height: number | null;
  alternativeText: string | null;
}

/** A link to another published article, resolved at read time to its current title and slug. */
export interface ArticleRef {
  documentId: string;
  slug: string;
  title: string;
  locale: string;
}

export interface ParagraphBlock {
  __component: 'newsroom.paragraph';
  dir: TextDirection;
  text: RichTextNode[];
  /** Escaped HTML: block elements carry `dir`, runs of the other direction are wrapped in `<bdi>`. */
  html: string;
}
export interface IntertitleBlock {
  __component: 'newsroom.intertitle';
  dir: TextDirection;
  text: string;
  /** `<h2 dir>` with opposite-direction runs isolated. */
  html: string;
}
export interface RelatedLinkBlock {
  __component: 'newsroom.related-link';
  dir: TextDirection;
  kind: LinkKind;
  /** The words shown before the link in the article's language, e.g. "إقرأ أيضاً". */
  kindLabel: string;
  /** Editor's override of the link text; apps show `article.title` when null. */
  label: string | null;
  article: ArticleRef;
}
export interface QuoteBlock {
  __component: 'newsroom.quote';
  dir: TextDirection;
  text: string;
  attribution: string | null;
  /** `<blockquote dir>` with the attribution in `<cite>`, runs isolated. */
  html: string;
}
export interface MediaBlock {
  __component: 'newsroom.media';
  dir: TextDirection;
  file: MediaFile | null;
  caption: string | null;
  credit: string | null;
}
export interface EmbedBlock {
  __component: 'newsroom.embed';
  dir: TextDirection;
  url: string;
  caption: string | null;
}

export type BodyBlock = ParagraphBlock | IntertitleBlock | RelatedLinkBlock | QuoteBlock | MediaBlock | EmbedBlock;

/** An article's rights, resolved over the site's defaults (see README › Rights and reuse). */
export type ArticleRights = ResolvedRights;
export type { ResolvedLicense } from '../rights/resolve';

/**
 * One instant ready to show (`server/src/render/dates.ts`): the day in the
 * site's time zone, in the article's language, in each calendar the settings
 * name (`dateCalendars`); a calendar not chosen has no field.
 */
export interface DisplayDate {
  /** The instant itself, ISO 8601 in UTC (the same as `originalPublishedAt` / `updatedAt`). */
  iso: string;
  /** Gregorian date, e.g. "27 يوليو 2024", "٢٧ يوليو ٢٠٢٤" (digits `arab`), "27 يوليوز 2024" (`ar-MA`), "July 27, 2024" (`en`). */
  gregorian?: string;
  /** Hijri date in the Umm al-Qura calendar, e.g. "21 محرم 1446 هـ", "Muharram 21, 1446 AH" (`en`). */
  hijri?: string;
}

/** An article's dates ready to show. */
export interface ArticleDates {
  /** When it was first published (`originalPublishedAt`). */
  published: DisplayDate;
  /** When it was last changed. */
  updated: DisplayDate;
}

/**
 * An article in a list. With `?isolate=true`, the plain-text fields (title,
 * standfirst, kicker, byline, section) come wrapped in FSI … PDI (U+2068 … U+2069)
 * so they can be inserted into text of either direction.
 */
export interface ArticleSummary {
  documentId: string;
  slug: string;
  /** BCP 47 language of the text (the Strapi locale). */
  lang: string;
  locale: string;
  dir: TextDirection;
  title: string;
  standfirst: string | null;
  kicker: string | null;
  byline: string | null;
  section: string | null;
  keywords: string[];
  wordCount: number;
  readingTimeMinutes: number;
  /** Strapi's technical timestamp of the last publish (a republish moves it). */
  publishedAt: string;
  /**
   * When the article first appeared: the editor's or an imported archive's date, else its first
   * publication here (older rows without one: `publishedAt`). What readers see, JSON-LD's
   * `datePublished` and the date order use.
   */
  originalPublishedAt: string;
  updatedAt: string;
  /** `originalPublishedAt` and `updatedAt` ready to show, per the site's date settings. */
  dates: ArticleDates;
  cover: Omit<MediaBlock, '__component' | 'dir'> | null;
}

/** One article: everything an app needs to render the page, in one response. */
export interface ArticleDetail extends ArticleSummary {
  direction: DirectionSetting;
  /** The standfirst as `<p dir>` with opposite-direction runs isolated. */
  standfirstHtml: string | null;
  allowComments: boolean;
  allowSharing: boolean;
  body: BodyBlock[];
  related: ArticleRef[];
  /** Canonical URL: the site's (settings › articleUrlTemplate) or this API's. */
  url: string;
  /** The other published versions of this article (same document, other locales), by locale code. */
  translations: ArticleTranslation[];
  rights: ArticleRights;
  /** The copyright line in the article's language, e.g. "2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.". */
  copyrightLine: string;
  /** schema.org NewsArticle with licence metadata. */
  jsonLd: Record<string, unknown>;
  /** The same, as a `<script type="application/ld+json">` element safe to insert into a page. */
  jsonLdScript: string;
}

/** A published translation of an article: its locale, canonical URL and title. */
export interface ArticleTranslation {
  locale: string;
  url: string;
  title: string;
}

/** `GET /api/newsroom/articles/:slug/reuse` when reuse is allowed. */
export interface ReuseResponse {
  data: {
    article: { documentId: string; slug: string; title: string; lang: string; dir: TextDirection; url: string };
    license: ArticleRights['license'];
    /** False for the ND licences: the package must be republished unchanged. */
    allowsDerivatives: boolean;
    attribution: { text: string; html: string };
    /** Licence conditions to respect, in the article's language. */
    notices: string[];
    /** Clean HTML to paste: title, standfirst, text blocks, attribution, notices, canonical link. */
    html: string;
  };
  meta: Record<string, never>;
}

/** The 403 answer of the reuse endpoint: `error.details` says why. */
export type ReuseRefusalDetails = ReuseRefusal;

/** Strapi's `meta.pagination`; `pageCount` and `total` are left out with `pagination[withCount]=false`. */
export interface Pagination {
  page: number;
  pageSize: number;
  pageCount?: number;
  total?: number;
}

/** A field `GET /api/newsroom/articles` sorts by, each served by an index. */
export type ArticleSortField = 'publishedAt' | 'updatedAt' | 'title';

/**
 * One key of `sort` on `GET /api/newsroom/articles`: `relevance` (BM25, the default with `q`, only with it),
 * or a field and its order (`publishedAt:desc` the default without `q`; `title` alone means `title:asc`).
 * Several keys: `sort=title:asc,publishedAt:desc` or `sort[0]=…&sort[1]=…`.
 */
export type ArticleSort = 'relevance' | `${ArticleSortField}:${'asc' | 'desc'}`;

/** `filters` of `GET /api/newsroom/articles`, in Strapi's syntax (`filters[section][$eq]=world`). */
export interface ArticleFilters {
  section?: { $eq?: string; $in?: string[] };
  /** Whole keywords as written (Unicode NFC, trimmed): `$contains` — the article has this keyword; `$in` — it has one of these. */
  keywords?: { $contains?: string; $in?: string[] };
  /** ISO 8601 dates (`2026-03-01`, midnight UTC) or date-times with an offset. */
  publishedAt?: { $gte?: string; $gt?: string; $lte?: string; $lt?: string };
}

/** The query of `GET /api/newsroom/articles`. */
export interface ArticleListQuery {
  locale?: string;
  q?: string;
  sort?: ArticleSort | ArticleSort[] | string;
  pagination?: { page?: number; pageSize?: number; withCount?: boolean };
  filters?: ArticleFilters;
  /** Same as `pagination[page]`, `pagination[pageSize]`, `filters[section][$eq]`. */
  page?: number;
  pageSize?: number;
  section?: string;
  isolate?: boolean;
}

/** How a listed article matched `q`. */
export interface SearchHit {
  /** BM25 relevance (title counts 3×, standfirst/kicker/keywords 2×), rounded to 3 decimals. */
  score: number;
  /** Words of the title, standfirst, kicker and keywords, as written there, that a query word matched: for highlighting. */
  matches: string[];
}

/** What `q` was searched as. */
export interface SearchMeta {
  q: string;
  /** The query words searched (every one must match), each with the forms it is looked up by. */
  terms: { word: string; forms: string[] }[];
  /** Query words left out: stop words (في، الذي، the …). A query of nothing else finds nothing. */
  ignored: string[];
  /** The order applied, as its keys joined by commas (`relevance`, `publishedAt:desc`, `title:asc,publishedAt:desc`). */
  sort: string;
  /**
   * True when every query word is in more published articles than the search ranks (2,000): relevance then
   * ranked the ones where the rarest word weighs most. Never with a date or title order, which is exact.
   */
  limited: boolean;
}

/** One item of the list; `search` is there when `q` was given. */
export interface ArticleListItem extends ArticleSummary {
  search?: SearchHit;
}

/** `GET /api/newsroom/articles` */
export interface ArticleListResponse {
  data: ArticleListItem[];
  meta: { pagination: Pagination; search?: SearchMeta };
}

/** `GET /api/newsroom/articles/:slug` */
export interface ArticleResponse {
  data: ArticleDetail;
  meta: Record<string, never>;
}

/** `GET/PUT /newsroom/settings` (admin API): every setting, as the settings page edits them. */
export type { NewsroomSettings } from '../settings/defaults';

/** `GET /newsroom/editor-settings` (admin API): the settings the edit view previews with. */
export type EditorSettings = Pick<NewsroomSettings, EditorSettingKey>;

/** One item of `GET /newsroom/articles/:documentId/suggestions` (admin API), best first. */
export interface Suggestion {
  documentId: string;
  title: string;
  slug: string;
  publishedAt: string;
  score: number;
  /** It shares the source article's section. */
  sameSection: boolean;
}

/** One item of `GET /newsroom/articles/:documentId/links/broken` (admin API): a link readers could not follow. */
export interface BrokenLink {
  in: 'body' | 'related';
  /** Position among the inline links (body) or in the related list, from 0. */
  index: number;
  documentId: string | null;
  /** `unpublished`: the target exists only as a draft; `missing`: no version in this locale (deleted or never there). */
  state: 'unpublished' | 'missing';
}

/** Body of a `newsroom.purge` webhook call (Strapi adds `event` and `createdAt`). */
export interface PurgePayload {
  /** The Document Service action: publish, unpublish, delete, or create/update with publish. */
  action: string;
  documentId: string;
  /** Locales whose published version the write changed. */
  locales: string[];
  /** Every absolute public URL whose content changed, sorted. */
  urls: string[];
}

/** WordPress imports (admin API `/newsroom/import/...`, service `wordpress`). */
export type { Redirect, WordpressJob, WordpressJobPage, WordpressJobSummary, WordpressImportOptions, JobStatus } from '../services/wordpress';
export type { ImportProgress, ImportReport, ReportEntry } from '../wordpress/report';
