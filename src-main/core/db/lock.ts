import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { AppError } from '../errors';

/**
 * One process per data folder. Electron also holds app.requestSingleInstanceLock(), but the
 * CLI (seed, migrate, web) can be started beside the app, so both take this lock file too.
 * A lock left by a process that no longer runs is taken over.
 */
export function acquireDbLock(dbPath: string): () => void {
  const lockPath = `${dbPath}.lock`;
  // The lock is the first thing to touch the data folder: on a fresh machine (first start of
  // the app, `qamqor web` without --db) the folder does not exist yet.
  mkdirSync(dirname(dbPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (holderAlive(lockPath)) throw new AppError('DB_LOCKED');
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DB_LOCKED');
}

function holderAlive(lockPath: string): boolean {
  try {
    const info = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: number; host?: string };
    if (info.host && info.host !== hostname()) return true; // a network share: trust the lock
    if (typeof info.pid !== 'number') return false;
    process.kill(info.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
