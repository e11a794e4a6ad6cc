import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../errors';
import { type AppDatabase, openAppDatabase } from './database';
import { acquireDbLock } from './lock';
import { migrationState } from './migrate';
import { closeSqlite, openSqlite } from './open';

export interface HostOptions {
  path: string;
  migrationsFolder: string;
  /** Where the pre-migration backup goes (the current backup folder). */
  backupDir: () => string;
  /**
   * Take the data folder's lock (default). Only a short one-off job that must work beside the
   * running app (the CLI's online backup) opens without it.
   */
  lock?: boolean;
}

/**
 * Owns the install's database file for the life of a process: holds the data-folder lock, keeps
 * the open connection, and can swap the file for a restored one. A file that is damaged or not
 * a database does not stop the process; the host starts in recovery mode (`problem` is set) so
 * the user is told what happened and can restore a backup instead of facing a crash.
 */
export class DatabaseHost {
  private current: AppDatabase | null = null;
  private problemCode: 'DB_CORRUPT' | null = null;
  private releaseLock: (() => void) | null = null;

  private constructor(readonly opts: HostOptions) {}

  static async open(opts: HostOptions): Promise<DatabaseHost> {
    const host = new DatabaseHost(opts);
    host.releaseLock = opts.lock === false ? () => {} : acquireDbLock(opts.path);
    try {
      await host.openFile();
    } catch (err) {
      host.releaseLock();
      throw err;
    }
    return host;
  }

  /** Wraps an already open database (tests, tools) without a lock of its own. */
  static wrap(app: AppDatabase, opts: Omit<HostOptions, 'path'>): DatabaseHost {
    const host = new DatabaseHost({ ...opts, path: app.path });
    host.current = app;
    return host;
  }

  get path(): string {
    return this.opts.path;
  }

  get problem(): 'DB_CORRUPT' | null {
    return this.problemCode;
  }

  /** The open database; throws DB_CORRUPT in recovery mode. */
  get app(): AppDatabase {
    if (!this.current) throw new AppError(this.problemCode ?? 'DB_CORRUPT');
    return this.current;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  private async openFile(): Promise<void> {
    try {
      const app = await openAppDatabase({
        path: this.opts.path,
        migrationsFolder: this.opts.migrationsFolder,
        backupDir: this.opts.backupDir(),
        lock: false,
      });
      // A file can open and still have damaged pages: quick_check finds those at start, not on
      // the day a caseworker opens the one broken card.
      const check = app.sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') {
        app.close();
        throw new AppError('DB_CORRUPT');
      }
      this.current = app;
      this.problemCode = null;
    } catch (err) {
      if (err instanceof AppError && err.code === 'DB_CORRUPT') {
        this.current = null;
        this.problemCode = 'DB_CORRUPT';
        return;
      }
      throw err;
    }
  }

  /**
   * Replaces the database file with a verified copy of `source`. The caller has already saved
   * the current database (or, in recovery, moved the damaged file aside). The swap is a rename
   * within the data folder, so a crash leaves either the old file or the new one, never half.
   */
  async replaceWith(source: string): Promise<void> {
    verifyRestorable(source, this.opts.migrationsFolder);
    if (this.current) {
      this.current.close();
      this.current = null;
    }
    const target = this.opts.path;
    const staging = `${target}.restoring`;
    copyFileSync(source, staging);
    const fd = openSync(staging, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The old file's WAL and shared-memory files belong to the old file; SQLite would replay
    // that WAL over the restored one. The connection is closed, so they can go.
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(staging, target);
    await this.openFile();
    if (!this.current) throw new AppError('BACKUP_UNUSABLE');
  }

  /** Moves a damaged database (and its WAL) aside under a dated name; returns the new name. */
  setAsideDamaged(at: Date): string {
    const aside = `${this.opts.path}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${this.opts.path}${suffix}`))
        renameSync(`${this.opts.path}${suffix}`, `${aside}${suffix}`);
    }
    return aside;
  }

  close(): void {
    this.current?.close();
    this.current = null;
    this.releaseLock?.();
    this.releaseLock = null;
  }
}

/** A backup can be restored when it opens, passes integrity_check and is not from a newer app. */
export function verifyRestorable(file: string, migrationsFolder: string): void {
  if (!existsSync(file)) throw new AppError('BACKUP_NOT_FOUND');
  let sqlite: ReturnType<typeof openSqlite> | undefined;
  try {
    sqlite = openSqlite(file, { readonly: true, fileMustExist: true });
    const ok = sqlite.pragma('integrity_check', { simple: true }) === 'ok';
    const isQamqor = !!sqlite
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'users'")
      .get();
    if (!ok || !isQamqor || migrationState(sqlite, migrationsFolder).newer)
      throw new AppError('BACKUP_UNUSABLE');
  } catch (err) {
    if (err instanceof AppError && err.code !== 'DB_CORRUPT') throw err;
    throw new AppError('BACKUP_UNUSABLE');
  } finally {
    if (sqlite) closeSqlite(sqlite, { optimize: false });
  }
}
