import { retryOnLockConflict, type RetryHost } from './lock-retry';

const host = (inTransaction = false) => {
  const debug = jest.fn();
  const strapi: RetryHost = { db: { inTransaction: () => inTransaction }, log: { debug } as never };
  return { strapi, debug };
};

const conflict = (fields: Record<string, unknown>) => Object.assign(new Error('lock conflict'), fields);

/** A unit of work of two statements that fails its first `failures` runs with `error`, recording each statement run. */
function work(failures: number, error: unknown) {
  const statements: string[] = [];
  let runs = 0;
  const fn = jest.fn(async () => {
    runs += 1;
    statements.push(`begin ${runs}`);
    if (runs <= failures) throw error;
    statements.push(`write ${runs}`);
    return `done after ${runs}`;
  });
  return { fn, statements };
}

describe('retryOnLockConflict', () => {
  it.each([
    ['a MariaDB deadlock (1213)', { errno: 1213, code: 'ER_LOCK_DEADLOCK' }],
    ['a MariaDB lock wait timeout (1205)', { errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' }],
    ['a PostgreSQL deadlock (40P01)', { code: '40P01' }],
    ['a PostgreSQL lock timeout (55P03)', { code: '55P03' }],
  ])('re-runs the whole unit of work after %s and answers what the run that got through answers', async (_name, fields) => {
    const { strapi, debug } = host();
    const { fn, statements } = work(2, conflict(fields));
    await expect(retryOnLockConflict(strapi, 'job save', fn, { backoffMs: 0 })).resolves.toBe('done after 3');
    expect(fn).toHaveBeenCalledTimes(3);
    // Each run starts from the beginning; only the last one gets to its write.
    expect(statements).toEqual(['begin 1', 'begin 2', 'begin 3', 'write 3']);
    expect(debug).toHaveBeenCalledTimes(2);
    expect(debug.mock.calls[0][0]).toContain('job save: lock conflict');
  });

  it('throws any other error at once, without a second run', async () => {
    const { strapi, debug } = host();
    const duplicate = conflict({ errno: 1062, code: 'ER_DUP_ENTRY' });
    const { fn } = work(1, duplicate);
    await expect(retryOnLockConflict(strapi, 'job save', fn, { backoffMs: 0 })).rejects.toBe(duplicate);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(debug).not.toHaveBeenCalled();
  });

  it('gives up after `attempts` runs and throws the last conflict', async () => {
    const { strapi } = host();
    const deadlock = conflict({ errno: 1213 });
    const { fn } = work(Infinity, deadlock);
    await expect(retryOnLockConflict(strapi, 'recount', fn, { attempts: 3, backoffMs: 0 })).rejects.toBe(deadlock);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('runs once inside a running transaction: the conflict rolled it back, so it is its owner\'s to handle', async () => {
    const { strapi, debug } = host(true);
    const deadlock = conflict({ code: '40P01' });
    const { fn } = work(1, deadlock);
    await expect(retryOnLockConflict(strapi, 'search index', fn, { backoffMs: 0 })).rejects.toBe(deadlock);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(debug).not.toHaveBeenCalled();
  });

  it('waits a growing, jittered backoff between runs', async () => {
    const { strapi } = host();
    const { fn } = work(2, conflict({ errno: 1205 }));
    const waits: number[] = [];
    const spy = jest.spyOn(global, 'setTimeout').mockImplementation(((cb: () => void, ms: number) => {
      waits.push(ms);
      cb();
      return 0 as never;
    }) as never);
    try {
      await retryOnLockConflict(strapi, 'claim', fn, { backoffMs: 100 });
    } finally {
      spy.mockRestore();
    }
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(150);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(300);
  });
});
