import { countWords, readingTimeMinutes } from './count';
import { normalizeForSearch } from './normalize';
import { blocksToPlainText, plainTextToBlocks } from './blocks-text';

describe('countWords', () => {
  it('counts Arabic, Latin runs and numbers as words, not punctuation', () => {
    expect(countWords('يوم السبت 27 يوليو، تعرضت قافلة (CSP-DPA).')).toBe(8);
    expect(countWords('')).toBe(0);
    expect(countWords('«» — ؟')).toBe(0);
  });
});

describe('countWords on long text', () => {
  it('counts a long text (chunked internally) exactly as the sum of its paragraphs', () => {
    const paragraph = 'يوم السبت 27 يوليو، تعرضت قافلة من الجيش المالي (CSP-DPA) لكمين. ';
    const long = paragraph.repeat(2000);
    expect(long.length).toBeGreaterThan(4096 * 10);
    expect(countWords(long)).toBe(countWords(paragraph) * 2000);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds to whole minutes, at least one for any text', () => {
    expect(readingTimeMinutes(0)).toBe(0);
    expect(readingTimeMinutes(10)).toBe(1);
    expect(readingTimeMinutes(360, 180)).toBe(2);
    expect(readingTimeMinutes(450, 180)).toBe(3);
  });
});

describe('normalizeForSearch', () => {
  it('folds hamza forms, taa marbuta, alef maqsura, tatweel, tashkeel and digits', () => {
    expect(normalizeForSearch('أَنْظُرْ إلى آخر القُـــرى ٢٠٢٤')).toBe('انظر الي اخر قري 2024');
    expect(normalizeForSearch('مدرسة')).toBe(normalizeForSearch('مدرسه'));
  });

  it('is idempotent', () => {
    for (const text of ['إقرأ أيضاً | وفي مالي', 'CSP-DPA «مالي»', 'تَشْكِيل ۱۲۳']) {
      const once = normalizeForSearch(text);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });
});

describe('blocks text', () => {
  it('round-trips plain paragraphs and reads nested links and lists', () => {
    expect(blocksToPlainText(plainTextToBlocks('سطر أول\nسطر ثان'))).toBe('سطر أول\nسطر ثان');
    const blocks = [
      { type: 'paragraph', children: [{ type: 'text', text: 'انظر ' }, { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'هنا' }] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'أ' }] }, { type: 'list-item', children: [{ type: 'text', text: 'ب' }] }] },
    ];
    expect(blocksToPlainText(blocks)).toBe('انظر هنا\nأ\nب');
    expect(blocksToPlainText(null)).toBe('');
    expect(blocksToPlainText([{ nope: true }])).toBe('');
  });
});
