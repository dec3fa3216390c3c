/**
 * The settings page's side of the date settings: the calendar choice as one
 * select, the time zones to offer, and the languages to preview. Pure, so it
 * is unit-tested; the formatting itself is the server's (`core`).
 */
import type { DateCalendar } from '../core';

/** The three choices of calendars; the server's setting is a list (at least one), the page offers these. */
export const CALENDAR_CHOICES = ['gregorian,hijri', 'gregorian', 'hijri'] as const;
export type CalendarChoice = (typeof CALENDAR_CHOICES)[number];

/** The select's value for a stored list, in the canonical order whatever the stored one. */
export function calendarChoice(calendars: readonly DateCalendar[] | undefined): CalendarChoice {
  const hasGregorian = calendars?.includes('gregorian') ?? true;
  const hasHijri = calendars?.includes('hijri') ?? true;
  if (hasGregorian && !hasHijri) return 'gregorian';
  if (hasHijri && !hasGregorian) return 'hijri';
  return 'gregorian,hijri';
}

/** The list the server stores for a choice. */
export const calendarsOf = (choice: CalendarChoice): DateCalendar[] => choice.split(',') as DateCalendar[];

/**
 * The zones to offer: UTC first, then every zone the browser's Intl knows, and
 * the current value if the browser does not list it (an alias the server
 * accepted, or an older browser without `Intl.supportedValuesOf`).
 */
export function timeZoneOptions(current: string | undefined, known: readonly string[] = supportedTimeZones()): string[] {
  const zones = ['UTC', ...known.filter((zone) => zone !== 'UTC')];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  return typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : [];
}

/** A site locale as the i18n plugin lists it (`GET /i18n/locales`). */
export interface SiteLocale {
  code: string;
  name: string;
  isDefault?: boolean;
}

/** The site's locales to preview dates in, the default one first; the interface's language when the list is unknown. */
export function previewLocales(locales: readonly SiteLocale[] | null, fallback: string): SiteLocale[] {
  if (!locales || locales.length === 0) return [{ code: fallback, name: fallback, isDefault: true }];
  return [...locales].sort((a, b) => Number(Boolean(b.isDefault)) - Number(Boolean(a.isDefault)));
}
