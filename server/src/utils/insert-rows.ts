import type { Knex } from 'knex';

/** Rows per INSERT: with the plugin's index tables' few columns, far under every database's bound-parameter limit. */
export const ROWS_PER_INSERT = 500;

/**
 * Insert plain rows (strings and numbers, no JSON, no dates) into one of the plugin's own index tables:
 * one multi-row `INSERT … VALUES (…), (…)` per ROWS_PER_INSERT rows, on every database. Knex writes a
 * multi-row insert on SQLite as `INSERT … SELECT … UNION ALL SELECT …`, which SQLite compiles several
 * times slower than a VALUES list (the search index's postings, some 230 rows per article, are the
 * largest write of an article).
 */
export async function insertRows(knex: Knex, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void> {
  const row = `(${columns.map(() => '?').join(', ')})`;
  const names = columns.map(() => '??').join(', ');
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const bindings: unknown[] = [table, ...columns];
    for (const r of part) for (const column of columns) bindings.push(r[column] ?? null);
    await knex.raw(`insert into ?? (${names}) values ${part.map(() => row).join(', ')}`, bindings as never);
  }
}
