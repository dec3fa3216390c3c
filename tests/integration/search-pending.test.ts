import { ARTICLE_UID } from '../../content-types';
import { startPlayground, statementsDuring, type TestApp } from '../helpers/strapi';

/**
 * Search postings left to `search.buildPending()` by a batch that defers them (what the WordPress
 * import's batches do, issue #14): the articles are listed and counted at once, found by a text search
 * once the build has run, and the postings it writes are exactly those the usual index writes. A
 * version indexed by the usual path meanwhile (an edit, an unpublish) is skipped by the build, and two
 * builds at once write each posting once.
 */
let app: TestApp;
const docs = () => app.strapi.documents(ARTICLE_UID);
const articles = () => app.strapi.plugin('newsroom').service('articles');
const search = () => app.strapi.plugin('newsroom').service('search');
type Row = Record<string, any>;

const paragraph = (value: string) => [{ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: value }] }] }];

/** Published creates in section `section`, each with the word `word` in its title and messy copy in its body. */
const creates = (section: string, word: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    locale: 'ar',
    status: 'published',
    data: {
      title: `${word} مسئول في CNN يتحدث عن الأرشيف ${i}`,
      section,
      keywords: ['أرشيف', `رقم ${i}`],
      body: paragraph(`قال المسؤول ـــ في 2023 ـ إن الأرشيف\u200f رقم ${i} يضم CSP-DPA وغيرها.`),
    },
  }));

const found = async (q: string, section: string): Promise<string[]> => {
  const res = await app.http().get(`/api/newsroom/articles?locale=ar&q=${encodeURIComponent(q)}&filters[section][$eq]=${encodeURIComponent(section)}&pageSize=100`);
  expect(res.status).toBe(200);
  return (res.body.data as Row[]).map((a) => a.documentId).sort();
};

const listed = async (section: string): Promise<number> => {
  const res = await app.http().get(`/api/newsroom/articles?locale=ar&filters[section][$eq]=${encodeURIComponent(section)}`);
  expect(res.status).toBe(200);
  return res.body.meta.pagination.total;
};

/** Each version's postings (term, frequency), through its list row. */
const postingsOf = async (documentIds: string[]): Promise<Record<string, string[]>> => {
  const knex = app.strapi.db.connection;
  const rows = (await knex('newsroom_search_postings as p')
    .join('newsroom_search_documents as d', 'd.id', 'p.ref')
    .whereIn('d.document_id', documentIds)
    .select('d.document_id', 'p.term', 'p.frequency')) as Row[];
  const out: Record<string, string[]> = Object.fromEntries(documentIds.map((id) => [id, []]));
  for (const r of rows) out[r.document_id].push(`${r.term}:${Number(r.frequency)}`);
  for (const id of documentIds) out[id].sort();
  return out;
};

const createDeferred = async (section: string, word: string, count: number): Promise<string[]> => {
  const outcomes = (await articles().createMany(creates(section, word, count), { deferSearchPostings: true })) as Row[];
  expect(outcomes.map((o) => o.ok)).toEqual(Array(count).fill(true));
  return outcomes.map((o) => o.entry.documentId as string).sort();
};

beforeAll(async () => {
  app = await startPlayground();
});

afterAll(async () => {
  await app?.close();
});

describe('a batch that defers its search postings', () => {
  it('lists its articles at once, finds them by text once built, with the postings the usual index writes', async () => {
    const SECTION = 'أرشيف-مؤجل';
    const ids = await createDeferred(SECTION, 'مستودع', 3);
    expect(await listed(SECTION)).toBe(3);
    expect(await found('مستودع', SECTION)).toEqual([]);
    expect(await search().pendingCount()).toBe(3);
    expect(Object.values(await postingsOf(ids)).map((p) => p.length)).toEqual([0, 0, 0]);

    expect(await search().buildPending()).toBe(3);
    expect(await search().pendingCount()).toBe(0);
    // Every spelling the analyser folds: the Gulf hamza, the word with its article.
    expect(await found('مستودع', SECTION)).toEqual(ids);
    expect(await found('المسئول', SECTION)).toEqual(ids);
    const built = await postingsOf(ids);
    expect(Object.values(built).every((p) => p.length > 5)).toBe(true);
    // The length the batch stored without analysing the words (BM25's, and the stats'), as the usual index counts it.
    const lengths = async () =>
      ((await app.strapi.db.connection('newsroom_search_documents').select('document_id', 'length').whereIn('document_id', ids).orderBy('document_id')) as Row[]).map((r) => Number(r.length));
    const stored = await lengths();
    expect(stored.every((n) => n > 5)).toBe(true);
    // The usual index over the same versions finds nothing to change: the build wrote what it writes.
    const writes = await statementsDuring(() => search().indexDocuments(ids.map((documentId) => ({ documentId, locale: 'ar' }))));
    expect(writes.filter((q) => /^(insert into|delete from)\s+[`"]?(public[`"]?\.[`"]?)?newsroom_search_postings\b/i.test(q))).toEqual([]);
    expect(await postingsOf(ids)).toEqual(built);
    expect(await lengths()).toEqual(stored);
    // A second build has nothing to do.
    expect(await search().buildPending()).toBe(0);
  });

  it('skips a version an edit or an unpublish indexed meanwhile', async () => {
    const SECTION = 'أرشيف-معدل';
    const [edited, unpublished, untouched] = await createDeferred(SECTION, 'خزانة', 3);
    await docs().update({ documentId: edited, locale: 'ar', status: 'published', data: { title: 'خزانة معدلة بعد الاستيراد' } } as never);
    // Found at once: the edit indexed it by the usual path, and cleared its mark.
    expect(await found('معدلة', SECTION)).toEqual([edited]);
    await docs().unpublish({ documentId: unpublished, locale: 'ar' } as never);
    expect(await listed(SECTION)).toBe(2);
    expect(await search().pendingCount()).toBe(1);
    const before = await postingsOf([edited]);

    expect(await search().buildPending()).toBe(1);
    expect(await found('خزانة', SECTION)).toEqual([edited, untouched].sort());
    expect(await postingsOf([edited])).toEqual(before);
    expect((await postingsOf([unpublished]))[unpublished]).toEqual([]);
  });

  it('two builds at once write each posting once', async () => {
    const SECTION = 'أرشيف-متزامن';
    // Seven versions per build transaction, so the two builds meet over several.
    const count = 60;
    const ids = await createDeferred(SECTION, 'صندوق', count);
    const results = await Promise.all([search().buildPending({ versions: 7 }), search().buildPending({ versions: 7 })]);
    expect(results[0] + results[1]).toBe(count);
    const built = await postingsOf(ids);
    // Each version's postings once: re-indexed by the usual path, nothing changes.
    await search().indexDocuments(ids.map((documentId) => ({ documentId, locale: 'ar' })));
    expect(await postingsOf(ids)).toEqual(built);
    for (const postings of Object.values(built)) expect(postings).toEqual([...new Set(postings)]);
    expect(await found('صندوق', SECTION)).toHaveLength(count);
  });
});
