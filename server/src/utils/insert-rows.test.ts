import { growthRatio, LINEAR_BOUND } from '../../../tests/helpers/growth';
import { rowChanges } from './insert-rows';

const row = (id: number, term: string, frequency: number | string) => ({ id, term, frequency });

describe('rowChanges', () => {
  it('rewrites nothing when the stored rows are the wanted ones, in any order and with numbers stored as text', () => {
    const stored = [row(1, 'مسؤول', 3), row(2, 'cnn', '1'), row(3, '2023', 2)];
    const wanted = [{ term: '2023', frequency: 2 }, { term: 'مسؤول', frequency: 3 }, { term: 'cnn', frequency: 1 }];
    expect(rowChanges(stored, wanted, ['term', 'frequency'])).toEqual({ remove: [], add: [] });
  });

  it('deletes what went or changed and inserts what came or changed', () => {
    const stored = [row(1, 'مسؤول', 3), row(2, 'cnn', 1), row(3, 'قديم', 1)];
    const wanted = [{ term: 'مسؤول', frequency: 4 }, { term: 'cnn', frequency: 1 }, { term: 'جديد', frequency: 2 }];
    const changes = rowChanges(stored, wanted, ['term', 'frequency']);
    expect(changes.remove.sort()).toEqual([1, 3]);
    expect(changes.add).toEqual([{ term: 'مسؤول', frequency: 4 }, { term: 'جديد', frequency: 2 }]);
  });

  it('deletes a stored duplicate and keeps one; inserts every wanted row when nothing is stored; deletes all when nothing is wanted', () => {
    expect(rowChanges([row(1, 'a', 1), row(2, 'a', 1)], [{ term: 'a', frequency: 1 }], ['term', 'frequency'])).toEqual({ remove: [2], add: [] });
    expect(rowChanges([], [{ term: 'a', frequency: 1 }], ['term', 'frequency'])).toEqual({ remove: [], add: [{ term: 'a', frequency: 1 }] });
    expect(rowChanges([row(7, 'a', 1), row(8, 'b', 1)], [], ['term', 'frequency'])).toEqual({ remove: [7, 8], add: [] });
  });

  it('compares only the columns named (a key column holding the same text is one row)', () => {
    expect(rowChanges([{ id: 4, key: 'تزامن', extra: 'x' }], [{ key: 'تزامن' }], ['key'])).toEqual({ remove: [], add: [] });
  });

  it('is linear: 8× the rows cost about 8× the time, not 64×', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i, `t${i}`, i % 7));
    // n stored rows, and the same n wanted in the reverse order.
    const make = (n: number) => ({ stored: rows(n), wanted: rows(n).reverse().map(({ term, frequency }) => ({ term, frequency })) });
    expect(growthRatio(make, ({ stored, wanted }) => rowChanges(stored, wanted, ['term', 'frequency']))).toBeLessThan(LINEAR_BOUND);
  });
});
