import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';
import Database from 'better-sqlite3';
import { backupAnchorFile, chainHead, writeAnchor } from '../../db/audit-anchors';
import { backupDatabase, backupFileName } from '../../db/backup';
import type { Sqlite } from '../../db/open';
import { AppError } from '../../errors';
import { backupDirFor } from '../../paths';
import { backupsToDelete, type RetentionPolicy } from './retention';

// The backup folder on disk: naming, listing, writing a verified copy, applying retention.
// A backup is one self-contained SQLite file named qamqor-<UTC time>-<reason>.sqlite; a copy
// that failed its check is kept aside as ….sqlite.failed so the screen can show what happened.

export const BACKUP_REASONS = [
  'start',
  'scheduled',
  'quit',
  'manual',
  'pre-migrate',
  'pre-restore',
  'cli',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupEntry {
  file: string;
  at: string;
  reason: string;
  size: number;
  status: 'ok' | 'failed';
}

const NAME = /^qamqor-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite(\.failed)?$/;

export { backupFileName };

export function parseBackupName(file: string): { at: Date; reason: string; failed: boolean } | null {
  const m = NAME.exec(file);
  if (!m) return null;
  return { at: new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`), reason: m[6] ?? '', failed: !!m[7] };
}

export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const file of names) {
    const parsed = parseBackupName(file);
    if (!parsed) continue;
    let size = 0;
    try {
      size = statSync(join(folder, file)).size;
    } catch {
      continue;
    }
    out.push({
      file,
      at: parsed.at.toISOString(),
      reason: parsed.reason,
      size,
      status: parsed.failed ? 'failed' : 'ok',
    });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

/** A backup folder must exist (it is created) and take a file; otherwise the copy would be lost. */
export function ensureWritableFolder(folder: string): void {
  if (!isAbsolute(folder))
    throw new AppError('BACKUP_FOLDER_UNWRITABLE', { fields: { folder: 'folderPath' } });
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    const probe = join(folder, `.qamqor-write-test-${process.pid}`);
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch {
    throw new AppError('BACKUP_FOLDER_UNWRITABLE', { fields: { folder: 'folderPath' } });
  }
}

/** Writes a verified backup into the folder, then applies retention. Returns the new entry. */
export async function writeBackup(
  sqlite: Sqlite,
  folder: string,
  reason: BackupReason,
  retention: RetentionPolicy,
  now: Date = new Date(),
  /** The audit key, to sign the anchor written beside the database and the copy. */
  key: Buffer | null = null,
): Promise<BackupEntry> {
  ensureWritableFolder(folder);
  const file = backupFileName(reason, now);
  const path = join(folder, file);
  try {
    await backupDatabase(sqlite, path);
  } catch {
    try {
      renameSync(path, `${path}.failed`);
    } catch {
      // nothing was written at all
    }
    throw new AppError('BACKUP_FAILED');
  }
  // The chain's head as the copy holds it, anchored beside the live file and beside the copy.
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const head = chainHead(copy);
    if (head)
      writeAnchor(sqlite.name, { ...head, at: now.toISOString(), why: `backup:${reason}` }, key, path);
  } finally {
    copy.close();
  }
  pruneBackups(folder, retention, now);
  return { file, at: now.toISOString(), reason, size: statSync(path).size, status: 'ok' };
}

export function pruneBackups(folder: string, retention: RetentionPolicy, now: Date): string[] {
  const good = listBackups(folder)
    .filter((b) => b.status === 'ok')
    .map((b) => ({ file: b.file, at: new Date(b.at), reason: b.reason }));
  const doomed = backupsToDelete(good, retention, now);
  for (const file of doomed) {
    rmSync(join(folder, file), { force: true });
    rmSync(backupAnchorFile(join(folder, file)), { force: true });
  }
  return doomed;
}

// The backup folder is a setting inside the database; when the database itself is damaged the
// app still has to find the backups, so the folder is also written beside the database file.
const locationFile = (dbPath: string) => `${dbPath}.backup-folder`;

export function rememberBackupFolder(dbPath: string, folder: string | null): void {
  if (folder) writeFileSync(locationFile(dbPath), folder, 'utf8');
  else rmSync(locationFile(dbPath), { force: true });
}

/** Folders where backups of this database may be: the configured one first, then the default. */
export function knownBackupFolders(dbPath: string): string[] {
  const folders: string[] = [];
  try {
    const remembered = readFileSync(locationFile(dbPath), 'utf8').trim();
    if (remembered) folders.push(remembered);
  } catch {
    // never configured
  }
  const fallback = backupDirFor(dbPath);
  if (!folders.includes(fallback)) folders.push(fallback);
  return folders;
}
