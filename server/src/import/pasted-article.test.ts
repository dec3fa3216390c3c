import { articleWriteProblems } from '../document-middlewares/steps/validate-article';
import { PASTED_TITLES } from '../../../tests/fixtures/pasted-titles';
import { neutralisePastedArticle } from './pasted-article';

const paragraph = (text: string) => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

describe('neutralisePastedArticle', () => {
  it('cleans every text field an import carries, so the write path accepts it, and says what it changed', () => {
    const imported = {
      title: PASTED_TITLES[0].pasted,
      kicker: 'عاجل\t',
      byline: '\u202Bمراسل الاتحاد\u202C',
      standfirst: 'المسئول يؤكد\r\nلا تصعيد',
      keywords: ['مالي', 'فاغنر\u0093'],
      body: [
        paragraph('وفي مقاطع الفيديو\u202B التي نشرتها الحركة\u202C يظهر مقاتلون'),
        { __component: 'newsroom.intertitle', text: 'طائرات بدون طيار\nمحلية الصنع' },
        { __component: 'newsroom.quote', text: 'لن نتراجع\r\nأبداً', attribution: '\u202Aمتحدث باسم CSP-DPA\u202C' },
        { __component: 'newsroom.embed', url: 'https://example.org/v/1', caption: 'فيديو\tالمعركة' },
      ],
      allowComments: true,
    };
    expect(articleWriteProblems(imported, true).map((p) => p.path.join('.'))).toEqual(
      expect.arrayContaining(['title', 'kicker', 'keywords.1'])
    );

    const { data, changes } = neutralisePastedArticle(imported);
    expect(articleWriteProblems(data, true)).toEqual([]);
    expect(data).toMatchObject({
      title: PASTED_TITLES[0].clean,
      kicker: 'عاجل',
      byline: 'مراسل الاتحاد',
      standfirst: 'المسئول يؤكد\nلا تصعيد',
      keywords: ['مالي', 'فاغنر'],
      allowComments: true,
    });
    expect(data.body[0]).toEqual(paragraph('وفي مقاطع الفيديو التي نشرتها الحركة يظهر مقاتلون'));
    expect(data.body[1]).toEqual({ __component: 'newsroom.intertitle', text: 'طائرات بدون طيار محلية الصنع' });
    expect(data.body[2]).toEqual({ __component: 'newsroom.quote', text: 'لن نتراجع\nأبداً', attribution: 'متحدث باسم CSP-DPA' });
    expect(data.body[3]).toMatchObject({ caption: 'فيديو المعركة', url: 'https://example.org/v/1' });
    expect(changes.map((c) => [c.path.join('.'), c.problems])).toEqual([
      ['title', ['bidi-embedding']],
      ['kicker', ['line-break']],
      ['byline', ['bidi-embedding']],
      ['standfirst', ['line-break']],
      ['keywords.1', ['control']],
      ['body.0.text.0.children.0.text', ['bidi-embedding']],
      ['body.1.text', ['line-break']],
      ['body.2.attribution', ['bidi-embedding']],
      ['body.2.text', ['line-break']],
      ['body.3.caption', ['line-break']],
    ]);
    // The input is left as it was.
    expect(imported.kicker).toBe('عاجل\t');
    expect((imported.body[0] as ReturnType<typeof paragraph>).text[0].children[0].text).toContain('\u202B');
  });

  it('returns clean data as it is, with no changes', () => {
    const clean = { title: 'ـ في الاتحاد: الشؤون الخارجية', body: [paragraph('نص عادي')] };
    const { data, changes } = neutralisePastedArticle(clean);
    expect(changes).toEqual([]);
    expect(data).toEqual(clean);
  });
});
