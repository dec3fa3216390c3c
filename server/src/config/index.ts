import { yup } from '@strapi/utils';
import { DEFAULT_WORDS_PER_MINUTE, SLUG_STRATEGIES, type SlugStrategy } from '../text';
import { objectSchema, problemsIn } from '../validation';

/** Options a developer sets in `config/plugins.ts` under `newsroom.config`. */
export interface NewsroomConfig {
  /** Default reading speed for `readingTimeMinutes` until an admin changes it in the settings. */
  wordsPerMinute: number;
  /** Default slug strategy until an admin changes it in the settings. */
  slugStrategy: SlugStrategy;
  /** Page size of `GET /api/newsroom/articles` when the request names none. */
  defaultPageSize: number;
  /** Largest page size a request may ask for. */
  maxPageSize: number;
  /** `Cache-Control` of the article detail read, in seconds. */
  cache: CacheConfig;
  /** Largest WordPress export `POST /newsroom/import/wordpress` accepts, in bytes (the import streams it: this bounds disk, not memory). */
  importMaxBytes: number;
}

export interface CacheConfig {
  /** Browsers: 0 = revalidate every time (a 304 is one indexed lookup). */
  maxAge: number;
  /** Shared caches (CDN): how long a copy is served without asking. */
  sMaxAge: number;
  /** Shared caches may serve an expired copy this long while they revalidate. */
  staleWhileRevalidate: number;
}

export const defaultConfig: NewsroomConfig = {
  wordsPerMinute: DEFAULT_WORDS_PER_MINUTE,
  slugStrategy: 'unicode',
  defaultPageSize: 25,
  maxPageSize: 100,
  cache: { maxAge: 0, sMaxAge: 60, staleWhileRevalidate: 300 },
  importMaxBytes: 1024 * 1024 * 1024,
};

const seconds = yup.number().integer().min(0).max(31536000).required();

/** Rules shared by the config file and the settings stored in the database. */
export const wordsPerMinuteSchema = yup.number().integer().min(50).max(1000);
export const slugStrategySchema = yup.mixed<SlugStrategy>().oneOf([...SLUG_STRATEGIES]);

const configSchema = objectSchema({
  wordsPerMinute: wordsPerMinuteSchema.required(),
  slugStrategy: slugStrategySchema.required(),
  defaultPageSize: yup.number().integer().min(1).max(1000).required(),
  maxPageSize: yup
    .number()
    .integer()
    .min(1)
    .max(1000)
    .required()
    .test('max-not-below-default', 'must be at least defaultPageSize', function check(value) {
      return value === undefined || value >= (this.parent as NewsroomConfig).defaultPageSize;
    }),
  cache: objectSchema({
    maxAge: seconds,
    sMaxAge: seconds,
    staleWhileRevalidate: seconds,
  } satisfies Record<keyof CacheConfig, yup.AnySchema>).required(),
  importMaxBytes: yup.number().integer().min(1024).max(Number.MAX_SAFE_INTEGER).required(),
} satisfies Record<keyof NewsroomConfig, yup.AnySchema>);

export default {
  default: defaultConfig,
  /** Refuses unknown keys and bad values so a typo in config/plugins.ts fails the boot loudly. */
  validator(config: Record<string, unknown>) {
    // A plain Error, not a 400: Strapi stops the boot with its message, so every problem goes in it.
    const problems = problemsIn(configSchema, config, 'typed').map((p) => `${p.path.join('.')} ${p.message}`);
    if (problems.length > 0) throw new Error(`[newsroom] invalid plugin config: ${problems.join('; ')}`);
  },
};
