import type { Clock } from '../../clock';
import { systemClock } from '../../clock';
import type { DatabaseHost } from '../../db/host';
import { backupPolicy } from '../settings/policies';
import { backupFolder } from './service';
import { type BackupEntry, type BackupReason, listBackups, writeBackup } from './store';

export interface BackupScheduler {
  /** Makes a backup now (serialised with the scheduled ones). Null while the database is damaged. */
  run(reason: BackupReason): Promise<BackupEntry | null>;
  /** Stops the timer; the caller then usually runs a last 'quit' backup. */
  stop(): void;
}

/**
 * Automatic backups for a long-running door (the desktop app, `qamqor web`): one at start,
 * then whenever the newest backup is older than the policy's interval, checked every minute.
 * Failures go to onError (no personal data in it) and the next tick tries again.
 */
export function startBackupSchedule(
  host: DatabaseHost,
  opts: { onError: (err: unknown) => void; clock?: Clock; tickMs?: number; atStart?: boolean },
): BackupScheduler {
  const clock = opts.clock ?? systemClock;
  let chain: Promise<unknown> = Promise.resolve();

  function run(reason: BackupReason): Promise<BackupEntry | null> {
    const next = chain.then(async () => {
      if (!host.isOpen) return null;
      const { db, sqlite } = host.app;
      return writeBackup(
        sqlite,
        backupFolder({ db, host }),
        reason,
        backupPolicy(db),
        clock.now(),
        host.auditKey(),
      );
    });
    chain = next.catch(() => undefined);
    return next;
  }

  function due(): boolean {
    if (!host.isOpen) return false;
    const { db } = host.app;
    const newest = listBackups(backupFolder({ db, host })).find((b) => b.status === 'ok');
    if (!newest) return true;
    return clock.now().getTime() - Date.parse(newest.at) >= backupPolicy(db).intervalHours * 3_600_000;
  }

  if (opts.atStart !== false) run('start').catch(opts.onError);
  const timer = setInterval(() => {
    try {
      if (due()) run('scheduled').catch(opts.onError);
    } catch (err) {
      opts.onError(err);
    }
  }, opts.tickMs ?? 60_000);
  timer.unref();

  return {
    run,
    stop: () => clearInterval(timer),
  };
}
