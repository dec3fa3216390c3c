import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { LICENSE_CODES, type LicenseCode } from '../../../content-types';
import { slugStrategySchema, wordsPerMinuteSchema, type NewsroomConfig } from '../config';
import { DEFAULT_COPYRIGHT_TEMPLATES } from '../rights';
import type { SlugStrategy } from '../text';
import { validationError } from '../utils/errors';

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
}

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
};

const SETTINGS_KEYS = ['slugStrategy', 'wordsPerMinute', ...Object.keys(DEFAULT_SETTINGS)];

const httpUrl = yup
  .string()
  .nullable()
  .max(2048)
  .test('http-url', '${path} must be an http(s) URL', (value) => {
    if (value === null || value === undefined) return true;
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  });

const settingsSchema = yup.object({
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
        ([locale, template]) => /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale) && typeof template === 'string' && template.length <= 300 && template.includes('{holder}')
      )
    ),
});

/** Plugin options (config file) and settings (database, over the defaults). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom', key: 'settings' });
  return {
    config(): NewsroomConfig {
      return strapi.config.get('plugin::newsroom') as NewsroomConfig;
    },

    /** Current settings: stored values over the defaults (config file for the first two). Read from the database every time. */
    async get(): Promise<NewsroomSettings> {
      const { slugStrategy, wordsPerMinute } = this.config();
      const saved = ((await store().get({})) ?? {}) as Partial<NewsroomSettings>;
      return { slugStrategy, wordsPerMinute, ...DEFAULT_SETTINGS, ...saved };
    },

    /** Validate and store a partial update; 400 naming each bad or unknown field, nothing stored then. */
    async update(input: unknown): Promise<NewsroomSettings> {
      if (!input || typeof input !== 'object' || Array.isArray(input)) {
        throw validationError([{ path: [], message: 'settings must be an object' }]);
      }
      const unknown = Object.keys(input).filter((key) => !SETTINGS_KEYS.includes(key));
      if (unknown.length > 0) throw validationError(unknown.map((key) => ({ path: [key], message: 'is not a setting' })));
      const patch = (await validateYupSchema(settingsSchema, { strict: true, abortEarly: false })(input)) as Partial<NewsroomSettings>;
      const current = await this.get();
      const next = { ...current, ...patch };
      const saved = ((await store().get({})) ?? {}) as Partial<NewsroomSettings>;
      await store().set({ value: { ...saved, ...patch } });
      return next;
    },
  };
};
