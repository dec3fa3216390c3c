import { yup } from '@strapi/utils';
import { DEFAULT_WORDS_PER_MINUTE, SLUG_STRATEGIES, type SlugStrategy } from '../text';
import { objectSchema, problemsIn } from '../validation';
import { isNetwork } from '../wordpress/media-fetch';
import { isCronRule } from './cron-rule';

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
  /**
   * Answer anonymous reads of one article (`GET /api/newsroom/articles/:slug`, `locale` the only
   * parameter) and of the list and search (`GET /api/newsroom/articles`) that the Public role may make
   * before Strapi's router and content-API chain (middlewares/public-read.ts): the same answer, for
   * about a fifth of the CPU of a read and two fifths of a list's (`npm run bench:profile`). Off by
   * itself when users-permissions is missing, and for a route the app gave policies or middlewares.
   */
  publicReadShortcut: boolean;
  /** The read-model warmer: a cron job re-rendering stale prepared reads in the background. */
  warmer: WarmerConfig;
  /** Feeds, sitemaps and preview links. */
  channels: ChannelsConfig;
  /** Largest WordPress export `POST /newsroom/import/wordpress` accepts, in bytes (the import streams it: this bounds disk, not memory). */
  importMaxBytes: number;
  /**
   * Networks outside the public internet (`10.20.0.0/16`, `fd00::/8`, `127.0.0.1`) the WordPress import
   * may fetch media from: an intranet media server. Public addresses need no entry; every other one
   * (loopback, private, link-local and cloud metadata…) is refused by default.
   */
  importMediaAllowedNetworks: string[];
}

export interface WarmerConfig {
  /** Run the warmer on this node (safe on every node at once: rows are claimed before rendering). */
  enabled: boolean;
  /** When it runs: a cron expression with seconds (Strapi's cron, croner syntax). */
  rule: string;
  /** Rows rendered per batch. */
  batchSize: number;
  /** Batches per run at most, so one run stays bounded whatever the backlog. */
  maxBatches: number;
}

export interface ChannelsConfig {
  /** Entries of an RSS/Atom feed: the newest N the rights let through. */
  feedItems: number;
  /** URLs per sitemap page; more published versions than this and `sitemap.xml` is an index of pages (the protocol allows 50,000). */
  sitemapUrlsPerPage: number;
  /** Signs Content Manager preview links (the site checks the signature); null: links carry none. */
  previewSecret: string | null;
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
  publicReadShortcut: true,
  // Every 10 s, up to 10 × 50 rows: an idle run is one indexed query; a settings change over 20,000
  // articles is re-rendered in the background within minutes while reads render what they need first.
  warmer: { enabled: true, rule: '*/10 * * * * *', batchSize: 50, maxBatches: 10 },
  channels: { feedItems: 50, sitemapUrlsPerPage: 50000, previewSecret: null },
  importMaxBytes: 1024 * 1024 * 1024,
  importMediaAllowedNetworks: [],
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
  publicReadShortcut: yup.boolean().strict().required(),
  warmer: objectSchema({
    enabled: yup.boolean().strict().required(),
    rule: yup
      .string()
      .required()
      .test('cron', '${path} must be a cron expression (e.g. "*/10 * * * * *")', (value) => value === undefined || isCronRule(value)),
    batchSize: yup.number().integer().min(1).max(1000).required(),
    maxBatches: yup.number().integer().min(1).max(1000).required(),
  } satisfies Record<keyof WarmerConfig, yup.AnySchema>).required(),
  channels: objectSchema({
    feedItems: yup.number().integer().min(1).max(500).required(),
    sitemapUrlsPerPage: yup.number().integer().min(1).max(50000).required(),
    // A short secret can be guessed: a signature is worth what its key is.
    previewSecret: yup.string().min(16).max(200).nullable().defined(),
  } satisfies Record<keyof ChannelsConfig, yup.AnySchema>).required(),
  importMaxBytes: yup.number().integer().min(1024).max(Number.MAX_SAFE_INTEGER).required(),
  importMediaAllowedNetworks: yup
    .array()
    .of(yup.string().required().test('network', '${path} must be an IP address or a CIDR range (e.g. "10.20.0.0/16")', (value) => value === undefined || isNetwork(value)))
    .max(100)
    .required(),
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
