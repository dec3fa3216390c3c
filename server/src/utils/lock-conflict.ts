/**
 * Whether a database error is a lock conflict the database resolved by
 * refusing one statement: a deadlock or a lock wait that timed out
 * (MySQL/MariaDB 1213, 1205; PostgreSQL 40P01, 55P03, 40001; SQLite BUSY).
 * For a try-lock such as a warmer's claim, this means "someone else has it",
 * not a failure.
 */
export function isLockConflict(error: unknown): boolean {
  const e = error as { errno?: unknown; code?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.errno === 1213 || e.errno === 1205) return true;
  return typeof e.code === 'string' && ['40P01', '55P03', '40001', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY'].includes(e.code);
}
