import { blocksToPlainText } from './blocks-text';

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
});
