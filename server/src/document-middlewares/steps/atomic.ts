import { SLUG_LOCK_TABLE, WRITE_QUEUE_LOCK } from '../../models/slug-reservation';
import type { Core } from '@strapi/strapi';
import type { WriteStep } from '../step';
import { WRITE_ACTIONS } from '../write-context';

/**
 * The whole write — the article, its components, the steps' own rows (links,
 * slugs of clones, copyright year, suggestion index) — in one transaction:
 * a step that fails leaves nothing half written. Nested Document Service
 * calls join it.
 *
 * A lock conflict is not retried here (utils/lock-retry is for writers that
 * own their transaction): `next()` would run again with this call's context
 * as the first run left it — `params.data` changed in place by the steps
 * (a generated slug would come back as a typed one), the write's memoised
 * reads (write-context) taken in the rolled-back transaction. The conflict
 * reaches the caller, who can send the write again; on MariaDB writers queue
 * on WRITE_QUEUE_LOCK first, so they do not deadlock one another.
 */
export const atomic: WriteStep = {
  name: 'atomic',
  actions: WRITE_ACTIONS,
  run: (_write, next, strapi) =>
    strapi.db.transaction(async ({ trx }) => {
      await queueWriter(strapi, trx);
      return next();
    }),
};

/**
 * MariaDB/MySQL: writers queue on one row lock before they lock anything else, so no two hold
 * what the other waits for (a nested write joins the transaction and holds the lock already).
 * SQLite has one writer at a time; PostgreSQL's row locks take no gaps.
 */
export async function queueWriter(strapi: Core.Strapi, trx: unknown): Promise<void> {
  if (strapi.db.dialect.client === 'mysql') await (trx as any)(SLUG_LOCK_TABLE).where('id', WRITE_QUEUE_LOCK).forUpdate().first();
}
