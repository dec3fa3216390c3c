import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * A fresh, empty database for one test file, on whichever server
 * DATABASE_CLIENT names (sqlite by default), and a function that drops it.
 */
export interface TestDatabase {
  client: 'sqlite' | 'postgres' | 'mysql';
  env: Record<string, string>;
  drop(): Promise<void>;
}

const server = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  user: process.env.DATABASE_USERNAME ?? 'newsroom',
  password: process.env.DATABASE_PASSWORD ?? 'newsroom',
});

/**
 * Drop a PostgreSQL test database. Plain DROP DATABASE first: it makes an
 * autovacuum worker on the database exit by itself, where WITH (FORCE) would
 * try to terminate it and fail ("must be a member of the role whose process is
 * being terminated"), since the test role does not own it. Connections of the
 * test's own role still open after Strapi's teardown are waited for, then
 * forced out.
 */
async function dropPostgres(admin: (sql: string) => Promise<void>, name: string): Promise<void> {
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
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const client = (process.env.DATABASE_CLIENT ?? 'sqlite') as TestDatabase['client'];
  const name = `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

  if (client === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }

  if (client === 'postgres') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Client } = require('pg');
    const port = Number(process.env.DATABASE_PORT ?? 5432);
    const admin = async (sql: string) => {
      const c = new Client({ ...server(), port, database: process.env.DATABASE_ADMIN_DATABASE ?? 'postgres' });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
    return {
      client,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_PORT: String(port) },
      drop: () => dropPostgres(admin, name),
    };
  }

  if (client === 'mysql') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mysql = require('mysql2/promise');
    const port = Number(process.env.DATABASE_PORT ?? 3306);
    const admin = async (sql: string) => {
      const c = await mysql.createConnection({ ...server(), port });
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    return {
      client,
      env: { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name, DATABASE_PORT: String(port) },
      drop: () => admin(`DROP DATABASE IF EXISTS \`${name}\``),
    };
  }

  throw new Error(`Unsupported DATABASE_CLIENT "${client}"`);
}
