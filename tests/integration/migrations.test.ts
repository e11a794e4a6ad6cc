import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../src-main/core/db/database';
import { migrationState, readJournal } from '../../src-main/core/db/migrate';
import { openSqlite } from '../../src-main/core/db/open';
import { AppError } from '../../src-main/core/errors';
import { MIGRATIONS, tempDir } from '../helpers/paths';

/** A copy of the migrations folder as an older app shipped it: only the journal entries kept. */
function olderMigrations(dir: string, keep: (entry: { tag: string }, index: number) => boolean): string {
  const older = join(dir, 'older-migrations');
  cpSync(MIGRATIONS, older, { recursive: true });
  const journalPath = join(older, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.filter(keep);
  writeFileSync(journalPath, JSON.stringify(journal));
  return older;
}

const tables = (path: string) => {
  const db = openSqlite(path, { readonly: true });
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table','trigger','index') ORDER BY name")
    .pluck()
    .all() as string[];
  db.close();
  return names;
};

describe('migrations', () => {
  it('build the whole schema from an empty file, with the pragmas every connection needs', async () => {
    const path = join(tempDir(), 'q.sqlite');
    const app = await openAppDatabase({ path, migrationsFolder: MIGRATIONS });
    const state = migrationState(app.sqlite, MIGRATIONS);
    expect(state).toMatchObject({ applied: readJournal(MIGRATIONS).length, pending: [], newer: false });
    expect(app.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(app.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(app.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(Number(app.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    app.close();
    expect(tables(path)).toEqual(
      expect.arrayContaining([
        'applicants',
        'applicants_fts',
        'applicants_fts_ai',
        'audit_log',
        'users',
        'settings',
        'sequences',
      ]),
    );
  });

  it('back the database up online before applying a pending migration to existing data', async () => {
    const dir = tempDir();
    const path = join(dir, 'q.sqlite');
    // An "older app": only the first migration.
    const older = olderMigrations(dir, (_entry, i) => i === 0);
    const first = await openAppDatabase({ path, migrationsFolder: older, backupDir: join(dir, 'backups') });
    expect(migrationState(first.sqlite, MIGRATIONS).pending.length).toBeGreaterThan(0);
    first.close();

    const current = await openAppDatabase({
      path,
      migrationsFolder: MIGRATIONS,
      backupDir: join(dir, 'backups'),
    });
    expect(migrationState(current.sqlite, MIGRATIONS).pending).toEqual([]);
    current.close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/pre-migrate\.sqlite$/);
    // The backup is the pre-migration state: the FTS table of the second migration is absent.
    expect(tables(join(dir, 'backups', backups[0]!))).not.toContain('applicants_fts');
  });

  it('refuse a database written by a newer version and change nothing in it', async () => {
    const path = join(tempDir(), 'q.sqlite');
    const app = await openAppDatabase({ path, migrationsFolder: MIGRATIONS });
    app.sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', Date.now() + 10 * 365 * 24 * 3600 * 1000);
    app.close();
    const before = readFileSync(path);
    const err = await openAppDatabase({ path, migrationsFolder: MIGRATIONS }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_NEWER');
    expect(readFileSync(path).equals(before)).toBe(true);
    // The lock was released: a second attempt fails the same way, not with DB_LOCKED.
    const again = await openAppDatabase({ path, migrationsFolder: MIGRATIONS }).catch((e: unknown) => e);
    expect((again as AppError).code).toBe('DB_NEWER');
  });

  it('allow one process per data folder', async () => {
    const path = join(tempDir(), 'q.sqlite');
    const app = await openAppDatabase({ path, migrationsFolder: MIGRATIONS });
    const second = await openAppDatabase({ path, migrationsFolder: MIGRATIONS }).catch((e: unknown) => e);
    expect((second as AppError).code).toBe('DB_LOCKED');
    app.close();
    const third = await openAppDatabase({ path, migrationsFolder: MIGRATIONS });
    third.close();
  });

  it('recognise a file that is not a database', async () => {
    const path = join(tempDir(), 'q.sqlite');
    writeFileSync(path, 'Акт обследования — это не база данных'.repeat(200));
    const err = await openAppDatabase({ path, migrationsFolder: MIGRATIONS }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('DB_CORRUPT');
  });
});

describe('migration 0009 (registry facts on applicants)', () => {
  it('fills the facts exactly as the services keep them', async () => {
    const { makeTestApp } = await import('../helpers/app');
    const t = await makeTestApp();
    try {
      const seeded = await t.router.call(
        'maintenance.seed',
        { applicants: 1500, seed: 9 },
        { session: t.admin },
      );
      expect(seeded.ok).toBe(true);
      const facts = () =>
        t.app.sqlite
          .prepare(
            'SELECT id, cur_disability_category, cur_disability_group, cur_disability_until, cur_ipr_until, ipr_pending, portal_deadline FROM applicants ORDER BY id',
          )
          .all();
      const kept = facts();
      // The seed's registry has people in every state the facts describe.
      const count = (where: string) =>
        t.app.sqlite.prepare(`SELECT count(*) FROM applicants WHERE ${where}`).pluck().get() as number;
      expect(count('cur_disability_category IS NOT NULL')).toBeGreaterThan(0);
      expect(count('ipr_pending = 1')).toBeGreaterThan(0);
      expect(count('portal_deadline IS NOT NULL')).toBeGreaterThan(0);
      // Wipe them and run the migration's own backfill statement.
      t.app.sqlite.exec(
        'UPDATE applicants SET cur_disability_category = NULL, cur_disability_group = NULL, cur_disability_until = NULL, cur_ipr_until = NULL, ipr_pending = 0, portal_deadline = NULL',
      );
      const file = readdirSync(MIGRATIONS).find((f) => f.startsWith('0009_'))!;
      const update = readFileSync(join(MIGRATIONS, file), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .find((s) => s.includes('UPDATE `applicants`'))!;
      t.app.sqlite.exec(update);
      expect(facts()).toEqual(kept);
    } finally {
      t.close();
    }
  });
});

describe('migrations 0010–0011 (cases) on a registry that already holds people', () => {
  it('upgrade in place: people keep their rows and search, no one has an active case, cases then work', async () => {
    const dir = tempDir();
    const path = join(dir, 'q.sqlite');
    // An installed app one version back: migrations up to 0009, with people in the registry.
    const older = olderMigrations(dir, (entry) => entry.tag < '0010');
    const before = await openAppDatabase({ path, migrationsFolder: older, backupDir: join(dir, 'backups') });
    expect(tables(path)).not.toContain('cases');
    const insert = before.sqlite.prepare(
      `INSERT INTO applicants (id, created_at, created_by, updated_at, updated_by, change_seq, last_name, first_name, birth_date, sex, kato_code, address, search_key, latin_key)
       VALUES (?, '2026-01-01T00:00:00Z', 'x', '2026-01-01T00:00:00Z', 'x', 1, ?, ?, '1950-01-01', 'F', '196020100', 'Талгар', ?, '')`,
    );
    insert.run('00000000-0000-7000-8000-000000000001', 'Сәрсенбаева', 'Әлия', 'сарсенбаева алия');
    insert.run('00000000-0000-7000-8000-000000000002', 'Омарова', 'Дана', 'омарова дана');
    before.close();

    const { DatabaseHost } = await import('../../src-main/core/db/host');
    const { createRouter } = await import('../../src-main/core/router/router');
    const app = await openAppDatabase({
      path,
      migrationsFolder: MIGRATIONS,
      backupDir: join(dir, 'backups'),
    });
    expect(migrationState(app.sqlite, MIGRATIONS).pending).toEqual([]);
    expect(app.sqlite.prepare('SELECT count(*) FROM applicants WHERE active_case = 0').pluck().get()).toBe(2);
    expect(tables(path)).toEqual(
      expect.arrayContaining(['cases', 'applicants_live_active_case_idx', 'cases_applied_idx']),
    );
    const host = DatabaseHost.wrap(app, {
      migrationsFolder: MIGRATIONS,
      backupDir: () => join(dir, 'backups'),
    });
    const router = createRouter({ host, door: 'cli' });
    const init = await router.call('setup.initialize', {
      officeName: 'Отдел',
      districtKato: '196000000',
      locale: 'ru',
      admin: { login: 'admin', fullName: 'Админ', password: 'correct horse 1' },
    });
    expect(init.ok).toBe(true);
    const login = await router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
    const session = (login.ok && (login.data as { sessionToken: string }).sessionToken) || '';
    const found = await router.call('applicants.list', { query: 'алия' }, { session });
    expect(found.ok && (found.data as { total: number }).total).toBe(1);
    const none = await router.call('applicants.list', { activeCase: true }, { session });
    expect(none.ok && (none.data as { total: number }).total).toBe(0);
    const registered = await router.call(
      'cases.register',
      {
        applicantId: '00000000-0000-7000-8000-000000000002',
        appliedOn: new Date().toISOString().slice(0, 10),
        channel: 'department',
        appliedBy: 'self',
        grounds: ['old_age_self_care'],
      },
      { session },
    );
    expect(registered.ok).toBe(true);
    const one = await router.call('applicants.list', { activeCase: true }, { session });
    expect(one.ok && (one.data as { rows: { lastName: string }[] }).rows.map((r) => r.lastName)).toEqual([
      'Омарова',
    ]);
    host.close();
  });
});

describe('migration 0015 (bilingual office identity)', () => {
  it('carries the one office name into both languages; screens and the Kazakh PDF then use them', async () => {
    const dir = tempDir();
    const path = join(dir, 'q.sqlite');
    const older = olderMigrations(dir, (e) => Number(e.tag.slice(0, 4)) <= 14);
    const old = await openAppDatabase({ path, migrationsFolder: older });
    old.sqlite
      .prepare(
        "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('office.name', ?, '2026-01-01', 'setup')",
      )
      .run(JSON.stringify('ГУ «Отдел занятости и социальных программ Талгарского района»'));
    old.close();
    const app = await openAppDatabase({ path, migrationsFolder: MIGRATIONS });
    const office = JSON.parse(
      app.sqlite.prepare("SELECT value FROM settings WHERE key = 'office'").pluck().get() as string,
    );
    expect(office).toEqual({
      nameKk: 'ГУ «Отдел занятости и социальных программ Талгарского района»',
      nameRu: 'ГУ «Отдел занятости и социальных программ Талгарского района»',
      akimatKk: '',
      akimatRu: '',
      headName: '',
      headPositionKk: '',
      headPositionRu: '',
    });
    app.close();
  });
});
