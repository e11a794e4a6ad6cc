import type { Statement } from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from './open';

// Prepared statements kept per connection, for the hot read paths (the registry list answers
// every keystroke). drizzle prepares its SQL again on each call, which for the list's
// statements costs about as much as running them; here each distinct SQL text is prepared once
// per connection. A restore opens a new connection, so its statements start afresh, and SQLite
// re-prepares a statement by itself if the schema changes under it.

const MAX_STATEMENTS = 256;
const caches = new WeakMap<Sqlite, Map<string, Statement<unknown[]>>>();
const dialect = new SQLiteSyncDialect();

export function prepared(sqlite: Sqlite, text: string): Statement<unknown[]> {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let st = cache.get(text);
  if (st) {
    // Most recently used last, so the oldest is the one evicted.
    cache.delete(text);
  } else {
    st = sqlite.prepare(text);
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
  }
  cache.set(text, st);
  return st;
}

/** The SQL text and parameters drizzle would send for `query`. */
export function toQuery(query: SQL): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(query);
}

/** Runs drizzle-built SQL on a cached statement: rows as arrays, first column or one value. */
export function cachedQuery(sqlite: Sqlite, query: SQL) {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const st = () => prepared(sqlite, text);
  return {
    arrays: () =>
      st()
        .raw(true)
        .all(...params) as unknown[][],
    column: <T>() =>
      st()
        .pluck(true)
        .all(...params) as T[],
    value: <T>() =>
      st()
        .pluck(true)
        .get(...params) as T | undefined,
  };
}
