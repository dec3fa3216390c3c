import { ARTICLE_UID, DERIVED_FIELDS } from '../../content-types';
import { newsroomEditor } from '../helpers/admins';
import { startPlayground, stepsDuring, type TestApp } from '../helpers/strapi';

/**
 * The write pipeline, as an editor and code reach it: derived fields are the
 * plugin's alone whatever the caller sends, every action that writes runs the
 * same steps (clone, publish, bulk publish), and each step runs once.
 */
let app: TestApp;
let editor: { Authorization: string };
const cm = `/content-manager/collection-types/${ARTICLE_UID}`;
const docs = () => app.strapi.documents(ARTICLE_UID);
const year = new Date().getUTCFullYear();

const paragraph = (text: string) => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

/** What an attacker with "update" sends for the derived fields. */
const FORGED = {
  renderCache: { v: 99, dir: 'ltr', standfirstHtml: '<img src=x onerror=alert(1)>', blocks: [{ dir: 'ltr', html: '<img src=x onerror=alert(2)>' }] },
  wordCount: 99999,
  readingTimeMinutes: 999,
  searchText: 'forged-search-text',
  links: { body: ['forged-target'], related: ['forged-related'] },
};

/** Every stored row (draft and published) of a document in a locale. */
async function rowsOf(documentId: string, locale = 'ar'): Promise<Record<string, any>[]> {
  return (await app.strapi.db.query(ARTICLE_UID).findMany({ where: { documentId, locale }, populate: { rights: true } })) as Record<string, any>[];
}

async function createByEditor(title: string, body = [paragraph('نص عربي قصير عن CNN في 2023')]): Promise<string> {
  const created = await app.http().post(cm).query({ locale: 'ar' }).set(editor).send({ title, body });
  expect(created.status).toBe(201);
  return created.body.data.documentId;
}

beforeAll(async () => {
  app = await startPlayground();
  editor = { Authorization: `Bearer ${await newsroomEditor(app, 'pipeline@newsroom.local')}` };
});

afterAll(async () => {
  await app?.close();
});

describe('derived fields are computed by the plugin, whatever the caller sends', () => {
  it('lists exactly the derived fields of the model', () => {
    expect([...DERIVED_FIELDS].sort()).toEqual(['links', 'readingTimeMinutes', 'renderCache', 'searchText', 'wordCount']);
  });

  it('drops derived fields an editor PUTs through the Content Manager: the published article serves what the plugin computed', async () => {
    const documentId = await createByEditor('مقال يحاول تزوير حقوله');
    // Only derived fields: before the pipeline, such a write was stored as sent.
    const forged = await app.http().put(`${cm}/${documentId}`).query({ locale: 'ar' }).set(editor).send(FORGED);
    expect(forged.status).toBe(200);
    const published = await app.http().post(`${cm}/${documentId}/actions/publish`).query({ locale: 'ar' }).set(editor).send({});
    expect(published.status).toBe(200);

    const [draft] = (await rowsOf(documentId)).filter((r) => !r.publishedAt);
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(draft.slug)}`).query({ locale: 'ar' });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/onerror|<img/);
    expect(res.body.data.wordCount).toBe(draft.wordCount);
    expect(res.body.data.wordCount).toBeLessThan(20);
    expect(res.body.data.body[0].html).toContain('نص عربي قصير');
    for (const row of await rowsOf(documentId)) {
      expect(row.wordCount).not.toBe(FORGED.wordCount);
      expect(row.readingTimeMinutes).toBe(1);
      expect(row.searchText).not.toContain('forged');
      expect(JSON.stringify(row.renderCache)).not.toContain('onerror');
      expect(JSON.stringify(row.links)).not.toContain('forged');
    }
  });

  it('drops derived fields sent through the Document Service from code, on create and on update', async () => {
    const created = (await docs().create({ locale: 'ar', data: { title: 'مقال من الشيفرة', body: [paragraph('كلمة أخرى')], ...FORGED } } as never)) as any;
    expect(created.wordCount).toBe(5);
    expect(created.searchText).not.toContain('forged');
    const updated = (await docs().update({ documentId: created.documentId, locale: 'ar', data: { wordCount: 7, searchText: 'x' } } as never)) as any;
    expect(updated.wordCount).toBe(5);
    expect(updated.searchText).toBe(created.searchText);
    expect(updated.links).toEqual({ body: [], related: [] });
  });
});

describe('clone runs the pipeline', () => {
  it('refuses a clone that changes the rights when the editor lacks "Manage rights", and writes nothing', async () => {
    const source = await createByEditor('مقال مصدر للنسخ');
    const before = await app.strapi.db.query(ARTICLE_UID).count();
    const res = await app
      .http()
      .post(`${cm}/clone/${source}`)
      .query({ locale: 'ar' })
      .set(editor)
      .send({ title: 'نسخة بترخيص مختلف', rights: { license: 'cc0-1.0', reuseAllowed: true } });
    expect(res.status).toBe(403);
    expect(res.body.error.details).toEqual({ path: ['rights'] });
    expect(await app.strapi.db.query(ARTICLE_UID).count()).toBe(before);
  });

  it('recomputes every derived field of a clone from its own title and body', async () => {
    const source = await createByEditor('مقال قصير', [paragraph('كلمة')]);
    const [sourceRow] = await rowsOf(source);
    const longBody = [paragraph('هذه فقرة أطول بكثير من فقرة المقال الأصلي وفيها كلمات عن موريتانيا و CSP-DPA')];
    const res = await app.http().post(`${cm}/clone/${source}`).query({ locale: 'ar' }).set(editor).send({ title: 'نسخة بعنوان جديد', body: longBody, ...FORGED });
    expect(res.status).toBe(200);
    const [clone] = await rowsOf(res.body.data.documentId);
    expect(clone.title).toBe('نسخة بعنوان جديد');
    expect(clone.slug).not.toBe(sourceRow.slug);
    expect(clone.wordCount).toBeGreaterThan(sourceRow.wordCount);
    expect(clone.searchText).toContain('موريتانيا');
    expect(clone.searchText).not.toContain('forged');
    expect(clone.renderCache.blocks[0].html).toContain('موريتانيا');
    expect(clone.renderCache.blocks[0].html).toContain('<bdi dir="ltr">CSP-DPA</bdi>');
    expect(clone.links).toEqual({ body: [], related: [] });
  });
});

describe('an editor without "Manage rights" publishes', () => {
  it('publishes a new article and the copyright year is stamped on its draft and published versions', async () => {
    const documentId = await createByEditor('مقال ينشره محرر');
    const res = await app.http().post(`${cm}/${documentId}/actions/publish`).query({ locale: 'ar' }).set(editor).send({});
    expect(res.status).toBe(200);
    const rows = await rowsOf(documentId);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.rights.copyrightYear).toBe(year);
  });

  it('bulk publishes and the copyright year is stamped on each article', async () => {
    const ids = [await createByEditor('مقال أول للنشر الجماعي'), await createByEditor('مقال ثان للنشر الجماعي')];
    const res = await app.http().post(`${cm}/actions/bulkPublish`).query({ locale: 'ar' }).set(editor).send({ documentIds: ids });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    for (const id of ids) {
      const rows = await rowsOf(id);
      expect(rows.filter((r) => r.publishedAt)).toHaveLength(1);
      for (const row of rows) expect(row.rights.copyrightYear).toBe(year);
    }
  });

  it('keeps the year of first publication when the article is published again a later time', async () => {
    const documentId = await createByEditor('مقال بسنة سابقة');
    const [draft] = await rowsOf(documentId);
    await app.strapi.db.query('newsroom.rights').update({ where: { id: draft.rights.id }, data: { copyrightYear: 2019 } });
    await docs().publish({ documentId, locale: 'ar' } as never);
    for (const row of await rowsOf(documentId)) expect(row.rights.copyrightYear).toBe(2019);
  });
});

describe('each step runs once per action', () => {
  it('a publish runs the publish steps once each (the slug step to keep reservations), and no data step', async () => {
    const documentId = (await docs().create({ locale: 'ar', data: { title: 'مقال لعد الخطوات' } } as never)).documentId;
    const steps = await stepsDuring(app, () => docs().publish({ documentId, locale: 'ar' } as never));
    expect(steps).toEqual(['publish:atomic', 'publish:slug', 'publish:copyrightYear', 'publish:suggestionIndex', 'publish:searchIndex', 'publish:readModel', 'publish:originalPublishedAt', 'publish:purge']);
  });

  it('the Content Manager’s publish is one update and one publish, each step once', async () => {
    const documentId = await createByEditor('مقال ينشر من المحرر');
    const steps = await stepsDuring(app, () => app.http().post(`${cm}/${documentId}/actions/publish`).query({ locale: 'ar' }).set(editor).send({ title: 'مقال ينشر من المحرر بعنوان معدل' }));
    expect(steps).toEqual([
      'update:atomic', 'update:dropDerived', 'update:validate', 'update:rightsPermission', 'update:rightsDefaults', 'update:slug', 'update:derive', 'update:links',
      'publish:atomic', 'publish:slug', 'publish:copyrightYear', 'publish:suggestionIndex', 'publish:searchIndex', 'publish:readModel', 'publish:originalPublishedAt', 'publish:purge',
    ]);
  });

  it('a create that publishes runs every step once', async () => {
    const steps = await stepsDuring(app, () => docs().create({ locale: 'ar', status: 'published', data: { title: 'مقال ينشر عند إنشائه' } } as never));
    expect(steps).toEqual([
      'create:atomic', 'create:dropDerived', 'create:validate', 'create:rightsPermission', 'create:rightsDefaults', 'create:slug', 'create:derive', 'create:links',
      'create:copyrightYear', 'create:suggestionIndex', 'create:searchIndex', 'create:readModel', 'create:originalPublishedAt', 'create:purge',
    ]);
  });
});

describe('a new locale goes through the pipeline', () => {
  it('gets its own slug, derived fields and default rights', async () => {
    const { documentId } = (await docs().create({ locale: 'ar', data: { title: 'مقال بلغتين' } } as never)) as any;
    const en = (await docs().update({ documentId, locale: 'en', data: { title: 'An article in two languages', ...FORGED } } as never)) as any;
    expect(en.slug).toBe('an-article-in-two-languages');
    expect(en.wordCount).toBe(5);
    const [row] = await rowsOf(documentId, 'en');
    expect(row.rights).toMatchObject({ license: 'all-rights-reserved' });
    expect(row.renderCache.dir).toBe('ltr');
  });
});

describe('a write that asks for some fields only', () => {
  it('answers those fields, and every step still sees what it wrote: slug handed over, indexed, rendered, found', async () => {
    const knex = app.strapi.db.connection;
    const created = (await docs().create({ locale: 'ar', status: 'published', fields: ['title'], data: { title: 'خبر بحقول مختارة عن CNN' } } as never)) as any;
    expect(Object.keys(created).sort()).toEqual(['documentId', 'id', 'title']);
    const draft = (await docs().create({ locale: 'ar', fields: 'title', data: { title: 'مسودة بحقول مختارة' } } as never)) as any;
    expect(Object.keys(draft).sort()).toEqual(['documentId', 'id', 'title']);
    // The slug claims were handed over to the documents: no reservation is left under a create's token.
    expect(await knex('newsroom_slug_reservations').where('document_id', 'like', 'claim:%')).toEqual([]);
    expect((await knex('newsroom_slug_reservations').where('document_id', created.documentId)).map((r: any) => r.slug)).toEqual(['خبر-بحقول-مختارة-عن-cnn']);
    // Indexed and rendered: found by a text search, and read by its slug.
    const found = await app.http().get('/api/newsroom/articles').query({ locale: 'ar', q: 'مختارة' });
    expect(found.body.data.map((a: any) => a.documentId)).toEqual([created.documentId]);
    expect((await app.http().get(`/api/newsroom/articles/${encodeURIComponent('خبر-بحقول-مختارة-عن-cnn')}`).query({ locale: 'ar' })).status).toBe(200);

    const updated = (await docs().update({ documentId: draft.documentId, locale: 'ar', fields: ['title'], data: { title: 'مسودة قرنفلية بحقول مختارة' } } as never)) as any;
    expect(Object.keys(updated).sort()).toEqual(['documentId', 'id', 'title']);
    const published = (await docs().publish({ documentId: draft.documentId, locale: 'ar', fields: ['title'] } as never)) as any;
    expect(Object.keys(published.entries[0]).sort()).toEqual(['documentId', 'id', 'title']);
    const again = await app.http().get('/api/newsroom/articles').query({ locale: 'ar', q: 'قرنفلية' });
    expect(again.body.data.map((a: any) => a.documentId)).toEqual([draft.documentId]);
  });
});
