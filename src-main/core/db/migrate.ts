import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../errors';
import { backupDatabase, backupFileName } from './backup';
import type { Sqlite } from './open';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export interface MigrationState {
  applied: number;
  known: number;
  pending: string[];
  /** The file holds migrations this app version does not know: written by a newer Qamqor. */
  newer: boolean;
}

export function readJournal(migrationsFolder: string): JournalEntry[] {
  const raw = readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
  return (JSON.parse(raw) as { entries: JournalEntry[] }).entries;
}

export function migrationState(sqlite: Sqlite, migrationsFolder: string): MigrationState {
  const journal = readJournal(migrationsFolder);
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  const appliedTimes: number[] = hasTable
    ? (sqlite.prepare('SELECT created_at AS t FROM __drizzle_migrations').all() as { t: number }[]).map((r) =>
        Number(r.t),
      )
    : [];
  const lastApplied = appliedTimes.length ? Math.max(...appliedTimes) : 0;
  const lastKnown = journal.length ? Math.max(...journal.map((e) => e.when)) : 0;
  return {
    applied: appliedTimes.length,
    known: journal.length,
    pending: journal.filter((e) => e.when > lastApplied).map((e) => e.tag),
    newer: lastApplied > lastKnown,
  };
}

export interface PrepareOptions {
  migrationsFolder: string;
  /** Where the pre-migration backup goes; required for a database that already holds data. */
  backupDir?: string;
  now?: Date;
}

/**
 * Brings a database up to this app version: refuses a newer one, takes an online backup of an
 * existing one, then applies the pending migrations (drizzle runs them in one transaction).
 */
export async function migrateDatabase(sqlite: Sqlite, opts: PrepareOptions): Promise<MigrationState> {
  const before = migrationState(sqlite, opts.migrationsFolder);
  if (before.newer) throw new AppError('DB_NEWER');
  if (before.pending.length === 0) return before;
  if (before.applied > 0 && opts.backupDir) {
    await backupDatabase(sqlite, join(opts.backupDir, backupFileName('pre-migrate', opts.now ?? new Date())));
  }
  // A migration that rebuilds a table (0013) drops the parent of foreign keys for a moment:
  // with the keys on, that DROP would delete or refuse the children. The PRAGMA has no effect
  // inside the migrator's transaction, so it is set around it, and the keys are checked after.
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(sqlite), { migrationsFolder: opts.migrationsFolder });
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  if ((sqlite.pragma('foreign_key_check') as unknown[]).length > 0) throw new AppError('DB_CORRUPT');
  return migrationState(sqlite, opts.migrationsFolder);
}
