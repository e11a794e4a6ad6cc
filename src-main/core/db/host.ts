import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../errors';
import { chainHead, writeAnchor } from './audit-anchors';
import { type AuditKeySource, fileAuditKey } from './audit-key';
import { type AppDatabase, openAppDatabase } from './database';
import { buildDeferredIndexes } from './deferred-indexes';
import { acquireDbLock } from './lock';
import { migrationState } from './migrate';
import { closeSqlite, openSqlite } from './open';
import { verifySchema } from './schema-check';

export type HostProblem = 'DB_CORRUPT' | 'DB_UNTRUSTED';

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
  /** Where the audit key comes from (default: a key file beside the database). */
  auditKey?: AuditKeySource;
}

/**
 * Owns the install's database file for the life of a process: holds the data-folder lock, keeps
 * the open connection, and can swap the file for a restored one. A file that is damaged or not
 * a database does not stop the process; the host starts in recovery mode (`problem` is set) so
 * the user is told what happened and can restore a backup instead of facing a crash.
 */
export class DatabaseHost {
  private current: AppDatabase | null = null;
  private problemCode: HostProblem | null = null;
  private problemObjects = '';
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

  private keySource: AuditKeySource | null = null;
  /** The install's audit key (kept outside the database file); made at the first use. */
  auditKey(): Buffer {
    this.keySource ??= this.opts.auditKey ?? fileAuditKey(this.opts.path);
    return this.keySource();
  }

  get problem(): HostProblem | null {
    return this.problemCode;
  }

  /** For DB_UNTRUSTED: the objects that gave the file away ("extra trigger …"). */
  get problemDetail(): string {
    return this.problemObjects;
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
    // Before anything writes to the file (a migration, a backfill, the first audit entry), prove
    // it is Qamqor's: a trigger someone added would otherwise run inside the app.
    if (existsSync(this.opts.path)) {
      // A `qamqor import` of several packages that died between two leaves the large tables'
      // indexes aside, recorded: they are built now, from the migrations' SQL, so the file is
      // whole again before it is checked and read (deferred-indexes.ts).
      finishInterruptedImport(this.opts.path, this.opts.migrationsFolder);
      const untrusted = untrustedObjects(this.opts.path, this.opts.migrationsFolder);
      if (untrusted === 'corrupt') return this.enterRecovery('DB_CORRUPT');
      if (untrusted) return this.enterRecovery('DB_UNTRUSTED', untrusted);
    }
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
      this.problemObjects = '';
    } catch (err) {
      if (err instanceof AppError && err.code === 'DB_CORRUPT') return this.enterRecovery('DB_CORRUPT');
      throw err;
    }
  }

  private enterRecovery(code: HostProblem, objects = ''): void {
    this.current = null;
    this.problemCode = code;
    this.problemObjects = objects;
  }

  /**
   * Replaces the database file with a verified copy of `source`. The caller has already saved
   * the current database (or, in recovery, moved the damaged file aside). The swap is a rename
   * within the data folder, so a crash leaves either the old file or the new one, never half.
   */
  async replaceWith(source: string, at: Date = new Date()): Promise<void> {
    verifyRestorable(source, this.opts.migrationsFolder);
    const target = this.opts.path;
    const staging = `${target}.restoring`;
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${staging}${suffix}`, { force: true });
    copyFileSync(source, staging);
    // Bring the copy up to this version and check it again *before* it replaces anything: a
    // restore that fails here leaves the live file as it was.
    try {
      const prepared = await openAppDatabase({
        path: staging,
        migrationsFolder: this.opts.migrationsFolder,
        lock: false,
      });
      try {
        const verdict = verifySchema(prepared.sqlite, this.opts.migrationsFolder);
        if (!verdict.ok)
          throw new AppError('BACKUP_UNTRUSTED', { params: { objects: verdict.problems.join(', ') } });
        if (prepared.sqlite.pragma('quick_check', { simple: true }) !== 'ok')
          throw new AppError('BACKUP_UNUSABLE');
        // One file, no WAL beside it, so the rename below moves everything.
        prepared.sqlite.pragma('journal_mode = DELETE');
      } finally {
        prepared.close();
      }
    } catch (err) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${staging}${suffix}`, { force: true });
      throw err instanceof AppError ? err : new AppError('BACKUP_UNUSABLE');
    }
    const fd = openSync(staging, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (this.current) {
      this.current.close();
      this.current = null;
    }
    // The old file's WAL and shared-memory files belong to the old file; SQLite would replay
    // that WAL over the restored one. The connection is closed, so they can go.
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(staging, target);
    await this.openFile();
    // (Read through a local: TypeScript keeps the null assigned above across the await.)
    const opened = this.current as AppDatabase | null;
    if (!opened) throw new AppError('BACKUP_UNUSABLE');
    // The log now continues from the restored head: anchors of the abandoned history past it
    // are set aside by this marker (signed, so it cannot be forged to hide a truncation).
    const head = chainHead(opened.sqlite);
    if (head)
      writeAnchor(target, { ...head, at: at.toISOString(), why: 'restore', restore: true }, this.auditKey());
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

function finishInterruptedImport(file: string, migrationsFolder: string): void {
  try {
    buildDeferredIndexes(file, migrationsFolder);
  } catch {
    // Not a database, a damaged one, or one of a newer app: the checks below say which.
  }
}

/**
 * The objects that show a file is not what Qamqor's migrations made ("extra trigger x, …"),
 * 'corrupt' when it is not a readable database, or null when it is provably Qamqor's (a file
 * newer than this app is left to the migrator, which refuses it with DB_NEWER).
 */
function untrustedObjects(file: string, migrationsFolder: string): string | 'corrupt' | null {
  let sqlite: ReturnType<typeof openSqlite> | undefined;
  try {
    sqlite = openSqlite(file, { readonly: true, fileMustExist: true });
    if (sqlite.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0) return null; // a new file
    if (migrationState(sqlite, migrationsFolder).newer) return null;
    const verdict = verifySchema(sqlite, migrationsFolder);
    return verdict.ok ? null : verdict.problems.join(', ');
  } catch (err) {
    if (err instanceof AppError && err.code === 'DB_CORRUPT') return 'corrupt';
    throw err;
  } finally {
    if (sqlite) closeSqlite(sqlite, { optimize: false });
  }
}

/**
 * A backup can be restored when it opens, passes integrity_check, is not from a newer app, and
 * its schema is exactly what Qamqor's migrations made (BACKUP_UNTRUSTED names what is not).
 */
export function verifyRestorable(file: string, migrationsFolder: string): void {
  if (!existsSync(file)) throw new AppError('BACKUP_NOT_FOUND');
  let sqlite: ReturnType<typeof openSqlite> | undefined;
  try {
    sqlite = openSqlite(file, { readonly: true, fileMustExist: true });
    const ok = sqlite.pragma('integrity_check', { simple: true }) === 'ok';
    if (!ok || migrationState(sqlite, migrationsFolder).newer) throw new AppError('BACKUP_UNUSABLE');
    const verdict = verifySchema(sqlite, migrationsFolder);
    if (!verdict.ok)
      throw new AppError('BACKUP_UNTRUSTED', { params: { objects: verdict.problems.join(', ') } });
  } catch (err) {
    if (err instanceof AppError && err.code !== 'DB_CORRUPT') throw err;
    throw new AppError('BACKUP_UNUSABLE');
  } finally {
    if (sqlite) closeSqlite(sqlite, { optimize: false });
  }
}
