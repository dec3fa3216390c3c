import { ARTICLE_UID } from '../../content-types';
import type { ArticleDetail, RelatedLinkBlock } from '../../server/src/types/api';
import { adminToken, startPlayground, statementsDuring, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
const docs = () => app.strapi.documents(ARTICLE_UID);

beforeAll(async () => {
  app = await startPlayground();
  token = await adminToken(app);
});

afterAll(async () => {
  await app?.close();
});

const link = (documentId: string, kind = 'read-also', locale = 'ar') => ({
  __component: 'newsroom.related-link',
  kind,
  article: { connect: [{ documentId, locale }] },
});
const paragraph = (text: string) => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

async function create(title: string, data: Record<string, unknown> = {}, locale = 'ar') {
  return (await docs().create({ locale, data: { title, ...data } } as never)) as unknown as { documentId: string; slug: string };
}
const publish = (documentId: string, locale = 'ar') => docs().publish({ documentId, locale } as never);

async function read(slug: string, locale = 'ar'): Promise<ArticleDetail | null> {
  const res = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(slug)}`).query({ locale });
  return res.status === 200 ? res.body.data : null;
}
const linkTitles = (a: ArticleDetail) => a.body.filter((b): b is RelatedLinkBlock => b.__component === 'newsroom.related-link').map((b) => b.article.title);

describe('every publishing state of a link target', () => {
  it('shows a link only while its target is published, and always its current title and slug', async () => {
    const target = await create('الهدف الأول');
    const other = await create('الهدف الثاني');
    await publish(other.documentId);
    const source = await create('المصدر', {
      body: [paragraph('قبل'), link(target.documentId), paragraph('بين'), link(other.documentId, 'see-also')],
      related: [target.documentId, other.documentId],
    });
    await publish(source.documentId);

    // The target is a draft: its link and related entry are left out, order kept.
    let a = (await read(source.slug))!;
    expect(linkTitles(a)).toEqual(['الهدف الثاني']);
    expect(a.related.map((r) => r.title)).toEqual(['الهدف الثاني']);
    expect(JSON.stringify(a)).not.toContain('الهدف الأول');

    // Published after the article: it shows up without touching the article.
    await publish(target.documentId);
    a = (await read(source.slug))!;
    expect(linkTitles(a)).toEqual(['الهدف الأول', 'الهدف الثاني']);
    expect(a.related.map((r) => r.title)).toEqual(['الهدف الأول', 'الهدف الثاني']);

    // New title and slug of the target, re-published: shown at once.
    await docs().update({ documentId: target.documentId, locale: 'ar', data: { title: 'الهدف بعنوان جديد', slug: 'هدف-جديد' } } as never);
    a = (await read(source.slug))!;
    expect(linkTitles(a)[0]).toBe('الهدف الأول');
    await publish(target.documentId);
    a = (await read(source.slug))!;
    expect(a.body.find((b) => b.__component === 'newsroom.related-link')).toMatchObject({ article: { title: 'الهدف بعنوان جديد', slug: 'هدف-جديد' } });

    // Unpublished: gone from the public answer; the article still reads fine.
    await docs().unpublish({ documentId: target.documentId, locale: 'ar' } as never);
    a = (await read(source.slug))!;
    expect(linkTitles(a)).toEqual(['الهدف الثاني']);
    expect(a.related.map((r) => r.title)).toEqual(['الهدف الثاني']);

    // Re-published: back.
    await publish(target.documentId);
    expect(linkTitles((await read(source.slug))!)).toEqual(['الهدف بعنوان جديد', 'الهدف الثاني']);

    // Deleted: gone, nothing else breaks.
    await docs().delete({ documentId: target.documentId, locale: 'ar' } as never);
    a = (await read(source.slug))!;
    expect(linkTitles(a)).toEqual(['الهدف الثاني']);
    expect(a.related.map((r) => r.title)).toEqual(['الهدف الثاني']);
    expect(a.body.map((b) => b.__component)).toEqual(['newsroom.paragraph', 'newsroom.paragraph', 'newsroom.related-link']);
  });

  it('never falls back to another locale: a target without a published version in the article’s locale is left out', async () => {
    const target = await create('Target in English', {}, 'en');
    await publish(target.documentId, 'en');
    await docs().update({ documentId: target.documentId, locale: 'ar', data: { title: 'الهدف بالعربية' } } as never);
    const source = await create('مصدر لغات', { body: [link(target.documentId)] });
    await publish(source.documentId);
    expect(linkTitles((await read(source.slug))!)).toEqual([]);
    await publish(target.documentId, 'ar');
    expect(linkTitles((await read(source.slug))!)).toEqual(['الهدف بالعربية']);
  });
});

describe('the links a write records', () => {
  const stored = async (documentId: string) =>
    (await app.strapi.db.query(ARTICLE_UID).findMany({ where: { documentId, locale: 'ar' }, select: ['links', 'publishedAt'] })).map((row: any) => row.links);

  it('are the targets in body and list order, whichever way a create names them, on the draft and the published version', async () => {
    const [a, b, c] = await Promise.all(['رابط أ', 'رابط ب', 'رابط ج'].map((t) => create(t)));
    const rowId = async (documentId: string) => (await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale: 'ar', publishedAt: null }, select: ['id'] })).id;
    const expected = { body: [a.documentId, null, c.documentId], related: [c.documentId, b.documentId] };
    const body = (article: unknown) => [
      { __component: 'newsroom.related-link', kind: 'read-also', article },
      { __component: 'newsroom.related-link', kind: 'see-also' },
      link(c.documentId),
    ];
    const ways: Record<string, unknown>[] = [
      // By document id: known before the write.
      { body: body(a.documentId), related: [c.documentId, b.documentId] },
      { body: body({ documentId: a.documentId, locale: 'ar' }), related: { set: [{ documentId: c.documentId }, { documentId: b.documentId }] } },
      // By row id, or placed with a position: read back from what Strapi wrote.
      { body: body({ id: await rowId(a.documentId) }), related: [await rowId(c.documentId), await rowId(b.documentId)] },
      { body: body(a.documentId), related: { connect: [{ documentId: b.documentId }, { documentId: c.documentId, position: { before: b.documentId } }] } },
    ];
    for (const [i, data] of ways.entries()) {
      const source = (await docs().create({ locale: 'ar', data: { title: `روابط ${i}`, ...data }, status: 'published' } as never)) as any;
      expect({ way: i, links: await stored(source.documentId) }).toEqual({ way: i, links: [expected, expected] });
    }
  });
});

describe('links refused on write (400 naming the block)', () => {
  it.each([
    ['itself', async (self: string) => ({ body: [paragraph('x'), link(self)] }), ['body', '1', 'article'], 'itself'],
    ['another locale', async () => ({ body: [link((await create('English only', {}, 'en')).documentId, 'read-also', 'en')] }), ['body', '0', 'article'], 'locale'],
    ['a missing article', async () => ({ body: [link('doesnotexist000000000000')] }), ['body', '0', 'article'], 'does not exist'],
    ['an article with no version in this locale', async () => ({ related: [(await create('Only English', {}, 'en')).documentId] }), ['related', '0'], 'does not exist'],
  ])('refuses a link to %s', async (_what, build, path, message) => {
    const self = await create('مقال يرتبط');
    const data = await build(self.documentId);
    let caught: any;
    await docs().update({ documentId: self.documentId, locale: 'ar', data } as never).catch((e) => (caught = e));
    expect(caught?.name).toBe('ValidationError');
    expect(caught.details.errors[0].path).toEqual(path);
    expect(caught.details.errors[0].message).toContain(message);
  });

  it('refuses the same article twice in the related list, through the admin API too', async () => {
    const target = await create('مكرر');
    let caught: any;
    await create('قائمة مكررة', { related: [target.documentId, target.documentId] }).catch((e) => (caught = e));
    expect(caught?.details.errors[0].path).toEqual(['related', '1']);
    const res = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE_UID}`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'قائمة مكررة', related: { connect: [{ documentId: target.documentId, locale: 'ar' }, { documentId: target.documentId, locale: 'ar' }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['related', '1']);
  });
});

describe('broken links (admin)', () => {
  it('lists the articles whose links point to unpublished or deleted targets', async () => {
    const gone = await create('سيحذف');
    const hidden = await create('سيبقى مسودة');
    const fine = await create('منشور');
    await publish(fine.documentId);
    const source = await create('مصدر الروابط المكسورة', { body: [link(gone.documentId), link(fine.documentId), link(hidden.documentId)], related: [fine.documentId] });
    await docs().delete({ documentId: gone.documentId, locale: 'ar' } as never);
    const res = await app.http().get('/newsroom/links/broken').query({ locale: 'ar' }).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const entry = res.body.data.find((a: any) => a.documentId === source.documentId);
    expect(entry.broken).toEqual([
      { in: 'body', index: 0, documentId: gone.documentId, state: 'missing' },
      { in: 'body', index: 2, documentId: hidden.documentId, state: 'unpublished' },
    ]);
    const one = await app.http().get(`/newsroom/articles/${source.documentId}/links/broken`).query({ locale: 'ar' }).set('Authorization', `Bearer ${token}`);
    expect(one.body.data).toEqual(entry.broken);
    expect((await app.http().get('/newsroom/links/broken')).status).toBe(401);
  });
});

describe('read path without N+1', () => {
  it('reads an article in the same number of SQL queries with 5 or 50 links (and no more with 0)', async () => {
    const targets: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const t = await create(`هدف رقم ${i}`);
      await publish(t.documentId);
      targets.push(t.documentId);
    }
    const slugs: Record<number, string> = {};
    for (const n of [0, 5, 50]) {
      const body = targets.slice(0, n).flatMap((id, i) => [paragraph(`فقرة ${i}`), link(id)]);
      const a = await create(`مقال بعدد ${n} روابط`, { body, related: targets.slice(0, Math.min(n, 20)) });
      await publish(a.documentId);
      slugs[n] = a.slug;
    }
    const count = async (slug: string) => {
      let links = 0;
      const queries = await statementsDuring(async () => {
        const a = await read(slug);
        expect(a).not.toBeNull();
        links = linkTitles(a!).length;
      });
      return { queries: queries.length, links };
    };
    // Warm up: the first request of a process also loads permissions and settings.
    for (const n of [0, 5, 50]) await read(slugs[n]);
    const zero = await count(slugs[0]);
    const five = await count(slugs[5]);
    const fifty = await count(slugs[50]);
    expect([five.links, fifty.links]).toEqual([5, 50]);
    expect(fifty.queries).toBe(five.queries);
    expect(zero.queries).toBeLessThanOrEqual(five.queries);
    console.log(`SQL queries per article read: 0 links → ${zero.queries}, 5 → ${five.queries}, 50 → ${fifty.queries}`);
  });
});

describe('related suggestions (admin)', () => {
  const suggest = async (documentId: string, locale = 'ar') => {
    const res = await app.http().get(`/newsroom/articles/${documentId}/suggestions`).query({ locale }).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    return res.body.data as { documentId: string; title: string; score: number; sameSection: boolean }[];
  };

  it('ranks published articles of the same locale by shared vocabulary, section and keywords, leaving out itself and linked ones', async () => {
    const linked = await create('متمردو مالي يواجهون قوات فاغنر في الصحراء', { section: 'أفريقيا', keywords: ['فاغنر'] });
    await publish(linked.documentId);
    const draft = await create('قوات فاغنر تتكبد خسائر جديدة أمام متمردي مالي', {
      section: 'أفريقيا',
      keywords: ['فاغنر', 'مالي'],
      body: [paragraph('تواصل المعارك بين متمردي الطوارق وقوات فاغنر الروسية في شمال مالي قرب الحدود مع الجزائر.')],
      related: [linked.documentId],
    });
    const found = await suggest(draft.documentId);
    const titles = found.map((s) => s.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.slice(0, 3).every((t) => /فاغنر|مالي/.test(t))).toBe(true);
    expect(found.map((s) => s.documentId)).not.toContain(draft.documentId);
    expect(found.map((s) => s.documentId)).not.toContain(linked.documentId);
    // An unrelated article may match a common verb, but never above the related ones.
    const unrelated = titles.indexOf('المدفوعات الرقمية تواصل نموها في أسواق الخليج');
    if (unrelated !== -1) expect(titles.slice(0, unrelated).filter((t) => /فاغنر|مالي/.test(t))).toHaveLength(3);
    expect(found[0].sameSection).toBe(true);
    for (let i = 1; i < found.length; i += 1) expect(found[i - 1].score).toBeGreaterThanOrEqual(found[i].score);
  });

  it('stops suggesting an article once it is unpublished, and never one from another locale', async () => {
    const candidate = await create('زلزال يضرب جزيرة بركانية نائية');
    await publish(candidate.documentId);
    const draft = await create('زلزال جديد يضرب الجزيرة البركانية');
    expect((await suggest(draft.documentId)).map((s) => s.documentId)).toContain(candidate.documentId);
    await docs().unpublish({ documentId: candidate.documentId, locale: 'ar' } as never);
    expect((await suggest(draft.documentId)).map((s) => s.documentId)).not.toContain(candidate.documentId);
    const english = await create('Volcanic island earthquake', {}, 'en');
    await publish(english.documentId, 'en');
    expect((await suggest(draft.documentId)).map((s) => s.documentId)).not.toContain(english.documentId);
  });
});
