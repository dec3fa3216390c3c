import { isLockConflict } from './lock-conflict';

describe('isLockConflict', () => {
  it('knows the deadlocks and lock timeouts of MariaDB/MySQL, PostgreSQL and SQLite', () => {
    expect(isLockConflict({ errno: 1213, code: 'ER_LOCK_DEADLOCK' })).toBe(true);
    expect(isLockConflict({ errno: 1205 })).toBe(true);
    expect(isLockConflict({ code: '40P01' })).toBe(true);
    expect(isLockConflict({ code: '55P03' })).toBe(true);
    expect(isLockConflict({ code: 'SQLITE_BUSY' })).toBe(true);
  });

  it('is false for every other error', () => {
    expect(isLockConflict({ errno: 1062, code: 'ER_DUP_ENTRY' })).toBe(false);
    expect(isLockConflict({ code: '23505' })).toBe(false);
    expect(isLockConflict(new Error('boom'))).toBe(false);
    expect(isLockConflict(null)).toBe(false);
    expect(isLockConflict('deadlock')).toBe(false);
  });
});
