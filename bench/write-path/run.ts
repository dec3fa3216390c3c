/**
 * Write throughput at scale (issue #12): "creating through the plugin's write path at 20,000
 * articles is at least as fast as stock Strapi's create".
 *
 *   eval "$(bash .ci/db/postgres.sh)" && npm run bench:write
 *
 * For each database (BENCH_DBS, default sqlite,postgres) and corpus size (BENCH_SIZES, default
 * 2000,20000): seeds that many synthetic Arabic articles as plugin articles and as rows of both
 * stock baselines (bench/lib/seed.ts, bulk), then, in the same Strapi process, creates BENCH_WRITES
 * (default 200) articles one by one through the Document Service on each side, in alternating
 * blocks of 10, so every side sees the same load and table size:
 * - plugin: `plugin::newsroom.article`, its whole write pipeline (validation, slug choice and
 *   reservation, derived fields, links, search index, list stats, read model);
 * - stock, uid slug: `api::stock-uid-article`, the issue's baseline — a content type as the
 *   Content-Type Builder makes it, whose `uid` slug Strapi checks for uniqueness on publish with a
 *   query on an unindexed column;
 * - stock, indexed string slug: `api::stock-article`, the read benchmarks' baseline (a plain string
 *   slug with an index of ours; no uniqueness check at all).
 * Each create has a title, standfirst, section, keywords and two paragraphs (the same article on
 * every side), and is published at creation (`status: 'published'`), as a newsroom import does.
 * Prints creates/s, p50/p99 per create, SQL statements per create, and plugin/stock ratios; raw
 * figures go to bench/results/write-path-<time>.json.
 *
 * BENCH_PROFILE=1 also prints each side's statements per create grouped by SQL text, with the
 * plugin function that issued each of the plugin's (from the async stack). Statements are counted
 * per create through AsyncLocalStorage: those of background work (the read-model warmer's cron)
 * are counted apart, never charged to a side.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createDatabase, loadStrapi, median, percentile, RESULTS, type Database } from '../lib/server';
import { ARTICLE, paragraph, seedCorpus, STOCK, STOCK_UID } from '../lib/seed';
import { syntheticArticle, syntheticParagraph } from '../related/synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '2000,20000').split(',').map(Number);
const DBS = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',') as Database[];
const WRITES = Number(process.env.BENCH_WRITES ?? 200);
const BLOCK = 10;
const PROFILE = process.env.BENCH_PROFILE === '1';

const SIDES = {
  plugin: { uid: ARTICLE, prefix: 'newsroom', label: 'plugin' },
  stockUid: { uid: STOCK_UID, prefix: 'stock', label: 'stock, uid slug (the issue\'s baseline)' },
  stock: { uid: STOCK, prefix: 'stock', label: 'stock, indexed string slug' },
} as const;
type SideName = keyof typeof SIDES;
const SIDE_NAMES = Object.keys(SIDES) as SideName[];

interface Side {
  name: SideName;
  creates: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  sqlPerCreate: number;
}

/** Each (database, size) in a child process of its own: Strapi is loaded once per process, on one database. */
export async function main() {
  const out = path.join(RESULTS, `write-path-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(RESULTS, { recursive: true });
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const client of DBS) {
    for (const size of SIZES) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [...process.execArgv, path.join(__dirname, 'index.js'), 'one', client, String(size), out], { stdio: 'inherit' });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${client} ${size}: exited ${code}`))));
      });
    }
  }
  console.log(`results: ${path.relative(process.cwd(), out)}`);
}

/** One (database, size): seed, measure, print the table, append to `out`. */
export async function one([client, sizeText, out]: string[]) {
  const size = Number(sizeText);
  const results: Record<string, unknown>[] = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : [];
  const db = await createDatabase(client as Database, `newsroom_bench_write_${size}`);
  const strapi = await loadStrapi(db);
  try {
    const seeded = await seedCorpus(strapi, size, { bodies: false, suggestions: false, stockUid: true });
    console.log(`[${client} ${size}] seeded in ${seeded.seconds.toFixed(0)} s`);
    const { sides, background } = await measure(strapi, size);
    const ratio = sides.plugin.perSecond / sides.stockUid.perSecond;
    const ratioIndexed = sides.plugin.perSecond / sides.stock.perSecond;
    const row = { client, size, writes: WRITES, seeded, ...sides, ratio, ratioIndexed, backgroundStatements: background, load: os.loadavg() };
    results.push(row);
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    console.log(`\n| ${client}, ${size} articles | creates/s | p50 ms | p99 ms | SQL per create |`);
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const name of SIDE_NAMES) {
      const side = sides[name];
      console.log(`| ${SIDES[name].label} | ${side.perSecond.toFixed(1)} | ${side.p50.toFixed(1)} | ${side.p99.toFixed(1)} | ${side.sqlPerCreate.toFixed(1)} |`);
    }
    console.log(`plugin / stock (uid slug): **${ratio.toFixed(2)}×**; plugin / stock (indexed string slug): ${ratioIndexed.toFixed(2)}×`);
    console.log(`statements outside any create (read-model warmer): ${background}\n`);
  } finally {
    await strapi.destroy();
    await db.drop();
  }
}

/**
 * Profile only: each knex builder remembers the plugin function that made it (the nearest
 * dist/server frame of its creation's async stack), and `callerOfRunning()` names it while the
 * builder's statement is emitted. The query event itself carries no stack: knex runs a builder
 * from its thenable, where the async stack is lost.
 */
function traceCallers(knex: any): () => string {
  const knexDir = path.dirname(require.resolve('knex', { paths: [require.resolve('@strapi/database')] }));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Runner = require(path.join(knexDir, 'lib/execution/runner'));
  const clientProto = Object.getPrototypeOf(knex.client);
  Error.stackTraceLimit = 60;
  const caller = () => {
    for (const frame of (new Error().stack ?? '').split('\n')) {
      const match = /at (?:async )?(?:Object\.)?([\w$.<>]+) \(.*dist\/server\/index\.js/.exec(frame);
      if (match) return match[1];
    }
    return 'strapi';
  };
  for (const method of ['queryBuilder', 'raw']) {
    const original = clientProto[method];
    clientProto[method] = function (this: unknown, ...args: unknown[]) {
      const built = original.apply(this, args);
      built.__benchCaller = caller();
      return built;
    };
  }
  let running = 'strapi';
  const query = Runner.prototype.query;
  Runner.prototype.query = function (this: { builder: { __benchCaller?: string } }, ...args: unknown[]) {
    running = this.builder.__benchCaller ?? 'strapi';
    return query.apply(this, args);
  };
  return () => running;
}

async function measure(strapi: any, size: number): Promise<{ sides: Record<SideName, Side>; background: number }> {
  const knex = strapi.db.connection;
  const running = new AsyncLocalStorage<SideName>();
  const times = Object.fromEntries(SIDE_NAMES.map((name) => [name, [] as number[]])) as Record<SideName, number[]>;
  const queries = Object.fromEntries(SIDE_NAMES.map((name) => [name, 0])) as Record<SideName, number>;
  const statements = Object.fromEntries(SIDE_NAMES.map((name) => [name, new Map<string, number>()])) as Record<SideName, Map<string, number>>;
  let background = 0;
  const callerOfRunning = PROFILE ? traceCallers(knex) : () => '';
  const onQuery = (query: { sql?: string }) => {
    const side = running.getStore();
    if (!side) {
      background += 1;
      return;
    }
    queries[side] += 1;
    if (PROFILE && query.sql) {
      // One line per statement shape: multi-row inserts and IN lists of any length together.
      const sql = query.sql.replace(/ union all select .*/, ' union all select …').replace(/\((\?, )+\?\)/g, '(?, …)');
      const key = side === 'plugin' ? `${callerOfRunning().padEnd(24)} ${sql}` : sql;
      statements[side].set(key, (statements[side].get(key) ?? 0) + 1);
    }
  };
  // The same new articles on every side: titles on the corpus' topics, numbered past it.
  const articles = Array.from({ length: WRITES }, (_, n) => {
    const a = syntheticArticle(size + n);
    return { ...a, paragraphs: [syntheticParagraph(a.topic), syntheticParagraph(a.topic)] };
  });
  knex.on('query', onQuery);
  try {
    for (let start = 0; start < WRITES; start += BLOCK) {
      for (const name of SIDE_NAMES) {
        const side = SIDES[name];
        for (let n = start; n < Math.min(WRITES, start + BLOCK); n += 1) {
          const a = articles[n];
          const data: Record<string, unknown> = {
            title: a.title,
            standfirst: a.standfirst,
            section: a.section,
            keywords: a.keywords,
            body: a.paragraphs.map((text) => ({ __component: `${side.prefix}.paragraph`, text: paragraph(text) })),
          };
          // The plugin chooses its slug from the title; stock Strapi's Document Service takes the one it is given.
          if (name !== 'plugin') data.slug = `bench-write-${size + n}`;
          const began = process.hrtime.bigint();
          await running.run(name, () => strapi.documents(side.uid).create({ locale: 'ar', status: 'published', data }));
          times[name].push(Number(process.hrtime.bigint() - began) / 1e6);
        }
      }
    }
  } finally {
    knex.off('query', onQuery);
  }
  if (PROFILE) {
    for (const name of SIDE_NAMES) {
      console.log(`\n${SIDES[name].label}: statements per create, most frequent first`);
      const sorted = [...statements[name]].sort((x, y) => y[1] - x[1]);
      for (const [sql, n] of sorted) console.log(`${(n / times[name].length).toFixed(2).padStart(6)}  ${sql.slice(0, 240)}`);
    }
  }
  const summary = (name: SideName): Side => {
    const ms = times[name];
    const seconds = ms.reduce((a, b) => a + b, 0) / 1000;
    return { name, creates: ms.length, seconds, perSecond: ms.length / seconds, p50: median(ms), p99: percentile(ms, 99), sqlPerCreate: queries[name] / ms.length };
  };
  return { sides: Object.fromEntries(SIDE_NAMES.map((name) => [name, summary(name)])) as Record<SideName, Side>, background };
}
