import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { backfillDerivedColumns } from './backfill';
import { acquireDbLock } from './lock';
import { migrateDatabase } from './migrate';
import { closeSqlite, openSqlite, type Sqlite } from './open';

// No schema object: the services use drizzle's query builder over each module's tables, never
// the relational API, so the db layer needs to know no module (modules import db, not back).
// `$client` is the connection drizzle runs on (bulk writes prepare their own statements on it).
export type Db = BetterSQLite3Database & { $client: Sqlite };

/** An open install database: the raw connection (transactions, pragmas) and drizzle over it. */
export interface AppDatabase {
  path: string;
  sqlite: Sqlite;
  db: Db;
  close(): void;
}

export interface OpenAppDatabaseOptions {
  path: string;
  migrationsFolder: string;
  backupDir?: string;
  /** Take the per-data-folder lock file (every long-running writer should). */
  lock?: boolean;
}

/** Lock, open, migrate: what every door does before it serves a single request. */
export async function openAppDatabase(opts: OpenAppDatabaseOptions): Promise<AppDatabase> {
  // First start on a workstation: the data folder may not exist yet.
  mkdirSync(dirname(opts.path), { recursive: true });
  const release = opts.lock === false ? () => {} : acquireDbLock(opts.path);
  let sqlite: Sqlite | undefined;
  try {
    sqlite = openSqlite(opts.path);
    await migrateDatabase(sqlite, {
      migrationsFolder: opts.migrationsFolder,
      ...(opts.backupDir ? { backupDir: opts.backupDir } : {}),
    });
    backfillDerivedColumns(sqlite);
    // Fresh planner statistics for a long-lived connection (SQLite's advice for applications),
    // bounded by analysis_limit. Only after migrating: a refused newer file must stay untouched.
    sqlite.pragma('analysis_limit = 400');
    sqlite.pragma('optimize = 0x10002');
  } catch (err) {
    // Close without PRAGMA optimize: it would write statistics into a file we just refused.
    if (sqlite) closeSqlite(sqlite, { optimize: false });
    release();
    throw err;
  }
  const opened = sqlite;
  return {
    path: opts.path,
    sqlite: opened,
    db: drizzle(opened),
    close() {
      closeSqlite(opened);
      release();
    },
  };
}
