/**
 * The read path at scale (issue #12).
 *
 *   npm run build && eval "$(bash .ci/db/postgres.sh)" && npm run bench
 *
 * For each database (BENCH_DBS, default sqlite,postgres) and corpus size (BENCH_SIZES, default
 * 20000,100000): seeds that many synthetic Arabic articles with realistic bodies, as plugin articles
 * and as `api::stock-article` rows (a seeding child process, bench/lib/seed.ts), starts the built
 * playground in production mode with a SQL counter preloaded (bench/lib/count-queries.js), and
 * measures with autocannon (10 connections, BENCH_SECONDS each) read by slug, 304 revalidation,
 * list and search, plugin against stock Strapi's REST API, with `/_health` as the floor.
 * Prints one markdown table per (database, size) and the goal ratios; raw figures go to
 * bench/results/read-path-<time>.json. List and search are compared with the baseline's figures
 * (bench/read-path/baseline.json: main before the read model; BENCH_BASELINE=<results file> for another).
 */
import { execFileSync, spawn } from 'child_process';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { createDatabase, drain, load, loadStrapi, RESULTS, startServer, stopServer, type BenchDatabase, type Database, type Load } from '../lib/server';
import { seedCorpus, stockReadQuery } from '../lib/seed';
import { COMMON_WORDS, RARE_WORD } from '../related/synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '20000,100000').split(',').map(Number);
const DBS = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',') as Database[];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 1399);
const COUNT_PORT = PORT + 1;
/** Sequential requests per endpoint to count SQL statements. */
const COUNTED = 20;

const dbName = (size: number) => `newsroom_bench_${size}`;

/** The seeding child: loads Strapi in-process on the database, writes the corpus, prints its summary as JSON. */
export async function seedChild([client, size, name]: string[]) {
  const db: BenchDatabase = {
    client: client as Database,
    env: JSON.parse(process.env.BENCH_DB_ENV ?? '{}'),
    settle: async () => undefined,
    drop: async () => undefined,
  };
  void name;
  const strapi = await loadStrapi(db);
  const seeded = await seedCorpus(strapi, Number(size), { bodies: true, suggestions: false });
  await strapi.destroy();
  process.stdout.write(`${JSON.stringify(seeded)}\n`);
}

function seed(db: BenchDatabase, size: number): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename.replace(/run\.ts$/, 'index.js'), 'seed', db.client, String(size), dbName(size)], {
      env: { ...process.env, ...db.env, BENCH_DB_ENV: JSON.stringify(db.env) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}')) : reject(new Error(`seeding exited ${code}`))));
  });
}

const stockList = 'locale=ar&sort=publishedAt:desc&pagination[pageSize]=5&fields[0]=title&fields[1]=slug&fields[2]=standfirst&fields[3]=section&fields[4]=publishedAt';
const stockSearch = (word: string) => `${stockList}&filters[$or][0][title][$containsi]=${encodeURIComponent(word)}&filters[$or][1][standfirst][$containsi]=${encodeURIComponent(word)}`;

interface Endpoint {
  name: string;
  side: 'plugin' | 'stock' | 'floor';
  url: string;
  headers?: Record<string, string>;
  expect?: number;
}

interface Measured extends Load {
  name: string;
  side: Endpoint['side'];
  queries: number | null;
}

async function queriesPerRequest(endpoint: Endpoint): Promise<number | null> {
  const count = async () => (await (await fetch(`http://127.0.0.1:${COUNT_PORT}/`)).json()) as { attached: boolean; queries: number };
  // Wait until the server is idle (the last load's requests done): the total stays put for 300 ms; 15 s at most.
  let before = await count();
  for (let i = 0; i < 50; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await count();
    if (now.queries === before.queries) break;
    before = now;
  }
  if (!before.attached) return null;
  for (let i = 0; i < COUNTED; i += 1) {
    // node:http, not fetch: fetch adds `cache-control: no-cache` to a conditional request, and the server then never answers 304.
    const status = await new Promise<number>((resolve, reject) =>
      http.get(endpoint.url, { headers: endpoint.headers }, (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0))).on('error', reject)
    );
    if (status !== (endpoint.expect ?? 200)) throw new Error(`${endpoint.name}: ${endpoint.url} answered ${status}`);
  }
  return ((await count()).queries - before.queries) / COUNTED;
}

async function measure(db: BenchDatabase, size: number) {
  const base = `http://127.0.0.1:${PORT}`;
  const server = await startServer(db, PORT, { preload: path.resolve(__dirname, '../lib/count-queries.js'), env: { BENCH_COUNT_PORT: String(COUNT_PORT) } });
  try {
    const slug = `synthetic-${Math.floor(size / 2)}`;
    const read = `${base}/api/newsroom/articles/${slug}`;
    const first = await fetch(read);
    const article = (await first.clone().json()) as any;
    const etag = first.headers.get('etag');
    if (first.status !== 200 || !etag) throw new Error(`plugin read answered ${first.status}, ETag ${etag}`);
    const stockAnswer = (await (await fetch(`${base}/api/stock-articles?${stockReadQuery(slug)}`)).json()) as any;
    if (stockAnswer.data?.length !== 1 || stockAnswer.data[0].body.length !== article.data.body.length) {
      throw new Error(`stock read does not match: ${JSON.stringify(stockAnswer).slice(0, 300)}`);
    }
    const hits = async (word: string) =>
      ((await (await fetch(`${base}/api/newsroom/articles?pageSize=5&q=${encodeURIComponent(word)}`)).json()) as any).meta.pagination.total as number;
    let commonWord = COMMON_WORDS[0];
    let most = -1;
    for (const word of COMMON_WORDS) {
      const n = await hits(word);
      if (n > most) [commonWord, most] = [word, n];
    }
    // The floor first, then the plugin, then stock Strapi (whose searches may time out); each measure
    // starts once the server answers /_health quickly again (\`drain\`).
    const endpoints: Endpoint[] = [
      { name: '/_health', side: 'floor', url: `${base}/_health`, expect: 204 },
      { name: 'read by slug', side: 'plugin', url: read },
      { name: '304 revalidation', side: 'plugin', url: read, headers: { 'if-none-match': etag }, expect: 304 },
      { name: 'list, 5 a page', side: 'plugin', url: `${base}/api/newsroom/articles?pageSize=5` },
      { name: `search, common word`, side: 'plugin', url: `${base}/api/newsroom/articles?pageSize=5&q=${encodeURIComponent(commonWord)}` },
      { name: `search, rare word`, side: 'plugin', url: `${base}/api/newsroom/articles?pageSize=5&q=${encodeURIComponent(RARE_WORD)}` },
      { name: 'read by slug', side: 'stock', url: `${base}/api/stock-articles?${stockReadQuery(slug)}` },
      { name: 'list, 5 a page', side: 'stock', url: `${base}/api/stock-articles?${stockList}` },
      { name: 'search, common word', side: 'stock', url: `${base}/api/stock-articles?${stockSearch(commonWord)}` },
      { name: 'search, rare word', side: 'stock', url: `${base}/api/stock-articles?${stockSearch(RARE_WORD)}` },
    ];
    const measured: Measured[] = [];
    for (const endpoint of endpoints) {
      await drain(`${base}/_health`);
      const queries = await queriesPerRequest(endpoint);
      await load(endpoint.url, 2, endpoint); // warm-up
      measured.push({ name: endpoint.name, side: endpoint.side, queries, ...(await load(endpoint.url, SECONDS, endpoint)) });
    }
    const rareHits = await hits(RARE_WORD);
    const commonHits = most;
    return {
      article: { slug, bytes: Buffer.byteLength(JSON.stringify(article)), blocks: article.data.body.length, related: article.data.related?.length ?? 0 },
      search: { common: { word: commonWord, hits: commonHits }, rare: { word: RARE_WORD, hits: rareHits } },
      measured,
    };
  } finally {
    await stopServer(server);
  }
}

type Run = { db: Database; size: number; seeded: Record<string, number>; result: Awaited<ReturnType<typeof measure>> };

const rps = (run: Run, side: string, name: string) => run.result.measured.find((m) => m.side === side && m.name === name)?.requestsPerSecond ?? NaN;
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const pct = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${((100 * a) / b).toFixed(0)}%` : '—');

function table(run: Run, all: Run[], baseline: Run[] | null): string {
  const { result } = run;
  const lines = [
    `### ${run.db}, ${run.size.toLocaleString('en')} articles`,
    '',
    `Read article \`${result.article.slug}\`: ${result.article.blocks} blocks, ${result.article.related} related, ${result.article.bytes.toLocaleString('en')} bytes of JSON. ` +
      `Search words: common \`${result.search.common.word}\` (${result.search.common.hits} hits), rare \`${result.search.rare.word}\` (${result.search.rare.hits} hits). ` +
      `Seeded in ${run.seeded.seconds?.toFixed(0)} s.`,
    '',
    '| request | side | req/s | p50 ms | p99 ms | SQL / request | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...result.measured.map(
      (m) => `| ${m.name} | ${m.side} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.queries === null ? '—' : m.queries.toFixed(1)} | ${m.errors} |`
    ),
    '',
    '| goal (same run) | target | measured |',
    '| --- | --- | ---: |',
    `| read by slug / \`/_health\` | ≥ 40% | ${pct(rps(run, 'plugin', 'read by slug'), rps(run, 'floor', '/_health'))} |`,
    `| read by slug / stock read | ≥ 5× | ${ratio(rps(run, 'plugin', 'read by slug'), rps(run, 'stock', 'read by slug'))} |`,
    `| 304 / \`/_health\` | ≥ 80% | ${pct(rps(run, 'plugin', '304 revalidation'), rps(run, 'floor', '/_health'))} |`,
  ];
  const before = baseline?.find((b) => b.db === run.db && b.size === run.size);
  for (const name of ['list, 5 a page', 'search, common word', 'search, rare word']) {
    lines.push(`| ${name} / baseline | ≥ 5× | ${before ? ratio(rps(run, 'plugin', name), rps(before, 'plugin', name)) : '— (no baseline for this database and size)'} |`);
  }
  const smallest = all.filter((r) => r.db === run.db && r.size < run.size).sort((a, b) => a.size - b.size)[0];
  if (smallest) {
    for (const name of ['read by slug', '304 revalidation', 'list, 5 a page', 'search, common word', 'search, rare word']) {
      lines.push(`| ${name}: ${run.size.toLocaleString('en')} / ${smallest.size.toLocaleString('en')} | ≥ 90% | ${pct(rps(run, 'plugin', name), rps(smallest, 'plugin', name))} |`);
    }
  }
  return lines.join('\n');
}

export async function main() {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
  // The figures of main before the read model (committed beside this file), unless BENCH_BASELINE names another results file.
  const baselineFile = process.env.BENCH_BASELINE ?? path.join(__dirname, 'baseline.json');
  const baseline: Run[] | null = fs.existsSync(baselineFile) ? JSON.parse(fs.readFileSync(baselineFile, 'utf8')).runs : null;
  const runs: Run[] = [];
  // Written after every (database, size), so a long run that is stopped keeps what it measured.
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `read-path-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  console.log(`commit ${commit}; ${machine}; ${SECONDS} s per measure, 10 connections`);
  for (const client of DBS) {
    for (const size of SIZES) {
      const db = await createDatabase(client, dbName(size));
      try {
        console.log(`${client}: seeding ${size} newsroom + ${size} stock articles…`);
        const seeded = await seed(db, size);
        await db.settle();
        console.log(`${client}: seeded in ${seeded.seconds.toFixed(0)} s (${seeded.components} body components, ${seeded.searchRows} search postings); measuring…`);
        const run: Run = { db: client, size, seeded, result: await measure(db, size) };
        runs.push(run);
        fs.writeFileSync(file, JSON.stringify({ commit, machine, seconds: SECONDS, runs }, null, 2));
        console.log(`\n${table(run, runs, baseline)}\n`);
      } finally {
        await db.drop();
      }
    }
  }
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}
