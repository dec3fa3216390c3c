import fc from 'fast-check';
import { fixtureArticleLines } from '../../../tests/helpers/fixture-lines';
import { applyFixes, lintText } from './lint';

describe('typography lint', () => {
  it.each([
    ['latin-punctuation', 'قالت الصحيفة, ثم أضافت; هل هذا صحيح?', 'قالت الصحيفة، ثم أضافت؛ هل هذا صحيح؟'],
    ['space-before-punctuation', 'انه محق ؟ نعم ، بالتأكيد', 'انه محق؟ نعم، بالتأكيد'],
    ['double-space', 'خبر  عاجل   الآن', 'خبر عاجل الآن'],
    ['tatweel', 'العـــربية', 'العربية'],
    ['quotes', 'قال ” لدينا علاقات »، ثم', 'قال «لدينا علاقات»، ثم'],
    ['quotes', 'قال “الصفقات” تجري', 'قال «الصفقات» تجري'],
    ['quotes', 'He said ”hello“ twice.', 'He said “hello” twice.'],
    // A tatweel dash is Arabic (Bidi_Class AL), and a first paragraph of digits decides nothing: the text is right to left.
    ['quotes', 'ـ في الاتحاد: قال مسؤول “سنبدأ غداً”', 'ـ في الاتحاد: قال مسؤول «سنبدأ غداً»'],
    ['quotes', '2024\nقال مسئول “لا تعليق”', '2024\nقال مسئول «لا تعليق»'],
  ])('%s: fixes %j when asked', (rule, text, fixed) => {
    const issues = lintText(text).filter((i) => i.rule === rule);
    expect(issues.length).toBeGreaterThan(0);
    expect(applyFixes(text, issues)).toBe(fixed);
  });

  it('leaves numbers, well-formed Arabic quotes and clean text alone', () => {
    expect(lintText('بلغ العدد 1,000 شخص و2.5 مليون «تماماً» كما قيل.')).toEqual([]);
  });

  it('reports the fixture’s reversed and mixed quotes and Latin comma, and fixes nothing by itself', () => {
    const lines = fixtureArticleLines();
    const rules = lines.flatMap((line) => lintText(line).map((i) => i.rule));
    expect(rules).toEqual(expect.arrayContaining(['quotes', 'latin-punctuation', 'space-before-punctuation']));
    const line = lines.find((l) => l.includes('” لدينا'))!;
    expect(applyFixes(line, lintText(line))).toContain('«لدينا علاقات مع الأوكرانيين، ولكن كما لدينا مع الجميع، الفرنسيين والأميركيين وغيرهم»،');
  });

  it('reports a stray quote without offering a fix', () => {
    const issues = lintText('مؤكد » ليست هذه تدريبات');
    expect(issues).toEqual([{ rule: 'quotes', start: 5, end: 6, found: '»', edits: [] }]);
  });

  it('reports deeply nested quotes in size linear in the text: pairs inside 8 or more open quotes show an abbreviated span', () => {
    const depth = 2000;
    const text = ' «x'.repeat(depth) + ' x”'.repeat(depth);
    const issues = lintText(text);
    expect(issues).toHaveLength(depth);
    expect(issues[0].found).toBe(text.slice(1));
    const deep = issues.find((issue) => issue.start === 1 + 3 * 8)!;
    expect(deep.found).toBe(`${text.slice(deep.start, deep.start + 20)}…${text.slice(deep.end - 20, deep.end)}`);
    // Full spans for every pair would be depth × length / 2: a thousand times the text here.
    expect(issues.reduce((size, issue) => size + issue.found.length, 0)).toBeLessThan(20 * text.length);
    expect(applyFixes(text, issues)).toBe(text.replaceAll('«', '“'));
  });

  it('applies any selection of fixes without corrupting the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('قال', ' ', '  ', '“', '”', '«', '»', ',', '?', 'ـ', 'CNN', '1,5', '،'), { maxLength: 30 }), fc.array(fc.boolean()), (parts, picks) => {
        const text = parts.join('');
        const issues = lintText(text);
        const chosen = issues.filter((_, i) => picks[i % Math.max(1, picks.length)] ?? true);
        const fixed = applyFixes(text, chosen);
        expect(typeof fixed).toBe('string');
        expect(applyFixes(text, [])).toBe(text);
      })
    );
  });
});
