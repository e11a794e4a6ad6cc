import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openAppDatabase } from '../db/database';
import { type DoctorReport, diagnose } from '../db/doctor';
import { migrationState } from '../db/migrate';
import { closeSqlite, openSqlite } from '../db/open';
import { backupDirFor } from '../paths';
import { verifyAuditChain } from '../shared/audit-log';

// File-level jobs of the administrator's CLI that run on a database without serving calls.

/** `qamqor migrate`: apply pending migrations (after an online backup). */
export async function migrateDatabaseFile(
  dbPath: string,
  migrationsFolder: string,
): Promise<{ applied: number; known: number }> {
  const app = await openAppDatabase({ path: dbPath, migrationsFolder, backupDir: backupDirFor(dbPath) });
  try {
    const state = migrationState(app.sqlite, migrationsFolder);
    return { applied: state.applied, known: state.known };
  } finally {
    app.close();
  }
}

/** `qamqor doctor`: integrity, migrations, the audit chain and row counts, read-only. */
export function checkDatabaseFile(
  dbPath: string,
  migrationsFolder: string,
): DoctorReport & { auditChainBrokenAt: number | null } {
  const sqlite = openSqlite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const report = diagnose(sqlite, migrationsFolder);
    const chain = 'audit_log' in report.counts ? verifyAuditChain(drizzle(sqlite)) : null;
    return {
      ...report,
      healthy: report.healthy && chain === null,
      auditChainBrokenAt: chain?.brokenAt ?? null,
    };
  } finally {
    closeSqlite(sqlite);
  }
}
