import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseHost } from '../../src-main/core/db/host';
import { createRouter } from '../../src-main/core/router/router';
import { CLI, MIGRATIONS, tempDir } from '../helpers/paths';

// The trigram index finds people by row number. A VACUUM (by any tool: the sqlite3 CLI, a
// "compact database" button someone adds later) renumbers the rows of a table that has no
// INTEGER PRIMARY KEY when some were deleted, and the index would then silently find the wrong
// people. applicants.rid is that key (migration 0013): a search after VACUUM finds the same.

const sqlite3 = (db: string, sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();
const qamqor = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('search survives VACUUM', () => {
  it('finds the same people by name fragment after rows were deleted and the file vacuumed', async () => {
    const db = join(tempDir(), 'q.sqlite');
    expect(qamqor('seed', '--db', db, '--applicants', '400', '--seed', '11').status).toBe(0);
    // Gaps in the row numbers: people without any related rows, removed outright.
    sqlite3(
      db,
      `PRAGMA foreign_keys = OFF;
       DELETE FROM applicants WHERE rowid IN (
         SELECT rowid FROM applicants a WHERE NOT EXISTS (SELECT 1 FROM household_members h WHERE h.applicant_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM disability_records d WHERE d.applicant_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM incomes i WHERE i.applicant_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM representatives r WHERE r.applicant_id = a.id OR r.representative_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM ipr_measures m WHERE m.applicant_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM iprs p WHERE p.applicant_id = a.id)
         ORDER BY rowid LIMIT 60);`,
    );
    const before = sqlite3(
      db,
      'SELECT group_concat(rowid) FROM (SELECT rowid FROM applicants ORDER BY rowid LIMIT 5)',
    );
    sqlite3(db, 'VACUUM');
    expect(
      sqlite3(db, 'SELECT group_concat(rowid) FROM (SELECT rowid FROM applicants ORDER BY rowid LIMIT 5)'),
    ).toBe(before);
    // doctor checks the trigram index against the live rows.
    const doctor = qamqor('doctor', '--db', db);
    expect(doctor.status, doctor.stdout).toBe(0);
    expect(doctor.stdout).toContain('search index: consistent');

    const host = await DatabaseHost.open({
      path: db,
      migrationsFolder: MIGRATIONS,
      backupDir: () => tempDir(),
    });
    try {
      const router = createRouter({ host, door: 'cli' });
      const actor = {
        userId: 'cli:test',
        login: 'cli:test',
        fullName: 'CLI',
        roles: ['admin' as const],
        locale: 'ru',
      };
      const surnames = sqlite3(
        db,
        'SELECT last_name FROM applicants WHERE deleted_at IS NULL ORDER BY rowid DESC LIMIT 12',
      ).split('\n');
      for (const surname of surnames) {
        const fragment = surname.slice(1, 5).toLowerCase();
        const r = await router.callAs(actor, 'applicants.list', { query: fragment, pageSize: 200 });
        if (!r.ok) throw new Error(r.error.code);
        const rows = (
          r.data as { rows: { lastName: string; firstName: string; patronymic: string | null }[] }
        ).rows;
        // Every person found really has the fragment in their name, and the one we took is there.
        expect(rows.map((p) => p.lastName)).toContain(surname);
      }
    } finally {
      host.close();
    }
  });
});
