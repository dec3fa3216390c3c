import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { LICENSE_CODES, type LicenseCode } from '../../../content-types';
import { slugStrategySchema, wordsPerMinuteSchema, type NewsroomConfig } from '../config';
import { canonicalTimeZone, DATE_CALENDARS, DATE_DIGITS, type DateCalendar, type DateDigits } from '../render/dates';
import { DEFAULT_SETTINGS, type NewsroomSettings } from '../settings/defaults';
import { isHttpUrl } from '../text/url';
import { getService } from '../utils/get-service';
import { LOCALE_CODE, objectSchema, validate } from '../validation';

export { DEFAULT_SETTINGS, type NewsroomSettings };

// The raw string is checked (isHttpUrl): `new URL()` drops CR/LF, and these values go into headers and links.
const httpUrl = yup
  .string()
  .nullable()
  .test('http-url', '${path} must be an http(s) URL without spaces or control characters', (value) => value === null || value === undefined || isHttpUrl(value));

// Every setting has exactly one rule: `satisfies` fails the type-check when a setting is added without one.
const settingsSchema = objectSchema({
  slugStrategy: slugStrategySchema,
  wordsPerMinute: wordsPerMinuteSchema,
  publisherName: yup.string().trim().min(1).max(200),
  publisherUrl: httpUrl,
  articleUrlTemplate: httpUrl.test('has-slug', '${path} must contain {slug}', (value) => !value || value.includes('{slug}')),
  defaultLicense: yup.mixed<LicenseCode>().oneOf(LICENSE_CODES),
  defaultCopyrightHolder: yup.string().nullable().max(200),
  defaultCreditText: yup.string().nullable().max(300),
  reuseAllowedByDefault: yup.boolean(),
  tdmReservation: yup.boolean(),
  tdmPolicyUrl: httpUrl,
  copyrightTemplates: yup
    .object()
    .test('templates', '${path} must map locale codes to templates of at most 300 characters containing {holder}', (value) =>
      value === undefined ||
      Object.entries(value as Record<string, unknown>).every(
        ([locale, template]) => LOCALE_CODE.test(locale) && typeof template === 'string' && template.length <= 300 && template.includes('{holder}')
      )
    ),
  dateCalendars: yup
    .array(yup.mixed<DateCalendar>().oneOf([...DATE_CALENDARS]).required())
    .min(1, '${path} must name at least one calendar (gregorian, hijri)')
    .test('unique', '${path} must not name a calendar twice', (value) => !value || new Set(value).size === value.length),
  dateDigits: yup.mixed<DateDigits>().oneOf([...DATE_DIGITS]),
  timeZone: yup
    .string()
    .max(64)
    .test('time-zone', '${path} must be an IANA time zone such as "UTC" or "Asia/Dubai"', (value) => value === undefined || canonicalTimeZone(value) !== null),
} satisfies Record<keyof NewsroomSettings, yup.AnySchema>);

/** The core store row of the settings (`strapi.store({ type: 'plugin', name: 'newsroom', key: 'settings' })`). */
export const SETTINGS_STORE_KEY = 'plugin_newsroom_settings';

/** Plugin options (config file) and settings (database, over the defaults). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom', key: 'settings' });
  return {
    config(): NewsroomConfig {
      return strapi.config.get('plugin::newsroom') as NewsroomConfig;
    },

    /** Current settings: stored values over the defaults (config file for the first two). Read from the database every time. */
    async get(): Promise<NewsroomSettings> {
      return this.fromStored((await store().get({})) as Partial<NewsroomSettings> | null);
    },

    /** The settings of a stored value (the core store's `plugin_newsroom_settings`, `SETTINGS_STORE_KEY`): over the defaults. */
    fromStored(saved: Partial<NewsroomSettings> | null): NewsroomSettings {
      const { slugStrategy, wordsPerMinute } = this.config();
      return { slugStrategy, wordsPerMinute, ...DEFAULT_SETTINGS, ...(saved ?? {}) };
    },

    /** Validate and store a partial update; 400 naming each bad or unknown field, nothing stored then. */
    async update(input: unknown): Promise<NewsroomSettings> {
      const patch = validate(settingsSchema, input, 'typed') as Partial<NewsroomSettings>;
      // Stored as Intl names it ("asia/dubai" → "Asia/Dubai"), so the settings page shows the zone it will get.
      if (patch.timeZone !== undefined) patch.timeZone = canonicalTimeZone(patch.timeZone) ?? patch.timeZone;
      const current = await this.get();
      const next = { ...current, ...patch };
      const saved = ((await store().get({})) ?? {}) as Partial<NewsroomSettings>;
      await store().set({ value: { ...saved, ...patch } });
      // Everything rendered may show a setting: every prepared read is stale (one UPDATE), re-rendered on its next read.
      await getService(strapi, 'readModel').invalidateAll();
      return next;
    },
  };
};
