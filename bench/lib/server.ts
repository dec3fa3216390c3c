/**
 * What the benchmarks share: the database a run uses (SQLite file, or a fresh PostgreSQL or MariaDB database),
 * Strapi loaded in-process for seeding, the built playground started in production mode, and load.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import autocannon from 'autocannon';

export const PLAYGROUND = path.resolve(__dirname, '../../playground');
export const RESULTS = path.resolve(__dirname, '../results');
export const SECRETS = {
  APP_KEYS: 'benchA,benchB',
  API_TOKEN_SALT: 'bench',
  ADMIN_JWT_SECRET: 'bench',
  TRANSFER_TOKEN_SALT: 'bench',
  JWT_SECRET: 'bench',
  ENCRYPTION_KEY: 'bench',
};

export type Database = 'sqlite' | 'postgres' | 'mysql';

/** A database of its own for one run: its environment, how to settle it after seeding, and how to drop it. */
export interface BenchDatabase {
  client: Database;
  env: Record<string, string>;
  /**
   * After a bulk seed, before measuring: PostgreSQL's `VACUUM (ANALYZE)` (otherwise autovacuum
   * works through millions of new rows during the first measures, as a production database that
   * was written over time would not); nothing on SQLite.
   */
  settle(): Promise<void>;
  drop(): Promise<void>;
}

/** node-postgres's settings for `database` on the server `.ci/db/postgres.sh` describes. */
export function postgresConnection(database: string) {
  return {
    host: process.env.DATABASE_HOST,
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
    database,
  };
}

/**
 * SQLite: a file in a temporary folder. PostgreSQL: a new database on the server that
 * `eval "$(bash .ci/db/postgres.sh)"` describes (DATABASE_HOST, _PORT, _USERNAME, _PASSWORD, _ADMIN_DATABASE).
 * MariaDB/MySQL (`mysql`): likewise on the server `eval "$(bash .ci/db/mariadb.sh)"` describes.
 */
export async function createDatabase(client: Database, name: string): Promise<BenchDatabase> {
  if (client === 'mysql') return createMysqlDatabase(name);
  if (client === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, `${name}.db`) },
      settle: async () => undefined,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (process.env.DATABASE_CLIENT !== 'postgres' || !process.env.DATABASE_HOST) {
    throw new Error('PostgreSQL needs its environment first: eval "$(bash .ci/db/postgres.sh)"');
  }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Client } = require('pg');
  const admin = async (sql: string, database = process.env.DATABASE_ADMIN_DATABASE ?? 'postgres') => {
    const c = new Client(postgresConnection(database));
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  return {
    client,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name },
    settle: () => admin('VACUUM (ANALYZE)', name),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name}`),
  };
}

/** A new utf8mb4 database `name` on the MariaDB/MySQL server of the environment; ANALYZE TABLE of each table to settle. */
async function createMysqlDatabase(name: string): Promise<BenchDatabase> {
  if (process.env.DATABASE_CLIENT !== 'mysql' || !process.env.DATABASE_HOST) {
    throw new Error('MariaDB needs its environment first: eval "$(bash .ci/db/mariadb.sh)"');
  }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mysql = require('mysql2/promise');
  const admin = async (work: (c: any) => Promise<void>, database = process.env.DATABASE_ADMIN_DATABASE ?? 'mysql') => {
    const c = await mysql.createConnection({
      host: process.env.DATABASE_HOST,
      port: Number(process.env.DATABASE_PORT ?? 3306),
      user: process.env.DATABASE_USERNAME,
      password: process.env.DATABASE_PASSWORD,
      database,
    });
    try {
      await work(c);
    } finally {
      await c.end();
    }
  };
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  });
  return {
    client: 'mysql',
    env: { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name },
    settle: () =>
      admin(async (c) => {
        const [tables] = await c.query('SHOW TABLES');
        for (const row of tables as Record<string, string>[]) await c.query(`ANALYZE TABLE \`${Object.values(row)[0]}\``);
      }, name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS \`${name}\``)),
  };
}

/**
 * Runs `work` with a node-postgres client on a scratch database `name` of the server
 * `.ci/db/postgres.sh` describes, created first and dropped after, for the scripts that ask PostgreSQL
 * a question outside Strapi; a failure is printed and the process exits non-zero.
 */
export function withScratchPostgres(name: string, work: (client: any) => Promise<void>): Promise<void> {
  return (async () => {
    const db = await createDatabase('postgres', name);
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Client } = require('pg');
    const client = new Client(postgresConnection(db.env.DATABASE_NAME));
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
      await db.drop();
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/** Strapi, loaded in this process on `db` (development mode, no demo seed), for seeding. */
export async function loadStrapi(db: BenchDatabase) {
  Object.assign(process.env, SECRETS, db.env, { NEWSROOM_SEED: 'false', NODE_ENV: 'development' });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: PLAYGROUND });
  const strapi = await createStrapi({ appDir: PLAYGROUND, distDir: path.join(PLAYGROUND, 'dist') }).load();
  strapi.log.level = 'warn';
  return strapi;
}

/** Polls `url` until it answers `status`, for at most `seconds`. */
export async function waitFor(url: string, status: number, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if ((await fetch(url)).status === status) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * The built playground in production mode on `db`; resolves once `/_health` answers.
 * `preload`: a module required into the server process first (NODE_OPTIONS --require).
 */
export async function startServer(db: BenchDatabase, port: number, options: { preload?: string; env?: Record<string, string> } = {}): Promise<ChildProcess> {
  const bin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [PLAYGROUND] })), 'bin/strapi.js');
  const child = spawn(process.execPath, [...(options.preload ? ['--require', options.preload] : []), bin, 'start'], {
    cwd: PLAYGROUND,
    env: { ...process.env, ...SECRETS, ...db.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', NEWSROOM_SEED: 'false', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/_health`, 204, 180);
  } catch (error) {
    stopServer(child);
    throw error;
  }
  return child;
}

/** Ends the server started by startServer (its process group), and waits for it to exit. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15000))]);
}

export interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Transport errors plus answers other than `expect`. */
  errors: number;
}

/** autocannon, 10 connections, for `seconds`; answers other than `expect` (200, or 304) count as errors. */
export async function load(url: string, seconds: number, options: { headers?: Record<string, string>; expect?: number } = {}): Promise<Load> {
  const expect = options.expect ?? 200;
  let unexpected = 0;
  const instance = autocannon({ url, connections: 10, duration: seconds, headers: options.headers });
  instance.on('response', (_client: unknown, statusCode: number) => {
    if (statusCode !== expect) unexpected += 1;
  });
  const result = await instance;
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + unexpected };
}

/**
 * Wait until the server answers `url` (its `/_health`) quickly again, up to `seconds`: a measure
 * that timed out (stock search at 100,000 articles) leaves requests running in the server and the
 * database after autocannon stops, which would slow whatever is measured next. Quick: three answers
 * in a row, each within `quickMs`.
 */
export async function drain(url: string, seconds = 300, quickMs = 20): Promise<void> {
  const until = Date.now() + seconds * 1000;
  let quick = 0;
  while (quick < 3 && Date.now() < until) {
    const started = performance.now();
    await fetch(url).catch(() => undefined);
    quick = performance.now() - started <= quickMs ? quick + 1 : 0;
    if (quick < 3) await new Promise((resolve) => setTimeout(resolve, quick === 0 ? 500 : 50));
  }
  if (quick < 3) throw new Error(`${url} still slow after ${seconds} s: the previous measure's requests have not finished`);
}

export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
export const median = (values: number[]) => percentile(values, 50);
