import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { slugStrategySchema, wordsPerMinuteSchema, type NewsroomConfig } from '../config';
import type { SlugStrategy } from '../text';
import { validationError } from '../utils/errors';

/** Settings editors change in the admin; stored in the database so every Strapi node agrees. */
export interface NewsroomSettings {
  slugStrategy: SlugStrategy;
  wordsPerMinute: number;
}

const SETTINGS_KEYS = ['slugStrategy', 'wordsPerMinute'] as const;

const settingsSchema = yup.object({
  slugStrategy: slugStrategySchema,
  wordsPerMinute: wordsPerMinuteSchema,
});

/** Plugin options (config file) and settings (database, over the config defaults). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom', key: 'settings' });
  return {
    config(): NewsroomConfig {
      return strapi.config.get('plugin::newsroom') as NewsroomConfig;
    },

    /** Current settings: stored values over the config file's defaults. Read from the database every time. */
    async get(): Promise<NewsroomSettings> {
      const { slugStrategy, wordsPerMinute } = this.config();
      const saved = ((await store().get({})) ?? {}) as Partial<NewsroomSettings>;
      return { slugStrategy: saved.slugStrategy ?? slugStrategy, wordsPerMinute: saved.wordsPerMinute ?? wordsPerMinute };
    },

    /** Validate and store a partial update; 400 naming each bad or unknown field, nothing stored then. */
    async update(input: unknown): Promise<NewsroomSettings> {
      if (!input || typeof input !== 'object' || Array.isArray(input)) {
        throw validationError([{ path: [], message: 'settings must be an object' }]);
      }
      const unknown = Object.keys(input).filter((key) => !(SETTINGS_KEYS as readonly string[]).includes(key));
      if (unknown.length > 0) throw validationError(unknown.map((key) => ({ path: [key], message: 'is not a setting' })));
      const patch = (await validateYupSchema(settingsSchema, { strict: true, abortEarly: false })(input)) as Partial<NewsroomSettings>;
      const next = { ...(await this.get()), ...patch };
      await store().set({ value: next });
      return next;
    },
  };
};
