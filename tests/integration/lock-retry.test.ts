import path from 'path';
import { SEARCH_STATS_TABLE } from '../../server/src/models/search-index';
import { WORDPRESS_JOB_TABLE } from '../../server/src/models/wordpress-import';
import { startPlayground, type TestApp } from '../helpers/strapi';

/**
 * Background writers that meet a real lock held by another connection: the database refuses their
 * statement once its short lock wait runs out (MariaDB 1205, PostgreSQL 55P03, SQLite BUSY), and the
 * writer runs its unit of work again once the holder is gone, instead of failing. Every connection
 * Strapi takes here waits at most a moment for a lock, so the refusal comes in a second, not in
 * the server's default 50 s (MariaDB) or never (PostgreSQL).
 */
let app: TestApp;
const VARIETY = path.resolve(__dirname, '../fixtures/wordpress/variety-en-1.1.wxr.xml');
const client = () => app.strapi.db.dialect.client as 'sqlite' | 'postgres' | 'mysql';

/** The statement that makes a connection give up waiting for a lock after a moment. */
const SHORT_LOCK_WAIT: Record<string, string> = {
  mysql: 'SET SESSION innodb_lock_wait_timeout = 1',
  postgres: "SET lock_timeout = '300ms'",
  sqlite: 'PRAGMA busy_timeout = 200',
};

/** Every connection of Strapi's pool waits a moment at most for a lock, from its next use on. */
function shortLockWaits(): void {
  const knexClient = (app.strapi.db.connection as any).client;
  const prepared = new WeakSet<object>();
  const acquire = knexClient.acquireConnection.bind(knexClient);
  knexClient.acquireConnection = async () => {
    const connection = await acquire();
    if (!prepared.has(connection)) {
      const sql = SHORT_LOCK_WAIT[client()];
      if (client() === 'sqlite') connection.exec(sql);
      else if (client() === 'postgres') await connection.query(sql);
      else await new Promise<void>((resolve, reject) => connection.query(sql, (error: unknown) => (error ? reject(error) : resolve())));
      prepared.add(connection);
    }
    return connection;
  };
}

/**
 * Another session holding a lock until `release()`: the rows `lock` selects FOR UPDATE (MariaDB,
 * PostgreSQL), or SQLite's write lock (BEGIN IMMEDIATE from a second connection to the file).
 */
async function holdLock(table: string, where: Record<string, unknown>): Promise<{ release(): Promise<void> }> {
  if (client() === 'sqlite') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Database = require('better-sqlite3');
    const filename = (app.strapi.db.connection as any).client.config.connection.filename as string;
    const other = new Database(filename, { timeout: 5000 });
    other.exec('BEGIN IMMEDIATE');
    return {
      async release() {
        other.exec('ROLLBACK');
        other.close();
      },
    };
  }
  const trx = await app.strapi.db.connection.transaction();
  const held = await trx(table).where(where).forUpdate();
  expect(held.length).toBeGreaterThan(0);
  return {
    async release() {
      await trx.rollback();
    },
  };
}

/** Resolves with the first retry the plugin logs (at debug) for a lock conflict of `label`. */
function retryLogged(label: string): { seen: Promise<string>; restore(): void } {
  const spy = jest.spyOn(app.strapi.log, 'debug');
  const seen = new Promise<string>((resolve) => {
    spy.mockImplementation(((message: string) => {
      if (typeof message === 'string' && message.includes(label) && message.includes('lock conflict')) resolve(message);
    }) as never);
  });
  return { seen, restore: () => spy.mockRestore() };
}

beforeAll(async () => {
  app = await startPlayground();
  shortLockWaits();
});

afterAll(async () => {
  await app?.close();
});

describe('a WordPress import job whose row another session holds locked', () => {
  it('waits out the lock, claims the job and imports every post, instead of failing', async () => {
    const wordpress = app.strapi.plugin('newsroom').service('wordpress');
    const created = await wordpress.create(VARIETY, 'en', { uploadMedia: false }, { copy: false });
    const lock = await holdLock(WORDPRESS_JOB_TABLE, { id: created.id });
    const retry = retryLogged(`WordPress import job ${created.id}`);
    let job: any;
    try {
      const running = wordpress.run(created.id);
      // The claim was refused by the database at least once (the test fails here when nothing retries:
      // the run ends first, with the conflict as its error).
      const first = await Promise.race([retry.seen, running.then(() => 'run ended before any retry')]);
      expect(first).toMatch(/claim: lock conflict/);
      await lock.release();
      job = await running;
    } finally {
      retry.restore();
      await lock.release().catch(() => undefined);
    }
    expect(job.status).toBe('done');
    expect(job.error).toBeNull();
    // The fixture's whole count, as an import nothing held gets it (its one bad item is the fixture's own).
    expect(job.progress).toEqual({ seen: 5, total: 5, created: 3, updated: 0, unchanged: 0, skipped: 1, errors: 1, searchIndex: { built: 2, total: 2 } });
    expect(job.report.errors).toEqual([{ postId: null, code: 'error', detail: 'the item has no wp:post_id' }]);
    // Released: another start finds a finished job and runs nothing.
    const row = await app.strapi.db.connection(WORDPRESS_JOB_TABLE).where({ id: created.id }).first();
    expect(row.claimed_until).toBeNull();
  });
});

describe('the list stats recount while a stats row is locked', () => {
  it('runs its transaction again once the lock is gone, and the public list total is right', async () => {
    const total = async () => {
      const res = await app.http().get('/api/newsroom/articles').query({ locale: 'ar', 'pagination[pageSize]': 1 });
      expect(res.status).toBe(200);
      return res.body.meta.pagination.total as number;
    };
    const published = await app.strapi.db.query('plugin::newsroom.article').count({ where: { locale: 'ar', publishedAt: { $notNull: true } } });
    expect(published).toBeGreaterThan(0);
    expect(await total()).toBe(published);
    // Wrong stats (as after a crash mid-way through an upgrade): the recount is what puts them right.
    await app.strapi.db.connection(SEARCH_STATS_TABLE).where({ locale: 'ar' }).update({ documents: 999 });
    expect(await total()).not.toBe(published);

    const lock = await holdLock(SEARCH_STATS_TABLE, { locale: 'ar' });
    const retry = retryLogged('list stats recount');
    try {
      const running = app.strapi.plugin('newsroom').service('list').recount();
      const first = await Promise.race([retry.seen, running.then(() => 'recount ended before any retry')]);
      expect(first).toMatch(/list stats recount: lock conflict/);
      await lock.release();
      await running;
    } finally {
      retry.restore();
      await lock.release().catch(() => undefined);
    }
    expect(await total()).toBe(published);
  });
});
