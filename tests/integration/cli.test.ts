import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/paths';

// The real CLI as an administrator or a scheduled task runs it: a child process, exit codes,
// stderr lines; its database read back with the standard sqlite3 CLI.

function qamqor(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QAMQOR_LANG: 'ru' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sqlite3 = (db: string, sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();

describe('qamqor CLI', () => {
  it('exits 2 with help on usage errors', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['seed', '--db', join(tempDir(), 'x.sqlite')],
      ['doctor'],
      ['web', '--port', 'abc'],
      ['migrate', '--bogus'],
    ]) {
      const r = qamqor(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('Usage: qamqor <command>');
    }
    const help = qamqor('help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('doctor');
  });

  it('seeds deterministically, migrates, backs up and reports a healthy database', () => {
    const dir = tempDir();
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    expect(qamqor('seed', '--db', a, '--applicants', '300', '--seed', '7').code).toBe(0);
    expect(qamqor('seed', '--db', b, '--applicants', '300', '--seed', '7').code).toBe(0);
    const people = (db: string) =>
      sqlite3(
        db,
        'SELECT iin, last_name, first_name, patronymic, birth_date, kato_code FROM applicants ORDER BY iin',
      );
    expect(people(a)).toBe(people(b));
    expect(sqlite3(a, 'SELECT count(*) FROM applicants')).toBe('300');
    // Realistic data: Kazakh letters present, every IIN 12 digits, KATO under a real oblast.
    expect(
      sqlite3(
        a,
        "SELECT count(*) FROM applicants WHERE last_name || first_name || coalesce(patronymic,'') GLOB '*[әғқңөұүһі]*'",
      ),
    ).not.toBe('0');
    expect(sqlite3(a, "SELECT count(*) FROM applicants WHERE length(iin) <> 12 OR iin GLOB '*[^0-9]*'")).toBe(
      '0',
    );
    expect(
      sqlite3(
        a,
        "SELECT count(*) FROM applicants WHERE substr(kato_code,1,2) NOT IN ('10','11','15','19','23','27','31','33','35','39','43','47','55','59','61','62','63','71','75','79')",
      ),
    ).toBe('0');
    expect(sqlite3(a, "SELECT actor_login, door, action FROM audit_log WHERE action = 'seed'")).toMatch(
      /^cli:.+\|cli\|seed$/,
    );

    expect(qamqor('migrate', '--db', a)).toMatchObject({ code: 0 });
    const out = join(dir, 'backup.sqlite');
    expect(qamqor('backup', '--db', a, '--out', out).code).toBe(0);
    expect(sqlite3(out, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(out, 'SELECT count(*) FROM applicants')).toBe('300');
    expect(qamqor('backup', '--db', a, '--out', out).code).toBe(1); // never overwrites

    const doctor = qamqor('doctor', '--db', a);
    expect(doctor.code).toBe(0);
    expect(doctor.out).toContain('rows applicants: 300');
    expect(doctor.out).toContain('audit chain: intact');
  });

  it('backs up and restores through audited procedures, and a restore can be undone the same way', () => {
    const dir = tempDir();
    const db = join(dir, 'q.sqlite');
    expect(qamqor('seed', '--db', db, '--applicants', '40', '--seed', '5').code).toBe(0);
    const copy = join(dir, 'copy.sqlite');
    expect(qamqor('backup', '--db', db, '--out', copy).code).toBe(0);
    // The backup is a write like any other: audited, as the CLI's administrator, through the CLI.
    expect(
      sqlite3(
        db,
        "SELECT actor_login LIKE 'cli:%', door, procedure, action FROM audit_log WHERE action = 'backup'",
      ),
    ).toBe('1|cli|backups.copyTo|backup');
    const toFolder = qamqor('backup', '--db', db);
    expect(toFolder.code).toBe(0);
    expect(toFolder.out).toMatch(/backup written and verified: .+qamqor-.+\.sqlite/);
    expect(sqlite3(db, "SELECT count(*) FROM audit_log WHERE procedure = 'backups.create'")).toBe('1');

    expect(qamqor('seed', '--db', db, '--applicants', '10', '--seed', '6').code).toBe(0);
    expect(sqlite3(db, 'SELECT count(*) FROM applicants')).toBe('50');
    const restored = qamqor('restore', '--db', db, '--from', copy);
    expect(restored.code).toBe(0);
    expect(sqlite3(db, 'SELECT count(*) FROM applicants')).toBe('40');
    // The restored database's own chain records the restore and still verifies.
    expect(
      sqlite3(db, "SELECT door, procedure FROM audit_log WHERE action = 'restore' ORDER BY seq DESC LIMIT 1"),
    ).toBe('cli|backups.restoreFrom');
    expect(qamqor('doctor', '--db', db).out).toContain('audit chain: intact');
    // Undo: the database as it was before the restore was saved first.
    const undo = /saved as (.+\.sqlite); restore it/.exec(restored.out)?.[1];
    expect(undo && existsSync(undo)).toBe(true);
    expect(qamqor('restore', '--db', db, '--from', undo!).code).toBe(0);
    expect(sqlite3(db, 'SELECT count(*) FROM applicants')).toBe('50');

    // A path that is not a Qamqor backup is refused with one line, and nothing changes.
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'не база данных');
    const refused = qamqor('restore', '--db', db, '--from', notes);
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(sqlite3(db, 'SELECT count(*) FROM applicants')).toBe('50');
  });

  it('doctor exits 1 on a corrupted file and on a tampered audit log, naming the entry', () => {
    const dir = tempDir();
    const db = join(dir, 'q.sqlite');
    expect(qamqor('seed', '--db', db, '--applicants', '2000').code).toBe(0);
    expect(qamqor('seed', '--db', db, '--applicants', '10', '--seed', '2').code).toBe(0);

    const tampered = join(dir, 'tampered.sqlite');
    expect(qamqor('backup', '--db', db, '--out', tampered).code).toBe(0);
    // The log refuses edits through SQL…
    expect(() => sqlite3(tampered, 'DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
    expect(sqlite3(tampered, 'SELECT count(*) FROM audit_log WHERE seq = 2')).toBe('1');
    // …so someone who means it drops the guard first; the hash chain still gives them away.
    sqlite3(
      tampered,
      'DROP TRIGGER audit_log_no_update; UPDATE audit_log SET changes = \'{"count":[null,1]}\' WHERE seq = 1',
    );
    const t = qamqor('doctor', '--db', tampered);
    expect(t.code).toBe(1);
    expect(t.out).toContain('audit chain: broken at entry 1');

    // Overwrite pages in the middle of the file with garbage: integrity_check must notice.
    const fd = openSync(db, 'r+');
    const size = fstatSync(fd).size;
    const page = Buffer.alloc(4096);
    readSync(fd, page, 0, 4096, 0);
    writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const c = qamqor('doctor', '--db', db);
    expect(c.code).toBe(1);
    expect(c.err.trim().split('\n').at(-1)).toMatch(/^qamqor: /);

    const notDb = join(dir, 'notes.sqlite');
    writeFileSync(notDb, 'просто текст, не база'.repeat(500));
    const n = qamqor('doctor', '--db', notDb);
    expect(n.code).toBe(1);
    expect(n.err.trim()).toBe('qamqor: Файл базы данных повреждён или не является базой данных.');
    expect(qamqor('doctor', '--db', join(dir, 'missing.sqlite')).code).toBe(1);
  });

  it('refuses a second writer on the same data folder with one clear line', async () => {
    const db = join(tempDir(), 'q.sqlite');
    const web = spawn(process.execPath, [CLI, 'web', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        web.stdout.on('data', (d) => String(d).includes('open http') && resolve());
        web.once('exit', (code) => reject(new Error(`web exited ${code}`)));
      });
      const r = qamqor('seed', '--db', db, '--applicants', '5');
      expect(r.code).toBe(1);
      expect(r.err.trim()).toBe('qamqor: Эта база данных уже открыта другим процессом Qamqor.');
    } finally {
      web.kill('SIGTERM');
    }
  });

  it('starts on a fresh machine: web without --db creates the data folder in the user profile', async () => {
    // XDG_CONFIG_HOME stands in for a profile where Qamqor has never run (no Qamqor folder).
    const profile = join(tempDir(), 'fresh-profile');
    const web = spawn(process.execPath, [CLI, 'web', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, XDG_CONFIG_HOME: profile, QAMQOR_LANG: 'ru' },
    });
    let stderr = '';
    web.stderr.on('data', (d) => {
      stderr += String(d);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        web.stdout.on('data', (d) => String(d).includes('open http') && resolve());
        web.once('exit', (code) => reject(new Error(`web exited ${code}: ${stderr}`)));
      });
      expect(existsSync(join(profile, 'Qamqor', 'qamqor.sqlite'))).toBe(true);
      expect(existsSync(join(profile, 'Qamqor', 'qamqor.sqlite.lock'))).toBe(true);
    } finally {
      web.kill('SIGTERM');
    }
  });
});
