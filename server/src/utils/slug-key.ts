import crypto from 'crypto';

/**
 * The lookup key of a slug in a locale: a SHA-256 in hex, ASCII, so every
 * database compares it byte for byte. MariaDB/MySQL's default collations
 * (utf8mb4_unicode_ci, utf8mb4_general_ci) treat some Arabic letter variants
 * and Latin case as equal, so a unique key or a lookup on the slug column
 * itself could confuse two different slugs.
 */
export const slugKey = (locale: string, slug: string): string =>
  crypto.createHash('sha256').update(`${locale}\u0000${slug}`).digest('hex');
