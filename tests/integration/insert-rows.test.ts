import { SEARCH_POSTING_TABLE } from '../../server/src/models/search-index';
import { TERM_INDEX_TABLE } from '../../server/src/models/term-index';
import { insertRows, ROWS_PER_INSERT, ROWS_PER_UNNEST } from '../../server/src/utils/insert-rows';
import { startPlayground, statementsDuring, type TestApp } from '../helpers/strapi';

/**
 * utils/insert-rows on the database under test: the plugin's index rows (integers, text, nulls)
 * come back as they went in, whatever their characters, in as many statements as the database's
 * path takes (on PostgreSQL, column arrays through `unnest`; elsewhere VALUES lists).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startPlayground();
});
afterAll(async () => {
  await app?.close();
});

/** References no version has (far above any list row id), removed by each test. */
const BASE = 2_000_000_000;
const TERMS = ['مسؤول', 'مسئول', "quote'd", 'double"quote', 'back\\slash', '{brace,comma}', 'NULL', '', 'ـــ', 'CSP-DPA 2023', '\u200f\u2067كلمة\u2069'];

describe('insertRows', () => {
  afterEach(async () => {
    await app.strapi.db.connection(SEARCH_POSTING_TABLE).where('ref', '>=', BASE).delete();
  });

  it('stores every value as given: Arabic with hamza variants, quotes, backslashes, braces, the text NULL, empty text, controls', async () => {
    const rows = TERMS.map((term, i) => ({ ref: BASE + i, locale: i % 2 ? 'ar' : 'en', term, frequency: i * 1000 }));
    await app.strapi.db.transaction(({ trx }) => insertRows(trx as never, SEARCH_POSTING_TABLE, ['ref', 'locale', 'term', 'frequency'], rows));
    const stored = (await app.strapi.db.connection(SEARCH_POSTING_TABLE).where('ref', '>=', BASE).orderBy('ref').select('ref', 'locale', 'term', 'frequency')) as any[];
    expect(stored.map((r) => ({ ...r, ref: Number(r.ref), frequency: Number(r.frequency) }))).toEqual(rows);
  });

  it('stores numbers with fractions, integers among them, as given', async () => {
    const rows = [0.5, 1, 2.25, 1 / 3, 1e-7].map((weight, i) => ({ document_id: `insert-rows-test-${i}`, locale: 'ar', term: `كلمة${i}`, weight }));
    try {
      const sql = await statementsDuring(() => app.strapi.db.transaction(({ trx }) => insertRows(trx as never, TERM_INDEX_TABLE, ['document_id', 'locale', 'term', 'weight'], rows)));
      if (app.strapi.db.dialect.client === 'postgres') expect(sql.filter((q) => /^insert into/i.test(q))).toEqual([expect.stringContaining('float8[]')]);
      const stored = (await app.strapi.db.connection(TERM_INDEX_TABLE).where('document_id', 'like', 'insert-rows-test-%').orderBy('document_id').select('document_id', 'locale', 'term', 'weight')) as any[];
      expect(stored.map((r) => ({ ...r, weight: Number(r.weight) }))).toEqual(rows.map((r) => ({ ...r, weight: expect.closeTo(r.weight, 6) })));
    } finally {
      await app.strapi.db.connection(TERM_INDEX_TABLE).where('document_id', 'like', 'insert-rows-test-%').delete();
    }
  });

  it('writes many rows in as few statements as its path allows', async () => {
    const n = 6000;
    const rows = Array.from({ length: n }, (_, i) => ({ ref: BASE + i, locale: 'ar', term: `كلمة${i}`, frequency: 1 }));
    const sql = await statementsDuring(() => app.strapi.db.transaction(({ trx }) => insertRows(trx as never, SEARCH_POSTING_TABLE, ['ref', 'locale', 'term', 'frequency'], rows)));
    const inserts = sql.filter((q) => /^insert into/i.test(q));
    const postgres = app.strapi.db.dialect.client === 'postgres';
    expect(inserts).toHaveLength(Math.ceil(n / (postgres ? ROWS_PER_UNNEST : ROWS_PER_INSERT)));
    if (postgres) expect(inserts[0]).toContain('unnest(');
    expect(Number((await app.strapi.db.connection(SEARCH_POSTING_TABLE).where('ref', '>=', BASE).count({ n: '*' }))[0].n)).toBe(n);
  });
});
