import { XMLParser } from 'fast-xml-parser';
import { newsLanguage, newsSitemapXml, sitemapIndexXml, sitemapXml, type SitemapEntry } from './sitemap';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);

async function* from<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

describe('sitemaps', () => {
  it('lists each URL with its translations as xhtml:link hreflang alternates', async () => {
    const alternates = [
      { locale: 'ar', url: 'https://news.example/ar/%D8%AE%D8%A8%D8%B1' },
      { locale: 'en', url: 'https://news.example/en/news?a=1&b=2' },
    ];
    const entries: SitemapEntry[] = [
      { url: alternates[0].url, lastmod: new Date('2024-07-27T09:00:00Z'), alternates },
      { url: 'https://news.example/ar/alone', lastmod: new Date('2024-07-28T09:00:00Z'), alternates: [{ locale: 'ar', url: 'https://news.example/ar/alone' }] },
    ];
    const xml = await sitemapXml(from(entries));
    expect(xml).toContain('b=2'.replace('&', '&amp;'));
    const urls = parse(xml).urlset.url;
    expect(urls).toHaveLength(2);
    expect(urls[0].loc).toBe(alternates[0].url);
    expect(urls[0]['xhtml:link'].map((l: any) => [l['@hreflang'], l['@href']])).toEqual([
      ['ar', alternates[0].url],
      ['en', 'https://news.example/en/news?a=1&b=2'],
    ]);
    // A page with no translation carries no alternates.
    expect(urls[1]['xhtml:link']).toBeUndefined();
  });

  it('writes an empty urlset when every URL of a page is withheld, and news when none is recent', async () => {
    expect(parse(await sitemapXml(from([]))).urlset).toEqual({ '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    expect(parse(await newsSitemapXml('P', []))).toHaveProperty('urlset');
  });

  it('writes an index of pages', async () => {
    const xml = await sitemapIndexXml([{ url: 'https://cms.example/api/newsroom/sitemap.xml?page=1', lastmod: null }, { url: 'https://cms.example/api/newsroom/sitemap.xml?page=2', lastmod: null }]);
    expect(parse(xml).sitemapindex.sitemap.map((s: any) => s.loc)).toEqual(['https://cms.example/api/newsroom/sitemap.xml?page=1', 'https://cms.example/api/newsroom/sitemap.xml?page=2']);
  });

  it('writes the Google News sitemap with publication name, language, date and title', async () => {
    const xml = await newsSitemapXml('الإمارات اليوم', [{ url: 'https://news.example/ar/x', title: 'عنوان & <خبر>', published: new Date('2024-07-27T08:00:00Z'), language: 'ar-AE' }]);
    const news = parse(xml).urlset.url['news:news'];
    expect(news['news:publication']['news:name']).toBe('الإمارات اليوم');
    expect(news['news:publication']['news:language']).toBe('ar');
    expect(news['news:publication_date']).toBe('2024-07-27T08:00:00.000Z');
    // Escaped in the document, the same text once parsed.
    expect(xml).toContain('عنوان &amp; &lt;خبر&gt;');
    expect(news['news:title']).toBe('عنوان & <خبر>');
  });

  it('gives Google News its language codes', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('zh-Hant')).toBe('zh-tw');
    expect(newsLanguage('zh-CN')).toBe('zh-cn');
  });
});
