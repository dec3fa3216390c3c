// What utils/insert-rows costs on PostgreSQL, per path: 200,000 postings (230 per article, in the
// postings index's key order, as search.buildPending writes them) into a table shaped like
// newsroom_search_postings with its two indexes, one transaction, timed twice:
//
//   eval "$(bash .ci/db/postgres.sh)" && node bench/wordpress/insert-rows-pg.js
//
//   values   INSERT … VALUES (…), (…) of 500 rows, the path SQLite and MariaDB take (and PostgreSQL's before)
//   unnest   the plugin's insertRows on PostgreSQL: INSERT … SELECT * FROM unnest(<one array per column>), 5,000 rows each
//
// Prints ms per path. The database (newsroom_bench_insert_rows) is created and dropped by
// bench/lib/server.ts. Not part of CI.
require('esbuild-register/dist/node').register({ target: 'node20' });
const { createDatabase, postgresConnection } = require('../lib/server.ts');
const { insertRows, ROWS_PER_INSERT } = require('../../server/src/utils/insert-rows.ts');

const N = Number(process.env.ROWS ?? 200000);
const COLUMNS = ['ref', 'locale', 'term', 'frequency'];

(async () => {
  const db = await createDatabase('postgres', 'newsroom_bench_insert_rows');
  const knex = require('knex')({ client: 'pg', connection: postgresConnection(db.env.DATABASE_NAME) });
  try {
    await knex.raw('create table postings (id serial primary key, ref integer, locale varchar(255), term varchar(255), frequency integer)');
    await knex.raw('create index postings_term on postings (locale, term, frequency, ref)');
    await knex.raw('create index postings_version on postings (ref, term)');
    const words = Array.from({ length: 5000 }, (_, i) => `كلمة${i.toString(36)}`);
    const rows = Array.from({ length: N }, (_, i) => ({ ref: 100000 + Math.floor(i / 230), locale: 'ar', term: words[(i * 7919) % words.length], frequency: 1 + (i % 5) }));
    rows.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.ref - b.ref));
    const values = async (trx) => {
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const part = rows.slice(i, i + ROWS_PER_INSERT);
        await trx.raw(`insert into postings (ref, locale, term, frequency) values ${part.map(() => '(?, ?, ?, ?)').join(', ')}`, part.flatMap((r) => COLUMNS.map((c) => r[c])));
      }
    };
    const unnest = (trx) => insertRows(trx, 'postings', COLUMNS, rows);
    for (let round = 1; round <= 2; round += 1) {
      for (const [name, path] of [['values', values], ['unnest', unnest]]) {
        await knex.raw('truncate postings');
        const started = Date.now();
        await knex.transaction((trx) => path(trx));
        const { n } = (await knex('postings').count({ n: '*' }))[0];
        if (Number(n) !== N) throw new Error(`${name}: ${n} rows of ${N}`);
        console.log(`round ${round} ${name}: ${Date.now() - started} ms for ${N} rows`);
      }
    }
  } finally {
    await knex.destroy();
    await db.drop();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
