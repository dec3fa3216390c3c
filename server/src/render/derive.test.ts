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

describe('direction and isolation on Gulf news copy (Bidi_Class)', () => {
  const gulf = {
    title: 'ـ في الاتحاد: CNN تنقل عن مسئول أن مـعـرض الكتاب يفتتح غداً',
    standfirst: 'ـــ دبي: قال مسؤول لـ«المدينة» إن نسبة الإشغال بلغت 87% في 2023.',
    direction: 'auto',
    body: [
      { __component: 'newsroom.intertitle', text: 'مـعـرض الشارقة في دورته الـ42' },
      { __component: 'newsroom.quote', text: '؟ What did CNN say', attribution: 'ـ متحدث باسم الوزارة' },
      { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: '2024\nالعام الذي شهد انتخابات في أكثر من 60 دولة' }] }] },
    ],
  };

  it('reads a title that opens with a tatweel dash as right-to-left', () => {
    expect(decideArticleDirection(gulf, null)).toEqual({ dir: 'rtl', reason: 'text' });
  });

  it('stores HTML where no tatweel is isolated and every block has the direction of its text', () => {
    const { renderCache } = deriveArticle({ ...gulf, direction: 'ltr' }, 'en', 200);
    expect(renderCache.standfirstHtml).toBe('<p dir="rtl">ـــ دبي: قال مسؤول لـ«المدينة» إن نسبة الإشغال بلغت 87% في 2023.</p>');
    expect(renderCache.blocks.map((b) => b?.dir)).toEqual(['rtl', 'rtl', 'rtl']);
    expect(renderCache.blocks[0]?.html).toBe('<h2 dir="rtl">مـعـرض الشارقة في دورته الـ42</h2>');
    expect(renderCache.blocks[1]?.html).toContain('<p>؟ <bdi dir="ltr">What did CNN say</bdi></p>');
    expect(renderCache.blocks[1]?.html).toContain('<cite dir="rtl">ـ متحدث باسم الوزارة</cite>');
  });
});
