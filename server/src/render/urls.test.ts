import { canonicalUrl, readableUrl } from './urls';

const SLUG = 'هل-تنقل-cnn-صور-معركة';

describe('canonicalUrl', () => {
  it("is this API's endpoint, slug and locale percent-encoded, when the settings give no template", () => {
    expect(canonicalUrl(null, SLUG, 'ar', 'https://cms.example.com')).toBe(
      `https://cms.example.com/api/newsroom/articles/${encodeURIComponent(SLUG)}?locale=ar`
    );
  });

  it('is a path alone under an empty origin', () => {
    expect(canonicalUrl(null, 'mali', 'en', '')).toBe('/api/newsroom/articles/mali?locale=en');
  });

  it("fills the site's template, every {slug} and {locale}", () => {
    expect(canonicalUrl('https://example.com/{locale}/news/{slug}', SLUG, 'ar', 'https://cms.example.com')).toBe(
      `https://example.com/ar/news/${encodeURIComponent(SLUG)}`
    );
  });
});

describe('readableUrl', () => {
  it('shows an encoded Arabic slug in Arabic', () => {
    expect(readableUrl(canonicalUrl(null, SLUG, 'ar', ''))).toBe(`/api/newsroom/articles/${SLUG}?locale=ar`);
  });

  it('keeps reserved characters encoded, so the address is still the same one', () => {
    expect(readableUrl(canonicalUrl('https://example.com/{slug}', 'a?b#c/d', 'en', ''))).toBe('https://example.com/a%3Fb%23c%2Fd');
  });

  it('leaves a malformed escape as it is', () => {
    expect(readableUrl('https://example.com/100%/{slug}')).toBe('https://example.com/100%/{slug}');
  });
});
