/**
 * Related links and suggestions at scale (issue #4).
 *
 *   npm run build && npm run bench:related
 *
 * Seeds 20,000 newsroom articles and 20,000 stock articles (the same fields and
 * relations, served by Strapi's own REST API) with synthetic Arabic text, then
 * starts the built playground in production mode and measures, in the same run:
 * read-by-slug requests/s of an article with 10 inline links and 10 related
 * articles, plugin against stock `populate`; and the latency of related
 * suggestions. Prints a markdown table; the raw figures go to bench/results/.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import autocannon from 'autocannon';
import { deriveArticle } from '../../server/src/render/derive';
import { indexTerms } from '../../server/src/links/terms';
import { TERM_INDEX_TABLE } from '../../server/src/models/term-index';
import { syntheticArticle, syntheticParagraph, type SyntheticArticle } from './synthetic';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 1399);
const PLAYGROUND = path.resolve(__dirname, '../../playground');
const ARTICLE = 'plugin::newsroom.article';
const STOCK = 'api::stock-article.stock-article';
const SECRETS = {
  APP_KEYS: 'benchA,benchB',
  API_TOKEN_SALT: 'bench',
  ADMIN_JWT_SECRET: 'bench',
  TRANSFER_TOKEN_SALT: 'bench',
  JWT_SECRET: 'bench',
  ENCRYPTION_KEY: 'bench',
};

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

async function seed(dbFile: string) {
  Object.assign(process.env, SECRETS, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile, NEWSROOM_SEED: 'false', NODE_ENV: 'development' });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: PLAYGROUND });
  const strapi = await createStrapi({ appDir: PLAYGROUND, distDir: path.join(PLAYGROUND, 'dist') }).load();
  strapi.log.level = 'warn';
  const knex = strapi.db.connection;
  const started = Date.now();

  // The corpus: published rows written in bulk, with the derived fields and index terms the plugin's own
  // code computes (bodies are empty; the text is in title and standfirst).
  const corpus: SyntheticArticle[] = Array.from({ length: ARTICLES }, (_, n) => syntheticArticle(n));
  const now = new Date();
  for (let start = 0; start < corpus.length; start += 500) {
    const batch = corpus.slice(start, start + 500);
    await strapi.db.query(ARTICLE).createMany({
      data: batch.map((a) => ({
        documentId: a.documentId,
        locale: 'ar',
        title: a.title,
        slug: a.slug,
        standfirst: a.standfirst,
        section: a.section,
        keywords: a.keywords,
        direction: 'auto',
        publishedAt: a.publishedAt,
        createdAt: now,
        updatedAt: now,
        links: { body: [], related: [] },
        ...deriveArticle({ title: a.title, standfirst: a.standfirst, keywords: a.keywords }, 'ar', 180),
      })),
    });
    await strapi.db.query(STOCK).createMany({
      data: batch.map((a) => ({
        documentId: `s${a.documentId.slice(1)}`,
        locale: 'ar',
        title: a.title,
        slug: a.slug,
        standfirst: a.standfirst,
        section: a.section,
        keywords: a.keywords,
        publishedAt: a.publishedAt,
        createdAt: now,
        updatedAt: now,
      })),
    });
    const terms = batch.flatMap((a) =>
      indexTerms({ searchText: deriveArticle({ title: a.title, standfirst: a.standfirst, keywords: a.keywords }, 'ar', 180).searchText, section: a.section, keywords: a.keywords }).map(
        (t) => ({ document_id: a.documentId, locale: 'ar', term: t.term, weight: t.weight })
      )
    );
    // 400 rows a statement: SQLite refuses compound inserts of more than 500 rows.
    await knex.batchInsert(TERM_INDEX_TABLE, terms, 400);
  }
  const indexRows = Number((await knex(TERM_INDEX_TABLE).count({ n: '*' }))[0].n);

  // The article under test, on both sides: 10 inline links and 10 related articles, through the Document Service.
  const documents = strapi.documents(ARTICLE);
  const stock = strapi.documents(STOCK);
  const targets: string[] = [];
  const stockTargets: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const a = corpus[i];
    const t = await documents.create({ locale: 'ar', data: { title: `هدف ${a.title}`, body: [{ __component: 'newsroom.paragraph', text: paragraph(syntheticParagraph(a.topic)) }] } });
    await documents.publish({ documentId: t.documentId, locale: 'ar' });
    targets.push(t.documentId);
    const s = await stock.create({ locale: 'ar', data: { title: `هدف ${a.title}`, slug: `stock-target-${i}`, body: [{ __component: 'stock.paragraph', text: paragraph(syntheticParagraph(a.topic)) }] } });
    await stock.publish({ documentId: s.documentId, locale: 'ar' });
    stockTargets.push(s.documentId);
  }
  const topic = corpus[0].topic;
  const body = targets.flatMap((id) => [
    { __component: 'newsroom.paragraph', text: paragraph(syntheticParagraph(topic)) },
    { __component: 'newsroom.related-link', kind: 'read-also', article: { connect: [{ documentId: id, locale: 'ar' }] } },
  ]);
  const source = await documents.create({
    locale: 'ar',
    data: { title: 'مقال الاختبار بعشرة روابط', slug: 'bench-article', section: corpus[0].section, body, related: targets },
  });
  await documents.publish({ documentId: source.documentId, locale: 'ar' });
  const stockBody = stockTargets.flatMap((id) => [
    { __component: 'stock.paragraph', text: paragraph(syntheticParagraph(topic)) },
    { __component: 'stock.related-link', kind: 'read-also', article: { connect: [{ documentId: id, locale: 'ar' }] } },
  ]);
  const stockSource = await stock.create({
    locale: 'ar',
    data: { title: 'مقال الاختبار بعشرة روابط', slug: 'bench-article', section: corpus[0].section, body: stockBody, related: stockTargets },
  });
  await stock.publish({ documentId: stockSource.documentId, locale: 'ar' });

  // Drafts to ask suggestions for: five articles on different topics.
  const sources: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const a = corpus[100 + i * 37];
    const d = await documents.create({
      locale: 'ar',
      data: { title: a.title, standfirst: a.standfirst, section: a.section, keywords: a.keywords, body: [{ __component: 'newsroom.paragraph', text: paragraph(syntheticParagraph(a.topic)) }] },
    });
    sources.push(d.documentId);
  }
  const seconds = (Date.now() - started) / 1000;
  await strapi.destroy();
  return { seconds, indexRows, sources };
}

function startServer(dbFile: string): Promise<ChildProcess> {
  const child = spawn('npx', ['strapi', 'start'], {
    cwd: PLAYGROUND,
    env: { ...process.env, ...SECRETS, NODE_ENV: 'production', PORT: String(PORT), HOST: '127.0.0.1', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile, NEWSROOM_SEED: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120000;
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${PORT}/_health`);
        if (res.status === 204) return resolve(child);
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) return reject(new Error('server did not start'));
      setTimeout(poll, 500);
    };
    poll();
  });
}

const STOCK_QUERY = [
  'filters[slug][$eq]=bench-article',
  'locale=ar',
  'populate[body][on][stock.paragraph]=true',
  'populate[body][on][stock.intertitle]=true',
  'populate[body][on][stock.related-link][populate][article][fields][0]=title',
  'populate[body][on][stock.related-link][populate][article][fields][1]=slug',
  'populate[related][fields][0]=title',
  'populate[related][fields][1]=slug',
  'populate[rights][populate][basedOn]=true',
].join('&');

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 10, duration: seconds });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const median = (values: number[]) => percentile(values, 50);

export async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
  const dbFile = path.join(dir, 'bench.db');
  console.log(`seeding ${ARTICLES} newsroom + ${ARTICLES} stock articles…`);
  const seeded = await seed(dbFile);
  console.log(`seeded in ${seeded.seconds.toFixed(0)} s (${seeded.indexRows} term-index rows)`);

  const server = await startServer(dbFile);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const plugin = `${base}/api/newsroom/articles/bench-article`;
    const stock = `${base}/api/stock-articles?${STOCK_QUERY}`;
    const p = await (await fetch(plugin)).json();
    const s = await (await fetch(stock)).json();
    const pluginLinks = p.data.body.filter((b: any) => b.__component === 'newsroom.related-link').length;
    const stockLinks = s.data[0].body.filter((b: any) => b.__component === 'stock.related-link' && b.article).length;
    if (pluginLinks !== 10 || stockLinks !== 10 || p.data.related.length !== 10 || s.data[0].related.length !== 10) {
      throw new Error(`unexpected answers: plugin ${pluginLinks} links/${p.data.related.length} related, stock ${stockLinks}/${s.data[0].related.length}`);
    }

    await load(plugin, 3);
    await load(stock, 3);
    const rounds: { plugin: Awaited<ReturnType<typeof load>>; stock: Awaited<ReturnType<typeof load>> }[] = [];
    for (let r = 0; r < ROUNDS; r += 1) rounds.push({ plugin: await load(plugin, SECONDS), stock: await load(stock, SECONDS) });

    const login = await fetch(`${base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@newsroom.local', password: 'Newsroom-demo-2024' }),
    });
    const token = (await login.json()).data.token;
    const latencies: number[] = [];
    let returned = 0;
    for (let i = 0; i < 300; i += 1) {
      const documentId = seeded.sources[i % seeded.sources.length];
      const started = process.hrtime.bigint();
      const res = await fetch(`${base}/newsroom/articles/${documentId}/suggestions?locale=ar&limit=10`, { headers: { Authorization: `Bearer ${token}` } });
      const body = await res.json();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (i < seeded.sources.length) returned += body.data.length;
    }
    const warm = latencies.slice(seeded.sources.length);

    const pluginRps = median(rounds.map((r) => r.plugin.requestsPerSecond));
    const stockRps = median(rounds.map((r) => r.stock.requestsPerSecond));
    const table = [
      `corpus: ${ARTICLES} newsroom + ${ARTICLES} stock articles (synthetic Arabic), SQLite, production build, ${os.cpus().length} cores, node ${process.version}`,
      '',
      '| measure | plugin | stock Strapi | ratio (plugin / stock) |',
      '| --- | ---: | ---: | ---: |',
      `| read by slug, 10 inline links + 10 related: requests/s (median of ${ROUNDS} × ${SECONDS} s, 10 connections) | ${pluginRps.toFixed(0)} | ${stockRps.toFixed(0)} | **${(pluginRps / stockRps).toFixed(2)}** |`,
      `| same, latency p50 / p99 (ms) | ${median(rounds.map((r) => r.plugin.p50))} / ${median(rounds.map((r) => r.plugin.p99))} | ${median(rounds.map((r) => r.stock.p50))} / ${median(rounds.map((r) => r.stock.p99))} | |`,
      `| errors or non-2xx answers | ${rounds.reduce((n, r) => n + r.plugin.errors, 0)} | ${rounds.reduce((n, r) => n + r.stock.errors, 0)} | |`,
      '',
      '| suggestions (admin API, over HTTP, 300 sequential requests, 5 source articles) | |',
      '| --- | ---: |',
      `| p50 latency | ${median(warm).toFixed(1)} ms |`,
      `| p95 latency | ${percentile(warm, 95).toFixed(1)} ms |`,
      `| suggestions returned per request (first round) | ${(returned / seeded.sources.length).toFixed(1)} |`,
    ].join('\n');
    console.log(`\n${table}\n`);
    fs.mkdirSync(path.resolve(__dirname, '../results'), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, '../results/related.json'), JSON.stringify({ seeded, rounds, latencies }, null, 2));
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
