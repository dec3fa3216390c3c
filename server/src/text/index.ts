/**
 * The RTL text engine: pure functions, no Strapi import, shared by the server
 * write path, the content API and the admin panel.
 */
export * from './arabic';
export * from './bidi-controls';
export * from './count';
export * from './direction';
export * from './normalize';
export * from './slug';
export * from './blocks-text';
