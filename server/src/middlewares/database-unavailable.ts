import type { Core } from '@strapi/strapi';

/** Error codes of a database that is gone or refusing connections (PostgreSQL, MySQL/MariaDB, SQLite, the network). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, connection exceptions.
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
  // MySQL/MariaDB.
  'PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'ER_SERVER_GONE_ERROR',
  // SQLite: another process holds the database.
  'SQLITE_BUSY', 'SQLITE_CANTOPEN',
]);
/** Messages of the same, from drivers and knex's pool, which carry no code. */
const UNAVAILABLE_MESSAGES = [/Connection terminated/i, /Timeout acquiring a connection/i, /connection is not (open|available)/i, /after fatal error/i];

/** True when `error` (or its cause) says the database cannot be reached, rather than that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Answer a request whose database went away: 503 with Retry-After (thrown, so Strapi's error
 * middleware writes the body, as for any error of a route), logged as a warning.
 */
export function answerUnavailable(strapi: Core.Strapi, ctx: any, error: unknown): void {
  strapi.log.warn(`[newsroom] database unavailable: ${(error as Error).message}`);
  ctx.set('Retry-After', '5');
  ctx.throw(503, 'The database is unavailable; try again shortly');
}

/**
 * Route middleware of every plugin route: a database that went away answers
 * 503 with Retry-After (a client or CDN may try again), not a 500. Knex's pool
 * replaces broken connections, so the first request after the database
 * returns succeeds.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      answerUnavailable(strapi, ctx, error);
    }
  };
