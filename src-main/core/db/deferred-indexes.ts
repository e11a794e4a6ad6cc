import { closeSqlite, openSqlite, type Sqlite } from './open';
import { expectedIndexes, verifySchema } from './schema-check';
import { refreshPlannerStats } from './stats';

// An oblast importing several districts' whole registries in one run (`qamqor import --db
// OBLAST A B C D`) builds the large tables' secondary indexes once, after the last package,
// instead of once per package over everything received so far: the fourth district of 250,000
// rebuilt the registry's indexes over a million people (13-16 s) only for the next package to
// need them built again. Each package stays its own transaction; between two, the indexes set
// aside are named in a settings row written by the same transaction that dropped them. The run
// ends by building them (`exchange.finishImport`); a run that dies between packages leaves the
// row, and the next open of the file builds them before anything else reads it (host.ts). The
// SQL always comes from the migrations (schema-check.ts), never from the file.

const KEY = 'exchange.deferredIndexes';
/**
 * The connection's page cache while it builds, in KiB (as `PRAGMA cache_size` takes it). SQLite
 * gives each index's sort as much memory again before it sorts in runs on disk; at a million
 * people 16 MiB built the 55 indexes in 15 s with 242 MB of memory, 256 MiB in 18 s with 592 MB.
 */
const BUILD_CACHE_KIB = -16 * 1024;

/** The indexes a run set aside and has not built yet. */
export function deferredIndexNames(sqlite: Sqlite): string[] {
  try {
    const raw = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as
      | string
      | undefined;
    const names: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    // No settings table (not a Qamqor file) or an unreadable value: nothing recorded.
    return [];
  }
}

/** Adds names to the record, in the caller's transaction (the one that dropped them). */
export function recordDeferredIndexes(sqlite: Sqlite, names: readonly string[], at: string): void {
  if (names.length === 0) return;
  const all = [...new Set([...deferredIndexNames(sqlite), ...names])].sort();
  sqlite
    .prepare(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, 'exchange')
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(KEY, JSON.stringify(all), at);
}

export interface BuiltIndexes {
  /** The indexes built, by name. */
  built: string[];
  /** Their tables. */
  tables: string[];
  ms: number;
}

/**
 * Builds the recorded indexes that are missing, from the migrations' SQL, and clears the record,
 * in one transaction on a connection of its own. A name the migrations do not know, or an index
 * already there, is left alone. Nothing recorded, or a file that differs from the migrations in
 * anything but those indexes: nothing done, the file not written.
 */
export function buildDeferredIndexes(path: string, migrationsFolder: string): BuiltIndexes {
  const t0 = performance.now();
  // Looked for read-only first: the usual answer is "nothing", and then the file is not touched.
  const look = openSqlite(path, { readonly: true, fileMustExist: true });
  let names: string[];
  try {
    names = deferredIndexNames(look);
    // Nothing is written to a file that is not provably Qamqor's but for the indexes named (a
    // trigger someone added to `settings` would run on the record's removal): any other
    // difference from the migrations, and the file is left to the host's own check.
    const verdict = names.length > 0 ? verifySchema(look, migrationsFolder) : null;
    if (verdict && !verdict.ok) {
      const missing = new Set(names.map((n) => `missing index ${n}`));
      if (!verdict.problems.every((p) => missing.has(p))) names = [];
    }
  } finally {
    closeSqlite(look, { optimize: false });
  }
  if (names.length === 0) return { built: [], tables: [], ms: 0 };
  const sqlite = openSqlite(path, { fileMustExist: true });
  try {
    const expected = expectedIndexes(sqlite, migrationsFolder);
    const have = new Set(
      sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all() as string[],
    );
    const built: string[] = [];
    const tables = new Set<string>();
    sqlite.pragma(`cache_size = ${BUILD_CACHE_KIB}`);
    sqlite
      .transaction(() => {
        for (const name of names) {
          const want = expected.get(name);
          if (!want || have.has(name)) continue;
          sqlite.exec(want.sql);
          built.push(name);
          tables.add(want.table);
        }
        sqlite.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
        // The run's packages left the statistics alone: sampled once here, every table.
        if (tables.size > 0) refreshPlannerStats(sqlite);
      })
      .immediate();
    return { built, tables: [...tables].sort(), ms: Math.round(performance.now() - t0) };
  } finally {
    closeSqlite(sqlite, { optimize: false });
  }
}
