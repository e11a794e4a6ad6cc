import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseHost } from '../../src-main/core/db/host';
import { startBackupSchedule } from '../../src-main/core/modules/backups/schedule';
import { createRouter } from '../../src-main/core/router/router';
import { verifyAuditChain } from '../../src-main/core/shared/audit-log';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';
import { MIGRATIONS, tempDir } from '../helpers/paths';

let t: TestApp | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

const sqlite3 = (db: string, sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();

const person = (iin: string, lastName: string) => ({
  iin,
  lastName,
  firstName: 'Айгүл',
  birthDate: '1990-03-08',
  sex: 'F',
  katoCode: '196020100',
  address: 'Талгар',
});

type BackupList = {
  folder: string;
  rows: { file: string; reason: string; status: string; size: number }[];
  undoFile: string | null;
};

async function signIn(app: TestApp): Promise<string> {
  const r = await app.router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
  if (!r.ok) throw new Error(r.error.code);
  return (r.data as { sessionToken: string }).sessionToken;
}

describe('backups and restore', () => {
  it('restores a backup, saving the current database first, and undoes the restore', async () => {
    t = await makeTestApp();
    await t.call('applicants.create', person('900308400009', 'Бекова'));
    const first = await t.call<{ file: string; status: string }>('backups.create', {});
    expect(first.status).toBe('ok');
    await t.call('applicants.create', person('900308400019', 'Ахметова'));

    const list = await t.call<BackupList>('backups.list', {});
    const firstPath = join(list.folder, first.file);
    // The copy is a standalone file: the sqlite3 CLI reads it and finds it intact.
    expect(sqlite3(firstPath, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(firstPath, 'SELECT count(*) FROM applicants')).toBe('1');

    const restored = await t.call<{ undoFile: string }>('backups.restore', { file: first.file });
    // Everyone signs in again: the restored users table may differ.
    const stale = await t.router.call('applicants.list', {}, { session: t.admin });
    expect(stale.ok ? '' : stale.error.code).toBe('UNAUTHENTICATED');
    const session = await signIn(t);
    const afterRestore = await t.call<{ total: number }>('applicants.list', {}, session);
    expect(afterRestore.total).toBe(1);
    expect(sqlite3(t.host.path, 'SELECT last_name FROM applicants')).toBe('Бекова');

    const listed = await t.call<BackupList>('backups.list', {}, session);
    expect(listed.undoFile).toBe(restored.undoFile);
    expect(sqlite3(join(listed.folder, restored.undoFile), 'SELECT count(*) FROM applicants')).toBe('2');

    // Undo: restore the copy taken just before.
    await t.call('backups.restore', { file: restored.undoFile }, session);
    const again = await signIn(t);
    expect((await t.call<{ total: number }>('applicants.list', {}, again)).total).toBe(2);
    // The restored database's own chain records the restore and still verifies.
    expect(verifyAuditChain(t.host.app.db)).toBeNull();
    const restores = await t.call<{ total: number }>('audit.list', { action: 'restore' }, again);
    expect(restores.total).toBeGreaterThanOrEqual(1);
  });

  it('refuses a restore from anything but a listed, intact backup', async () => {
    t = await makeTestApp();
    const list = await t.call<BackupList>('backups.list', {});
    for (const file of ['../qamqor.sqlite', '/etc/passwd', 'qamqor-2026-01-01T00-00-00-000Z-manual.sqlite']) {
      const r = await t.router.call('backups.restore', { file }, { session: t.admin });
      expect(r.ok ? '' : r.error.code, file).toBe('BACKUP_NOT_FOUND');
    }
    mkdirSync(list.folder, { recursive: true });
    const fake = 'qamqor-2026-01-02T00-00-00-000Z-manual.sqlite';
    writeFileSync(join(list.folder, fake), 'not a database at all '.repeat(300));
    const r = await t.router.call('backups.restore', { file: fake }, { session: t.admin, locale: 'ru' });
    expect(r.ok ? '' : r.error.message).toContain('нельзя восстановить');
    // Nothing changed: the admin's session and data are still there.
    expect((await t.router.call('auth.me', {}, { session: t.admin })).ok).toBe(true);
  });

  it('writes into a folder the administrator chose, remembers it beside the database, and refuses one it cannot write', async () => {
    t = await makeTestApp();
    const other = join(tempDir(), 'usb', 'qamqor');
    const settings = { folder: other, intervalHours: 2, keepRecent: 3, keepDaily: 14, keepMax: 30 };
    await t.call('settings.setBackup', settings);
    const made = await t.call<{ file: string }>('backups.create', {});
    expect(existsSync(join(other, made.file))).toBe(true);
    expect(readdirSync(t.dir)).toContain('qamqor.sqlite.backup-folder');

    const relative = await t.router.call(
      'settings.setBackup',
      { ...settings, folder: 'backups' },
      { session: t.admin, locale: 'ru' },
    );
    expect(relative.ok ? '' : relative.error.fields?.folder).toBe('Папка: укажите полный путь к папке');
    const underAFile = join(t.dir, 'qamqor.sqlite', 'x');
    const unwritable = await t.router.call(
      'settings.setBackup',
      { ...settings, folder: underAFile },
      { session: t.admin },
    );
    expect(unwritable.ok ? '' : unwritable.error.code).toBe('BACKUP_FOLDER_UNWRITABLE');
  });

  it('backs up at start and again once the interval has passed', async () => {
    const clock = manualClock();
    t = await makeTestApp({ clock });
    const errors: unknown[] = [];
    const schedule = startBackupSchedule(t.host, { onError: (e) => errors.push(e), clock, tickMs: 20 });
    try {
      const folder = (await t.call<BackupList>('backups.list', {})).folder;
      await waitFor(() => readdirSync(folder).some((f) => f.endsWith('-start.sqlite')));
      clock.advance(5 * 3_600_000);
      await waitFor(
        () => existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('-scheduled.sqlite')),
      );
      const quit = await schedule.run('quit');
      expect(quit?.status).toBe('ok');
    } finally {
      schedule.stop();
    }
    expect(errors).toEqual([]);
  });
});

describe('startup with a damaged database', () => {
  it('starts in recovery instead of crashing, explains in the user language and restores the newest good backup', async () => {
    // A healthy install with one backup…
    t = await makeTestApp();
    await t.call('applicants.create', person('900308400009', 'Бекова'));
    const good = await t.call<{ file: string }>('backups.create', {});
    const dbPath = t.host.path;
    const backups = (await t.call<BackupList>('backups.list', {})).folder;
    t.close();
    t = undefined;
    // …then the file is overwritten (a failing disk, a bad copy).
    writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x41));
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(dbPath + suffix)) writeFileSync(dbPath + suffix, '');

    const host = await DatabaseHost.open({
      path: dbPath,
      migrationsFolder: MIGRATIONS,
      backupDir: () => backups,
    });
    try {
      expect(host.problem).toBe('DB_CORRUPT');
      const router = createRouter({ host, door: 'electron' });
      const status = await router.call('setup.status', {}, { locale: 'kk' });
      expect(status.ok ? '' : status.error.message).toBe('Дерекқор файлы бүлінген немесе дерекқор емес.');
      const recovery = await router.call('recovery.status', {});
      expect(recovery.ok && (recovery.data as { backups: { file: string }[] }).backups[0]?.file).toBe(
        good.file,
      );

      const restored = await router.call('recovery.restore', {});
      expect(restored.ok).toBe(true);
      if (!restored.ok) return;
      const { damagedFile } = restored.data as { damagedFile: string };
      // Nothing is deleted: the damaged file is kept aside for a specialist.
      expect(existsSync(damagedFile)).toBe(true);
      expect(host.problem).toBeNull();
      expect(sqlite3(dbPath, 'PRAGMA integrity_check')).toBe('ok');
      expect(sqlite3(dbPath, 'SELECT last_name FROM applicants')).toBe('Бекова');
      const again = await router.call('recovery.restore', {});
      expect(again.ok ? '' : again.error.code).toBe('FORBIDDEN');
      expect((await router.call('auth.login', { login: 'admin', password: 'correct horse 1' })).ok).toBe(
        true,
      );
    } finally {
      host.close();
    }
  });
});

async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
