import type { Core } from '@strapi/strapi';

/** At most one `PRAGMA optimize` per process in this long. */
export const OPTIMIZE_EVERY_MS = 60_000;

const lastRun = new WeakMap<object, number>();

/**
 * On SQLite, `PRAGMA optimize` — what SQLite advises a long-lived connection to run now and then
 * (https://sqlite.org/lang_analyze.html#pragopt): it gathers the planner's statistics, with a bounded
 * sample, for the tables this connection used that have none or have grown much since. Strapi never
 * does, and without statistics SQLite reads a set-wise populate (`entity_id IN (…) AND field = ?`)
 * by the components join table's `field` index — every body block of every article — instead of by
 * entity: 92 ms instead of 4 ms at 700,000 join rows. Called by the set-wise paths (a batch of
 * creates, the warmer), at most once a minute; PostgreSQL and MariaDB keep their statistics themselves.
 */
export async function keepPlannerStatistics(strapi: Core.Strapi, now = Date.now()): Promise<boolean> {
  if (strapi.db.dialect.client !== 'sqlite' || strapi.db.inTransaction()) return false;
  const last = lastRun.get(strapi);
  if (last !== undefined && now - last < OPTIMIZE_EVERY_MS) return false;
  lastRun.set(strapi, now);
  try {
    await strapi.db.connection.raw('PRAGMA optimize');
    return true;
  } catch (error) {
    strapi.log.debug(`[newsroom] PRAGMA optimize: ${(error as Error).message}`);
    return false;
  }
}
