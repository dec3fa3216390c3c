/**
 * The RTL text engine: pure functions, no Strapi import, shared by the server
 * write path, the content API and the admin panel.
 */
export * from './arabic';
export * from './bidi';
export * from './bidi-controls';
export * from './blocks-text';
export * from './count';
export * from './direction';
export * from './html';
export * from './normalize';
export * from './pasted';
export * from './rich-text-html';
export * from './slug';
export * from './lint';
export * from './transliterate';
export * from './url';
export * from './analyzer';
