import fc from 'fast-check';
import { isolateOppositeRuns, isolatePlain, neutralizeBidiControls } from './bidi';
import { textDirection } from './direction';
import { fixtureArticleLines } from '../../../tests/helpers/fixture-lines';
import { BIDI_NEWS } from '../../../tests/fixtures/bidi-news';
import { newsroomText } from '../../../tests/helpers/newsroom-text';
import { bidiClassName } from './bidi-class';

// Unicode Bidirectional Algorithm (bidi-js, Unicode 13 data) as an independent oracle of visual order.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bidiJs = require('bidi-js')();

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

/** Plain text of isolated HTML with each `<bdi dir>` as LRI/RLI … PDI, and where each bdi starts and ends in the plain text. */
function isolatesOf(html: string): { marked: string; boundaries: number[] } {
  let marked = '';
  let plainLength = 0;
  const boundaries: number[] = [];
  for (const [, open, dir, close, textPart] of html.matchAll(/(<bdi dir="(ltr|rtl)">)|(<\/bdi>)|([^<]+)/g)) {
    if (open) marked += dir === 'ltr' ? '\u2066' : '\u2067';
    else if (close) marked += '\u2069';
    else {
      const plain = unescape(textPart);
      marked += plain;
      plainLength += plain.length;
      continue;
    }
    boundaries.push(plainLength);
  }
  return { marked, boundaries };
}

/** Letters, marks, digits and joiners: what a word is made of (tatweel is a letter, Lm). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;
const strongSide = (ch: string) => {
  const cls = bidiClassName(ch.codePointAt(0) as number);
  return cls === 'L' ? 'L' : cls === 'R' || cls === 'AL' ? 'R' : null;
};

/** Visual order (indexes of the visible characters, left to right) of a paragraph of direction `dir`, by bidi-js. */
function visualOrder(text: string, dir: 'ltr' | 'rtl'): string {
  const levels = bidiJs.getEmbeddingLevels(text, dir);
  const order: number[] = bidiJs.getReorderedIndices(text, levels);
  return order.filter((i) => !/[\u2066-\u2069]/.test(text[i])).map((i) => text[i]).join('');
}

describe('isolateOppositeRuns on Gulf and Levant news copy (tests/fixtures/bidi-news.ts)', () => {
  it.each(BIDI_NEWS.map((p) => [p.text, p]))('isolates exactly the runs a reader expects in %j', (_, { text, dir, runs }) => {
    expect(bdis(isolateOppositeRuns(text, dir)).map((run) => unescape(run))).toEqual(runs.map((run) => `${dir === 'rtl' ? 'ltr' : 'rtl'}:${run}`));
  });

  it.each(BIDI_NEWS.map((p) => [p.text, p]))('never starts or ends an isolate inside a word of one direction in %j', (_, { text, dir }) => {
    const { boundaries } = isolatesOf(isolateOppositeRuns(text, dir));
    const splits = boundaries
      .filter((at) => at > 0 && at < text.length && WORD_CHAR.test(text[at - 1]) && WORD_CHAR.test(text[at]))
      // A word that changes direction (لـCNN) is two runs by nature: the boundary falls where the direction changes.
      .filter((at) => !(strongSide(text[at - 1]) && strongSide(text[at]) && strongSide(text[at - 1]) !== strongSide(text[at])))
      .map((at) => `${text.slice(Math.max(0, at - 6), at)}|${text.slice(at, at + 6)}`);
    expect(splits).toEqual([]);
  });

  it('never starts or ends an isolate between two strong characters of a word of one direction, whatever the text (property)', () => {
    const WORD = /[\p{L}\p{M}\p{N}]/u;
    fc.assert(
      fc.property(newsroomText, fc.constantFrom('rtl' as const, 'ltr' as const), (raw, dir) => {
        const text = neutralizeBidiControls(raw);
        const chars = Array.from(text);
        const charAt = new Map<number, number>();
        chars.reduce((unit, c, i) => (charAt.set(unit, i), unit + c.length), 0);
        for (const unit of isolatesOf(isolateOppositeRuns(text, dir)).boundaries) {
          const at = charAt.get(unit);
          if (at === undefined || at === 0 || !WORD.test(chars[at - 1]) || !WORD.test(chars[at])) continue;
          let start = at;
          while (start > 0 && WORD.test(chars[start - 1])) start -= 1;
          let end = at;
          while (end < chars.length && WORD.test(chars[end])) end += 1;
          // Strong characters on both sides of the boundary, all of one direction: the isolate cut a word.
          const before = new Set(chars.slice(start, at).map(strongSide).filter(Boolean));
          const after = new Set(chars.slice(at, end).map(strongSide).filter(Boolean));
          expect(before.size && after.size && new Set([...before, ...after]).size === 1 ? chars.slice(start, end).join('') : null).toBeNull();
        }
      }),
      { numRuns: 2000 }
    );
  });

  it('never isolates a tatweel inside Arabic text', () => {
    for (const { text } of BIDI_NEWS.filter((p) => p.dir === 'rtl')) expect(bdis(isolateOppositeRuns(text, 'rtl')).filter((run) => run.includes('\u0640'))).toEqual([]);
    expect(isolateOppositeRuns('مـعـرض', 'rtl')).toBe('مـعـرض');
    expect(isolateOppositeRuns('لـ«المدينة»', 'rtl')).toBe('لـ«المدينة»');
  });

  it('shows every paragraph in the same visual order as its plain text (bidi-js as the oracle)', () => {
    const differ = BIDI_NEWS.filter(({ text, dir }) => visualOrder(isolatesOf(isolateOppositeRuns(text, dir)).marked, dir) !== visualOrder(text, dir));
    expect(differ.map((p) => p.text)).toEqual([]);
    // The oracle sees a change of order: a number leading a Latin word is isolated with it on purpose, so "5 km" reads as one unit.
    const unit = 'على بعد 5 km من المدينة';
    expect(visualOrder(isolatesOf(isolateOppositeRuns(unit, 'rtl')).marked, 'rtl')).not.toBe(visualOrder(unit, 'rtl'));
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
