import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../../content-types';
import { isCandidateSlug, slugFor, slugProblem } from '../../server/src/text';
import { ARABIC_HEADLINES, HEADLINE_FILLING_THE_CAP } from '../fixtures/arabic-headlines';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

let app: TestApp;
const docs = () => app.strapi.documents(ARTICLE_UID);
const countRows = () => app.strapi.db.query(ARTICLE_UID).count();

beforeAll(async () => {
  app = await startPlayground();
});

afterAll(async () => {
  await app?.close();
});

/** Run a Document Service write expected to be refused; return the field paths it names. */
async function refusedPaths(write: () => Promise<unknown>): Promise<string[][]> {
  const before = await countRows();
  let caught: unknown;
  try {
    await write();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(errors.ValidationError);
  expect(await countRows()).toBe(before);
  return ((caught as errors.ValidationError).details as any).errors.map((e: any) => e.path);
}

describe('slugs on the write path', () => {
  it('generates an Arabic slug from the title: no diacritics or tatweel, hyphens, no punctuation', async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: 'الاقتصادُ العربـــي: نموّ بنسبة ٥٪ في ٢٠٢٤!' } } as never);
    expect(doc.slug).toBe('الاقتصاد-العربي-نمو-بنسبة-5-في-2024');
  });

  it('keeps slugs unique per locale with -2, -3 … and lets another locale reuse one', async () => {
    const title = 'عنوان مكرر للاختبار';
    const a = await docs().create({ locale: 'ar', data: { title } } as never);
    const b = await docs().create({ locale: 'ar', data: { title } } as never);
    const c = await docs().create({ locale: 'ar', data: { title } } as never);
    expect([a.slug, b.slug, c.slug]).toEqual(['عنوان-مكرر-للاختبار', 'عنوان-مكرر-للاختبار-2', 'عنوان-مكرر-للاختبار-3']);
    const en = await docs().create({ locale: 'en', data: { title: 'Shared', slug: 'عنوان-مكرر-للاختبار' } } as never);
    expect(en.slug).toBe('عنوان-مكرر-للاختبار');
  });

  it('refuses a typed slug another article already uses, naming the field', async () => {
    await docs().create({ locale: 'ar', data: { title: 'أول', slug: 'مأخوذ' } } as never);
    const paths = await refusedPaths(() => docs().create({ locale: 'ar', data: { title: 'ثان', slug: 'مأخوذ' } } as never));
    expect(paths).toEqual([['slug']]);
  });

  it('keeps an existing slug when the title changes, and regenerates it when the editor clears it', async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: 'عنوان أول' } } as never);
    const renamed = await docs().update({ documentId: doc.documentId, locale: 'ar', data: { title: 'عنوان جديد' } } as never);
    expect(renamed!.slug).toBe('عنوان-أول');
    const cleared = await docs().update({ documentId: doc.documentId, locale: 'ar', data: { slug: '' } } as never);
    expect(cleared!.slug).toBe('عنوان-جديد');
  });

  it.each([
    ['a slash', 'أخبار/محلية'],
    ['whitespace', 'أخبار محلية'],
    ['a right-to-left override', 'أخبار\u202Eمحلية'],
    ['a control character', 'أخبار\u0007محلية'],
    ['too many characters', 'ا'.repeat(201)],
  ])('refuses a slug containing %s with a 400 on slug and writes nothing', async (_what, slug) => {
    expect(await refusedPaths(() => docs().create({ locale: 'ar', data: { title: 'عنوان', slug } } as never))).toEqual([['slug']]);
  });

  it('gives a duplicated article (clone) its own slug instead of sharing the source’s', async () => {
    const source = await docs().create({ locale: 'ar', data: { title: 'مقال سينسخ' } } as never);
    const cloned = (await docs().clone({ documentId: source.documentId, locale: 'ar', data: {} } as never)) as any;
    expect(cloned.documentId).not.toBe(source.documentId);
    const copy = await docs().findOne({ documentId: cloned.documentId, locale: 'ar' } as never);
    expect(copy!.title).toBe('مقال سينسخ');
    expect(copy!.slug).toBe('مقال-سينسخ-2');
  });

  it('caps the slug of a long Arabic title at 200 bytes in the URL; the next articles of that title, a clone included, get distinct slugs within the cap', async () => {
    const bytes = (slug: string) => encodeURIComponent(slug).length;
    const title = HEADLINE_FILLING_THE_CAP;
    const first = await docs().create({ locale: 'ar', data: { title } } as never);
    expect(first.slug).toBe('عاجل-14-35-gmt-زلزال-بقوة-6-8-درجة-على-مقياس-ريختر');
    expect(bytes(first.slug)).toBe(200);
    const second = await docs().create({ locale: 'ar', data: { title } } as never);
    // The suffix costs the last word: the slug stays within the cap.
    expect(second.slug).toBe('عاجل-14-35-gmt-زلزال-بقوة-6-8-درجة-على-مقياس-2');
    const third = await docs().create({ locale: 'ar', data: { title } } as never);
    expect(third.slug).toBe('عاجل-14-35-gmt-زلزال-بقوة-6-8-درجة-على-مقياس-3');
    const cloned = (await docs().clone({ documentId: first.documentId, locale: 'ar', data: {} } as never)) as any;
    const copy = await docs().findOne({ documentId: cloned.documentId, locale: 'ar' } as never);
    expect(copy!.slug).toBe('عاجل-14-35-gmt-زلزال-بقوة-6-8-درجة-على-مقياس-4');
    for (const slug of [second.slug, third.slug, copy!.slug]) expect(bytes(slug)).toBeLessThanOrEqual(200);
    await docs().publish({ documentId: second.documentId, locale: 'ar' } as never);
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(second.slug)}`);
    expect(res.status).toBe(200);
    expect(res.body.data.documentId).toBe(second.documentId);
  });

  it('gives every long headline of the fixture a valid slug within 200 bytes, pasted invisible characters and all', async () => {
    for (const title of ARABIC_HEADLINES) {
      const doc = await docs().create({ locale: 'ar', data: { title } } as never);
      // The generated slug, or its -2 when the seed article already has it.
      expect([title, isCandidateSlug(doc.slug, slugFor(title, 'unicode'))]).toEqual([title, true]);
      expect(slugProblem(doc.slug)).toBeNull();
      expect(encodeURIComponent(doc.slug).length).toBeLessThanOrEqual(200);
    }
  });

  it('publishes an Arabic slug (stock uid fields reject it at publish time)', async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: 'مقال للنشر' } } as never);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent('مقال-للنشر')}`);
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe('مقال للنشر');
  });
});

describe('validation and derived fields', () => {
  it('refuses an article without a title, even as a draft, and writes nothing', async () => {
    expect(await refusedPaths(() => docs().create({ locale: 'ar', data: { standfirst: 'بلا عنوان' } } as never))).toEqual([['title']]);
    expect(await refusedPaths(() => docs().create({ locale: 'ar', data: { title: '   ' } } as never))).toEqual([['title']]);
  });

  it('refuses a title carrying a bidi override (Trojan Source), naming the code point', async () => {
    let caught: any;
    await docs()
      .create({ locale: 'ar', data: { title: 'عنوان \u202Egnp.exe' } } as never)
      .catch((e) => (caught = e));
    expect(caught).toBeInstanceOf(errors.ValidationError);
    expect(caught.message).toContain('U+202E');
  });

  it('accepts direction marks and isolates in a title (only embeddings and overrides are refused)', async () => {
    const doc = await docs().create({ locale: 'ar', data: { title: 'سعر \u2066USD 5\u2069 اليوم\u200F' } } as never);
    expect(doc.title).toBe('سعر \u2066USD 5\u2069 اليوم\u200F');
  });

  it('refuses keywords that are not a list of strings and embeds that are not http(s)', async () => {
    const paths = await refusedPaths(() =>
      docs().create({
        locale: 'ar',
        data: {
          title: 'عنوان',
          keywords: ['صالح', 42],
          body: [{ __component: 'newsroom.embed', url: 'javascript:alert(1)' }],
        },
      } as never)
    );
    expect(paths).toEqual([['keywords', '1'], ['body', '0', 'url']]);
  });

  it('stores word count, reading time and normalised search text on write', async () => {
    const paragraph = (text: string) => ({
      __component: 'newsroom.paragraph',
      text: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
    });
    const words = Array.from({ length: 360 }, (_, i) => (i % 2 ? 'كلمة' : 'أخرى')).join(' ');
    const doc = await docs().create({
      locale: 'ar',
      data: { title: 'قراءة', body: [paragraph(words), { __component: 'newsroom.intertitle', text: 'عنوانٌ فرعي' }] },
    } as never);
    const row = await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: doc.documentId } });
    expect(row.wordCount).toBe(1 + 360 + 2);
    expect(row.readingTimeMinutes).toBe(2);
    // The search text keeps hamza and alef maqsura as written (the analyser reads the article before folding them).
    expect(row.searchText).toContain('أخرى');
    expect(row.searchText).toContain('عنوان فرعي');
  });
});

describe('re-index of derived fields', () => {
  it('recomputes stale search text and render cache of drafts and published rows when the derivation changes', async () => {
    const rows = app.strapi.db.query(ARTICLE_UID);
    const doc = await docs().create({ locale: 'ar', data: { title: 'إعادة الفهرسة', standfirst: 'نص CNN' } } as never);
    await docs().publish({ documentId: doc.documentId, locale: 'ar' } as never);
    await rows.updateMany({ where: { documentId: doc.documentId }, data: { searchText: 'stale', renderCache: null, wordCount: 0 } });
    await app.strapi.store({ type: 'plugin', name: 'newsroom', key: 'derived-version' }).set({ value: 0 });

    const updated = await app.strapi.plugin('newsroom').service('reindex').ifNeeded();
    expect(updated).toBe(await rows.count());
    const fresh = await rows.findMany({ where: { documentId: doc.documentId } });
    expect(fresh).toHaveLength(2);
    for (const row of fresh) {
      // One prepared line per field: title, standfirst, kicker, keywords, body.
      expect(row.searchText).toBe('إعادة الفهرسة\nنص cnn\n\n\n');
      expect(row.wordCount).toBe(4);
      expect(row.renderCache.standfirstHtml).toBe('<p dir="rtl">نص <bdi dir="ltr">CNN</bdi></p>');
    }
    expect(await app.strapi.plugin('newsroom').service('reindex').ifNeeded()).toBe(0);
  });
});

describe('the admin Content Manager API (what editors use)', () => {
  let token: string;
  beforeAll(async () => {
    token = await adminToken(app);
  });
  const cm = `/content-manager/collection-types/${ARTICLE_UID}`;

  it('answers 400 with the field path when the title is missing, and writes nothing', async () => {
    const before = await countRows();
    const res = await app.http().post(cm).query({ locale: 'ar' }).set('Authorization', `Bearer ${token}`).send({ standfirst: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['title']);
    expect(await countRows()).toBe(before);
  });

  it('creates and publishes an Arabic article with a generated Arabic slug', async () => {
    const res = await app
      .http()
      .post(`${cm}/actions/publish`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'خبر من لوحة التحكم', direction: 'auto' });
    expect(res.status).toBe(200);
    expect(res.body.data.slug).toBe('خبر-من-لوحة-التحكم');
    const api = await app.http().get(`/api/newsroom/articles/${encodeURIComponent('خبر-من-لوحة-التحكم')}`);
    expect(api.status).toBe(200);
    expect(api.body.data.dir).toBe('rtl');
  });

  it('hides the derived fields from the API input: a client cannot set wordCount', async () => {
    const res = await app
      .http()
      .post(cm)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'عدّ الكلمات', wordCount: 99999 });
    expect(res.status).toBe(201);
    const row = await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: res.body.data.documentId } });
    expect(row.wordCount).toBe(2);
  });
});
