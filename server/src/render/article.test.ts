import { DEFAULT_SETTINGS } from '../services/settings';
import { renderArticle as render, type ArticleEntry } from './article';

const context = {
  targets: new Map([
    ['doc-b', { documentId: 'doc-b', slug: 'هدف', title: 'هدف', locale: 'ar' }],
    ['x', { documentId: 'x', slug: 'س', title: 'س', locale: 'ar' }],
  ]),
  url: 'https://news.example/ar/مقال',
  publisher: { name: 'الإمارات اليوم', url: 'https://news.example' },
  rightsDefaults: DEFAULT_SETTINGS,
  copyrightTemplates: DEFAULT_SETTINGS.copyrightTemplates,
  dateSettings: DEFAULT_SETTINGS,
};
const renderArticle = (entry: ArticleEntry) => render(entry, context);

const entry = (body: unknown[], related: unknown[] = []) => ({
  documentId: 'doc-a',
  locale: 'ar',
  direction: 'auto',
  slug: 'مقال',
  title: 'مقال',
  publishedAt: '2024-01-02T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  body,
  related,
  searchText: 'internal',
  id: 7,
});

describe('renderArticle', () => {
  it('resolves links through the stored document ids and drops those with no published target, keeping order', () => {
    const article = renderArticle({
      ...entry([
        { __component: 'newsroom.intertitle', text: 'أ' },
        { __component: 'newsroom.related-link', kind: 'read-also' },
        { __component: 'newsroom.related-link', kind: 'see-also' },
        { __component: 'newsroom.related-link', kind: 'see-also' },
        { __component: 'newsroom.intertitle', text: 'ب' },
      ]),
      links: { body: ['doc-b', null, 'unpublished-doc'], related: ['x', 'deleted-doc'] },
    });
    expect(article.body.map((b) => b.__component)).toEqual(['newsroom.intertitle', 'newsroom.related-link', 'newsroom.intertitle']);
    expect(article.body[1]).toMatchObject({ kind: 'read-also', kindLabel: 'إقرأ أيضاً', label: null, article: { slug: 'هدف' } });
    expect(article.related.map((r) => r.documentId)).toEqual(['x']);
  });

  it('gives each block its own direction, falling back to the article direction', () => {
    const article = renderArticle(
      entry([
        { __component: 'newsroom.quote', text: 'CNN reported it', attribution: null },
        { __component: 'newsroom.intertitle', text: '2024' },
      ])
    );
    expect(article.dir).toBe('rtl');
    expect(article.body.map((b) => b.dir)).toEqual(['ltr', 'rtl']);
  });

  it('renders only public fields', () => {
    const article = renderArticle(entry([]));
    expect(article).not.toHaveProperty('searchText');
    expect(article).not.toHaveProperty('id');
  });

  it('ignores unknown block components instead of passing them through', () => {
    const article = renderArticle(entry([{ __component: 'other.thing', secret: 1 }]));
    expect(article.body).toEqual([]);
  });

  it("carries its dates ready to show in its language, beside the ISO ones, by the site's date settings", () => {
    const article = renderArticle({ ...entry([]), publishedAt: '2024-07-27T09:30:00.000Z' });
    expect(article.publishedAt).toBe('2024-07-27T09:30:00.000Z');
    expect(article.dates).toEqual({
      published: { iso: '2024-07-27T09:30:00.000Z', gregorian: '27 يوليو 2024', hijri: '21 محرم 1446 هـ' },
      updated: { iso: '2024-01-02T00:00:00.000Z', gregorian: '2 يناير 2024', hijri: '20 جمادى الآخرة 1445 هـ' },
    });
    const hijriOnly = { dateCalendars: ['hijri' as const], dateDigits: 'arab' as const, timeZone: 'UTC' };
    const arabic = render({ ...entry([]), publishedAt: '2024-07-27T09:30:00.000Z' }, { ...context, dateSettings: hijriOnly });
    expect(arabic.dates.published).toEqual({ iso: '2024-07-27T09:30:00.000Z', hijri: '٢١ محرم ١٤٤٦ هـ' });
  });
});

describe('bidi controls in output', () => {
  it('neutralises embeddings, overrides and isolates in every served string, keeping marks', () => {
    const article = renderArticle({
      ...entry([
        { __component: 'newsroom.intertitle', text: 'عنوان \u202Eمقلوب' },
        { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص \u202Dمخفي\u202C' }] }] },
      ]),
      standfirst: 'مقدمة \u2067مع عزل\u2069 و\u200Fعلامة',
      keywords: ['\u202Eكلمة'],
    });
    const served = JSON.stringify(article);
    expect(served).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(article.standfirst).toBe('مقدمة مع عزل و\u200Fعلامة');
    expect(article.keywords).toEqual(['كلمة']);
  });
});
