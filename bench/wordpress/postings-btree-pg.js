// postings-btree.js's question asked of PostgreSQL: what the search index's postings cost per article,
// outside Strapi, in a table shaped like newsroom_search_terms (the postings' table up to DERIVED_VERSION 9;
// `monotonic` is newsroom_search_postings since) with its two indexes, 30,000 articles
// loaded first, then 1,000 more written, timed twice. One variant per run:
//
//   eval "$(bash .ci/db/postgres.sh)" && node bench/wordpress/postings-btree-pg.js [plain|deferred][,monotonic]
//
//   plain      as the plugin writes them: BATCH (default 50) articles per transaction, INSERTs of 500 rows
//   deferred   no postings written with the articles: all of the round's, at its end, sorted in the
//              postings index's key order, INSERTs of 500 rows, CHUNK (default 50,000) rows per transaction
//   monotonic  (with either) increasing integer document references instead of random document ids
//
// Prints ms per article. The database (newsroom_bench_postings) is created and dropped by
// bench/lib/server.ts's withScratchPostgres. Not part of CI.
require('esbuild-register/dist/node').register({ target: 'node20' });
const { withScratchPostgres } = require('../lib/server.ts');
const { articles, byKey } = require('./postings-data');

const variants = new Set((process.argv[2] ?? 'plain').split(','));
const BATCH = Number(process.env.BATCH ?? 50);
const CHUNK = Number(process.env.CHUNK ?? 50000);
const monotonic = variants.has('monotonic');
const deferred = variants.has('deferred');
const article = articles({ monotonic });
/** Rows per INSERT: the plugin's insertRows writes postings 500 at a time. */
const STATEMENT = 500;

withScratchPostgres('newsroom_bench_postings', async (c) => {
  const insert = async (rows) => {
    for (let at = 0; at < rows.length; at += STATEMENT) {
      const part = rows.slice(at, at + STATEMENT);
      const values = part.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(', ');
      await c.query(`insert into p (document_id, locale, term, frequency) values ${values}`, part.flat());
    }
  };
  const transaction = async (work) => {
    await c.query('begin');
    try {
      await work();
      await c.query('commit');
    } catch (error) {
      await c.query('rollback');
      throw error;
    }
  };
  await c.query(`create table p (id serial primary key, document_id ${monotonic ? 'bigint' : 'text'} not null, locale text not null, term text not null, frequency real not null)`);
  // The 30,000 articles loaded before the indexes exist (unnest: one statement per 1,000 articles).
  for (let loaded = 0; loaded < 30000; loaded += 1000) {
    const rows = [];
    for (let i = 0; i < 1000; i += 1) rows.push(...article());
    await c.query(`insert into p (document_id, locale, term, frequency) select * from unnest($1::${monotonic ? 'bigint' : 'text'}[], $2::text[], $3::text[], $4::real[])`, [
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      rows.map((r) => r[3]),
    ]);
  }
  await c.query('create index p_postings on p (locale, term, frequency, document_id)');
  await c.query('create index p_document_term on p (document_id, locale, term)');
  await c.query('vacuum analyze p');
  const { rows: [{ n }] } = await c.query('select count(*)::int as n from p');
  for (let round = 1; round <= 2; round += 1) {
    const began = process.hrtime.bigint();
    if (deferred) {
      const rows = [];
      for (let i = 0; i < 1000; i += 1) rows.push(...article());
      rows.sort(byKey);
      for (let at = 0; at < rows.length; at += CHUNK) await transaction(() => insert(rows.slice(at, at + CHUNK)));
    } else {
      for (let i = 0; i < 1000 / BATCH; i += 1) {
        const rows = [];
        for (let j = 0; j < BATCH; j += 1) rows.push(...article());
        await transaction(() => insert(rows));
      }
    }
    const ms = Number(process.hrtime.bigint() - began) / 1e6;
    const how = deferred ? `built at the end, ${CHUNK} rows per transaction` : `${BATCH} per transaction`;
    console.log(`postgres ${[...variants].join(',')}, ${how}, round ${round} over ${n} postings: ${(ms / 1000).toFixed(2)} ms/article`);
  }
});
