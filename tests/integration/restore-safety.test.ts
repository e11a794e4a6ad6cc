import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseHost } from '../../src-main/core/db/host';
import { createRouter } from '../../src-main/core/router/router';
import { makeTestApp, type TestApp } from '../helpers/app';
import { CLI, MIGRATIONS, tempDir } from '../helpers/paths';

// Restore and startup accept only a database they can prove is Qamqor's: files built here the
// way an attacker with the sqlite3 CLI would build them (a genuine backup with one trigger
// added, another program's file with a `users` table, a live file given a trigger) are refused
// by name, and the live database stays byte-identical and startable.

let t: TestApp | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

const sqlite3 = (db: string, sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function qamqor(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QAMQOR_LANG: 'ru' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A registry of 30 people made by the real CLI, and a genuine verified backup of it. */
function install() {
  const dir = tempDir();
  const live = join(dir, 'qamqor.sqlite');
  expect(qamqor('seed', '--db', live, '--applicants', '30', '--seed', '4').code).toBe(0);
  const genuine = join(dir, 'genuine.sqlite');
  expect(qamqor('backup', '--db', live, '--out', genuine).code).toBe(0);
  return { dir, live, genuine };
}

const WIPE_TRIGGER =
  'CREATE TRIGGER wipe_on_insert AFTER INSERT ON applicants BEGIN DELETE FROM applicants; END;';

describe('restore accepts only a provable Qamqor database', () => {
  it('refuses a genuine backup with one added trigger, naming it; the live file is untouched', () => {
    const { dir, live, genuine } = install();
    const tampered = join(dir, 'tampered.sqlite');
    copyFileSync(genuine, tampered);
    sqlite3(tampered, WIPE_TRIGGER);
    const before = sha256(live);

    const r = qamqor('restore', '--db', live, '--from', tampered);
    expect(r.code).toBe(1);
    expect(r.err).toContain('wipe_on_insert');
    expect(sha256(live)).toBe(before);

    // doctor calls the tampered file unhealthy and names the object.
    const doctor = qamqor('doctor', '--db', tampered);
    expect(doctor.code).toBe(1);
    expect(doctor.out).toContain('extra trigger wipe_on_insert');
    // …and the live one healthy.
    expect(qamqor('doctor', '--db', live).code).toBe(0);
  });

  it('refuses another program’s SQLite file that has a users table; the install keeps working', () => {
    const { dir, live } = install();
    const foreign = join(dir, 'foreign.sqlite');
    sqlite3(
      foreign,
      'CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT); CREATE TABLE notes (body TEXT);',
    );
    const before = sha256(live);
    const r = qamqor('restore', '--db', live, '--from', foreign);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(sha256(live)).toBe(before);
    // Still startable: a write through the CLI works and doctor is content.
    expect(qamqor('seed', '--db', live, '--applicants', '2', '--seed', '9').code).toBe(0);
    expect(qamqor('doctor', '--db', live).code).toBe(0);
  });

  it('the Backups screen refuses a file in the backup folder that carries a trigger', async () => {
    t = await makeTestApp();
    await t.call('applicants.create', {
      iin: '850715300013',
      lastName: 'Сәрсенбаева',
      firstName: 'Әлия',
      birthDate: '1985-07-15',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар',
    });
    const made = await t.call<{ file: string }>('backups.create', {});
    const folder = (await t.call<{ folder: string }>('backups.list', {})).folder;
    sqlite3(join(folder, made.file), WIPE_TRIGGER);
    const r = await t.router.call('backups.restore', { file: made.file }, { session: t.admin, locale: 'ru' });
    expect(r.ok ? '' : r.error.code).toBe('BACKUP_UNTRUSTED');
    expect(r.ok ? '' : r.error.message).toContain('wipe_on_insert');
    // Nothing was replaced: the live database has no such trigger and keeps its person.
    expect(
      t.app.sqlite.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'wipe_on_insert'").pluck().get(),
    ).toBe(0);
    expect(t.app.sqlite.prepare('SELECT count(*) FROM applicants').pluck().get()).toBe(1);
  });
});

describe('startup accepts only a provable Qamqor database', () => {
  it('a live file given a trigger starts in recovery, runs nothing, and is restored from a good backup', async () => {
    const { dir, live } = install();
    const good = (await listFolder(live))[0]!;
    // The attacker's trigger would wipe the registry on the next audit entry.
    sqlite3(
      live,
      'CREATE TRIGGER wipe_on_audit AFTER INSERT ON audit_log BEGIN DELETE FROM applicants; END;',
    );
    const doctor = qamqor('doctor', '--db', live);
    expect(doctor.code).toBe(1);
    expect(doctor.out).toContain('extra trigger wipe_on_audit');

    const host = await DatabaseHost.open({
      path: live,
      migrationsFolder: MIGRATIONS,
      backupDir: () => join(dir, 'none'),
    });
    try {
      expect(host.problem).toBe('DB_UNTRUSTED');
      const router = createRouter({ host, door: 'web' });
      const status = await router.call('recovery.status', {}, { locale: 'ru' });
      expect(status.ok && (status.data as { problem: string }).problem).toBe('DB_UNTRUSTED');
      const blocked = await router.call('applicants.list', {});
      expect(blocked.ok ? '' : blocked.error.code).toBe('DB_UNTRUSTED');
      expect(good).toMatch(/\.sqlite$/);
    } finally {
      host.close();
    }
    // Nothing ran: all 30 people are there in the file set aside by the restore below.
    expect(sqlite3(live, 'SELECT count(*) FROM applicants')).toBe('30');
    // restore --from works whatever state the live file is in.
    const restored = qamqor('restore', '--db', live, '--from', join(dir, 'genuine.sqlite'));
    expect(restored.code).toBe(0);
    expect(qamqor('doctor', '--db', live).code).toBe(0);
    expect(sqlite3(live, "SELECT count(*) FROM sqlite_schema WHERE name = 'wipe_on_audit'")).toBe('0');
  });
});

async function listFolder(live: string): Promise<string[]> {
  const dir = `${live}`.replace(/qamqor\.sqlite$/, '');
  return execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.sqlite'));
}
