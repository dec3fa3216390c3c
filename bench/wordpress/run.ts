/**
 * WordPress import at scale (issue #14): "Import 10,000 generated posts into a database that already
 * holds 20,000 articles, on SQLite and PostgreSQL: posts/s and peak memory, next to creating the same
 * articles one by one through the Document Service in the same run. Goal: ≥ 3× that rate, memory flat
 * in the export size."
 *
 *   eval "$(bash .ci/db/postgres.sh)" && npm run bench:wordpress
 *
 * For each database (BENCH_DBS, default sqlite,postgres), in a child process of its own: seeds
 * BENCH_SIZE (default 20,000) synthetic Arabic articles (bench/lib/seed.ts), writes two exports
 * (bench/wordpress/wxr.ts) of BENCH_POSTS (default 10,000) and BENCH_POSTS/5 posts, then measures, in
 * one Strapi process and in this order:
 *   1. the import of the small export (`importFile`, media upload off): posts/s, peak RSS and heap;
 *   2. BENCH_DS_SAMPLE (default 500) posts of the same generator, mapped as the import maps them
 *      (`planItem`), created one by one through the Document Service, published like the import;
 *   3. the import of the large export.
 * Prints the table and the ratios (import / Document Service, large / small peaks); raw figures go to
 * bench/results/wordpress-<time>.json.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import inspector from 'inspector';
import os from 'os';
import path from 'path';
import { createDatabase, loadStrapi, RESULTS, type Database } from '../lib/server';
import { ARTICLE, seedCorpus } from '../lib/seed';
import { planItem } from '../../server/src/wordpress/map-post';
import { readWxr, type WxrItem } from '../../server/src/wordpress/wxr-reader';
import { WARMER_JOB, warmOnce } from '../../server/src/jobs/read-model-warmer';
import { postItem, writeExport, type ExportShape } from './wxr';

const DBS = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',') as Database[];
const SIZE = Number(process.env.BENCH_SIZE ?? 20000);
const POSTS = Number(process.env.BENCH_POSTS ?? 10000);
const DS_SAMPLE = Number(process.env.BENCH_DS_SAMPLE ?? 500);
const LARGE: ExportShape = { site: 'https://akhbar.example', first: 1, posts: POSTS };
/**
 * The read-model warmer (a cron job re-rendering published articles every 10 s, in this process) runs
 * as in production, and each phase ends only once every article it published is rendered (the
 * warmer's backlog worked off inside the phase), so a phase's renders count in that phase and never
 * in the next. BENCH_WARMER=0: no warmer, no renders (what the writes alone cost).
 */
const WARMER = process.env.BENCH_WARMER !== '0';
/** BENCH_PROFILE=1: print each phase's statements grouped by their SQL text (by count and by time) and its time in the write services. */
const PROFILE = process.env.BENCH_PROFILE === '1';
/**
 * BENCH_REINDEX=1: then time `reindex.all()` over the whole database (the seeded and the imported
 * articles): what a node does at boot after an upgrade that moves DERIVED_VERSION.
 */
const REINDEX = process.env.BENCH_REINDEX === '1';
/**
 * BENCH_ALLOC_PROF=<prefix>: sample every allocation of the Document Service phase and of the large
 * import, collected ones included (V8's sampling heap profiler, one sample per 64 KiB), print the
 * bytes allocated per post and write `<prefix>-<database>-<phase>.heapprofile` (Chrome DevTools opens
 * it). What the garbage collector has to sweep up, where `--cpu-prof` shows only its time.
 */
const ALLOC_PROF = process.env.BENCH_ALLOC_PROF;
/** BENCH_NODE_ARGS: more flags for each database's child process (`--trace-gc`, `--max-semi-space-size=64`). */
const NODE_ARGS = process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
const SMALL: ExportShape = { site: 'https://sahifa.example', first: 1_000_001, posts: Math.max(1, Math.round(POSTS / 5)) };

/** Each database in a child process of its own: Strapi is loaded once per process, on one database. */
export async function main() {
  const out = path.join(RESULTS, `wordpress-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(RESULTS, { recursive: true });
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load ${loadavg()}`);
  for (const client of DBS) {
    await new Promise<void>((resolve, reject) => {
      // --expose-gc: each phase starts from a collected heap, so its peak is its own.
      const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), ...NODE_ARGS, '--expose-gc', path.join(__dirname, 'index.js'), 'one', client, out], { stdio: 'inherit' });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${client}: exited ${code}`))));
    });
  }
  console.log(`results: ${path.relative(process.cwd(), out)}`);
}

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const mb = (bytes: number) => bytes / 2 ** 20;

interface Phase {
  seconds: number;
  /** Peak RSS and heapUsed during the phase, MiB, and RSS at its start. */
  peakRss: number;
  peakHeap: number;
  startRss: number;
  sql: number;
  /** Read-model rows still stale when the phase ended (0 unless a render kept failing). */
  staleLeft: number;
  /** /proc/loadavg at the end of the phase (1, 5, 15 minutes). */
  load: string;
  /** Article writes the pipeline ran, by action (its derive step runs once per create and update). */
  writes: Record<string, number>;
}

/**
 * With the warmer on: render what is stale (the warmer's own runs, until none is left), so the phase
 * that made the rows stale pays for their renders. Returns the rows left stale (a render that keeps
 * failing stops it after 20 idle rounds).
 */
async function settle(strapi: any): Promise<number> {
  if (!WARMER) return 0;
  const readModel = strapi.plugin('newsroom').service('readModel');
  for (let idle = 0; idle < 20; ) {
    if ((await readModel.staleCount()) === 0) return 0;
    // A row the cron's run holds is rendered by it: wait for it.
    if ((await warmOnce(strapi)) === 0) {
      idle += 1;
      await new Promise((resolve) => setTimeout(resolve, 250));
    } else idle = 0;
  }
  return Number(await readModel.staleCount());
}

/**
 * BENCH_PROFILE=1: wall time spent in the plugin services every write calls, on both sides (the same
 * service objects the pipeline's steps call), summed per phase: what a faster write path cannot save.
 */
const SERVICE_TIMES: [service: string, method: string][] = [
  ['search', 'indexDocuments'],
  ['suggestions', 'indexDocuments'],
  ['readModel', 'invalidate'],
  ['readModel', 'warm'],
  ['readModel', 'refresh'],
  ['articles', 'createMany'],
  ['links', 'record'],
  ['slugs', 'sync'],
];
const serviceTime = new Map<string, number>();
function timeServices(strapi: any): void {
  for (const [name, method] of SERVICE_TIMES) {
    const service = strapi.plugin('newsroom').service(name);
    const original = service[method];
    service[method] = async function timed(this: unknown, ...args: unknown[]) {
      const start = process.hrtime.bigint();
      try {
        return await original.apply(this, args);
      } finally {
        const key = `${name}.${method}`;
        serviceTime.set(key, (serviceTime.get(key) ?? 0) + Number(process.hrtime.bigint() - start) / 1e6);
      }
    };
  }
}

/** Runs `work`, sampling memory every 25 ms and counting SQL statements, until its renders are done. */
async function measure<T>(strapi: any, work: () => Promise<T>): Promise<{ result: T; phase: Phase }> {
  (global as any).gc?.();
  serviceTime.clear();
  const knex = strapi.db.connection;
  let sql = 0;
  const statements = new Map<string, number>();
  /** SQL text → total ms from knex's query event to its response (BENCH_PROFILE). */
  const spent = new Map<string, number>();
  const started = new Map<string, { sql: string; at: bigint }>();
  const onQuery = (query: { sql?: string; __knexQueryUid?: string }) => {
    sql += 1;
    if (PROFILE && query.sql) {
      statements.set(query.sql, (statements.get(query.sql) ?? 0) + 1);
      if (query.__knexQueryUid) started.set(query.__knexQueryUid, { sql: query.sql, at: process.hrtime.bigint() });
    }
  };
  const onResponse = (_response: unknown, query: { __knexQueryUid?: string }) => {
    const start = query.__knexQueryUid ? started.get(query.__knexQueryUid) : undefined;
    if (!start) return;
    started.delete(query.__knexQueryUid!);
    spent.set(start.sql, (spent.get(start.sql) ?? 0) + Number(process.hrtime.bigint() - start.at) / 1e6);
  };
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 25);
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  const writes: Record<string, number> = {};
  const stopTrace = strapi.plugin('newsroom').service('pipeline').trace((event: { step: string; action: string }) => {
    if (event.step === 'derive') writes[event.action] = (writes[event.action] ?? 0) + 1;
  });
  const began = process.hrtime.bigint();
  try {
    const result = await work();
    const staleLeft = await settle(strapi);
    sample();
    if (PROFILE) {
      const seconds = Number(process.hrtime.bigint() - began) / 1e9;
      console.log(`\nwall time in services (${seconds.toFixed(1)} s in all): ${[...serviceTime].map(([key, ms]) => `${key} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
      serviceTime.clear();
      console.log(`\nstatements, most frequent first (${sql} in all)`);
      for (const [text, n] of [...statements].sort((x, y) => y[1] - x[1]).slice(0, 45)) console.log(`${String(n).padStart(7)}  ${text.slice(0, 200)}`);
      // One line per statement shape: IN lists and multi-row INSERTs of any length together.
      const shape = (text: string) => text.replace(/\?(, \?)+/g, '?…').replace(/ union all select .*/, ' union all …').replace(/\), \(.*?(returning|$)/, '), … $1');
      const byShape = new Map<string, { ms: number; n: number }>();
      for (const [text, ms] of spent) {
        const entry = byShape.get(shape(text)) ?? { ms: 0, n: 0 };
        entry.ms += ms;
        entry.n += statements.get(text) ?? 0;
        byShape.set(shape(text), entry);
      }
      const total = [...spent.values()].reduce((a, b) => a + b, 0);
      console.log(`\nstatements, most time first (${(total / 1000).toFixed(1)} s in all, from query to response, knex and driver included)`);
      for (const [text, { ms, n }] of [...byShape].sort((x, y) => y[1].ms - x[1].ms).slice(0, 30)) console.log(`${ms.toFixed(0).padStart(7)}  ${String(n).padStart(6)}×  ${text.slice(0, 180)}`);
    }
    return { result, phase: { seconds: Number(process.hrtime.bigint() - began) / 1e9, peakRss: mb(peakRss), peakHeap: mb(peakHeap), startRss: mb(startRss), sql, staleLeft, load: loadavg(), writes } };
  } finally {
    clearInterval(timer);
    knex.off('query', onQuery);
    knex.off('query-response', onResponse);
    stopTrace();
  }
}

/**
 * Runs `work` under V8's sampling heap profiler when BENCH_ALLOC_PROF is set and the phase is named
 * (collected objects included, so the profile is every allocation, not what survived), writes the
 * profile, and answers the MiB allocated; otherwise just runs `work`.
 */
async function allocations<T>(name: string, work: () => Promise<T>): Promise<{ result: T; allocatedMiB: number | null }> {
  if (!ALLOC_PROF || !name) return { result: await work(), allocatedMiB: null };
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session.post(method, params, (error, answer) => (error ? reject(error) : resolve(answer))));
  try {
    await post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const result = await work();
    const { profile } = await post('HeapProfiler.stopSampling');
    fs.writeFileSync(`${ALLOC_PROF}-${name}.heapprofile`, JSON.stringify(profile));
    let bytes = 0;
    const stack = [profile.head];
    while (stack.length > 0) {
      const node = stack.pop();
      bytes += node.selfSize;
      stack.push(...node.children);
    }
    return { result, allocatedMiB: mb(bytes) };
  } finally {
    session.disconnect();
  }
}

/** Import `file` through the service, as an editor's upload would (media upload off). */
async function importPhase(strapi: any, file: string, name = '') {
  const {
    result: { result: job, phase },
    allocatedMiB,
  } = await allocations(name, () => measure(strapi, () => strapi.plugin('newsroom').service('wordpress').importFile(file, { locale: 'ar', uploadMedia: false })));
  const imported = job.progress.created + job.progress.updated;
  if (job.status !== 'done' || job.progress.errors > 0) throw new Error(`import ended ${job.status} with ${job.progress.errors} errors: ${JSON.stringify(job.report.errors.slice(0, 3))}`);
  return {
    ...phase,
    posts: imported,
    perSecond: imported / phase.seconds,
    sqlPerPost: phase.sql / imported,
    allocatedMiBPerPost: allocatedMiB === null ? null : allocatedMiB / imported,
    progress: job.progress,
    notes: job.report.notes.length + job.report.leftOff.notes,
  };
}

/** What the import would write for `item`, without its lookups: read-also lines stay paragraphs (the Document Service side does less). */
function mappedData(item: WxrItem, authors: Map<string, string>) {
  const plan = planItem(item, { authors }, 'ar');
  if (plan.kind !== 'article') throw new Error(`post ${item.postId} is not an article`);
  const body = plan.body.map((block) => ('__component' in block ? block : block.pending === 'read-also' ? { __component: 'newsroom.paragraph', text: block.original } : { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: block.link }] }));
  const data: Record<string, unknown> = { ...plan.data, body };
  if (!plan.data.slug) delete data.slug;
  return { data, publish: plan.publish };
}

/** Posts `first`… of the large export's generator, not in the export itself, created one by one through the Document Service. */
async function documentServicePhase(strapi: any, name = '') {
  const shape: ExportShape = { ...LARGE, first: LARGE.first + LARGE.posts, posts: DS_SAMPLE };
  const authors = new Map([['editor', 'فريق التحرير'], ['reporter', 'سارة المراسلة']]);
  const items: WxrItem[] = [];
  const xml = `<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="x" xmlns:content="x" xmlns:excerpt="x"><channel>${Array.from({ length: DS_SAMPLE }, (_, i) => postItem(shape, shape.first + i)).join('')}</channel></rss>`;
  for await (const event of readWxr([xml])) if (event.kind === 'item') items.push(event.item);
  const {
    result: { phase },
    allocatedMiB,
  } = await allocations(name, () =>
    measure(strapi, async () => {
      for (const item of items) {
        const { data, publish } = mappedData(item, authors);
        await strapi.documents(ARTICLE).create({ locale: 'ar', data, ...(publish ? { status: 'published' } : {}) });
      }
    })
  );
  return {
    ...phase,
    posts: items.length,
    perSecond: items.length / phase.seconds,
    sqlPerPost: phase.sql / items.length,
    allocatedMiBPerPost: allocatedMiB === null ? null : allocatedMiB / items.length,
  };
}

/** One database: seed, write the exports, measure the three phases, print the table, append to `out`. */
export async function one([client, out]: string[]) {
  const results: Record<string, unknown>[] = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : [];
  const db = await createDatabase(client as Database, `newsroom_wpbench_${SIZE}_${POSTS}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wpbench-'));
  const strapi = await loadStrapi(db);
  if (PROFILE) timeServices(strapi);
  if (!WARMER) strapi.cron.remove(WARMER_JOB);
  try {
    const seeded = await seedCorpus(strapi, SIZE, { bodies: false, suggestions: false });
    console.log(`[${client}] seeded ${SIZE} articles in ${seeded.seconds.toFixed(0)} s; load ${loadavg()}`);
    const files = { small: path.join(dir, 'small.xml'), large: path.join(dir, 'large.xml') };
    const bytes = { small: await writeExport(files.small, SMALL), large: await writeExport(files.large, LARGE) };
    console.log(`[${client}] exports: ${SMALL.posts} posts (${mb(bytes.small).toFixed(1)} MiB), ${LARGE.posts} posts (${mb(bytes.large).toFixed(1)} MiB)`);

    const small = await importPhase(strapi, files.small);
    console.log(`[${client}] small import: ${small.posts} posts in ${small.seconds.toFixed(0)} s; load ${small.load}`);
    const allocated = (phase: { allocatedMiBPerPost: number | null }) => (phase.allocatedMiBPerPost === null ? '' : `, ${phase.allocatedMiBPerPost.toFixed(2)} MiB allocated per post`);
    const ds = await documentServicePhase(strapi, `${client}-document-service`);
    console.log(`[${client}] Document Service: ${ds.posts} creates in ${ds.seconds.toFixed(0)} s${allocated(ds)}; load ${ds.load}`);
    const large = await importPhase(strapi, files.large, `${client}-large-import`);
    console.log(`[${client}] large import: ${large.posts} posts in ${large.seconds.toFixed(0)} s${allocated(large)}; load ${large.load}`);

    let reindex: (Phase & { rows: number }) | null = null;
    if (REINDEX) {
      const { result: rows, phase } = await measure(strapi, () => strapi.plugin('newsroom').service('reindex').all() as Promise<number>);
      reindex = { ...phase, rows };
      console.log(`[${client}] re-index: ${rows} article rows in ${phase.seconds.toFixed(1)} s, ${(rows / phase.seconds).toFixed(1)} rows/s, ${(phase.sql / rows).toFixed(1)} SQL/row, peak heap ${phase.peakHeap.toFixed(0)} MiB; load ${phase.load}`);
    }

    const ratio = large.perSecond / ds.perSecond;
    const memory = { rss: large.peakRss / small.peakRss, heap: large.peakHeap / small.peakHeap };
    results.push({ client, size: SIZE, posts: POSTS, dsSample: DS_SAMPLE, warmer: WARMER, bytes, seeded, small, ds, large, reindex, ratio, memory, node: process.version });
    fs.writeFileSync(out, JSON.stringify(results, null, 2));

    console.log(`\n| ${client}, ${SIZE} articles | posts | posts/s | SQL / post | writes (create + update) | peak RSS MiB | peak heap MiB | load (1 5 15 min) at end |`);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    const line = (name: string, p: typeof ds & { posts: number }) =>
      console.log(`| ${name} | ${p.posts} | ${p.perSecond.toFixed(2)} | ${p.sqlPerPost.toFixed(1)} | ${p.writes.create ?? 0} + ${p.writes.update ?? 0} | ${p.peakRss.toFixed(0)} | ${p.peakHeap.toFixed(0)} | ${p.load} |`);
    line(`import, ${SMALL.posts}-post export`, small);
    line('Document Service, one by one', ds);
    line(`import, ${LARGE.posts}-post export`, large);
    for (const [name, p] of [['small import', small], ['Document Service', ds], ['large import', large]] as const) {
      if (p.staleLeft > 0) console.log(`(${name}: ${p.staleLeft} read-model rows were still stale at its end)`);
    }
    console.log(`import / Document Service: **${ratio.toFixed(2)}×** (goal ≥ 3×); peak RSS large / small export: ${memory.rss.toFixed(2)}, peak heap: ${memory.heap.toFixed(2)}\n`);
  } finally {
    await strapi.destroy();
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
