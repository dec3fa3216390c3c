import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/** Rows per INSERT: with the plugin's index tables' few columns, far under every database's bound-parameter limit. */
export const ROWS_PER_INSERT = 500;

/** Rows per INSERT on PostgreSQL, where a statement takes a column's values as one array (`unnest`). */
export const ROWS_PER_UNNEST = 5000;

type ArrayType = 'bigint[]' | 'float8[]' | 'text[]';

/** The PostgreSQL array type of a column's values (integers, numbers or strings, nulls among them); null for anything else. */
function arrayType(values: readonly unknown[]): ArrayType | null {
  let type: ArrayType | null = null;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    let own: ArrayType;
    if (typeof value === 'string') own = 'text[]';
    else if (typeof value === 'number' && Number.isFinite(value)) own = Number.isSafeInteger(value) ? 'bigint[]' : 'float8[]';
    else return null;
    // Integers among other numbers: all of them float8.
    if (type && type !== own) {
      if (type === 'text[]' || own === 'text[]') return null;
      own = 'float8[]';
    }
    type = own;
  }
  return type ?? 'text[]';
}

/**
 * PostgreSQL: the rows as one array per column, `INSERT … SELECT * FROM unnest(…)`: 4 parameters
 * whatever the number of rows, where a VALUES list binds and plans one per value (200,000 postings:
 * 1.4–1.5 s against 2.9–3.8 s with VALUES of 500 rows, bench/wordpress/insert-rows-pg.js). False when a
 * column holds other values than numbers and strings (the VALUES path takes them).
 */
async function insertUnnested(knex: Knex, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<boolean> {
  const arrays = columns.map((column) => rows.map((r) => r[column] ?? null));
  const types = arrays.map(arrayType);
  if (types.some((type) => type === null)) return false;
  for (let i = 0; i < rows.length; i += ROWS_PER_UNNEST) {
    const parts = arrays.map((values) => values.slice(i, i + ROWS_PER_UNNEST));
    await knex.raw(`insert into ?? (${columns.map(() => '??').join(', ')}) select * from unnest(${types.map((type) => `?::${type}`).join(', ')})`, [
      table,
      ...columns,
      ...parts,
    ] as never);
  }
  return true;
}

/**
 * Insert plain rows (strings and numbers, no JSON, no dates) into one of the plugin's own index tables:
 * one multi-row `INSERT … VALUES (…), (…)` per ROWS_PER_INSERT rows (on PostgreSQL, one INSERT from
 * column arrays per ROWS_PER_UNNEST). Knex writes a multi-row insert on SQLite as
 * `INSERT … SELECT … UNION ALL SELECT …`, which SQLite compiles several times slower than a VALUES
 * list (the search index's postings, some 230 rows per article, are the largest write of an article).
 */
export async function insertRows(knex: Knex, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  if ((knex as unknown as { client?: { dialect?: string } }).client?.dialect === 'postgresql' && (await insertUnnested(knex, table, columns, rows))) return;
  const row = `(${columns.map(() => '?').join(', ')})`;
  const names = columns.map(() => '??').join(', ');
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const bindings: unknown[] = [table, ...columns];
    for (const r of part) for (const column of columns) bindings.push(r[column] ?? null);
    await knex.raw(`insert into ?? (${names}) values ${part.map(() => row).join(', ')}`, bindings as never);
  }
}

/**
 * What turns a version's stored index rows into the wanted ones: the ids of stored rows to delete and the
 * rows to insert, rows being equal when `columns` are (as strings: a database may answer a number as
 * text). A re-index of an unchanged article, or an edit of a few words, rewrites nothing or a few rows
 * instead of all of them; a duplicate stored row (a race of old) is deleted.
 */
export function rowChanges<T extends Record<string, unknown>>(
  stored: readonly (Record<string, unknown> & { id: number })[],
  wanted: readonly T[],
  columns: readonly (keyof T & string)[]
): { remove: number[]; add: T[] } {
  const keyOf = (row: Record<string, unknown>) => columns.map((c) => String(row[c] ?? '')).join('\u0000');
  const pending = new Map<string, T[]>();
  for (const row of wanted) {
    const key = keyOf(row);
    const same = pending.get(key);
    if (same) same.push(row);
    else pending.set(key, [row]);
  }
  const remove: number[] = [];
  for (const row of stored) {
    const same = pending.get(keyOf(row));
    if (same && same.length > 0) same.pop();
    else remove.push(row.id);
  }
  return { remove, add: [...pending.values()].flat() };
}

/**
 * Rows inserted through the Query Engine (which serialises JSON and dates), answering their ids in order:
 * one multi-row INSERT, or on MySQL/MariaDB, whose multi-row INSERT answers the first id only, one per row.
 */
export async function insertRowsReturningIds(strapi: Core.Strapi, uid: string, rows: Record<string, unknown>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const query = strapi.db.query(uid as never);
  const ids: unknown[] = [];
  if (strapi.db.dialect.client === 'mysql') {
    for (const row of rows) ids.push(...(await query.createMany({ data: [row] })).ids);
  } else {
    ids.push(...(await query.createMany({ data: rows })).ids);
  }
  if (ids.length !== rows.length || ids.some((id) => typeof id !== 'number' && typeof id !== 'string')) {
    throw new Error(`[newsroom] ${uid}: ${rows.length} rows inserted, ${ids.length} ids answered`);
  }
  return ids.map(Number);
}
