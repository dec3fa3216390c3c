import { XMLParser } from 'fast-xml-parser';
import { renderFeed, type FeedChannel, type FeedEntry } from './feed';

const channel: FeedChannel = {
  title: 'الإمارات اليوم',
  description: 'أخبار',
  language: 'ar',
  link: 'https://news.example/',
  self: { rss: 'https://cms.example/api/newsroom/feed.xml?locale=ar', atom: 'https://cms.example/api/newsroom/feed.atom?locale=ar' },
  updated: new Date('2024-07-27T10:00:00Z'),
  copyright: '2024 © الإمارات اليوم',
};

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  url: 'https://news.example/ar/news/%D8%AE%D8%A8%D8%B1',
  title: 'هجوم على CNN: 27 يوليو',
  dir: 'rtl',
  published: new Date('2024-07-27T08:00:00Z'),
  updated: new Date('2024-07-27T09:00:00Z'),
  view: 'full',
  summary: 'مقدمة الخبر',
  author: 'مراسلنا',
  section: 'سياسة',
  copyright: '2024 © الإمارات اليوم. جميع حقوق النشر محفوظة.',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  ...over,
});

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);

describe('renderFeed', () => {
  it('writes RSS 2.0 with language, per-item rights and licence link, RTL title marked', () => {
    const rss = parse(renderFeed('rss', channel, [entry()])).rss;
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.language).toBe('ar');
    const item = rss.channel.item;
    expect(item.title).toBe('\u200F\u2067هجوم على CNN: 27 يوليو\u2069');
    expect(item.link).toBe(entry().url);
    expect(item.description).toBe('مقدمة الخبر');
    expect(item['dc:rights']['#text']).toBe('2024 © الإمارات اليوم. جميع حقوق النشر محفوظة. — CC BY 4.0');
    expect(item['atom:link']['@rel']).toBe('license');
    expect(item['atom:link']['@href']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(item.pubDate).toBe('Sat, 27 Jul 2024 08:00:00 GMT');
  });

  it('writes Atom with xml:lang on the feed and the title HTML-escaped (type="html")', () => {
    const xml = renderFeed('atom', channel, [entry({ title: 'Breaking <script>alert(1)</script> & more', dir: 'ltr' })]);
    const feed = parse(xml).feed;
    expect(feed['@xml:lang']).toBe('ar');
    expect(feed.entry.title['#text']).toBe('Breaking &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(feed.entry.rights).toContain('CC BY 4.0');
    expect(feed.entry.published).toBe('2024-07-27T08:00:00.000Z');
  });

  it('gives a snippet opt-out title and link only', () => {
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderFeed(format, channel, [entry({ view: 'title-only' })]);
      expect(xml).toContain(entry().url);
      expect(xml).not.toContain('مقدمة الخبر');
      expect(xml).not.toContain('مراسلنا');
    }
  });

  it('stays well-formed whatever the stored text holds: CDATA ends, controls, lone surrogates', () => {
    const nasty = 'a ]]> b \u0001\u0008 c \uD800 d';
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderFeed(format, channel, [entry({ title: nasty, summary: nasty, author: nasty })]);
      expect(xml).not.toMatch(/[\u0001\u0008]/);
      const parsed = parse(xml);
      expect(parsed).toBeTruthy();
      expect(JSON.stringify(parsed)).toContain('a ]]> b');
    }
  });
});
