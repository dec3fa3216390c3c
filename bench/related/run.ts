import fs from 'fs';
import os from 'os';
import path from 'path';
import { createDatabase, load, loadStrapi, median, percentile, RESULTS, startServer, stopServer } from '../lib/server';
import { ARTICLE, paragraph, seedCorpus, STOCK, stockReadQuery } from '../lib/seed';
import { syntheticArticle, syntheticParagraph } from './synthetic';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 1399);

async function seed(db: Awaited<ReturnType<typeof createDatabase>>) {
  const strapi = await loadStrapi(db);
  const started = Date.now();
  // The corpus: published rows written in bulk (bench/lib/seed.ts), empty bodies, with the suggestions' term index.
  await seedCorpus(strapi, ARTICLES, { bodies: false, suggestions: true });
  const knex = strapi.db.connection;
  const indexRows = Number((await knex('newsroom_term_index').count({ n: '*' }))[0].n);
  // Article n of the corpus again, for its title and topic (the generator is deterministic only in sequence).
  const corpus = Array.from({ length: 300 }, (_, n) => syntheticArticle(n));
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

export async function main() {
  const db = await createDatabase('sqlite', 'related');
  console.log(`seeding ${ARTICLES} newsroom + ${ARTICLES} stock articles…`);
  const seeded = await seed(db);
  console.log(`seeded in ${seeded.seconds.toFixed(0)} s (${seeded.indexRows} term-index rows)`);

  const server = await startServer(db, PORT);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const plugin = `${base}/api/newsroom/articles/bench-article`;
    const stock = `${base}/api/stock-articles?${stockReadQuery('bench-article')}`;
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
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'related.json'), JSON.stringify({ seeded, rounds, latencies }, null, 2));
  } finally {
    await stopServer(server);
    await db.drop();
  }
}
