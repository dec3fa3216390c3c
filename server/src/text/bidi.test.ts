import fc from 'fast-check';
import { isolateOppositeRuns, isolatePlain, neutralizeBidiControls } from './bidi';
import { textDirection } from './direction';
import { richTextToHtml } from './rich-text-html';
import { fixtureArticleLines } from '../../../tests/helpers/fixture-lines';

const bdis = (html: string) => [...html.matchAll(/<bdi dir="(ltr|rtl)">(.*?)<\/bdi>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('isolateOppositeRuns', () => {
  it.each([
    ['قاله قائد في CSP-DPA، قُتل', ['ltr:CSP-DPA']],
    ['وكما كشفت شبكة CNN، فقد', ['ltr:CNN']],
    ['صحيفة Kyiv Post الأوكرانية', ['ltr:Kyiv Post']],
    ['زوروا https://example.com/a?b=1. الآن', ['ltr:https://example.com/a?b=1']],
    ['راسلوا info@example.org، شكرا', ['ltr:info@example.org']],
    ['على بعد 5 km من المدينة', ['ltr:5 km']],
    ['لقاح COVID-19 متوفر', ['ltr:COVID-19']],
    ['في 27 يوليو 2023 وقعت', []],
  ])('isolates the Latin runs of %j inside RTL text', (text, runs) => {
    expect(bdis(isolateOppositeRuns(text, 'rtl'))).toEqual(runs);
  });

  it('isolates Arabic, Hebrew, Persian and Urdu runs inside LTR text', () => {
    expect(bdis(isolateOppositeRuns('The sign read مرحبا بكم, then שלום.', 'ltr'))).toEqual(['rtl:مرحبا بكم', 'rtl:שלום']);
    expect(bdis(isolateOppositeRuns('Say سلام دنیا and خوش آمدید!', 'ltr'))).toEqual(['rtl:سلام دنیا', 'rtl:خوش آمدید']);
  });

  it('keeps trailing punctuation outside the isolate so it lands on the Arabic side', () => {
    expect(isolateOppositeRuns('شبكة CNN.', 'rtl')).toBe('شبكة <bdi dir="ltr">CNN</bdi>.');
  });

  it('isolates every Latin acronym of the fixture article', () => {
    const runs = fixtureArticleLines().flatMap((line) => bdis(isolateOppositeRuns(line, 'rtl')));
    expect(runs.filter((r) => r === 'ltr:CSP-DPA')).toHaveLength(6);
    expect(runs).toContain('ltr:CNN');
    expect(runs.every((r) => r.startsWith('ltr:'))).toBe(true);
  });

  it('escapes everything it outputs, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('rtl' as const, 'ltr' as const), (text, dir) => {
        const html = isolateOppositeRuns(text, dir);
        const withoutTags = html.replace(/<\/?bdi( dir="(ltr|rtl)")?>/g, '');
        expect(withoutTags).not.toMatch(/[<>"]/);
        expect(withoutTags.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(unescape(withoutTags)).toBe(neutralizeBidiControls(text));
      })
    );
  });
});

const unescape = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('bidi controls', () => {
  it('neutralises embeddings, overrides and isolates in rendered text only', () => {
    expect(neutralizeBidiControls('a\u202Eb\u202Ac\u2066d\u2069')).toBe('abcd');
    expect(isolatePlain('CNN \u202Eقالت')).toBe('\u2068CNN قالت\u2069');
  });

  it('makes any isolated text neutral to its surroundings (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(textDirection(`${isolatePlain(text)}`)).toBeNull();
      })
    );
  });
});

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
