/**
 * The plugin settings' shape and defaults. Pure (no Strapi import): the
 * settings service stores them, the admin previews and edits with them.
 */
import type { LicenseCode } from '../../../content-types';
import type { DateCalendar, DateDigits } from '../render/dates';
import { DEFAULT_COPYRIGHT_TEMPLATES } from '../rights/copyright-line';
import { DEFAULT_WORDS_PER_MINUTE, type SlugStrategy } from '../text';

/** Settings editors change in the admin; stored in the database so every Strapi node agrees. */
export interface NewsroomSettings {
  slugStrategy: SlugStrategy;
  wordsPerMinute: number;
  /** Publisher of the site, in JSON-LD and attributions. */
  publisherName: string;
  publisherUrl: string | null;
  /** Public URL of an article on the site, e.g. `https://example.com/{locale}/news/{slug}`; canonical link of reuse packages. */
  articleUrlTemplate: string | null;
  defaultLicense: LicenseCode;
  /** Copyright holder when an article names none (else the publisher). */
  defaultCopyrightHolder: string | null;
  defaultCreditText: string | null;
  reuseAllowedByDefault: boolean;
  /** W3C TDMRep: text-and-data-mining rights reserved unless an article says otherwise. */
  tdmReservation: boolean;
  tdmPolicyUrl: string | null;
  /** Copyright line per language; `{year}` and `{holder}` are replaced. */
  copyrightTemplates: Record<string, string>;
  /** Calendars an article's dates are shown in (`dates` in the API), at least one. */
  dateCalendars: DateCalendar[];
  /** Digits of dates in Arabic articles: `auto` as CLDR has it for the article's locale, or forced. */
  dateDigits: DateDigits;
  /** IANA time zone the dates' days are counted in, e.g. "Asia/Dubai". */
  timeZone: string;
}

/** The two settings the config file seeds (`config/plugins.ts`), as they are when it names neither. */
export const DEFAULT_CONFIG_SETTINGS: Pick<NewsroomSettings, 'slugStrategy' | 'wordsPerMinute'> = {
  slugStrategy: 'unicode',
  wordsPerMinute: DEFAULT_WORDS_PER_MINUTE,
};

/** Every other setting, until an admin changes it. */
export const DEFAULT_SETTINGS: Omit<NewsroomSettings, 'slugStrategy' | 'wordsPerMinute'> = {
  publisherName: 'Newsroom',
  publisherUrl: null,
  articleUrlTemplate: null,
  defaultLicense: 'all-rights-reserved',
  defaultCopyrightHolder: null,
  defaultCreditText: null,
  reuseAllowedByDefault: false,
  tdmReservation: true,
  tdmPolicyUrl: null,
  copyrightTemplates: DEFAULT_COPYRIGHT_TEMPLATES,
  // Both: the page prints both, as Gulf papers do on their masthead; an app shows the ones it wants.
  dateCalendars: ['gregorian', 'hijri'],
  dateDigits: 'auto',
  timeZone: 'UTC',
};
