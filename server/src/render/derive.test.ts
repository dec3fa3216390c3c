import { countWords } from '../text';
import { articleWordCount, decideArticleDirection, deriveArticle } from './derive';

const TITLE = 'هل تنقل CNN صور معركة تنسيقية الأزواد الأخيرة؟';
const PARAGRAPH = 'قالت الحركة إن الصور التي نشرتها القناة قديمة.';
const article = {
  title: TITLE,
  standfirst: 'تحقق من الصور',
  direction: 'auto',
  body: [
    { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: PARAGRAPH }] }] },
    { __component: 'newsroom.media', caption: 'صورة من الأرشيف لا تُعدّ' },
    { __component: 'newsroom.quote', text: 'لم نكن هناك', attribution: 'متحدث' },
  ],
};

describe('articleWordCount', () => {
  it('counts the title, the standfirst and the body’s text blocks, not captions', () => {
    expect(articleWordCount(article, 'ar')).toBe(countWords(`${TITLE}\nتحقق من الصور\n${PARAGRAPH}\nلم نكن هناك متحدث`, 'ar'));
  });

  it('is what the write path stores', () => {
    expect(deriveArticle(article, 'ar', 200).wordCount).toBe(articleWordCount(article, 'ar'));
  });

  it('counts an empty form as nothing', () => {
    expect(articleWordCount({}, null)).toBe(0);
  });
});

describe('decideArticleDirection', () => {
  it('says what decided the direction the write path stores', () => {
    expect(decideArticleDirection(article, 'ar')).toEqual({ dir: 'rtl', reason: 'locale' });
    expect(decideArticleDirection({ ...article, direction: 'ltr' }, 'ar')).toEqual({ dir: 'ltr', reason: 'setting' });
    expect(decideArticleDirection(article, null)).toEqual({ dir: 'rtl', reason: 'text' });
    expect(decideArticleDirection({ title: '2024', body: article.body }, null)).toEqual({ dir: 'ltr', reason: 'fallback' });
    expect(deriveArticle({ ...article, direction: 'ltr' }, 'ar', 200).renderCache.dir).toBe('ltr');
  });

  it('reads the title and the standfirst only', () => {
    expect(decideArticleDirection({ title: '', standfirst: 'Mali', body: article.body }, null)).toEqual({ dir: 'ltr', reason: 'text' });
  });
});
