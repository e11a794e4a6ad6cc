import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors';
import { openSqlite, type Sqlite } from './open';

/**
 * Online backup through SQLite's backup API (never a file copy: with WAL the main file alone
 * is not the database). The copy is then opened and integrity-checked, so a "backup" that
 * cannot be restored is reported at once instead of on the day it is needed.
 */
export async function backupDatabase(source: Sqlite, destination: string): Promise<void> {
  mkdirSync(dirname(destination), { recursive: true });
  await source.backup(destination);
  const copy = openSqlite(destination, { readonly: true, fileMustExist: true });
  try {
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
