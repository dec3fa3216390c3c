/**
 * Body block kinds and related-link kinds, as data.
 * Component uids are part of the public API: apps and importers write them.
 */
export const BLOCK_COMPONENTS = [
  'newsroom.paragraph',
  'newsroom.intertitle',
  'newsroom.related-link',
  'newsroom.quote',
  'newsroom.media',
  'newsroom.embed',
] as const;

export type BlockComponentUid = (typeof BLOCK_COMPONENTS)[number];

export const LINK_KINDS = ['read-also', 'see-also'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const DIRECTIONS = ['auto', 'rtl', 'ltr'] as const;
export type DirectionSetting = (typeof DIRECTIONS)[number];
