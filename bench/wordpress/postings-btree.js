// What the search index's postings cost SQLite per article, outside Strapi: a table shaped like
// newsroom_search_terms, the postings' table up to DERIVED_VERSION 9 (its two indexes; `monotonic,deferred`
// is what newsroom_search_postings and an import's search.buildPending do since), 30,000 articles of ~235 postings each (a Zipf-like draw
// over 15,000 terms) loaded first, then 1,000 more written in transactions of BATCH articles (the
// import's batch), timed twice. One variant, or several joined by commas
// (`deferred,no-document-index`), per run, so each question is answered on its own:
//
//   node bench/wordpress/postings-btree.js [plain|sorted|monotonic|no-document-index|cache|wal|staged|deferred][,…]
//
//   plain              as the plugin writes them (random document ids, rows in article order)
//   sorted             each transaction's rows inserted in the postings index's key order
//   monotonic          increasing integer document references instead of random document ids
//   no-document-index  without the (document_id, locale, term) index
//   cache              a 256 MiB page cache instead of SQLite's 2 MiB default
//   wal                the database in write-ahead-log mode (journal_mode = WAL) instead of a rollback journal
//   staged             each transaction's rows appended to a staging table (indexed by document only),
//                      moved into the postings every MERGE (default 1,000) articles in one transaction,
//                      in the postings index's key order (INSERT … SELECT … ORDER BY, then DELETE): an
//                      import's postings written the way a bulk load writes them
//   deferred           no postings written with the articles: every article's of the round, at its end,
//                      sorted in the postings index's key order and inserted in transactions of CHUNK
//                      (default 50,000) rows: an import whose postings are built once, after its articles
//
// BATCH (default 50) sets articles per transaction. Prints ms per article: all, in the INSERTs, the rest
// (the COMMIT, mostly). Not part of CI. PostgreSQL's side of the same question: postings-btree-pg.js.
const Database = require('better-sqlite3');
const fs = require('fs');
const os = require('os');
const path = require('path');

const variant = process.argv[2] ?? 'plain';
const variants = new Set(variant.split(','));
const CHUNK = Number(process.env.CHUNK ?? 50000);
const BATCH = Number(process.env.BATCH ?? 50);
const file = path.join(os.tmpdir(), `newsroom-postings-btree-${process.pid}.db`);
const db = new Database(file);
if (variants.has('cache')) db.pragma('cache_size = -262144');
if (variants.has('wal')) db.pragma('journal_mode = WAL');
const monotonic = variants.has('monotonic');
db.exec(`create table p (id integer primary key autoincrement, document_id ${monotonic ? 'integer' : 'text'} not null, locale text not null, term text not null, frequency real not null)`);

const { articles, byKey } = require('./postings-data');
const article = articles({ monotonic });

const staged = variants.has('staged');
const deferred = variants.has('deferred');
const MERGE = Number(process.env.MERGE ?? 1000);
const insert = db.prepare('insert into p (document_id, locale, term, frequency) values (?, ?, ?, ?)');
let inserting = 0;
let merging = 0;
const write = (articles, into = insert) =>
  db.transaction(() => {
    const rows = [];
    for (let i = 0; i < articles; i += 1) rows.push(...article());
    if (variants.has('sorted')) rows.sort(byKey);
    const began = process.hrtime.bigint();
    for (const row of rows) into.run(...row);
    inserting += Number(process.hrtime.bigint() - began) / 1e6;
  })();

write(30000);
db.exec('create index p_postings on p (locale, term, frequency, document_id)');
if (!variants.has('no-document-index')) db.exec('create index p_document_term on p (document_id, locale, term)');
let stage = insert;
let merge = () => {};
if (staged) {
  db.exec(`create table s (id integer primary key autoincrement, document_id text not null, locale text not null, term text not null, frequency real not null)`);
  db.exec('create index s_document on s (document_id, locale)');
  stage = db.prepare('insert into s (document_id, locale, term, frequency) values (?, ?, ?, ?)');
  const move = db.prepare('insert into p (document_id, locale, term, frequency) select document_id, locale, term, frequency from s order by locale, term, frequency, document_id');
  const empty = db.prepare('delete from s');
  merge = db.transaction(() => {
    const began = process.hrtime.bigint();
    move.run();
    empty.run();
    merging += Number(process.hrtime.bigint() - began) / 1e6;
  });
}
/** deferred: the round's postings, built at its end in key order, CHUNK rows per transaction. */
const build = (rows) => {
  const began = process.hrtime.bigint();
  rows.sort(byKey);
  for (let at = 0; at < rows.length; at += CHUNK) db.transaction(() => rows.slice(at, at + CHUNK).forEach((row) => insert.run(...row)))();
  merging += Number(process.hrtime.bigint() - began) / 1e6;
};
const rows = db.prepare('select count(*) as n from p').get().n;
for (let round = 1; round <= 2; round += 1) {
  inserting = 0;
  merging = 0;
  const began = process.hrtime.bigint();
  const pending = [];
  for (let i = 0; i < 1000 / BATCH; i += 1) {
    if (deferred) {
      for (let j = 0; j < BATCH; j += 1) pending.push(...article());
      continue;
    }
    write(BATCH, stage);
    if (staged && ((i + 1) * BATCH) % MERGE === 0) merge();
  }
  if (deferred) build(pending);
  const all = Number(process.hrtime.bigint() - began) / 1e6;
  const how = staged ? `${BATCH} per transaction, merged every ${MERGE}` : deferred ? `built at the end, ${CHUNK} rows per transaction` : `${BATCH} per transaction`;
  const parts = staged
    ? `staging INSERTs ${(inserting / 1000).toFixed(2)}, merges ${(merging / 1000).toFixed(2)}`
    : deferred
      ? `the build ${(merging / 1000).toFixed(2)}`
      : `INSERTs ${(inserting / 1000).toFixed(2)}`;
  console.log(`${variant}, ${how}, round ${round} over ${rows} postings: ${(all / 1000).toFixed(2)} ms/article (${parts}, the rest ${((all - inserting - merging) / 1000).toFixed(2)})`);
}
db.close();
fs.rmSync(file, { force: true });
fs.rmSync(`${file}-journal`, { force: true });
fs.rmSync(`${file}-wal`, { force: true });
fs.rmSync(`${file}-shm`, { force: true });
