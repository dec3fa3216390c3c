/**
 * What a list request asks for once its query string is read (either syntax:
 * the plugin's `page`/`pageSize`/`section`/`sort`, or Strapi's `pagination`,
 * `sort` and `filters`), in the shape the list index answers. Pure: no Strapi import.
 */
import crypto from 'crypto';

/** Fields a list can be ordered by, each served by an index of the list table. */
export const LIST_SORT_FIELDS = ['publishedAt', 'updatedAt', 'title'] as const;
export type ListSortField = (typeof LIST_SORT_FIELDS)[number];
export type SortOrder = 'asc' | 'desc';

/** One key of the order; the first is the one an index serves, later ones break its ties. */
export interface ListOrder {
  field: ListSortField;
  order: SortOrder;
}

/** Bounds of `publishedAt`, as instants. */
export interface DateRange {
  $gte?: Date;
  $gt?: Date;
  $lte?: Date;
  $lt?: Date;
}

export interface ListFilters {
  /** Articles in any of these sections. */
  sections?: string[];
  /** Articles carrying any of these keywords (whole keywords, see `keywordKey`). */
  keywords?: string[];
  publishedAt?: DateRange;
}

/** Whether the total of these filters can be read off the per-(locale, section) stats instead of counted. */
export const countedByStats = (filters: ListFilters): boolean => !filters.keywords && !filters.publishedAt;

/**
 * The identity of a keyword for `filters[keywords]`: the keyword as written,
 * Unicode-normalised (NFC) and trimmed, hashed to ASCII so every database
 * compares it byte for byte (MariaDB's collations equate Arabic letter variants).
 */
export const keywordKey = (keyword: string): string => crypto.createHash('sha256').update(keyword.normalize('NFC').trim()).digest('hex');

/** The distinct keyword keys of an article's keyword list. */
export function keywordKeys(keywords: unknown): string[] {
  if (!Array.isArray(keywords)) return [];
  const texts = keywords.filter((k): k is string => typeof k === 'string' && k.trim() !== '');
  return [...new Set(texts.map(keywordKey))];
}

/** `publishedAt:desc` → { field, order }; `title` alone means ascending, as in Strapi. Null for anything else. */
export function parseSortKey(text: string): ListOrder | null {
  const [field, order = 'asc', ...rest] = text.trim().split(':');
  if (rest.length > 0 || !(LIST_SORT_FIELDS as readonly string[]).includes(field)) return null;
  const lower = order.toLowerCase();
  if (lower !== 'asc' && lower !== 'desc') return null;
  return { field: field as ListSortField, order: lower };
}

/** Characters of the title the title order compares (the index key's width). */
export const TITLE_KEY_LENGTH = 120;

/** The sort key of a title: its first characters, compared by the database's collation as Strapi's own `sort=title` is. */
export const titleKey = (title: unknown): string => (typeof title === 'string' ? title.normalize('NFC').trim().slice(0, TITLE_KEY_LENGTH) : '');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * An ISO 8601 date (`2026-03-01`, midnight UTC) or date-time with its offset
 * (`2026-03-01T10:00:00Z`, `…+03:00`), as an instant; null when it is not one
 * or names a day that does not exist (`2026-02-30`).
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = calendar.getUTCFullYear() === Number(year) && calendar.getUTCMonth() === Number(month) - 1 && calendar.getUTCDate() === Number(day);
  if (!real || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const instant = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The article fields a list item is rendered from (render/article.ts `renderSummary`), stored with each published version. */
export const SUMMARY_FIELDS = [
  'documentId',
  'slug',
  'locale',
  'direction',
  'title',
  'standfirst',
  'kicker',
  'byline',
  'section',
  'keywords',
  'wordCount',
  'readingTimeMinutes',
  'publishedAt',
  'originalPublishedAt',
  'updatedAt',
] as const;
