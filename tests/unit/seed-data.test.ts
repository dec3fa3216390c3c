import { fixtureLines, seedArticle, seedData } from '../helpers/seed';

/** Page boilerplate of the fixture: never article content. */
const BOILERPLATE = ['إعادة استخدام هذا المحتوى', 'شاركها.', 'اترك تعليقاً', 'Exit mobile version'];

describe('playground demo data', () => {
  const seed = seedArticle('mali-ukraine-drones').locales.ar;

  it('mirrors the fixture page exactly: one block per article line, boilerplate left out', () => {
    const articleLines = fixtureLines.slice(0, 21).filter((line) => line.trim() !== '');
    expect(seed.body).toHaveLength(articleLines.length);
    seed.body.forEach((block: any, index: number) => {
      const line = articleLines[index];
      if (block.__component === 'newsroom.related-link') {
        const target = seedArticle(block.article).locales.ar.title;
        expect(line).toBe(`${block.kind === 'read-also' ? 'إقرأ أيضاً' : 'أنظر أيضا'} | ${target}`);
      } else {
        expect(block.text).toBe(line);
      }
    });
    expect(seed.body.filter((b: any) => b.__component === 'newsroom.intertitle').map((b: any) => b.text)).toEqual([fixtureLines[12]]);
    const text = JSON.stringify(seedData);
    for (const boilerplate of BOILERPLATE) expect(text).not.toContain(boilerplate);
  });

  it('links only to other seeded articles of the same locale', () => {
    for (const article of seedData.articles) {
      for (const [locale, version] of Object.entries(article.locales)) {
        const targets = [
          ...(version.related ?? []),
          ...(version.body ?? []).filter((b: any) => b.__component === 'newsroom.related-link').map((b: any) => b.article),
        ];
        for (const key of targets) {
          expect(key).not.toBe(article.key);
          expect(seedArticle(key).locales).toHaveProperty(locale);
        }
      }
    }
  });

  it('has a draft that must never reach the public API, and published articles in ar and en', () => {
    expect(seedArticle('draft-unpublished-demo').status).toBe('draft');
    const published = seedData.articles.filter((a) => a.status === 'published');
    expect(published.some((a) => 'ar' in a.locales)).toBe(true);
    expect(published.some((a) => 'en' in a.locales)).toBe(true);
  });
});
