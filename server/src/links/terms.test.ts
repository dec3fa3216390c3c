import { idf, indexTerms, recencyFactor } from './terms';

describe('indexTerms', () => {
  it('keeps significant words, drops stop words and numbers, adds section and keywords', () => {
    const terms = indexTerms({
      searchText: 'في مالي، هزيمة فاغنر في مالي أمام المتمردين عام 2024 من أجل مالي',
      section: 'أفريقيا',
      keywords: ['فاغنر', 'الساحل الأفريقي'],
    });
    const names = terms.map((t) => t.term);
    // Read by the search analyser: stop words out, article off, light-stemmed (مالي → مال, المتمردين → متمرد).
    expect(names[0]).toBe('مال');
    expect(names).toEqual(expect.arrayContaining(['هزيم', 'فاغنر', 'متمرد', '§افريق', '#فاغنر', '#ساحل_افريق']));
    expect(names).not.toContain('في');
    expect(names).not.toContain('2024');
  });

  it('weights repeated words higher, with diminishing returns', () => {
    const terms = indexTerms({ searchText: 'مالي مالي مالي مالي فاغنر' });
    const w = Object.fromEntries(terms.map((t) => [t.term, t.weight]));
    expect(w['مال']).toBeGreaterThan(w['فاغنر']);
    expect(w['مال']).toBeLessThan(4 * w['فاغنر']);
  });
});

describe('idf and recency', () => {
  it('makes rare terms count more and prefers recent articles mildly', () => {
    expect(idf(20000, 3)).toBeGreaterThan(idf(20000, 3000));
    const now = new Date('2025-01-01T00:00:00Z');
    expect(recencyFactor('2025-01-01T00:00:00Z', now)).toBeCloseTo(1);
    expect(recencyFactor('2020-01-01T00:00:00Z', now)).toBeCloseTo(0.7);
  });
});
