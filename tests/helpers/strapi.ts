import path from 'path';
import supertest from 'supertest';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

export const PLAYGROUND = path.resolve(__dirname, '../../playground');

export interface TestApp {
  strapi: Core.Strapi;
  /** supertest agent bound to the running Koa server. */
  http: () => supertest.Agent;
  close(): Promise<void>;
}

/** Wait (bounded) until no query holds or waits for a pooled connection. */
async function drainPool(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db?.connection as any)?.client?.pool;
  if (!pool) return;
  for (let i = 0; i < 100; i += 1) {
    if (pool.numUsed() === 0 && pool.numPendingAcquires() === 0 && pool.numPendingCreates() === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Wait (bounded) until the database pool has stayed idle for 100 ms: Strapi emits a write's entry.*
 * events after the commit, each after a deep populate nobody awaits, so a test that counts the
 * statements of the next request waits for those first.
 */
export async function settleBackgroundQueries(app: TestApp): Promise<void> {
  const pool = (app.strapi.db?.connection as any)?.client?.pool;
  if (!pool) return;
  let idle = 0;
  for (let i = 0; i < 200 && idle < 5; i += 1) {
    await new Promise((r) => setTimeout(r, 20));
    idle = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 && pool.numPendingCreates() === 0 ? idle + 1 : 0;
  }
}

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
  return {
    strapi: instance,
    http: () => supertest.agent(instance.server.httpServer),
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
