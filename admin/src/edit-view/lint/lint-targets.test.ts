import { fixedValue, lintTarget, lintTargets } from './lint-targets';

const paragraph = (...leaves: { text: string; bold?: boolean }[]) => ({
  __component: 'newsroom.paragraph',
  text: [{ type: 'paragraph', children: leaves.map((leaf) => ({ type: 'text', ...leaf })) }],
});

const values = {
  title: 'هل تنقل CNN صور المعركة?',
  standfirst: 'قال  الناطق',
  body: [
    paragraph({ text: 'كتب ' }, { text: 'مرحبا', bold: true }, { text: ' ثم, انتهى' }),
    { __component: 'newsroom.media', caption: 'صورة?' },
    'junk',
    { __component: 'newsroom.quote', text: 'قال الرجل', attribution: 'x' },
  ],
};

describe('lintTargets', () => {
  it('lints the title, the standfirst and the body’s prose blocks, in reading order, by their form paths', () => {
    expect(lintTargets(values).map(({ path, kind, field, block }) => ({ path, kind, field, block }))).toEqual([
      { path: 'title', kind: 'string', field: 'title', block: undefined },
      { path: 'standfirst', kind: 'string', field: 'standfirst', block: undefined },
      { path: 'body.0.text', kind: 'blocks', field: 'block', block: 1 },
      { path: 'body.3.text', kind: 'string', field: 'block', block: 4 },
    ]);
  });
});

describe('lintTarget', () => {
  const [title, standfirst, body, quote] = lintTargets(values);

  it('finds the issues of a plain-text field, each with its fix', () => {
    expect(lintTarget(title).map(({ issue, fixable }) => [issue.rule, issue.found, fixable])).toEqual([['latin-punctuation', '?', true]]);
    expect(lintTarget(standfirst).map(({ issue }) => issue.rule)).toEqual(['double-space']);
    expect(lintTarget(quote)).toEqual([]);
  });

  it('lints rich text block by block, across bold runs', () => {
    expect(lintTarget(body).map(({ at, issue }) => [at, issue.rule, issue.found])).toEqual([[0, 'latin-punctuation', ',']]);
  });

  it('finds nothing in a value that is not text', () => {
    expect(lintTarget({ ...title, value: 42 })).toEqual([]);
  });
});

describe('fixedValue', () => {
  const [title, , body] = lintTargets(values);

  it('fixes a plain-text field from its current value', () => {
    const [issue] = lintTarget(title);
    expect(fixedValue(issue, 'هل تنقل CNN صور المعركة?')).toBe('هل تنقل CNN صور المعركة؟');
  });

  it('fixes rich text in place, keeping the formatting', () => {
    const [issue] = lintTarget(body);
    expect(fixedValue(issue, body.value)).toEqual(paragraph({ text: 'كتب ' }, { text: 'مرحبا', bold: true }, { text: ' ثم، انتهى' }).text);
  });

  it('is null once the editor has fixed the issue another way', () => {
    const [issue] = lintTarget(title);
    expect(fixedValue(issue, 'هل تنقل CNN صور المعركة؟')).toBeNull();
    expect(fixedValue(issue, null)).toBeNull();
  });
});
