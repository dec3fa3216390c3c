import { growthRatio, LINEAR_BOUND } from '../../../tests/helpers/growth';
import { foldMarker, readAlsoLine } from './read-also';

describe('readAlsoLine', () => {
  it.each([
    ['إقرأ أيضاً | وفي مالي، منيت القوات', 'read-also', 'وفي مالي، منيت القوات'],
    ['اقرأ أيضا: مالي: صور أول هزيمة', 'read-also', 'مالي: صور أول هزيمة'],
    ['إقرأ أيضًا — عنوان', 'read-also', 'عنوان'],
    ['اقـرأ أيضـاً | عنوان بتطويل', 'read-also', 'عنوان بتطويل'],
    ['أنظر أيضا | مالي: صور أول هزيمة كبرى لفاغنر', 'see-also', 'مالي: صور أول هزيمة كبرى لفاغنر'],
    ['انظر أيضاً: عنوان', 'see-also', 'عنوان'],
    ['Read also: Wagner’s first big defeat', 'read-also', 'Wagner’s first big defeat'],
    ['See also | A block-editor post', 'see-also', 'A block-editor post'],
    ['READ ALSO', 'read-also', ''],
  ])('reads %p as a %s line titled %p', (text, kind, title) => {
    expect(readAlsoLine(text)).toEqual({ kind, title });
  });

  it.each(['وفي مالي، اقرأ أيضا هذا', 'Read alsothis', 'Readers also said', 'إقرأ أيضاًكم', ''])('leaves %p as a paragraph', (text) => {
    expect(readAlsoLine(text)).toBeNull();
  });

  it('folds hamza seats, tashkeel, tatweel and alef maqsura in linear time', () => {
    expect(foldMarker('إِقْرَأْ أيضـاً')).toBe('اقرا ايضا');
    const line = (n: number) => `اقرأ أيضا | ${'ا'.repeat(n)}`;
    expect(readAlsoLine(line(200_000))?.title).toHaveLength(200_000);
    expect(growthRatio(line, readAlsoLine)).toBeLessThan(LINEAR_BOUND);
  });
});
