import { ARTICLE_UID } from '../../content-types';
import { DERIVED_VERSION } from '../../server/src/render/derive';
import type { ArticleDetail } from '../../server/src/types/api';
import { startPlayground, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startPlayground();
});

afterAll(async () => {
  await app?.close();
});

const docs = () => app.strapi.documents(ARTICLE_UID);
const paragraph = (text: string) => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

const TITLE = 'ـ في الاتحاد: افتتاح مـعـرض الشارقة للكتاب بمشاركة CNN';
const BODY = 'وقال مسئول في الهيئة لـ«المدينة» إن مـعـرض هذا العام يستضيف 2033 ناشراً، بينها وكالة AFP.';
/** What version 4 of the render cache stored for BODY: the tatweel isolated as LTR inside its words. */
const OLD_HTML =
  '<p dir="rtl">وقال مسئول في الهيئة ل<bdi dir="ltr">ـ</bdi>«المدينة» إن م<bdi dir="ltr">ـ</bdi>ع<bdi dir="ltr">ـ</bdi>رض هذا العام يستضيف 2033 ناشراً، بينها وكالة <bdi dir="ltr">AFP</bdi>.</p>';
const NEW_HTML = '<p dir="rtl">وقال مسئول في الهيئة لـ«المدينة» إن مـعـرض هذا العام يستضيف 2033 ناشراً، بينها وكالة <bdi dir="ltr">AFP</bdi>.</p>';

describe('articles stored with isolation that split words (render cache before version 5)', () => {
  let documentId: string;
  let slug: string;
  beforeAll(async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: TITLE, body: [paragraph(BODY)] } } as never);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    documentId = doc.documentId;
    slug = doc.slug as string;
    const rows = app.strapi.db.query(ARTICLE_UID);
    for (const row of await rows.findMany({ where: { documentId } })) {
      await rows.update({ where: { id: row.id }, data: { renderCache: { ...row.renderCache, v: 4, blocks: [{ dir: 'rtl', html: OLD_HTML }] } } });
    }
  });

  const served = async (): Promise<ArticleDetail> => {
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale: 'ar' });
    expect(res.status).toBe(200);
    return res.body.data;
  };

  it('serves the paragraph re-rendered, with no tatweel isolated, before any re-index', async () => {
    const article = await served();
    expect(article.dir).toBe('rtl');
    expect(article.body[0]).toMatchObject({ dir: 'rtl', html: NEW_HTML });
  });

  it('is rewritten by the re-index, drafts and published rows alike', async () => {
    await app.strapi.store({ type: 'plugin', name: 'newsroom', key: 'derived-version' }).set({ value: 4 });
    expect(await app.strapi.plugin('newsroom').service('reindex').ifNeeded()).toBeGreaterThanOrEqual(2);
    const rows = await app.strapi.db.query(ARTICLE_UID).findMany({ where: { documentId } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.renderCache).toMatchObject({ v: DERIVED_VERSION, dir: 'rtl', blocks: [{ dir: 'rtl', html: NEW_HTML }] });
    expect((await served()).body[0]).toMatchObject({ html: NEW_HTML });
  });
});
