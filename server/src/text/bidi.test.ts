import fc from 'fast-check';
import { isolateOppositeRuns, isolatePlain, neutralizeBidiControls } from './bidi';
import { textDirection } from './direction';
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
