import { drizzle } from 'drizzle-orm/better-sqlite3';
import { existingAuditKey } from '../db/audit-key';
import { openAppDatabase } from '../db/database';
import { type DoctorReport, diagnose } from '../db/doctor';
import { migrationState } from '../db/migrate';
import { closeSqlite, openSqlite } from '../db/open';
import { checkTallies } from '../modules/applicants/tallies';
import { checkIntegrity } from '../modules/audit/integrity';
import { checkCaseApplicantRids } from '../modules/cases/applicant-rid';
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

/**
 * `qamqor doctor`, read-only: integrity, migrations, schema, row counts, and the audit trail:
 * the hash chain, the MACs when the key file is readable here, and the anchors beside the
 * database and the backups.
 */
export function checkDatabaseFile(
  dbPath: string,
  migrationsFolder: string,
): DoctorReport & { auditChainBrokenAt: number | null; audit: string[] } {
  const sqlite = openSqlite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const diagnosed = diagnose(sqlite, migrationsFolder);
    // FTS5's own structure check is a write-form command: run on a connection of its own, only
    // on a file whose schema was proven (never let an unproven file's SQL near a writer).
    const fts =
      diagnosed.schema.length === 0
        ? [...ftsIntegrity(dbPath), ...checkTallies(sqlite), ...checkCaseApplicantRids(sqlite)]
        : [];
    const report = {
      ...diagnosed,
      searchIndex: [...fts, ...diagnosed.searchIndex],
      healthy: diagnosed.healthy && fts.length === 0,
    };
    if (!('audit_log' in report.counts)) return { ...report, auditChainBrokenAt: null, audit: [] };
    const key = existingAuditKey(dbPath);
    const chain = verifyAuditChain(drizzle(sqlite), key);
    // The schema is reported on its own line; the rest of the integrity check here.
    const audit = checkIntegrity(sqlite, { dbPath, migrationsFolder, key, now: new Date() })
      .problems.filter((p) => p.kind !== 'schema')
      .map((p) => p.text);
    return {
      ...report,
      healthy: report.healthy && audit.length === 0,
      auditChainBrokenAt: chain?.kind === 'hash' ? chain.brokenAt : null,
      audit,
    };
  } finally {
    closeSqlite(sqlite);
  }
}

/** FTS5's 'integrity-check' of the trigram index (it changes nothing, but needs a writable handle). */
function ftsIntegrity(dbPath: string): string[] {
  const sqlite = openSqlite(dbPath, { fileMustExist: true });
  try {
    if (!sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'applicants_fts'").get()) return [];
    sqlite.prepare("INSERT INTO applicants_fts(applicants_fts) VALUES ('integrity-check')").run();
    return [];
  } catch (err) {
    return [`trigram index damaged: ${(err as Error).message}`];
  } finally {
    closeSqlite(sqlite, { optimize: false });
  }
}
