import { DIRECTIONS } from '../blocks';
import { BLOCK_COMPONENTS } from '../blocks';

/** Every article field that holds per-language content is localized. */
const localized = { i18n: { localized: true } } as const;
/** Derived on write by the plugin; editors and API clients never set them. */
const derived = {
  ...localized,
  'content-manager': { visible: false },
} as const;

/**
 * `plugin::newsroom.article`: one news article, localized with Strapi's i18n
 * and published with draft & publish.
 */
export const articleSchema = {
  kind: 'collectionType',
  collectionName: 'newsroom_articles',
  info: {
    singularName: 'article',
    pluralName: 'articles',
    displayName: 'Newsroom article',
    description: 'A news article written right-to-left done right.',
  },
  options: {
    draftAndPublish: true,
  },
  // The read path finds an article by slug in a locale: without this index every read scans the table.
  indexes: [{ name: 'newsroom_articles_slug_locale', columns: ['slug', 'locale', 'published_at'] }],
  pluginOptions: {
    ...localized,
    'content-manager': { visible: true },
    'content-type-builder': { visible: true },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 300, pluginOptions: localized },
    standfirst: { type: 'text', maxLength: 1000, pluginOptions: localized },
    kicker: { type: 'string', maxLength: 120, pluginOptions: localized },
    byline: { type: 'string', maxLength: 200, pluginOptions: localized },
    // Not a stock `uid`: that type only accepts ASCII. The plugin generates,
    // validates and keeps it unique per locale (document middleware).
    slug: { type: 'string', maxLength: 200, pluginOptions: localized },
    direction: {
      type: 'enumeration',
      enum: [...DIRECTIONS],
      default: 'auto',
      required: true,
      pluginOptions: localized,
    },
    body: {
      type: 'dynamiczone',
      components: [...BLOCK_COMPONENTS],
      pluginOptions: localized,
    },
    related: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'plugin::newsroom.article',
      pluginOptions: localized,
    },
    section: { type: 'string', maxLength: 120, pluginOptions: localized },
    keywords: { type: 'json', pluginOptions: localized },
    cover: { type: 'component', component: 'newsroom.media', repeatable: false, pluginOptions: localized },
    rights: { type: 'component', component: 'newsroom.rights', repeatable: false, pluginOptions: localized },
    // When the article first appeared (an archive's own date, or the first publication here): what readers,
    // JSON-LD, feeds and the list's date order use. Per locale, like `publishedAt`, which stays Strapi's
    // technical timestamp of the last publish. Editor-settable; filled on first publish when empty.
    originalPublishedAt: { type: 'datetime', pluginOptions: localized },
    allowComments: { type: 'boolean', default: true, pluginOptions: localized },
    allowSharing: { type: 'boolean', default: true, pluginOptions: localized },
    wordCount: { type: 'integer', writable: false, default: 0, pluginOptions: derived },
    readingTimeMinutes: { type: 'integer', writable: false, default: 0, pluginOptions: derived },
    searchText: { type: 'text', writable: false, private: true, pluginOptions: derived },
    // Direction and bidi-safe HTML of every block, computed on write (see server/src/render/derive.ts).
    renderCache: { type: 'json', writable: false, private: true, pluginOptions: derived },
    // Document ids the inline links and the related list point at, in order, recorded on write
    // (server/src/links): the read path resolves them in one query, whatever the target's state.
    links: { type: 'json', writable: false, private: true, pluginOptions: derived },
  },
} as const;

/**
 * Fields the plugin computes on every write (`writable: false` above). Whatever
 * a caller sends for them is dropped by the write pipeline and recomputed.
 */
export const DERIVED_FIELDS = Object.entries(articleSchema.attributes)
  .filter(([, attribute]) => 'writable' in attribute && attribute.writable === false)
  .map(([name]) => name);
