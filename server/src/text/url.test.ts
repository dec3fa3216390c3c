import { headerSafeUrl, isHttpUrl, URL_MAX_LENGTH } from './url';

describe('isHttpUrl', () => {
  it.each(['https://example.com/tdm-policy', 'http://example.com/ar/أخبار/مقال', 'https://example.com/{locale}/news/{slug}'])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each([
    ['CR LF (header injection; new URL() would drop them)', 'https://x.example/\r\nX-Injected: y'],
    ['a lone LF', 'https://x.example/\nx'],
    ['a TAB', 'https://x.example/\tx'],
    ['a space', 'https://x.example/a b'],
    ['a leading space', ' https://x.example/'],
    ['a NUL', 'https://x.example/\u0000'],
    ['a C1 control', 'https://x.example/\u0085'],
    ['another scheme', 'javascript:alert(1)'],
    ['a relative URL', '/tdm-policy'],
    ['a URL over the length limit', `https://x.example/${'a'.repeat(URL_MAX_LENGTH)}`],
  ])('refuses %s', (_what, url) => {
    expect(isHttpUrl(url)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isHttpUrl(['https://x.example/'])).toBe(false);
    expect(isHttpUrl(null)).toBe(false);
  });
});

describe('headerSafeUrl', () => {
  it('serialises a URL as plain ASCII, Arabic paths percent-encoded and IDN hosts in punycode', () => {
    expect(headerSafeUrl('https://مثال.example/سياسة')).toBe('https://xn--mgbh0fb.example/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9');
  });

  it('gives null for a value with CR/LF, so no header is built from it', () => {
    expect(headerSafeUrl('https://x.example/\r\nX: y')).toBeNull();
  });
});
