import { linkTarget, linkKey, normaliseLink, postIdOf } from './old-links';

describe('old links', () => {
  it('gives one key to the ways a permalink is written: scheme, www, trailing slash, percent-encoding case or none', () => {
    const forms = [
      'https://www.emaratalyoum.example/2024/07/29/%d9%88%d9%81%d9%8a-%d9%85%d8%a7%d9%84%d9%8a/',
      'http://emaratalyoum.example/2024/07/29/%D9%88%D9%81%D9%8A-%D9%85%D8%A7%D9%84%D9%8A',
      'https://emaratalyoum.example/2024/07/29/وفي-مالي/',
    ];
    expect(new Set(forms.map((f) => linkKey(f))).size).toBe(1);
    expect(normaliseLink(forms[0])).toBe('emaratalyoum.example/2024/07/29/وفي-مالي');
  });

  it('reads a post id from ?p= and ?page_id= links, relative ones against the post’s own URL', () => {
    expect(postIdOf('https://www.emaratalyoum.example/?p=103')).toBe(103);
    expect(postIdOf('/?page_id=7', 'https://site.example/2024/a/')).toBe(7);
    expect(postIdOf('https://site.example/?p=abc')).toBeNull();
    expect(normaliseLink('https://www.site.example/?p=103&utm=x')).toBe('site.example?p=103');
  });

  it('refuses what is not an http(s) link', () => {
    expect(normaliseLink('javascript:alert(1)')).toBeNull();
    expect(linkKey('not a url')).toBeNull();
  });
});

describe('linkTarget', () => {
  it('names a post by its ?p= id first, else by its permalink key, else nothing', () => {
    expect(linkTarget('/?p=12', 'https://akhbar.example/2024/07/28/x/')).toEqual({ postId: 12 });
    expect(linkTarget('http://www.akhbar.example/a/')).toEqual({ linkKey: linkKey('https://akhbar.example/a') });
    expect(linkTarget('mailto:desk@akhbar.example')).toBeNull();
  });
});
