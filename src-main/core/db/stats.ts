import type { Sqlite } from './open';

/**
 * The query planner's statistics, sampled again after a large write (inside its transaction).
 * They are gathered when the database is opened — at an oblast, or before a district's first
 * import, while it is still nearly empty — and a planner that believes a table of a million
 * people is tiny chose plans fifty times slower (a filtered page of the registry: 250 ms instead
 * of 5). A sample of 400 rows an index takes milliseconds.
 */
export function refreshPlannerStats(sqlite: Sqlite, tables?: readonly string[]): void {
  sqlite.pragma('analysis_limit = 400');
  if (!tables) sqlite.exec('ANALYZE');
  else for (const t of tables) sqlite.exec(`ANALYZE "${t}"`);
}

/** Rows a single write must add before the statistics are sampled again. */
export const LARGE_WRITE_ROWS = 20_000;
