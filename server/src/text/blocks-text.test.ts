import { blocksToPlainText, type BlockNode } from './blocks-text';

describe('blocks text', () => {
  it('reads paragraphs one per line, with nested links and lists', () => {
    const paragraphs = ['سطر أول', 'سطر ثان'].map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
    expect(blocksToPlainText(paragraphs)).toBe('سطر أول\nسطر ثان');
    const blocks = [
      { type: 'paragraph', children: [{ type: 'text', text: 'انظر ' }, { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'هنا' }] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'أ' }] }, { type: 'list-item', children: [{ type: 'text', text: 'ب' }] }] },
    ];
    expect(blocksToPlainText(blocks)).toBe('انظر هنا\nأ\nب');
    expect(blocksToPlainText(null)).toBe('');
    expect(blocksToPlainText([{ nope: true }])).toBe('');
  });

  it('reads a tree nested 100,000 deep (it is walked without recursion)', () => {
    let node: BlockNode = { type: 'text', text: 'نص' };
    for (let i = 0; i < 100_000; i += 1) node = { type: 'link', url: '/', children: [node] };
    expect(blocksToPlainText([{ type: 'paragraph', children: [node] }])).toBe('نص');
  });
});
