import { ARTICLE_UID } from '../../content-types';
import { startPlayground, statementsDuring, stepsDuring, type TestApp } from '../helpers/strapi';

/**
 * Creates in a batch (`articles.createMany`, what the WordPress import writes with) store exactly
 * what the Document Service stores for the same creates, one by one: the same rows, components,
 * relations and media, the same derived fields, index rows and public answers, the same pipeline
 * steps; a batch with a bad create writes the others and refuses that one as the Document Service does.
 */
let app: TestApp;
const docs = () => app.strapi.documents(ARTICLE_UID);
const articles = () => app.strapi.plugin('newsroom').service('articles');
type Row = Record<string, any>;

const text = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }] }];
let published: string;
let draftOnly: string;
let fileId: number;

/** Creates of every shape the model holds, with messy copy, pointing at `published` and `draftOnly`. */
function creates(tag: string) {
  return [
    {
      locale: 'ar',
      status: 'published',
      data: {
        title: `أوكرانيا تدرّب متمردي مالي ${tag} — CSP-DPA`,
        standfirst: 'قالت مصادر لـCNN في 2023 إن التدريب جرى\u200f في الشمال',
        kicker: 'حصري',
        byline: 'مراسل الإمارات اليوم',
        section: 'عالمي',
        keywords: ['مالي', 'أوكرانيا', 'CSP-DPA'],
        originalPublishedAt: '2024-07-31T06:15:00.000Z',
        body: [
          { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'قال المسئول ', bold: true }, { type: 'link', url: 'https://example.com/a', children: [{ type: 'text', text: 'CNN' }] }, { type: 'text', text: ' ـــ في 2023.' }] }] },
          { __component: 'newsroom.intertitle', text: 'خلفية الاتفاق' },
          { __component: 'newsroom.related-link', kind: 'read-also', article: { documentId: published, locale: 'ar' }, label: null },
          { __component: 'newsroom.related-link', kind: 'see-also', article: { documentId: draftOnly, locale: 'ar' }, label: 'أنظر أيضا' },
          { __component: 'newsroom.quote', text: 'لن نتراجع', attribution: 'المتحدث باسم CSP-DPA' },
          { __component: 'newsroom.media', file: fileId, caption: 'صورة من باماكو', credit: 'AFP' },
          { __component: 'newsroom.embed', url: 'https://www.youtube.com/watch?v=abc', caption: null },
        ],
        related: [{ documentId: published, locale: 'ar' }],
        cover: { file: fileId, caption: 'غلاف', credit: null },
        rights: { license: 'all-rights-reserved', copyrightHolder: 'الإمارات اليوم', basedOn: { title: 'Source', publisher: 'CNN', url: 'https://cnn.com/x', language: 'en' } },
        wordCount: 99999,
        searchText: 'forged',
      },
    },
    { locale: 'ar', data: { title: `مسودة ${tag}`, body: [{ __component: 'newsroom.paragraph', text: text('نص المسودة') }] } },
    { locale: 'ar', status: 'published', data: { title: `عنوان مكرر ${tag}`, body: [] } },
    { locale: 'ar', status: 'published', data: { title: `عنوان مكرر ${tag}`, body: [{ __component: 'newsroom.paragraph', text: text('ثانٍ') }] } },
  ];
}

const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'publishedAt']);
const TODAY = new RegExp(`${new Date().toISOString().slice(0, 10)}T[0-9:.]+Z`, 'g');
/** What differs between two creates of the same data, in text (JSON-LD, index summaries): today's times, row ids, the documents' own ids. */
const scrub = (text: string, selves: string[]) => selves.reduce((t, id, i) => t.replaceAll(id, `<self${i}>`), text.replace(TODAY, '<now>').replace(/"id": ?\d+/g, '"id":<n>'));

/** A stored version without what differs between two creates of the same data: ids, times. */
function comparable(value: unknown, selves: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => comparable(v, selves));
  if (typeof value === 'string') return scrub(value, selves);
  if (value instanceof Date) return scrub(value.toISOString(), selves);
  if (value && typeof value === 'object') {
    const row = value as Row;
    // A relation to an article (a populated row without its body): which one and which version, not its row.
    if (typeof row.documentId === 'string' && 'slug' in row && !('body' in row)) return { target: row.documentId, status: row.publishedAt ? 'published' : 'draft' };
    return Object.fromEntries(Object.entries(row).filter(([k]) => !VOLATILE.has(k)).map(([k, v]) => [k, comparable(v, selves)]));
  }
  return value;
}

const FULL = {
  body: { on: { 'newsroom.paragraph': true, 'newsroom.intertitle': true, 'newsroom.related-link': { populate: { article: true } }, 'newsroom.quote': true, 'newsroom.media': { populate: { file: true } }, 'newsroom.embed': true } },
  related: true,
  cover: { populate: { file: true } },
  rights: { populate: { basedOn: true } },
};

/** Both stored versions of a document, draft first, with everything populated. */
async function versionsOf(documentId: string): Promise<Row[]> {
  const rows = (await app.strapi.db.query(ARTICLE_UID).findMany({ where: { documentId, locale: 'ar' }, populate: FULL as never })) as Row[];
  return rows.sort((a, b) => (a.publishedAt ? 1 : 0) - (b.publishedAt ? 1 : 0));
}

/** Everything the plugin keeps for a document besides its rows: index rows, read-model row, slug reservations. */
async function sideRows(documentId: string): Promise<Record<string, Row[]>> {
  const knex = app.strapi.db.connection;
  const pick = async (table: string) =>
    ((await knex(table).where('document_id', documentId)) as Row[]).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'document_id', 'updated_at', 'published_at', 'claimed_until', 'gen', 'key'].includes(k))));
  // The version's postings, through its list row (their `ref`), in term order.
  const postings = (await knex('newsroom_search_postings as p')
    .join('newsroom_search_documents as d', 'd.id', 'p.ref')
    .where('d.document_id', documentId)
    .select('p.locale', 'p.term', 'p.frequency')
    .orderBy(['p.locale', 'p.term'])) as Row[];
  return {
    search: await pick('newsroom_search_documents'),
    postings: postings.map((r) => ({ ...r, frequency: Number(r.frequency) })),
    slugs: await pick('newsroom_slug_reservations'),
    readModel: (await pick('newsroom_read_model')).map(({ stale, slug, body, headers }) => ({ stale, slug, body: body ? JSON.parse(body) : null, headers })),
  };
}

async function publicRead(slug: string): Promise<unknown> {
  const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale: 'ar' });
  return { status: res.status, body: res.body };
}

/** What a set of creates stored, document by document, in a form two runs can be compared in. */
async function snapshot(documentIds: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const documentId of documentIds) {
    const versions = await versionsOf(documentId);
    const slug = versions[0].slug as string;
    // Read first: a row the write left stale is rendered by its read, one by one, and stored (the Document Service's way).
    const read = versions.some((v) => v.publishedAt) ? await publicRead(slug) : null;
    const side = await sideRows(documentId);
    out.push(comparable({ versions, side, read }, documentIds));
  }
  return out;
}

beforeAll(async () => {
  app = await startPlayground();
  fileId = (
    await app.strapi.db.query('plugin::upload.file').create({
      data: { name: 'bamako.jpg', hash: 'bamako_batch', ext: '.jpg', mime: 'image/jpeg', size: 1.2, url: '/uploads/bamako_batch.jpg', provider: 'local', width: 40, height: 30 },
    })
  ).id;
  published = ((await docs().create({ locale: 'ar', status: 'published', data: { title: 'هدف منشور للدفعة', body: [] } } as never)) as Row).documentId;
  draftOnly = ((await docs().create({ locale: 'ar', data: { title: 'هدف مسودة للدفعة', body: [] } } as never)) as Row).documentId;
});

afterAll(async () => {
  await app?.close();
});

describe('a batch stores what the Document Service stores', () => {
  let one: unknown[];
  let many: unknown[];
  let oneSteps: string[];
  let manySteps: string[];
  let manySql: string[];
  /** The batch's read-model rows right after createMany, before any read. */
  let renderedByBatch: Row[];

  beforeAll(async () => {
    // The same creates, once one by one through the Document Service, once as a batch; the first set deleted
    // before the second is written, so the second finds the same slugs free.
    const byDocumentService: string[] = [];
    oneSteps = await stepsDuring(app, async () => {
      for (const create of creates('X')) byDocumentService.push(((await docs().create(create as never)) as Row).documentId);
    });
    one = await snapshot(byDocumentService);
    for (const documentId of byDocumentService) await docs().delete({ documentId, locale: '*' } as never);
    let outcomes: { ok: boolean; entry?: Row; error?: unknown }[] = [];
    manySteps = await stepsDuring(app, async () => {
      manySql = await statementsDuring(async () => {
        outcomes = await articles().createMany(creates('X'));
      });
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true]);
    renderedByBatch = (await app.strapi.db
      .connection('newsroom_read_model')
      .select('document_id', 'stale', 'body')
      .whereIn('document_id', outcomes.map((o) => o.entry!.documentId))) as Row[];
    many = await snapshot(outcomes.map((o) => o.entry!.documentId));
  });

  it('the same rows, components, relations, media, derived fields, index rows and public answers', () => {
    expect(many).toEqual(one);
  });

  it('writes each index once for the batch, and renders what it published before answering', () => {
    // Quoted `t` (SQLite, MariaDB) or "t", schema-qualified on PostgreSQL ("public"."t").
    const inserts = (table: string) => manySql.filter((sql) => new RegExp(`^insert into (?:["\`]\\w+["\`]\\.)?["\`]${table}["\`]`).test(sql)).length;
    // Three published creates, each with its postings, list row, suggestion terms and read-model row: one INSERT per table.
    for (const table of ['newsroom_search_postings', 'newsroom_search_documents', 'newsroom_term_index', 'newsroom_read_model']) expect([table, inserts(table)]).toEqual([table, 1]);
    // The join rows of every version of the batch: the components' (the body's with their order, the single components' without), the related-link targets', the related list's, the media's.
    const joins = Object.fromEntries(['newsroom_articles_cmps', 'components_newsroom_related_links_article_lnk', 'newsroom_articles_related_lnk', 'files_related_mph'].map((table) => [table, inserts(table)]));
    // Strapi's validator counted each version's relation targets and media files; the batch counts its files once.
    const counts = manySql.filter((sql) => /^select count\(/.test(sql)).map((sql) => sql.match(/from ["`](?:\w+["`]\.["`])?(\w+)["`]/)?.[1]);
    expect(counts).toEqual(['files']);
    // Each create claims its slug under the document id the batch gives it: no reservation is handed over after.
    expect(manySql.filter((sql) => /^update ["`]newsroom_slug_reservations["`]/.test(sql))).toEqual([]);
    expect(joins).toEqual({ newsroom_articles_cmps: 2, components_newsroom_related_links_article_lnk: 1, newsroom_articles_related_lnk: 1, files_related_mph: 1 });
    // The three published ones are rendered (not stale, with a body); the draft-only create has no row. Their
    // slugs were last held by the deleted creates of the first run, whose rows give the keys up to them.
    expect(renderedByBatch).toHaveLength(3);
    for (const row of renderedByBatch) expect([Boolean(row.stale), typeof row.body]).toEqual([false, 'string']);
  });

  it('leaves SQLite with planner statistics for the tables its set-wise reads use', async () => {
    if (app.strapi.db.dialect.client !== 'sqlite') return;
    const analysed = (await app.strapi.db.connection('sqlite_stat1').distinct('tbl')) as { tbl: string }[];
    expect(analysed.map((r) => r.tbl)).toEqual(expect.arrayContaining(['newsroom_articles', 'newsroom_articles_cmps']));
  });

  it('runs every step of the pipeline for every create (the batch is one transaction instead of atomic)', () => {
    expect(manySteps).toEqual(oneSteps.filter((s) => !s.endsWith(':atomic')));
    expect(manySteps.filter((s) => s === 'create:derive')).toHaveLength(4);
  });

  it('drops derived values a caller sends and links the published version only to published targets', async () => {
    const snap = many[0] as { versions: Row[] };
    expect(snap.versions.map((v) => v.wordCount)).not.toContain(99999);
    expect(snap.versions.map((v) => v.searchText)).not.toContain('forged');
    const seeAlso = (v: Row) => v.body.find((b: Row) => b.kind === 'see-also').article;
    expect(seeAlso(snap.versions[0])).toEqual({ target: draftOnly, status: 'draft' });
    expect(seeAlso(snap.versions[1])).toBeNull();
  });

  it('gives the second of two same titles the suffix, in order', () => {
    const slugs = many.slice(2).map((s) => (s as { versions: Row[] }).versions[0].slug);
    expect(slugs[1]).toBe(`${slugs[0]}-2`);
  });
});

describe('a batch with a bad create', () => {
  it('writes the good ones and refuses the bad one with the field path, writing nothing of it', async () => {
    const before = await app.strapi.db.query(ARTICLE_UID).count({});
    const outcomes = await articles().createMany([
      { locale: 'ar', status: 'published', data: { title: 'خبر جيد أول' } },
      { locale: 'ar', status: 'published', data: { title: '   ' } },
      { locale: 'ar', status: 'published', data: { title: 'خبر جيد ثان' } },
    ]);
    expect(outcomes.map((o: Row) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1].error.details.errors[0].path).toEqual(['title']);
    expect(await app.strapi.db.query(ARTICLE_UID).count({})).toBe(before + 4);
  });
});

describe('a batch naming a media file that does not exist', () => {
  it('writes the others and refuses that create with the Document Service’s own error', async () => {
    const outcomes = await articles().createMany([
      { locale: 'ar', status: 'published', data: { title: 'خبر بصورة موجودة', cover: { file: fileId, caption: null, credit: null } } },
      { locale: 'ar', status: 'published', data: { title: 'خبر بصورة مفقودة', cover: { file: 987654321, caption: null, credit: null } } },
    ]);
    expect(outcomes.map((o: Row) => o.ok)).toEqual([true, false]);
    expect(String(outcomes[1].error.message)).toMatch(/do not exist/);
    expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { title: 'خبر بصورة مفقودة' } })).toBe(0);
  });
});

describe('the caller’s own rows (onWritten)', () => {
  it('are written in the transaction that writes the articles: refused, they take the batch, then that one create, back with them', async () => {
    const before = await app.strapi.db.query(ARTICLE_UID).count({});
    const calls: number[][] = [];
    const outcomes = await articles().createMany(
      ['صف أول', 'صف مرفوض', 'صف ثالث'].map((title) => ({ locale: 'ar', status: 'published', data: { title } })),
      {
        async onWritten(written: { index: number; entry: Row }[]) {
          calls.push(written.map((w) => w.index));
          // Every created entry is there, in the transaction: its rows can be read.
          for (const { entry } of written) expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { documentId: entry.documentId } })).toBe(2);
          if (written.length > 1) throw new Error('the batch’s rows are refused');
          if (written[0].index === 1) throw new Error('this row is refused');
        },
      }
    );
    expect(calls).toEqual([[0, 1, 2], [0], [1], [2]]);
    expect(outcomes.map((o: Row) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1].error.message).toBe('this row is refused');
    // The failed batch left nothing; of the one-by-one creates, the refused one left nothing either.
    expect(await app.strapi.db.query(ARTICLE_UID).count({})).toBe(before + 4);
    expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { title: 'صف مرفوض' } })).toBe(0);
  });
});

describe('events', () => {
  it('emits entry.create and entry.publish for each created article, as the Document Service does', async () => {
    const seen: string[] = [];
    const listener = (name: string) => async (payload: Row) => {
      // Only this test's articles: the Document Service's events of earlier tests may still arrive (Strapi does not await them).
      if (payload.uid === ARTICLE_UID && String(payload.entry.title).startsWith('حدث')) seen.push(`${name}:${payload.entry.title}:${Array.isArray(payload.entry.body) ? payload.entry.body.length : 'none'}`);
    };
    const onCreate = listener('entry.create');
    const onPublish = listener('entry.publish');
    app.strapi.eventHub.on('entry.create', onCreate);
    app.strapi.eventHub.on('entry.publish', onPublish);
    try {
      await articles().createMany([
        { locale: 'ar', status: 'published', data: { title: 'حدث أول', body: [{ __component: 'newsroom.intertitle', text: 'عنوان' }] } },
        { locale: 'ar', data: { title: 'حدث ثان' } },
      ]);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      app.strapi.eventHub.off('entry.create', onCreate);
      app.strapi.eventHub.off('entry.publish', onPublish);
    }
    expect(seen).toEqual(['entry.create:حدث أول:1', 'entry.publish:حدث أول:1', 'entry.create:حدث ثان:0']);
  });
});
