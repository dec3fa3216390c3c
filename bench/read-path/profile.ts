/**
 * Where a read's CPU goes (issue #12: "where a goal is missed, the README explains it with a measured
 * profile"): `npm run build && npm run bench:profile`.
 *
 * Seeds a small corpus (BENCH_SIZE, default 300 articles with realistic bodies: a read is one indexed
 * lookup, so its cost does not depend on the corpus), starts the built playground in production mode
 * with V8's sampling profiler preloaded (bench/lib/cpu-profile.js), and for each endpoint — `/_health`,
 * the plugin's read by slug, its 304, stock Strapi's read with populate — profiles BENCH_SECONDS
 * (default 10) of autocannon load. Prints CPU microseconds per request by where the code lives
 * (Node's own, Koa, Strapi's content-API chain, users-permissions, the database driver, the plugin),
 * and each endpoint's heaviest functions. The total is the server process's CPU time (user + system,
 * from /proc) over the measured load divided by its requests, so it holds on a loaded machine where
 * requests per second do not; the profiler's samples only split it (their own time deltas are wall
 * time, which a loaded machine inflates for every category alike).
 */
import fs from 'fs';
import { spawn } from 'child_process';
import path from 'path';
import { createDatabase, load, startServer, stopServer, type BenchDatabase } from '../lib/server';
import { stockReadQuery } from '../lib/seed';

const SIZE = Number(process.env.BENCH_SIZE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 1399);
const PROFILE_PORT = PORT + 2;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function's code lives, by its script URL. */
const CATEGORIES: [string, (url: string, name: string) => boolean][] = [
  ['idle', (_u, n) => n === '(idle)'],
  ['garbage collection', (_u, n) => n === '(garbage collector)'],
  ['V8/native (unattributed)', (u, n) => n === '(program)' || (u === '' && n.startsWith('('))],
  ['plugin (newsroom)', (u) => /\/dist\/server\/|\/server\/src\//.test(u) && !u.includes('node_modules')],
  ['users-permissions (auth)', (u) => u.includes('@strapi/plugin-users-permissions')],
  ['database driver (knex, better-sqlite3, pg)', (u) => /node_modules\/(knex|better-sqlite3|pg|pg-protocol|tarn)\//.test(u)],
  ['Strapi (core, utils, database, i18n, …)', (u) => u.includes('node_modules/@strapi/')],
  ['Koa and its middleware', (u) => /node_modules\/(koa|@koa|koa-[a-z-]+)\//.test(u)],
  // Native code has no script URL: Node's bindings (writev, …) and better-sqlite3's C++ (`all`, `Statement`).
  ['Node.js and native code (http, streams, better-sqlite3 calls, …)', (u) => u.startsWith('node:') || u === ''],
  ['other dependencies', () => true],
];

function categorise(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { url, functionName, lineNumber } = node.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    const [category] = CATEGORIES.find(([, test]) => test(url, functionName))!;
    categories.set(category, (categories.get(category) ?? 0) + dt);
    if (category !== 'idle') {
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/(dist|server)\//, '$1/')}:${lineNumber + 1}`;
      functions.set(key, (functions.get(key) ?? 0) + dt);
    }
  });
  return { categories, functions };
}

/** CPU time a process has used (user + system), µs, from /proc (clock ticks of 10 ms: fine over seconds of load). */
function cpuMicros(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // After "pid (comm) ": state is field 3, utime field 14 and stime field 15 of the whole line.
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

async function profiled(pid: number, url: string, headers: Record<string, string> | undefined, expect: number) {
  await load(url, 2, { headers, expect }); // warm-up
  await fetch(`http://127.0.0.1:${PROFILE_PORT}/start`);
  const started = process.hrtime.bigint();
  const cpuBefore = cpuMicros(pid);
  const measured = await load(url, SECONDS, { headers, expect });
  const cpu = cpuMicros(pid) - cpuBefore;
  const profile = (await (await fetch(`http://127.0.0.1:${PROFILE_PORT}/stop`)).json()) as Profile;
  // BENCH_PROFILE_DIR: keep each endpoint's .cpuprofile (Chrome DevTools opens it, with the callers of each function).
  if (process.env.BENCH_PROFILE_DIR) {
    fs.mkdirSync(process.env.BENCH_PROFILE_DIR, { recursive: true });
    fs.writeFileSync(path.join(process.env.BENCH_PROFILE_DIR, `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-')}${headers ? '-conditional' : ''}.cpuprofile`), JSON.stringify(profile));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const requests = measured.requestsPerSecond * SECONDS;
  return { measured, requests, cpuPerRequest: cpu / Math.max(1, requests), seconds, ...categorise(profile) };
}

function seed(db: BenchDatabase): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'index.js'), 'seed', db.client, String(SIZE), 'newsroom_profile'], {
      env: { ...process.env, ...db.env, BENCH_DB_ENV: JSON.stringify(db.env) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding exited ${code}`))));
  });
}

export async function main() {
  // BENCH_DB=postgres profiles over PostgreSQL (after `eval "$(bash .ci/db/postgres.sh)"`); the CPU is the Strapi process's, not the database server's.
  const db = await createDatabase((process.env.BENCH_DB ?? 'sqlite') as 'sqlite' | 'postgres', 'newsroom_profile');
  try {
    console.log(`seeding ${SIZE} articles…`);
    await seed(db);
    const server = await startServer(db, PORT, { preload: path.resolve(__dirname, '../lib/cpu-profile.js'), env: { BENCH_PROFILE_PORT: String(PROFILE_PORT), NEWSROOM_WARMER: 'false' } });
    try {
      const base = `http://127.0.0.1:${PORT}`;
      const slug = `synthetic-${Math.floor(SIZE / 2)}`;
      const read = `${base}/api/newsroom/articles/${slug}`;
      const first = await fetch(read);
      const etag = first.headers.get('etag');
      if (first.status !== 200 || !etag) throw new Error(`plugin read answered ${first.status}`);
      const endpoints = [
        { name: '/_health', url: `${base}/_health`, expect: 204 },
        { name: 'plugin read by slug', url: read, expect: 200 },
        { name: 'plugin 304', url: read, headers: { 'if-none-match': etag }, expect: 304 },
        { name: 'plugin list, 5 a page', url: `${base}/api/newsroom/articles?pageSize=5`, expect: 200 },
        { name: 'stock read (populate)', url: `${base}/api/stock-articles?${stockReadQuery(slug)}`, expect: 200 },
      ];
      const results = [];
      for (const e of endpoints) results.push({ name: e.name, ...(await profiled(server.pid!, e.url, e.headers, e.expect)) });
      const names = CATEGORIES.map(([c]) => c).filter((c) => c !== 'idle');
      // Each category's share of the profile's busy samples, times the CPU the process measured per request.
      const busy = (r: (typeof results)[number]) => names.reduce((sum, c) => sum + (r.categories.get(c) ?? 0), 0);
      const perRequest = (r: (typeof results)[number], c: string) => ((r.categories.get(c) ?? 0) / Math.max(1, busy(r))) * r.cpuPerRequest;
      console.log(`\nCPU µs per request (the server's CPU time over ${SECONDS} s of 10-connection load each, split by V8's sampling profiler; ${SIZE} articles, SQLite)\n`);
      console.log(`| where | ${results.map((r) => r.name).join(' | ')} |`);
      console.log(`| --- | ${results.map(() => '---:').join(' | ')} |`);
      for (const c of names) console.log(`| ${c} | ${results.map((r) => perRequest(r, c).toFixed(0)).join(' | ')} |`);
      console.log(`| **total: process CPU per request** | ${results.map((r) => r.cpuPerRequest.toFixed(0)).join(' | ')} |`);
      console.log(`| requests/s under the profiler | ${results.map((r) => r.measured.requestsPerSecond.toFixed(0)).join(' | ')} |`);
      for (const r of results) {
        const top = [...r.functions].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_TOP ?? 12));
        console.log(`\n${r.name}: heaviest functions (self µs per request)`);
        for (const [fn, us] of top) console.log(`  ${((us / Math.max(1, busy(r))) * r.cpuPerRequest).toFixed(0).padStart(6)}  ${fn}`);
      }
    } finally {
      await stopServer(server);
    }
  } finally {
    await db.drop();
  }
}
