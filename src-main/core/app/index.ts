import type { Door } from '../api/roles';
import { DatabaseHost } from '../db/host';
import { checkIntegrityInBackground, rememberIntegrity } from '../modules/audit/integrity';
import { type BackupScheduler, startBackupSchedule } from '../modules/backups/schedule';
import { knownBackupFolders } from '../modules/backups/store';
import { backupDirFor } from '../paths';
import { createRouter, type Router } from '../router/router';
import { type DailyJobs, startDailyJobs } from './jobs';

// The one startup every door goes through: open the database file (lock, migrate, or recovery
// mode when it is damaged), create the router, start the automatic backups, and on shutdown
// take the last backup and close the file. The Electron main process, `qamqor web` and every
// CLI command call this, so a door cannot forget a step.

export interface CoreOptions {
  dbPath: string;
  door: Door;
  migrationsFolder: string;
  /** Automatic backups (long-running doors): at start unless atStart is false, then on schedule. */
  backups?: false | { atStart?: boolean };
  /** Without the data-folder lock: only for a one-off job beside the running app (online backup). */
  lock?: boolean;
  /** Unexpected errors: the procedure name and the error, never the input. */
  onInternalError?: (procedure: string, err: unknown) => void;
  onBackupError?: (err: unknown) => void;
  /** Daily system jobs (long-running doors): expiry of portal measures past their deadline. */
  jobs?: boolean;
}

export interface Core {
  readonly host: DatabaseHost;
  readonly router: Router;
  readonly backups: BackupScheduler | null;
  readonly jobs: DailyJobs | null;
  /** Stops the schedule, takes the 'quit' backup of a long-running door, closes the database. */
  shutdown(): Promise<void>;
}

export async function startCore(opts: CoreOptions): Promise<Core> {
  const host = await DatabaseHost.open({
    path: opts.dbPath,
    migrationsFolder: opts.migrationsFolder,
    // Read at the moment of a migration; the configured folder is remembered beside the file.
    backupDir: () => knownBackupFolders(opts.dbPath)[0] ?? backupDirFor(opts.dbPath),
    ...(opts.lock === false ? { lock: false } : {}),
  });
  const router = createRouter({
    host,
    door: opts.door,
    ...(opts.onInternalError ? { onInternalError: opts.onInternalError } : {}),
  });
  const onBackupError = opts.onBackupError ?? (() => {});
  const backups = opts.backups
    ? startBackupSchedule(host, { onError: onBackupError, atStart: opts.backups.atStart !== false })
    : null;
  const jobs = opts.jobs
    ? startDailyJobs(router, { onError: (job, err) => opts.onInternalError?.(job, err) })
    : null;
  if (host.isOpen) {
    // The audit trail's check, in the background once the door is serving (docs: what it finds).
    const timer = setTimeout(() => {
      if (!host.isOpen) return;
      checkIntegrityInBackground(host.app.sqlite, {
        dbPath: opts.dbPath,
        migrationsFolder: opts.migrationsFolder,
        key: host.auditKey(),
        now: new Date(),
      }).then(
        (report) => rememberIntegrity(host, report),
        (err) => opts.onInternalError?.('audit.integrity', err),
      );
    }, 1000);
    timer.unref();
  }
  let closed = false;
  return {
    host,
    router,
    backups,
    jobs,
    async shutdown() {
      if (closed) return;
      closed = true;
      jobs?.stop();
      router.flushReads();
      if (backups) {
        backups.stop();
        await backups.run('quit').catch(onBackupError);
      }
      host.close();
    },
  };
}

export type { Router } from '../router/router';
export type { Actor } from '../shared/sessions';
export { checkDatabaseFile, migrateDatabaseFile } from './maintenance';
