/**
 * Write throughput at scale (issue #12): "creating through the plugin's write path at 20,000
 * articles is at least as fast as stock Strapi's create".
 *
 *   eval "$(bash .ci/db/postgres.sh)" && npm run bench:write
 *
 * For each database (BENCH_DBS, default sqlite,postgres) and corpus size (BENCH_SIZES, default
 * 2000,20000): seeds that many synthetic Arabic articles as plugin articles and as
 * `api::stock-article` rows (bench/lib/seed.ts, bulk), then, in the same Strapi process, creates
 * BENCH_WRITES (default 200) articles one by one through the Document Service on each side — the
 * plugin's (its write pipeline runs: validation, slug reservation, derived fields, search index)
 * and stock Strapi's — in alternating blocks of 10, so both sides see the same load and table
 * size. Each create has a title, standfirst, section, keywords and two paragraphs, and is
 * published at creation (`status: 'published'`), as a newsroom import does. Prints creates/s,
 * p50/p99 per create, SQL statements per create, and the plugin/stock ratio; raw figures go to
 * bench/results/write-path-<time>.json.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createDatabase, loadStrapi, median, percentile, RESULTS, type Database } from '../lib/server';
import { ARTICLE, paragraph, seedCorpus, STOCK } from '../lib/seed';
import { syntheticArticle, syntheticParagraph } from '../related/synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '2000,20000').split(',').map(Number);
const DBS = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',') as Database[];
const WRITES = Number(process.env.BENCH_WRITES ?? 200);
const BLOCK = 10;
/** BENCH_PROFILE=1: print each side's statements per create, grouped by their SQL text. */
const PROFILE = process.env.BENCH_PROFILE === '1';

interface Side {
  name: 'plugin' | 'stock';
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
        const child = spawn(process.execPath, [path.join(__dirname, 'index.js'), 'one', client, String(size), out], { stdio: 'inherit' });
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
    const seeded = await seedCorpus(strapi, size, { bodies: false, suggestions: false });
    console.log(`[${client} ${size}] seeded in ${seeded.seconds.toFixed(0)} s`);
    const sides = await measure(strapi, size);
    const ratio = sides.plugin.perSecond / sides.stock.perSecond;
    const row = { client, size, writes: WRITES, seeded, ...sides, ratio, load: os.loadavg() };
    results.push(row);
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    console.log(`\n| ${client}, ${size} articles | creates/s | p50 ms | p99 ms | SQL per create |`);
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const side of [sides.plugin, sides.stock]) {
      console.log(`| ${side.name} | ${side.perSecond.toFixed(1)} | ${side.p50.toFixed(1)} | ${side.p99.toFixed(1)} | ${side.sqlPerCreate.toFixed(1)} |`);
    }
    console.log(`plugin / stock: **${ratio.toFixed(2)}×**\n`);
  } finally {
    await strapi.destroy();
    await db.drop();
  }
}

async function measure(strapi: any, size: number): Promise<{ plugin: Side; stock: Side }> {
  const knex = strapi.db.connection;
  const times = { plugin: [] as number[], stock: [] as number[] };
  const queries = { plugin: 0, stock: 0 };
  const statements = { plugin: new Map<string, number>(), stock: new Map<string, number>() };
  let current: 'plugin' | 'stock' = 'plugin';
  const onQuery = (query: { sql?: string }) => {
    queries[current] += 1;
    if (PROFILE && query.sql) statements[current].set(query.sql, (statements[current].get(query.sql) ?? 0) + 1);
  };
  knex.on('query', onQuery);
  try {
    for (let start = 0; start < WRITES; start += BLOCK) {
      for (const side of ['plugin', 'stock'] as const) {
        current = side;
        for (let n = start; n < Math.min(WRITES, start + BLOCK); n += 1) {
          // New titles on the corpus' topics, numbered past it (the same article on both sides).
          const a = syntheticArticle(size + n);
          const prefix = side === 'plugin' ? 'newsroom' : 'stock';
          const data: Record<string, unknown> = {
            title: a.title,
            standfirst: a.standfirst,
            section: a.section,
            keywords: a.keywords,
            body: [
              { __component: `${prefix}.paragraph`, text: paragraph(syntheticParagraph(a.topic)) },
              { __component: `${prefix}.paragraph`, text: paragraph(syntheticParagraph(a.topic)) },
            ],
          };
          if (side === 'stock') data.slug = `bench-write-${size + n}`;
          const began = process.hrtime.bigint();
          await strapi.documents(side === 'plugin' ? ARTICLE : STOCK).create({ locale: 'ar', status: 'published', data });
          times[side].push(Number(process.hrtime.bigint() - began) / 1e6);
        }
      }
    }
  } finally {
    knex.off('query', onQuery);
  }
  if (PROFILE) {
    for (const side of ['plugin', 'stock'] as const) {
      console.log(`\n${side}: statements per create, most frequent first`);
      const sorted = [...statements[side]].sort((x, y) => y[1] - x[1]);
      for (const [sql, n] of sorted.slice(0, 40)) console.log(`${(n / times[side].length).toFixed(2).padStart(6)}  ${sql.slice(0, 220)}`);
    }
  }
  const summary = (name: 'plugin' | 'stock'): Side => {
    const ms = times[name];
    const seconds = ms.reduce((a, b) => a + b, 0) / 1000;
    return { name, creates: ms.length, seconds, perSecond: ms.length / seconds, p50: median(ms), p99: percentile(ms, 99), sqlPerCreate: queries[name] / ms.length };
  };
  return { plugin: summary('plugin'), stock: summary('stock') };
}
