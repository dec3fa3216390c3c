import { spawn } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * A database for one test file, on whichever server DATABASE_CLIENT names (sqlite by default), and a
 * function that drops it.
 */
export interface TestDatabase {
  client: 'sqlite' | 'postgres' | 'mysql';
  /** The DATABASE_* variables that point the playground at it. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * Where global setup's template lives (a file for SQLite, a database name on a server): a database the
 * playground has booted on once, schema synced and demo content seeded. A test file's database is a
 * copy of it, so its boot finds the schema unchanged and the demo articles there, as a restarted
 * playground does, instead of redoing that first-boot work (three to five seconds of each file's run).
 */
const TEMPLATE_VARIABLE = 'NEWSROOM_TEST_TEMPLATE';

interface Server {
  client: TestDatabase['client'];
  /** A new empty database, or a copy of `template` when given. */
  create(name: string, template?: string): Promise<Record<string, string>>;
  drop(name: string): Promise<void>;
}

const credentials = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  user: process.env.DATABASE_USERNAME ?? 'newsroom',
  password: process.env.DATABASE_PASSWORD ?? 'newsroom',
});

function sqlite(): Server {
  const folders = new Map<string, string>();
  return {
    client: 'sqlite',
    async create(name, template) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
      const filename = path.join(dir, 'data.db');
      if (template) fs.copyFileSync(template, filename);
      folders.set(name, dir);
      return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename };
    },
    async drop(name) {
      const dir = folders.get(name);
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgres(): Server {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Client } = require('pg');
  const port = Number(process.env.DATABASE_PORT ?? 5432);
  const admin = async (sql: string) => {
    const c = new Client({ ...credentials(), port, database: process.env.DATABASE_ADMIN_DATABASE ?? 'postgres' });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  return {
    client: 'postgres',
    async create(name, template) {
      // A template is copied file by file by the server; nobody is connected to it once global setup's boot ended.
      await admin(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
      return { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_PORT: String(port) };
    },
    /**
     * Plain DROP DATABASE first: it makes an autovacuum worker on the database exit by itself, where
     * WITH (FORCE) would try to terminate it and fail ("must be a member of the role whose process is
     * being terminated"), since the test role does not own it. Connections of the test's own role
     * still open after Strapi's teardown are waited for, then forced out.
     */
    async drop(name) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          await admin(`DROP DATABASE IF EXISTS "${name}"`);
          return;
        } catch (error) {
          // 55006: object_in_use — another session is still connected.
          if ((error as { code?: string }).code !== '55006') throw error;
          if (attempt >= 20) {
            await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND usename = current_user AND pid <> pg_backend_pid()`);
            await admin(`DROP DATABASE IF EXISTS "${name}"`);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    },
  };
}

function mysql(): Server {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const driver = require('mysql2/promise');
  const port = Number(process.env.DATABASE_PORT ?? 3306);
  const connect = () => driver.createConnection({ ...credentials(), port, multipleStatements: true });
  const admin = async (sql: string) => {
    const c = await connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  return {
    client: 'mysql',
    async create(name, template) {
      const c = await connect();
      try {
        await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        if (template) {
          // MariaDB has no database templates: each table as the template's SHOW CREATE TABLE states it
          // (foreign keys and AUTO_INCREMENT counters included), then its rows, copied by the server.
          const [tables] = await c.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME', [template]);
          const statements = [`USE \`${name}\``, 'SET FOREIGN_KEY_CHECKS = 0'];
          for (const { name: table } of tables as Array<{ name: string }>) {
            const [[shown]] = await c.query(`SHOW CREATE TABLE \`${template}\`.\`${table}\``);
            statements.push(shown['Create Table'], `INSERT INTO \`${name}\`.\`${table}\` SELECT * FROM \`${template}\`.\`${table}\``);
          }
          statements.push('SET FOREIGN_KEY_CHECKS = 1');
          await c.query(statements.join(';\n'));
        }
      } finally {
        await c.end();
      }
      return { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name, DATABASE_PORT: String(port) };
    },
    drop: (name) => admin(`DROP DATABASE IF EXISTS \`${name}\``),
  };
}

function server(): Server {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client === 'sqlite') return sqlite();
  if (client === 'postgres') return postgres();
  if (client === 'mysql') return mysql();
  throw new Error(`Unsupported DATABASE_CLIENT "${client}"`);
}

async function open(prefix: string, template?: string): Promise<TestDatabase & { name: string }> {
  const on = server();
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const env = await on.create(name, template);
  return { client: on.client, name, env, drop: () => on.drop(name) };
}

/**
 * A database for one test file: a copy of global setup's template (see TEMPLATE_VARIABLE) when there
 * is one, empty when `empty` is set or there is none (a test file run outside the integration project).
 */
export function createTestDatabase({ empty = false }: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = empty ? undefined : process.env[TEMPLATE_VARIABLE];
  return open('newsroom_test', template || undefined);
}

/**
 * Global setup's template: a new database, the playground booted on it once in a process of its own
 * (tests/helpers/prepare-database.js), and TEMPLATE_VARIABLE pointing at it for the test files. The
 * returned database's `drop` is for global teardown.
 */
export async function createTemplateDatabase(): Promise<TestDatabase> {
  const db = await open('newsroom_template');
  const script = path.join(__dirname, 'prepare-database.js');
  const env = { ...process.env, ...db.env, NODE_ENV: 'test', STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'false', NEWSROOM_WARMER: 'false' };
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (status !== 0) {
    await db.drop().catch(() => undefined);
    throw new Error(`preparing the template database failed (${script} exited with ${status})`);
  }
  process.env[TEMPLATE_VARIABLE] = db.client === 'sqlite' ? db.env.DATABASE_FILENAME : db.name;
  return db;
}
