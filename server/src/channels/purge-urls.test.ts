import { purgeUrls, type PurgeInput } from './purge-urls';

const base = { origin: 'https://cms.example', prefix: '/api' };
const input = (over: Partial<PurgeInput>): PurgeInput => ({ base, articleUrlTemplate: 'https://news.example/{locale}/{slug}', defaultLocale: 'ar', before: [], after: [], dependents: [], ...over });

describe('purgeUrls', () => {
  it('names old and new URLs of a re-slugged article, its dependents, the list, feeds and sitemaps', () => {
    const urls = purgeUrls(
      input({
        before: [{ documentId: 'd', locale: 'en', slug: 'old', section: 'world' }],
        after: [{ documentId: 'd', locale: 'en', slug: 'new', section: 'world' }],
        dependents: [{ documentId: 'x', locale: 'en', slug: 'linking', section: null }],
      })
    );
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://news.example/en/old',
        'https://news.example/en/new',
        'https://cms.example/api/newsroom/articles/old?locale=en',
        'https://cms.example/api/newsroom/articles/new?locale=en',
        'https://news.example/en/linking',
        'https://cms.example/api/newsroom/articles?locale=en',
        'https://cms.example/api/newsroom/feed.xml?locale=en',
        'https://cms.example/api/newsroom/feed.xml?locale=en&section=world',
        'https://cms.example/api/newsroom/feed.atom?locale=en&section=world',
        'https://cms.example/api/newsroom/sitemap.xml',
        'https://cms.example/api/newsroom/news-sitemap.xml',
      ])
    );
    expect(new Set(urls).size).toBe(urls.length);
    // Not the default locale: no query-less list or feed.
    expect(urls).not.toContain('https://cms.example/api/newsroom/feed.xml');
  });

  it('adds the query-less list and feeds for the default locale, and encodes Arabic slugs and sections', () => {
    const urls = purgeUrls(input({ after: [{ documentId: 'd', locale: 'ar', slug: 'خبر', section: 'سياسة' }] }));
    expect(urls).toContain('https://cms.example/api/newsroom/feed.xml');
    expect(urls).toContain('https://cms.example/api/newsroom/articles');
    expect(urls).toContain(`https://news.example/ar/${encodeURIComponent('خبر')}`);
    expect(urls).toContain(`https://cms.example/api/newsroom/feed.atom?section=${encodeURIComponent('سياسة').replace(/%20/g, '+')}`);
  });
});
