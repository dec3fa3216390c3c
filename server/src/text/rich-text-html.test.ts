import fc from 'fast-check';
import { richTextToHtml } from './rich-text-html';

describe('richTextToHtml', () => {
  const p = (...children: object[]) => ({ type: 'paragraph', children });
  const t = (text: string, marks: object = {}) => ({ type: 'text', text, ...marks });

  it('sets dir per block from its own text and isolates opposite runs', () => {
    const html = richTextToHtml([p(t('قالت شبكة CNN إن')), p(t('CNN said so'))], 'rtl');
    expect(html).toBe('<p dir="rtl">قالت شبكة <bdi dir="ltr">CNN</bdi> إن</p><p dir="ltr">CNN said so</p>');
  });

  it('renders marks, links, lists, headings and quotes, and drops unsafe URLs', () => {
    const html = richTextToHtml(
      [
        p(t('عريض', { bold: true }), t(' '), { type: 'link', url: 'https://example.com', children: [t('رابط')] }, { type: 'link', url: 'javascript:alert(1)', children: [t('خطر')] }),
        { type: 'heading', level: 3, children: [t('عنوان')] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [t('أول')] }] },
        { type: 'quote', children: [t('اقتباس')] },
        { type: 'image', image: { url: 'javascript:x', alternativeText: 'x' } },
        { type: 'unknown-node', children: [t('x')] },
      ],
      'rtl'
    );
    expect(html).toBe(
      '<p dir="rtl"><strong>عريض</strong> <a href="https://example.com">رابط</a>خطر</p>' +
        '<h3 dir="rtl">عنوان</h3><ol dir="rtl"><li dir="rtl">أول</li></ol><blockquote dir="rtl">اقتباس</blockquote>'
    );
  });

  it('renders links nested 100,000 deep (it walks them without recursion)', () => {
    let node: object = t('نص');
    for (let i = 0; i < 100_000; i += 1) node = { type: 'link', url: '/', children: [node] };
    expect(richTextToHtml([p(node)], 'ltr')).toBe(`<p dir="rtl">${'<a href="/">'.repeat(100_000)}نص${'</a>'.repeat(100_000)}</p>`);
  });

  it('never lets text become markup (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const html = richTextToHtml([p(t(a), { type: 'link', url: b, children: [t(a)] })], 'rtl');
        const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
        expect(tags.every((tag) => ['p', 'bdi', 'a'].includes(tag))).toBe(true);
      })
    );
  });
});
