import { AsyncLocalStorage } from 'async_hooks';
import type { IncomingMessage, ServerResponse } from 'http';
import path from 'path';
import supertest from 'supertest';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

export const PLAYGROUND = path.resolve(__dirname, '../../playground');

export interface Query {
  sql: string;
  bindings: unknown[];
}

/** Where the statements of the `queriesDuring` running in this async context go. */
const counting = new AsyncLocalStorage<Query[]>();

export interface TestApp {
  strapi: Core.Strapi;
  /**
   * supertest agent bound to the running Koa server. Inside `queriesDuring`/`statementsDuring`, its
   * requests are served in the caller's async context, so their statements are the caller's.
   */
  http: () => supertest.Agent;
  close(): Promise<void>;
}

/**
 * Wait (bounded, 5 s) until the database pool has been idle — no query holding or waiting for a
 * connection — for `idleMs` in a row (0: idle once).
 */
async function drainPool(strapi: Core.Strapi, idleMs = 0): Promise<void> {
  const pool = (strapi.db?.connection as any)?.client?.pool;
  if (!pool) return;
  const idle = () => pool.numUsed() === 0 && pool.numPendingAcquires() === 0 && pool.numPendingCreates() === 0;
  const step = 20;
  let idleFor = -step;
  for (let waited = 0; waited < 5000; waited += step) {
    idleFor = idle() ? idleFor + step : -step;
    if (idleFor >= idleMs) return;
    await new Promise((r) => setTimeout(r, step));
  }
}

/**
 * Wait until the database pool has stayed idle for 100 ms: Strapi emits a write's entry.* events
 * after the commit, each after a deep populate nobody awaits, so a test that cuts the database waits
 * for those first. (Counting statements needs no wait: `queriesDuring` counts only the work's own.)
 */
export const settleBackgroundQueries = (app: TestApp): Promise<void> => drainPool(app.strapi, 100);

/**
 * Boot the real playground in-process on a fresh database (seeded with the demo
 * articles by the playground's own bootstrap) and mount its HTTP server.
 */
export async function startPlayground(): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  // No background warmer unless a test asks for it: tests that count SQL per request or look at a
  // stale row need no other writer; tests/integration/read-model-warmer.test.ts runs it.
  Object.assign(process.env, db.env, { NODE_ENV: 'test', STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'false', NEWSROOM_WARMER: process.env.NEWSROOM_WARMER ?? 'false' });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createStrapi } = require('@strapi/strapi');
  const instance: Core.Strapi = createStrapi({ appDir: PLAYGROUND, distDir: path.join(PLAYGROUND, 'dist') });
  instance.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  try {
    await instance.load();
    await instance.server.mount();
  } catch (error) {
    // A throw in load() leaves handles open and Jest hangs: always tear down.
    await instance.destroy().catch(() => undefined);
    await db.drop().catch(() => undefined);
    throw error;
  }
  instance.db.connection.on('query', (query: { sql?: string; bindings?: unknown[] }) => {
    if (query.sql) counting.getStore()?.push({ sql: query.sql, bindings: query.bindings ?? [] });
  });
  const koa = instance.server.httpServer.listeners('request')[0] as (req: IncomingMessage, res: ServerResponse) => void;
  return {
    strapi: instance,
    http: () => {
      const into = counting.getStore();
      // A counted request is served where it was sent from: the knex listener above finds its statements there.
      return into ? supertest.agent((req: IncomingMessage, res: ServerResponse) => counting.run(into, () => koa(req, res))) : supertest.agent(instance.server.httpServer);
    },
    async close() {
      await drainPool(instance);
      await instance.destroy();
      await db.drop();
    },
  };
}

/** Log in as the playground's demo admin and return a bearer token for admin routes. */
export async function adminToken(app: TestApp): Promise<string> {
  const res = await app
    .http()
    .post('/admin/login')
    .send({
      email: process.env.NEWSROOM_DEMO_ADMIN_EMAIL ?? 'editor@newsroom.local',
      password: process.env.NEWSROOM_DEMO_ADMIN_PASSWORD ?? 'Newsroom-demo-2024',
    });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.accessToken ?? res.body.data.token;
}

/** POST /graphql, as the public role unless a bearer token (API token or users-permissions JWT) is given. */
export function graphqlRequest(app: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const req = app.http().post('/graphql');
  if (token) req.set({ Authorization: `Bearer ${token}` });
  return req.send({ query, variables });
}

/** Steps the write pipeline ran while `work` ran, as `action:step` in order. */
export async function stepsDuring(app: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const stop = app.strapi.plugin('newsroom').service('pipeline').trace((event: { step: string; action: string }) => seen.push(`${event.action}:${event.step}`));
  try {
    await work();
  } finally {
    stop();
  }
  return seen;
}

/**
 * SQL statements `work` sent in a transaction of its own, without the transaction's BEGIN and COMMIT
 * (see `statementsDuring`: another connection's work meanwhile, the warmer's tick, is not counted).
 */
export async function statementsInTransaction(app: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  let seen: string[] = [];
  await app.strapi.db.transaction(async () => {
    seen = await statementsDuring(work);
  });
  return seen;
}

/**
 * The SQL statements `work` caused, in order: those sent from its own async context, including by the
 * requests it sends through `app.http()`, which are served in that context. Another connection's work
 * meanwhile (the warmer's tick, the entry.* populate an earlier write left running) is not counted;
 * work `work` itself leaves running is counted as far as it got when `work` resolved.
 */
export async function queriesDuring(work: () => Promise<unknown>): Promise<Query[]> {
  const seen: Query[] = [];
  await counting.run(seen, work);
  return [...seen];
}

/** The SQL text of the statements `work` caused (see `queriesDuring`). */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  return (await queriesDuring(work)).map((query) => query.sql);
}
