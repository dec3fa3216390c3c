/**
 * Rights and reuse: licence registry lookups, copyright line, JSON-LD,
 * attribution, reuse policy and the republish package. Pure: no Strapi import.
 */
export * from './attribution';
export * from './copyright-line';
export * from './headers';
export * from './json-ld';
export * from './licenses';
export * from './package';
export * from './republish';
export * from './resolve';
export * from './reuse-policy';
