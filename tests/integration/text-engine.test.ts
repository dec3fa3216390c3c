import { ARTICLE_UID } from '../../content-types';
import type { ArticleDetail, IntertitleBlock, ParagraphBlock } from '../../server/src/types/api';
import { seedArticle } from '../helpers/seed';
import { adminToken, startPlayground, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  await app?.close();
});

const seedTitle = seedArticle('mali-ukraine-drones').locales.ar.title as string;

async function search(q: string, locale = 'ar') {
  const res = await app.http().get('/api/newsroom/articles').query({ q, locale });
  expect(res.status).toBe(200);
  return (res.body.data as { title: string }[]).map((a) => a.title);
}

describe('the seed article, rendered right to left', () => {
  let article: ArticleDetail;
  beforeAll(async () => {
    const list = await app.http().get('/api/newsroom/articles').query({ q: 'CSP-DPA' });
    const slug = list.body.data.find((a: any) => a.title === seedTitle).slug;
    article = (await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`)).body.data;
  });

  it('gives every block dir rtl and isolates its Latin runs in the HTML', () => {
    expect(article.body.every((b) => b.dir === 'rtl')).toBe(true);
    const html = article.body
      .filter((b): b is ParagraphBlock | IntertitleBlock => 'html' in b)
      .map((b) => b.html)
      .join('\n');
    expect(html.match(/<bdi dir="ltr">CSP-DPA<\/bdi>/g)).toHaveLength(6);
    expect(html).toContain('<bdi dir="ltr">CNN</bdi>');
    expect(html).not.toMatch(/[^>]CSP-DPA|CSP-DPA[^<]/);
    const intertitle = article.body.find((b) => b.__component === 'newsroom.intertitle') as IntertitleBlock;
    expect(intertitle.html).toBe('<h2 dir="rtl">طائرات بدون طيار محلية الصنع محملة بالمتفجرات</h2>');
    expect(article.standfirstHtml).toMatch(/^<p dir="rtl">/);
  });

  it('keeps what the editor typed: the mismatched quotes are still there', () => {
    const paragraph = article.body.find((b) => b.__component === 'newsroom.paragraph' && b.html.includes('” لدينا')) as ParagraphBlock;
    expect(paragraph).toBeDefined();
    expect(paragraph.html).toContain('وغيرهم »،');
  });

  it('offers FSI/PDI-isolated plain-text fields on request', async () => {
    const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(article.slug)}`).query({ isolate: true });
    expect(res.body.data.title).toBe(`\u2068${seedTitle}\u2069`);
    expect(article.title).toBe(seedTitle);
  });
});

describe('?q= — Arabic-normalised search', () => {
  it('finds the seed article by words typed without hamza or diacritics', async () => {
    expect(await search('اوكرانيا')).toContain(seedTitle);
    expect(await search('الاوكرانيين مرتزقه')).toContain(seedTitle);
    expect(await search('اندريه يوسوف')).toContain(seedTitle);
  });

  it('matches across taa marbuta, alef maqsura, tashkeel, digits and the definite article', async () => {
    const calligraphy = seedArticle('arabic-calligraphy-exhibition').locales.ar.title as string;
    expect(await search('تشكيل')).toContain(calligraphy);
    expect(await search('التَّشْكِيل')).toContain(calligraphy);
    expect(await search('٢٠٢٤')).toContain(calligraphy);
    expect(await search('2024')).toContain(calligraphy);
    expect(await search('معرض')).toContain(calligraphy);
  });

  it('never returns drafts, and returns nothing for words nobody wrote', async () => {
    const draft = seedArticle('draft-unpublished-demo').locales.ar.title as string;
    expect(await search('مسودة تجريبية')).not.toContain(draft);
    expect(await search('كلمةغيرموجودةأبدا')).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses a title carrying U+202E with a 400 that names the field (admin API)', async () => {
    const res = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE_UID}`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'عنوان \u202Efdp.exe' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['title']);
    expect(res.body.error.message).toContain('U+202E');
  });
});

describe('POST /newsroom/text/lint (admin)', () => {
  it('reports the fixture’s typography issues with their fixes, and stores nothing', async () => {
    const text = 'بحسب ما قاله. ” لدينا علاقات مع الجميع »، يقول. كييف بوست, كشفت';
    const res = await app.http().post('/newsroom/text/lint').set('Authorization', `Bearer ${token}`).send({ text });
    expect(res.status).toBe(200);
    expect(res.body.data.issues.map((i: any) => i.rule)).toEqual(['quotes', 'latin-punctuation']);
    expect(res.body.data.fixed).toBe('بحسب ما قاله. «لدينا علاقات مع الجميع»، يقول. كييف بوست، كشفت');
  });

  it('refuses a missing text or an unknown rule with a 400 naming the field; 401 without a token', async () => {
    const bad = await app.http().post('/newsroom/text/lint').set('Authorization', `Bearer ${token}`).send({ rules: ['shouting'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(expect.arrayContaining(['text', 'rules.0']));
    expect((await app.http().post('/newsroom/text/lint').send({ text: 'x' })).status).toBe(401);
  });
});

describe('settings (stored in the database)', () => {
  const auth = () => ({ Authorization: `Bearer ${token}` });

  it('requires an authenticated admin', async () => {
    expect((await app.http().get('/newsroom/settings')).status).toBe(401);
  });

  it('reads defaults, refuses bad and unknown fields with a 400 naming them, stores nothing then', async () => {
    const before = await app.http().get('/newsroom/settings').set(auth());
    expect(before.status).toBe(200);
    expect(before.body.data).toMatchObject({ slugStrategy: 'unicode', wordsPerMinute: 180, publisherName: 'Newsroom', defaultLicense: 'all-rights-reserved' });
    const bad = await app.http().put('/newsroom/settings').set(auth()).send({ slugStrategy: 'latin', wordsPerMinute: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => e.path)).toEqual(expect.arrayContaining([['slugStrategy'], ['wordsPerMinute']]));
    const unknown = await app.http().put('/newsroom/settings').set(auth()).send({ colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].path).toEqual(['colour']);
    expect((await app.http().get('/newsroom/settings').set(auth())).body.data).toEqual(before.body.data);
  });

  it('switches new slugs to ASCII transliteration and keeps existing ones', async () => {
    const existing = await app.strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title: 'قبل التغيير' } } as never);
    const res = await app.http().put('/newsroom/settings').set(auth()).send({ slugStrategy: 'transliterate' });
    expect(res.status).toBe(200);
    try {
      const ar = await app.strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title: 'مالي: صور أول هزيمة' } } as never);
      expect(ar.slug).toBe('maly-swr-awl-hzyma');
      // Every letter kept: ע, like ع, has a Latin value (it was dropped: shlvm-vlm).
      const he = await app.strapi.documents(ARTICLE_UID).create({ locale: 'en', data: { title: 'שָׁלוֹם עוֹלָם' } } as never);
      expect(he.slug).toBe('shlvm-avlm');
      // Presentation forms read as the letters they are, ع and a ZWNJ pasted inside a word kept.
      const forms = await app.strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title: 'ﻓﻲ ﺍﻟﺒﻼﺩ: معرض المف\u200Cتي' } } as never);
      expect(forms.slug).toBe('fy-alblad-mard-almfty');
      const kept = await app.strapi.documents(ARTICLE_UID).update({ documentId: existing.documentId, locale: 'ar', data: { title: 'بعد التغيير' } } as never);
      expect(kept!.slug).toBe('قبل-التغيير');
    } finally {
      await app.http().put('/newsroom/settings').set(auth()).send({ slugStrategy: 'unicode' });
    }
  });

  it('uses the stored reading speed for new writes', async () => {
    await app.http().put('/newsroom/settings').set(auth()).send({ wordsPerMinute: 100 });
    try {
      const words = Array.from({ length: 300 }, () => 'كلمة').join(' ');
      const doc = await app.strapi.documents(ARTICLE_UID).create({
        locale: 'ar',
        data: { title: 'سرعة', body: [{ __component: 'newsroom.quote', text: words }] },
      } as never);
      const row = await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: doc.documentId } });
      expect(row.readingTimeMinutes).toBe(3);
    } finally {
      await app.http().put('/newsroom/settings').set(auth()).send({ wordsPerMinute: 180 });
    }
  });
});
