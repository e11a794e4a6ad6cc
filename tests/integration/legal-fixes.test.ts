import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { openAppDatabase } from '../../src-main/core/db/database';
import { DatabaseHost } from '../../src-main/core/db/host';
import { createRouter } from '../../src-main/core/router/router';
import { manualClock } from '../helpers/app';
import { CLI, MIGRATIONS, ROOT, tempDir } from '../helpers/paths';

// A database built by the app before the legal review (migrations up to 0013, rows the old rules
// let in), upgraded by migration 0014, then corrected by the legal fixes: the dry run lists and
// writes nothing, the apply changes exactly what it listed, audited, and deletes nothing.

function olderMigrations(dir: string): string {
  const older = join(dir, 'older-migrations');
  cpSync(MIGRATIONS, older, { recursive: true });
  const journalPath = join(older, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 13);
  writeFileSync(journalPath, JSON.stringify(journal));
  return older;
}

const STAMP = "'2025-01-01T00:00:00Z', 'old', '2025-01-01T00:00:00Z', 'old'";

/** Rows as the old rules accepted them: an indefinite term on a 4-year-old, one percentage of
 * 45, an invataxi measure sent to the portal, an assistant for group II. */
const OLD_ROWS = `
INSERT INTO applicants (id, created_at, created_by, updated_at, updated_by, change_seq, last_name, first_name, birth_date, sex, kato_code, address, search_key)
VALUES ('a-child', ${STAMP}, 1, 'Сәрсенбаев', 'Нұрлан', '2021-01-01', 'M', '196020100', 'Талгар', 'sarsenbaev nurlan'),
       ('a-adult', ${STAMP}, 2, 'Омарова', 'Гүлнар', '1965-03-02', 'F', '196020100', 'Талгар', 'omarova gulnar');
INSERT INTO disability_records (id, created_at, created_by, updated_at, updated_by, change_seq, applicant_id, category, group_no, cause, term, established_on, valid_until, mse_decision_no, work_capacity_loss_pct)
VALUES ('d-child', ${STAMP}, 3, 'a-child', 'child_under7', NULL, 'child_under7', 'indefinite', '2025-01-10', NULL, 'МСЭ-1', NULL),
       ('d-adult', ${STAMP}, 4, 'a-adult', 'adult', 2, 'general_disease', 'indefinite', '2020-05-01', NULL, 'МСЭ-2', 45);
INSERT INTO iprs (id, created_at, created_by, updated_at, updated_by, change_seq, applicant_id, disability_record_id, number, issued_on, valid_until, parts)
VALUES ('p-child', ${STAMP}, 5, 'a-child', 'd-child', 'ИПР-1', '2025-01-15', NULL, '["social"]'),
       ('p-adult', ${STAMP}, 6, 'a-adult', 'd-adult', 'ИПР-2', '2020-05-05', NULL, '["social"]');
INSERT INTO ipr_measures (id, created_at, created_by, updated_at, updated_by, change_seq, ipr_id, applicant_id, kind, status, sent_on, order_deadline, status_changed_at, hours_per_day)
VALUES ('m-taxi', ${STAMP}, 7, 'p-child', 'a-child', 'invataxi', 'sent_to_portal', '2026-10-01', '2026-12-01', '2026-10-01', NULL),
       ('m-aid', ${STAMP}, 8, 'p-child', 'a-child', 'technical_aid', 'sent_to_portal', '2026-10-05', '2026-12-05', '2026-10-05', NULL),
       ('m-assist', ${STAMP}, 9, 'p-adult', 'a-adult', 'individual_assistant', 'recommended', NULL, NULL, '2020-05-05', 6);
INSERT INTO sequences (name, value) VALUES ('change', 9) ON CONFLICT(name) DO UPDATE SET value = 9;
`;

describe('legal fixes on a database built with the old rules', () => {
  it('migration 0014 carries the old values over; the dry run lists; the apply corrects, audited, deleting nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'qamqor.sqlite');
    const sqlite3 = (sql: string) => execFileSync('sqlite3', [path, sql], { encoding: 'utf8' }).trim();
    const old = await openAppDatabase({ path, migrationsFolder: olderMigrations(dir) });
    old.sqlite.exec(OLD_ROWS);
    old.close();

    // The new app opens it: 0014 runs.
    const app = await openAppDatabase({ path, migrationsFolder: MIGRATIONS });
    const host = DatabaseHost.wrap(app, {
      migrationsFolder: MIGRATIONS,
      backupDir: () => join(dir, 'backups'),
    });
    const router = createRouter({ host, door: 'cli', clock: manualClock(new Date('2026-11-20T09:00:00Z')) });
    const init = await router.call('setup.initialize', {
      officeName: 'Отдел занятости и социальных программ Талгарского района',
      districtKato: '196000000',
      locale: 'ru',
      admin: { login: 'admin', fullName: 'Әлия Серікқызы', password: 'correct horse 1' },
    });
    expect(init.ok).toBe(true);
    const login = await router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
    const session = (login as { data: { sessionToken: string } }).data.sessionToken;
    const call = async <T>(name: string) => {
      const r = await router.call(name, {}, { session });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.data as T;
    };

    // The percentage went to the degree it fits and stays where it was typed; notice = sending.
    expect(
      sqlite3(
        "SELECT work_capacity_loss_pct, general_capacity_loss_pct, coalesce(prof_capacity_loss_pct, '-') FROM disability_records WHERE id = 'd-adult'",
      ),
    ).toBe('45|45|-');
    expect(sqlite3("SELECT notified_on FROM ipr_measures WHERE id = 'm-aid'")).toBe('2026-10-05');
    expect(sqlite3('SELECT count(*) FROM ssu_forms WHERE built_in = 1')).toBe('4');

    const before = sqlite3(
      'SELECT group_concat(id || term || coalesce(valid_until, "-")) FROM disability_records',
    );
    const plan = await call<Output<'maintenance.legalFixesPlan'>>('maintenance.legalFixesPlan');
    expect(plan.applied).toBe(false);
    expect(plan.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'd-child',
          field: 'term',
          from: 'indefinite',
          to: 'until7',
          rule: 'termCategory',
        }),
        expect.objectContaining({ id: 'd-child', field: 'validUntil', from: null, to: '2028-01-01' }),
        expect.objectContaining({ id: 'p-child', field: 'validUntil', from: null, to: '2028-01-01' }),
        expect.objectContaining({
          id: 'm-taxi',
          field: 'status',
          from: 'sent_to_portal',
          to: 'recommended',
          rule: 'offPortal',
        }),
        expect.objectContaining({ id: 'm-taxi', field: 'orderDeadline', from: '2026-12-01', to: null }),
      ]),
    );
    expect(plan.changes).toHaveLength(5);
    expect(plan.reviews).toEqual([
      { entity: 'ipr_measure', id: 'm-assist', subjectId: 'a-adult', rule: 'assistantGroupI' },
    ]);
    // The dry run wrote nothing.
    expect(
      sqlite3('SELECT group_concat(id || term || coalesce(valid_until, "-")) FROM disability_records'),
    ).toBe(before);

    // The CLI shows the same dry run (the app holds the file lock, so it runs on a copy).
    host.app.sqlite.exec(`VACUUM INTO '${join(dir, 'copy.sqlite')}'`);
    const out = execFileSync(process.execPath, [CLI, 'legal-fixes', '--db', join(dir, 'copy.sqlite')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('5 corrections, 1 to review (dry run');
    expect(out).toContain('disability d-child term: indefinite → until7');

    const applied = await call<Output<'maintenance.legalFixesApply'>>('maintenance.legalFixesApply');
    expect(applied.applied).toBe(true);
    expect(sqlite3("SELECT term, valid_until FROM disability_records WHERE id = 'd-child'")).toBe(
      'until7|2028-01-01',
    );
    expect(sqlite3("SELECT valid_until FROM iprs WHERE id = 'p-child'")).toBe('2028-01-01');
    expect(
      sqlite3("SELECT status, coalesce(order_deadline, '-'), sent_on FROM ipr_measures WHERE id = 'm-taxi'"),
    ).toBe('recommended|-|2026-10-01');
    expect(sqlite3("SELECT cur_disability_until FROM applicants WHERE id = 'a-child'")).toBe('2028-01-01');
    // Nothing deleted; the review item untouched; every corrected row audited.
    expect(
      sqlite3('SELECT (SELECT count(*) FROM disability_records) || (SELECT count(*) FROM ipr_measures)'),
    ).toBe('23');
    expect(sqlite3("SELECT status, hours_per_day FROM ipr_measures WHERE id = 'm-assist'")).toBe(
      'recommended|6',
    );
    expect(
      sqlite3(
        "SELECT group_concat(entity_id, ',') FROM (SELECT entity_id FROM audit_log WHERE action = 'legal_fix' ORDER BY entity_id)",
      ),
    ).toBe('d-child,m-taxi,p-child');
    // Applying again finds nothing more to change.
    expect((await call<Output<'maintenance.legalFixesPlan'>>('maintenance.legalFixesPlan')).changes).toEqual(
      [],
    );
    host.close();
  });
});
