import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from '../db/open';

/**
 * Inserts many rows of one table through one prepared statement, run once a row (inside the
 * caller's transaction). Drizzle's multi-row insert builds its SQL anew for each batch and checks
 * every value's kind on the way, which for an import of 100,000 people costs more than the
 * writing itself. The columns are the ones the first row gives (all rows give the same), each
 * value mapped to the driver by its drizzle column (booleans and JSON as drizzle stores them).
 */
export function insertRows<T extends SQLiteTable>(
  sqlite: Sqlite,
  table: T,
  rows: readonly T['$inferInsert'][],
): void {
  const first = rows[0] as Record<string, unknown> | undefined;
  if (!first) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => first[key] !== undefined);
  const statement = sqlite.prepare(
    `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns
      .map(() => '?')
      .join(', ')})`,
  );
  const values: unknown[] = new Array(columns.length);
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (let i = 0; i < columns.length; i++) {
      const [key, column] = columns[i] as (typeof columns)[number];
      const v = row[key];
      values[i] = v === null || v === undefined ? null : column.mapToDriverValue(v);
    }
    statement.run(values);
  }
}
