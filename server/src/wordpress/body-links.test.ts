import { planItem } from './map-post';
import type { WxrItem } from './wxr-reader';

const item = (content: string, link = 'https://old.example/2024/07/31/مالي/'): WxrItem => ({
  title: 'عنوان', link, guid: 'https://old.example/?p=1', creator: 'editor', content, excerpt: '', postId: 1,
  postDate: '2024-07-27 13:30:00', postDateGmt: '2024-07-27 09:30:00', postName: '', status: 'publish', postPassword: '', postType: 'post', commentStatus: 'open', postParent: null,
  attachmentUrl: '', terms: [], meta: {}, comments: 0, oversized: [],
});
const plan = (content: string, link?: string) => {
  const planned = planItem(item(content, link), { authors: new Map() }, 'ar');
  if (planned.kind !== 'article') throw new Error('not an article');
  return planned;
};
/** Every link of the plan's body: [url, text]. */
const links = (p: ReturnType<typeof plan>): [string, string][] => {
  const out: [string, string][] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const node = value as Record<string, any>;
      if (node.type === 'link') out.push([node.url, node.children.map((c: any) => c.text).join('')]);
      else Object.values(node).forEach(walk);
    }
  };
  walk(p.body);
  return out;
};

describe('links of an imported post (Strapi stores absolute http(s) or mailto links, or paths on the site)', () => {
  it('resolves links relative to the post against its permalink, as the old site’s readers followed them', () => {
    const p = plan(
      '<p><a href="#notes">الحواشي</a> و<a href="?p=12">خبر سابق</a> و<a href="../../30/خبر/">أمس</a> و<a href="page.html">صفحة</a></p>' +
        '<ul><li><a href=" https://cnn.example/a b ">CNN</a></li></ul>'
    );
    expect(links(p)).toEqual([
      ['https://old.example/2024/07/31/%D9%85%D8%A7%D9%84%D9%8A/#notes', 'الحواشي'],
      ['https://old.example/2024/07/31/%D9%85%D8%A7%D9%84%D9%8A/?p=12', 'خبر سابق'],
      ['https://old.example/2024/07/30/%D8%AE%D8%A8%D8%B1/', 'أمس'],
      ['https://old.example/2024/07/31/%D9%85%D8%A7%D9%84%D9%8A/page.html', 'صفحة'],
      ['https://cnn.example/a%20b', 'CNN'],
    ]);
    expect(p.notes).toEqual([]);
  });

  it('keeps paths on the site (the redirect map serves the old ones) and mailto links as written', () => {
    expect(links(plan('<p><a href="/2023/05/02/plain/">قديم</a> <a href="mailto:desk@old.example">راسلونا</a></p>'))).toEqual([
      ['/2023/05/02/plain/', 'قديم'],
      ['mailto:desk@old.example', 'راسلونا'],
    ]);
  });

  it('keeps as text, and reports, a link to no web address: a broken host, credentials, a relative one in a post without an address', () => {
    const broken = plan('<p><a href="http://exa mple.com/">مكسور</a> <a href="https://user:secret@old.example/">سري</a> <a href="javascript:alert(1)">نص</a></p>');
    expect(links(broken)).toEqual([]);
    expect(JSON.stringify(broken.body)).toContain('مكسور');
    expect(broken.notes).toEqual([{ code: 'kept-as-text', detail: expect.stringMatching(/^2 links to no web address \("http:\/\/exa mple\.com\/", "https:\/\/user:secret@old\.example\/"\): kept as text$/) }]);
    const orphan = plan('<p><a href="#notes">الحواشي</a></p>', '');
    expect(links(orphan)).toEqual([]);
    expect(orphan.notes).toContainEqual({ code: 'kept-as-text', detail: 'a link to no web address ("#notes"): kept as text' });
  });

  it('resolves an image’s source to fetch it, and the link around it', () => {
    const p = plan('<p><a href="?attachment_id=9"><img src="/wp-content/uploads/2024/07/cover.jpg" alt="غلاف"></a></p>');
    expect(p.body).toContainEqual(
      expect.objectContaining({
        pending: 'media',
        src: 'https://old.example/wp-content/uploads/2024/07/cover.jpg',
        link: [{ type: 'link', url: 'https://old.example/2024/07/31/%D9%85%D8%A7%D9%84%D9%8A/?attachment_id=9', children: [{ type: 'text', text: 'غلاف' }] }],
      })
    );
  });
});
