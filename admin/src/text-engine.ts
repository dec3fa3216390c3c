/**
 * The plugin's RTL text engine, shared with the server so the admin computes
 * direction, slugs, counts and lint exactly as the write path stores them.
 */
export * from '../../server/src/text';
