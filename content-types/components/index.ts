import { LINK_KINDS } from '../blocks';
import { LICENSE_CODES } from '../licenses';

/** A component schema as the plugin declares it; `uid` is `newsroom.<name>`. */
export interface ComponentDefinition {
  readonly collectionName: string;
  readonly info: { readonly displayName: string; readonly icon?: string; readonly description?: string };
  readonly options?: Record<string, unknown>;
  readonly attributes: Record<string, Record<string, unknown>>;
}

const paragraph = {
  collectionName: 'components_newsroom_paragraphs',
  info: { displayName: 'Paragraph', icon: 'paragraph', description: 'Body text (rich text blocks).' },
  attributes: {
    text: { type: 'blocks', required: true },
  },
} as const;

const intertitle = {
  collectionName: 'components_newsroom_intertitles',
  info: { displayName: 'Intertitle', icon: 'heading', description: 'A sub-heading between paragraphs.' },
  attributes: {
    text: { type: 'string', required: true, maxLength: 300 },
  },
} as const;

const relatedLink = {
  collectionName: 'components_newsroom_related_links',
  info: { displayName: 'Related link', icon: 'link', description: 'An inline "read also" / "see also" link.' },
  attributes: {
    kind: { type: 'enumeration', enum: [...LINK_KINDS], default: 'read-also', required: true },
    article: { type: 'relation', relation: 'oneToOne', target: 'plugin::newsroom.article' },
    label: { type: 'string', maxLength: 300 },
  },
} as const;

const quote = {
  collectionName: 'components_newsroom_quotes',
  info: { displayName: 'Quote', icon: 'quote' },
  attributes: {
    text: { type: 'text', required: true, maxLength: 2000 },
    attribution: { type: 'string', maxLength: 300 },
  },
} as const;

const media = {
  collectionName: 'components_newsroom_media',
  info: { displayName: 'Media', icon: 'picture', description: 'An image, video or audio file with caption and credit.' },
  attributes: {
    file: { type: 'media', multiple: false, allowedTypes: ['images', 'videos', 'audios'] },
    caption: { type: 'string', maxLength: 500 },
    credit: { type: 'string', maxLength: 300 },
  },
} as const;

const embed = {
  collectionName: 'components_newsroom_embeds',
  info: { displayName: 'Embed', icon: 'code', description: 'An external post or video, by URL.' },
  attributes: {
    url: { type: 'string', required: true, maxLength: 2048 },
    caption: { type: 'string', maxLength: 500 },
  },
} as const;

const basedOn = {
  collectionName: 'components_newsroom_based_ons',
  info: { displayName: 'Original source', icon: 'book', description: 'The work this article translates or adapts.' },
  attributes: {
    title: { type: 'string', maxLength: 300 },
    publisher: { type: 'string', maxLength: 200 },
    url: { type: 'string', maxLength: 2048 },
    language: { type: 'string', maxLength: 35 },
  },
} as const;

const rights = {
  collectionName: 'components_newsroom_rights',
  info: { displayName: 'Rights', icon: 'shield', description: 'Licence, copyright and reuse terms.' },
  attributes: {
    license: { type: 'enumeration', enum: [...LICENSE_CODES] },
    copyrightHolder: { type: 'string', maxLength: 200 },
    copyrightYear: { type: 'integer', min: 1800, max: 9999 },
    creditText: { type: 'string', maxLength: 300 },
    usageTerms: { type: 'text', maxLength: 4000 },
    acquireLicenseUrl: { type: 'string', maxLength: 2048 },
    reuseAllowed: { type: 'boolean' },
    tdmReservation: { type: 'boolean' },
    tdmPolicyUrl: { type: 'string', maxLength: 2048 },
    externalDistribution: { type: 'boolean' },
    // Opt out of search snippets (X-Robots-Tag: nosnippet).
    noSnippet: { type: 'boolean', default: false },
    embargoUntil: { type: 'datetime' },
    rightsExpireAt: { type: 'datetime' },
    basedOn: { type: 'component', component: 'newsroom.based-on', repeatable: false },
  },
} as const;

/** Every component the plugin registers, keyed by uid. */
export const components = {
  'newsroom.paragraph': paragraph,
  'newsroom.intertitle': intertitle,
  'newsroom.related-link': relatedLink,
  'newsroom.quote': quote,
  'newsroom.media': media,
  'newsroom.embed': embed,
  'newsroom.based-on': basedOn,
  'newsroom.rights': rights,
} as const satisfies Record<string, ComponentDefinition>;

export type NewsroomComponentUid = keyof typeof components;
