import type { Core } from '@strapi/strapi';
import { isLockConflict } from './lock-conflict';

type Knex = Core.Strapi['db']['connection'];

/** What `retryOnLockConflict` needs of Strapi: whether a transaction runs, and a debug log. */
export type RetryHost = { db: Pick<Core.Strapi['db'], 'inTransaction'>; log: Pick<Core.Strapi['log'], 'debug'> };

export interface RetryOptions {
  /** Runs in all, the first included (default 4). */
  attempts?: number;
  /** Base wait before the second run; doubled each run, jittered between half and one and a half of it (default 25 ms). */
  backoffMs?: number;
}

const DEFAULTS: Required<RetryOptions> = { attempts: 4, backoffMs: 25 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Run `fn`, and run it again from its start when the database refuses it as a deadlock victim or a
 * lock wait that timed out (utils/lock-conflict), up to `attempts` runs with a small jittered
 * backoff; the last conflict, and any other error, is thrown. `fn` must be a whole unit of work:
 * one statement outside any transaction, or a transaction it opens itself. Called while a
 * transaction runs (a Document Service write), `fn` would join it, and a conflict has rolled it
 * back (PostgreSQL aborts it, MariaDB rolls back a deadlock victim whole): it runs once and the
 * conflict goes to the transaction's owner.
 */
export async function retryOnLockConflict<T>(strapi: RetryHost, label: string, fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts, backoffMs } = { ...DEFAULTS, ...options };
  const runs = strapi.db.inTransaction() ? 1 : Math.max(1, attempts);
  for (let run = 1; ; run += 1) {
    try {
      return await fn();
    } catch (error) {
      if (run >= runs || !isLockConflict(error)) throw error;
      const wait = Math.round(backoffMs * 2 ** (run - 1) * (0.5 + Math.random()));
      strapi.log.debug(`[newsroom] ${label}: lock conflict (${(error as Error).message}), run ${run + 1} of ${runs} in ${wait} ms`);
      await sleep(wait);
    }
  }
}

/**
 * `work` in a transaction of its own, re-run whole on a lock conflict (retryOnLockConflict); inside
 * a running transaction it joins that one and runs once.
 */
export function transactionWithRetry<T>(strapi: Core.Strapi, label: string, work: (trx: Knex) => Promise<T>, options?: RetryOptions): Promise<T> {
  return retryOnLockConflict(strapi, label, () => strapi.db.transaction(({ trx }) => work(trx as unknown as Knex)) as unknown as Promise<T>, options);
}
