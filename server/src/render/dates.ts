/**
 * Dates as readers see them: one instant in the Gregorian and the Hijri
 * (Umm al-Qura) calendars, in the text's language, with the site's digits and
 * time zone. Pure (no Strapi import): the API renders with it, the admin
 * previews with it. Every calendar rule is ICU's (`Intl.DateTimeFormat`);
 * nothing here counts days or months.
 */
import type { ArticleDates, DisplayDate } from '../types/api';

/** The calendars a date can be shown in; `hijri` is the Umm al-Qura calendar (Saudi Arabia's official one). */
export const DATE_CALENDARS = ['gregorian', 'hijri'] as const;
export type DateCalendar = (typeof DATE_CALENDARS)[number];

/** `auto`: the language's customary digits (CLDR); `latn`: 0123456789; `arab`: ٠١٢٣٤٥٦٧٨٩. */
export const DATE_DIGITS = ['auto', 'latn', 'arab'] as const;
export type DateDigits = (typeof DATE_DIGITS)[number];

/** The ICU calendar behind each calendar we offer. */
const INTL_CALENDARS: Record<DateCalendar, string> = { gregorian: 'gregory', hijri: 'islamic-umalqura' };

/** Day, month name, year: "27 يوليو 2024", "21 محرم 1446 هـ" (ICU adds the era where the language writes one). */
const FIELDS = { day: 'numeric', month: 'long', year: 'numeric' } as const;

export interface DateDisplayOptions {
  /** Language of the text the date goes into (BCP 47), e.g. "ar", "ar-MA", "en". A malformed tag is read as "en". */
  locale: string;
  digits?: DateDigits;
  /** Which calendars to show, at least one; the result has a field for each and none for the others. */
  calendars?: readonly DateCalendar[];
  /** IANA time zone the day is counted in (an article published at 23:30 UTC is dated the next day in Asia/Dubai). */
  timeZone?: string;
}

// Building a DateTimeFormat is far slower than formatting with one: keep them per (locale, calendar, digits, zone).
// The keys come from the site's locales and settings, a handful; the bound only guards against a caller looping over many.
const MAX_FORMATTERS = 256;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The locale as Intl reads it; "en" for a tag Intl would refuse, so a bad locale code never breaks an article. */
function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function formatter(locale: string, calendar: DateCalendar, digits: DateDigits, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${calendar}|${digits}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    // The numberingSystem option is the `-u-nu-` extension as an option (ECMA-402 lets it override the tag's):
    // appending "-u-nu-arab" to a locale that already has a -u- extension would make an invalid tag.
    format = new Intl.DateTimeFormat(usableLocale(locale), {
      ...FIELDS,
      calendar: INTL_CALENDARS[calendar],
      timeZone,
      ...(digits === 'auto' ? {} : { numberingSystem: digits }),
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

/**
 * One instant ready to show in each of `calendars`, e.g. for 2024-07-27 in `ar`:
 * `{ iso: '2024-07-27T…Z', gregorian: '27 يوليو 2024', hijri: '21 محرم 1446 هـ' }`.
 * Throws a RangeError for an invalid date or time zone.
 */
export function displayDates(value: string | Date, options: DateDisplayOptions): DisplayDate {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  const { locale, digits = 'auto', calendars = DATE_CALENDARS, timeZone = 'UTC' } = options;
  const result: DisplayDate = { iso: date.toISOString() };
  for (const calendar of DATE_CALENDARS) {
    if (calendars.includes(calendar)) result[calendar] = formatter(locale, calendar, digits, timeZone).format(date);
  }
  return result;
}

/** The digits a date in `locale` is written with under `digits`: "latn", "arab", or the locale's own (e.g. "arabext" for Persian). */
export function numberingSystemOf(locale: string, digits: DateDigits = 'auto'): string {
  return formatter(locale, 'gregorian', digits, 'UTC').resolvedOptions().numberingSystem;
}

/** The zone as Intl names it ("asia/dubai" → "Asia/Dubai"), or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.trim() === '') return null;
  // Asked for every date of every rendered article (dateOptionsFor), and a formatter costs ~100 µs to
  // build: the answer depends only on the runtime's ICU data, so it is kept (a few zones a site uses).
  if (zones.has(zone)) return zones.get(zone)!;
  let canonical: string | null;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    canonical = null;
  }
  if (zones.size >= MAX_FORMATTERS) zones.clear();
  zones.set(zone, canonical);
  return canonical;
}
const zones = new Map<string, string | null>();

/** The site's date settings (see NewsroomSettings). */
export interface DateSettings {
  dateCalendars: DateCalendar[];
  dateDigits: DateDigits;
  timeZone: string;
}

/**
 * How dates of a text in `locale` are shown under the site's settings. The
 * digits setting is the site's style for Arabic: it applies to Arabic texts
 * (`ar`, `ar-SA`…); a text in another language keeps its own customary digits
 * (an English article under `arab` still reads "July 27, 2024").
 */
export function dateOptionsFor(settings: DateSettings, locale: string): DateDisplayOptions {
  const arabic = locale.split('-')[0].toLowerCase() === 'ar';
  // A zone the runtime no longer knows (stored before an ICU upgrade dropped it) reads as UTC rather than failing every read.
  const timeZone = canonicalTimeZone(settings.timeZone) ?? 'UTC';
  return { locale, digits: arabic ? settings.dateDigits : 'auto', calendars: settings.dateCalendars, timeZone };
}

/** What `publicationDate` reads: a stored or rendered article. */
export interface PublicationDates {
  originalPublishedAt?: string | Date | null;
  publishedAt: string | Date;
}

/**
 * The date readers see, ISO 8601 in UTC: the original publication date when the article has one
 * (an imported archive's date, or the editor's), else Strapi's `publishedAt`. The one rule every
 * channel (render, JSON-LD, list order, feeds) reads the publication date through.
 */
export function publicationDate(entry: PublicationDates): string {
  const original = entry.originalPublishedAt;
  return new Date(original !== null && original !== undefined && original !== '' ? original : entry.publishedAt).toISOString();
}

/** An article's publication (see `publicationDate`) and last-update dates, ready to show in its language under the site's settings. */
export function articleDates(article: PublicationDates & { updatedAt: string; locale: string }, settings: DateSettings): ArticleDates {
  const options = dateOptionsFor(settings, article.locale);
  return { published: displayDates(publicationDate(article), options), updated: displayDates(article.updatedAt, options) };
}
