import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import type { Sqlite } from './open';

/**
 * Online backup through SQLite's backup API (never a file copy: with WAL the main file alone
 * is not the database). The copy is then opened and integrity-checked, so a "backup" that
 * cannot be restored is reported at once instead of on the day it is needed.
 */
export async function backupDatabase(source: Sqlite, destination: string): Promise<void> {
  mkdirSync(dirname(destination), { recursive: true });
  await source.backup(destination);
  // A backup must be one self-contained file that can be copied to a USB stick: switch the copy
  // out of WAL (so no -wal/-shm files appear beside it), then prove it opens and is intact.
  const copy = new Database(destination, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new AppError('DB_CORRUPT');
  } finally {
    copy.close();
  }
}

export function backupFileName(reason: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `qamqor-${stamp}-${reason}.sqlite`;
}
