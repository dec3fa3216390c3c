import { ARTICLE_UID } from '../../content-types';
import { SLUG_LOCK_BUCKETS, SLUG_LOCK_TABLE } from '../../server/src/models/slug-reservation';
import { startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Writers choosing a slug from the same base queue on that base's lock row (services/slugs.ts), so two
 * of them never both find the same candidate free. On PostgreSQL the lock is taken by the claim's own
 * statement (a CTE locking the row, then the INSERT): this shows a create still waits for it. SQLite
 * has one writer at a time and no lock rows; MariaDB takes the lock with a statement of its own.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startPlayground();
});
afterAll(async () => {
  await app?.close();
});

/** Whether some statement of the database waits for a row lock now. */
async function someoneWaits(): Promise<boolean> {
  const rows = (await app.strapi.db.connection.raw(`select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`)).rows;
  return Number(rows[0].n) > 0;
}

const onPostgres = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres';

describe('a create choosing a slug', () => {
  (onPostgres ? it : it.skip)('waits while another writer holds the lock of its base, and is written once it is let go', async () => {
    const knex = app.strapi.db.connection;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // Every base's lock row, held by a transaction of its own.
    const holder = knex.transaction(async (trx) => {
      await trx(SLUG_LOCK_TABLE).whereBetween('id', [1, SLUG_LOCK_BUCKETS]).forUpdate().select('id');
      locked();
      await released;
    });
    await holding;
    let done = false;
    const create = app.strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: 'خبر ينتظر قفل الرابط' } } as never)
      .then((entry: any) => {
        done = true;
        return entry;
      });
    let waited = false;
    try {
      for (let i = 0; i < 100 && !waited && !done; i += 1) {
        waited = await someoneWaits();
        if (!waited) await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      release();
      await holder;
    }
    expect({ waited, done }).toEqual({ waited: true, done: false });
    expect((await create).slug).toBe('خبر-ينتظر-قفل-الرابط');
  });
});
