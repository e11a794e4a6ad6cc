import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/paths';

// A power cut in the middle of a large write, simulated with SIGKILL: the file must open, pass
// the standard sqlite3 CLI's integrity_check, and hold all of the batch or none of it.

const sqlite3 = (db: string, sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();
const qamqor = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QAMQOR_LANG: 'ru' },
  });

describe('crash safety', () => {
  it('keeps the last good state when the process is killed in the middle of seeding 200,000 applicants', async () => {
    const dir = tempDir();
    const db = join(dir, 'q.sqlite');
    expect(qamqor('seed', '--db', db, '--applicants', '1000').status).toBe(0);
    const before = Number(sqlite3(db, 'SELECT count(*) FROM applicants'));
    expect(before).toBe(1000);

    const child = spawn(
      process.execPath,
      [CLI, 'seed', '--db', db, '--applicants', '200000', '--seed', '7'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Wait until the transaction has spilled well into the WAL: the write is under way.
    const wal = `${db}-wal`;
    const start = Date.now();
    while (!(existsSync(wal) && statSync(wal).size > 16 * 1024 * 1024)) {
      if (Date.now() - start > 60_000) throw new Error('the seed never got going');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(sqlite3(db, 'PRAGMA integrity_check')).toBe('ok');
    expect(Number(sqlite3(db, 'SELECT count(*) FROM applicants'))).toBe(before);
    expect(sqlite3(db, "SELECT count(*) FROM audit_log WHERE procedure = 'maintenance.seed'")).toBe('1');
    // The stale lock of the killed process does not keep the office out, and the app agrees.
    const doctor = qamqor('doctor', '--db', db);
    expect(doctor.stdout).toContain('audit chain: intact');
    expect(doctor.status).toBe(0);
    expect(qamqor('seed', '--db', db, '--applicants', '5', '--seed', '9').status).toBe(0);
    expect(sqlite3(db, 'SELECT count(*) FROM applicants')).toBe('1005');
  }, 120_000);

  it('restores from the command line, saving the current database as the undo copy', () => {
    const dir = tempDir();
    const db = join(dir, 'q.sqlite');
    expect(qamqor('seed', '--db', db, '--applicants', '50').status).toBe(0);
    const copy = join(dir, 'copy.sqlite');
    expect(qamqor('backup', '--db', db, '--out', copy).status).toBe(0);
    expect(qamqor('seed', '--db', db, '--applicants', '25', '--seed', '3').status).toBe(0);

    const r = qamqor('restore', '--db', db, '--from', copy);
    expect(r.status, r.stderr).toBe(0);
    expect(sqlite3(db, 'SELECT count(*) FROM applicants')).toBe('50');
    const undo = /saved as (.+?); restore/.exec(r.stdout)?.[1];
    expect(undo && sqlite3(undo, 'SELECT count(*) FROM applicants')).toBe('75');
    expect(sqlite3(db, 'SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1')).toBe('restore');
    expect(qamqor('doctor', '--db', db).status).toBe(0);

    const refused = qamqor('restore', '--db', db, '--from', join(dir, 'missing.sqlite'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Резервная копия не найдена');
  });
});
