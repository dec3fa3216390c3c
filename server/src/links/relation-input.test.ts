import { readRelationInput } from './relation-input';

describe('readRelationInput', () => {
  it('reads the shapes Strapi accepts', () => {
    expect(readRelationInput(['abc', 7, '8', { documentId: 'def', locale: 'ar' }, { id: 9 }]).refs).toEqual([
      { documentId: 'abc' },
      { id: 7 },
      { id: 8 },
      { documentId: 'def', locale: 'ar' },
      { id: 9 },
    ]);
    expect(readRelationInput({ connect: [], disconnect: [] })).toEqual({ unchanged: true, refs: [] });
    expect(readRelationInput({ set: ['x'] }).refs).toEqual([{ documentId: 'x' }]);
    expect(readRelationInput(undefined).unchanged).toBe(true);
  });

  // Found by the hostile suite (seed 20261202): PostgreSQL answered 500 to `id IN (-4.8e66)`.
  it.each([[-4.803555962730233e66], [1.5], [0], [-3], [true], [''], ['99999999999999999999'], [[1]], [{}]])('marks %p as naming no usable article', (item) => {
    expect(readRelationInput([item]).refs).toEqual([{ invalid: true }]);
  });
});
