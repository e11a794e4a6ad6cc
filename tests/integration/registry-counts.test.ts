import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Input, type Output } from '../../src-main/core/api/contract';
import { checkDatabaseFile } from '../../src-main/core/app/maintenance';
import { tallyCountQuery } from '../../src-main/core/modules/applicants/tallies';
import { makeTestApp, type TestApp } from '../helpers/app';
import { MIGRATIONS } from '../helpers/paths';

// The registry list's totals at oblast size: filters on district-level facts are summed from
// applicant_tallies (migration 0029), kept by triggers through every kind of write; a flag's
// age band in a district is counted from the flag's index; a page in birth-date order may walk
// the birth-date index. Each is compared with a plain count or a plain ORDER BY over the people
// (the sqlite3 CLI), after edits that move people between tallies.

let t: TestApp;
const dbFile = () => join(t.dir, 'qamqor.sqlite');
const sqlite3 = (sql: string) => execFileSync('sqlite3', [dbFile(), sql], { encoding: 'utf8' }).trim();

beforeAll(async () => {
  t = await makeTestApp();
  await t.call('maintenance.seed', { applicants: 1500, seed: 5 });
  // Moves between tallies, each through the app: a new district and a consent for one person,
  // an application for another (an active case), and a person removed (as a merge does, in SQL).
  const [a, b, c] = sqlite3(
    'SELECT id FROM applicants WHERE active_case = 0 AND consent_date IS NULL AND iin IS NOT NULL ORDER BY rowid LIMIT 3',
  ).split('\n') as [string, string, string];
  const other = sqlite3(
    `SELECT kato_code FROM applicants WHERE substr(kato_code, 1, 6) <> (SELECT substr(kato_code, 1, 6) FROM applicants WHERE id = '${a}') LIMIT 1`,
  );
  const pa = await t.call<Output<'applicants.get'>>('applicants.get', { id: a });
  await t.call('applicants.update', {
    ...pa,
    id: a,
    katoCode: other,
    consentDate: '2026-11-02',
    consentForm: 'paper',
  });
  await t.call('cases.register', {
    applicantId: b,
    appliedOn: '2026-11-18',
    channel: 'state_corporation',
    appliedBy: 'self',
    grounds: ['old_age_self_care'],
    ssuTypes: ['social_domestic'],
    requestedForm: 'home',
  });
  expect(sqlite3(`SELECT active_case FROM applicants WHERE id = '${b}'`)).toBe('1');
  t.app.sqlite.prepare("UPDATE applicants SET deleted_at = '2026-11-20T10:00:00Z' WHERE id = ?").run(c);
});
afterAll(() => t.close());

/** The list's total and a plain count of the people, for the same filters. */
async function both(input: Input<'applicants.list'>) {
  const r = await t.call<Output<'applicants.list'>>('applicants.list', input);
  const where = ['deleted_at IS NULL'];
  if (input.katoPrefix) where.push(`kato_code LIKE '${input.katoPrefix}%'`);
  if (input.sex) where.push(`sex = '${input.sex}'`);
  if (input.disabilityCategory) where.push(`cur_disability_category = '${input.disabilityCategory}'`);
  if (input.disabilityGroup) where.push(`cur_disability_group = ${input.disabilityGroup}`);
  if (input.iprPending) where.push('ipr_pending = 1');
  if (input.activeCase) where.push('active_case = 1');
  if (input.consentMissing) where.push('consent_date IS NULL');
  if (input.ageFrom !== undefined)
    where.push(`birth_date <= date('now', 'localtime', '-${input.ageFrom} years')`);
  return {
    total: r.total,
    plain: Number(sqlite3(`SELECT count(*) FROM applicants WHERE ${where.join(' AND ')}`)),
  };
}

describe('registry totals', () => {
  it('sums district-level filters from the tallies, equal to counting the people', async () => {
    const sixes = sqlite3(
      'SELECT substr(kato_code, 1, 6) FROM applicants GROUP BY 1 ORDER BY count(*) DESC LIMIT 2',
    ).split('\n');
    const nine = sqlite3('SELECT kato_code FROM applicants GROUP BY 1 ORDER BY count(*) DESC LIMIT 1');
    const places = [undefined, '19', '1960', ...sixes, nine];
    const filters: Input<'applicants.list'>[] = [
      {},
      { sex: 'F' },
      { disabilityCategory: 'adult', disabilityGroup: 2 },
      { disabilityGroup: 1 },
      { iprPending: true },
      { activeCase: true },
      { consentMissing: true },
      { sex: 'M', activeCase: true, consentMissing: true },
    ];
    let nonEmpty = 0;
    for (const katoPrefix of places)
      for (const f of filters) {
        const input = { ...f, ...(katoPrefix ? { katoPrefix } : {}) };
        const parsed = contract['applicants.list'].input.parse(input);
        // Up to six KATO digits the total comes from the tallies; a settlement's nine are counted.
        expect(tallyCountQuery(t.app.db, parsed) !== null, JSON.stringify(input)).toBe(
          (katoPrefix?.length ?? 0) <= 6,
        );
        const { total, plain } = await both(input);
        expect(total, JSON.stringify(input)).toBe(plain);
        if (plain > 0) nonEmpty++;
      }
    expect(nonEmpty).toBeGreaterThan(30);
    // The tallies hold exactly the live people, and doctor finds nothing to say.
    expect(sqlite3('SELECT sum(n) FROM applicant_tallies')).toBe(
      sqlite3('SELECT count(*) FROM applicants WHERE deleted_at IS NULL'),
    );
    expect(checkDatabaseFile(dbFile(), MIGRATIONS).searchIndex).toEqual([]);
  });

  it('counts an active-case or no-consent age band in a district from the flag index, equal to counting the people', async () => {
    for (const input of [
      { activeCase: true, katoPrefix: '1960', ageFrom: 18 },
      { consentMissing: true, katoPrefix: '19', ageFrom: 60 },
      { activeCase: true, ageFrom: 30 },
    ] as Input<'applicants.list'>[]) {
      const { total, plain } = await both(input);
      expect(plain, JSON.stringify(input)).toBeGreaterThan(0);
      expect(total, JSON.stringify(input)).toBe(plain);
    }
  });

  it('a birth-date page walked along the index is the page a plain ORDER BY gives', async () => {
    for (const [input, where] of [
      [{ sex: 'F', sortBy: 'birthDate', sortDir: 'desc', page: 3, pageSize: 50 }, "sex = 'F'"],
      [{ sex: 'M', sortBy: 'birthDate', sortDir: 'asc', page: 2, pageSize: 25 }, "sex = 'M'"],
    ] as [Input<'applicants.list'>, string][]) {
      const r = await t.call<Output<'applicants.list'>>('applicants.list', input);
      const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
      const size = input.pageSize ?? 25;
      const plain = sqlite3(
        `SELECT id FROM applicants WHERE deleted_at IS NULL AND ${where} ORDER BY birth_date ${dir}, rowid ${dir} LIMIT ${size} OFFSET ${((input.page ?? 1) - 1) * size}`,
      ).split('\n');
      expect(r.rows.map((row) => row.id)).toEqual(plain);
    }
  });

  it('doctor reports tallies that no longer match the people', () => {
    sqlite3(
      'UPDATE applicant_tallies SET n = n + 1 WHERE (kato6, sex, category, grp, ipr_pending, active_case, no_consent) IN (SELECT kato6, sex, category, grp, ipr_pending, active_case, no_consent FROM applicant_tallies LIMIT 1)',
    );
    const report = checkDatabaseFile(dbFile(), MIGRATIONS);
    expect(report.searchIndex.join('\n')).toMatch(/registry tallies differ from the people in 1 combination/);
    expect(report.healthy).toBe(false);
  });
});

describe('name index', () => {
  it('follows an edit of the name: found by the new one, not by the old, and doctor agrees', async () => {
    const id = sqlite3('SELECT id FROM applicants WHERE deleted_at IS NULL ORDER BY rowid DESC LIMIT 1');
    const p = await t.call<Output<'applicants.get'>>('applicants.get', { id });
    const before = await t.call<Output<'applicants.list'>>('applicants.list', { query: p.lastName });
    expect(before.rows.map((r) => r.id)).toContain(id);
    await t.call('applicants.update', { ...p, id, lastName: 'Жолдыбаева' });
    const found = await t.call<Output<'applicants.list'>>('applicants.list', { query: 'жолдыбаев' });
    expect(found.rows.map((r) => r.id)).toEqual([id]);
    // An edit of anything else keeps the person findable (the key is written again unchanged).
    await t.call('applicants.update', { ...p, id, lastName: 'Жолдыбаева', address: 'Тараз, Абая 5' });
    const again = await t.call<Output<'applicants.list'>>('applicants.list', { query: 'жолдыбаев' });
    expect(again.rows.map((r) => r.id)).toEqual([id]);
    const old = await t.call<Output<'applicants.list'>>('applicants.list', { query: p.lastName });
    expect(old.rows.map((r) => r.id)).not.toContain(id);
    expect(sqlite3('SELECT count(*) FROM applicants_fts_docsize')).toBe(
      sqlite3('SELECT count(*) FROM applicants WHERE deleted_at IS NULL'),
    );
  });
});

describe('the register of applications searched by a name', () => {
  const WRONG_RID =
    'SELECT count(*) FROM cases c LEFT JOIN applicants a ON a.id = c.applicant_id WHERE c.applicant_rid IS NOT a.rid';
  it("reaches the cases through the person's row number the triggers keep, and doctor notices a wrong one", async () => {
    // Seeded cases, and the one registered through the app above, all carry their person's rid.
    expect(Number(sqlite3('SELECT count(*) FROM cases'))).toBeGreaterThan(100);
    expect(sqlite3(WRONG_RID)).toBe('0');
    const [caseId, lastName] = sqlite3(
      `SELECT c.id, a.last_name FROM cases c JOIN applicants a ON a.id = c.applicant_id
        WHERE a.deleted_at IS NULL ORDER BY c.rowid DESC LIMIT 1`,
    ).split('|') as [string, string];
    const key = sqlite3(`SELECT search_key FROM applicants WHERE last_name = '${lastName}' LIMIT 1`).split(
      ' ',
    )[0];
    const plain = () =>
      Number(
        sqlite3(
          `SELECT count(*) FROM cases c JOIN applicants a ON a.id = c.applicant_id
            WHERE a.deleted_at IS NULL AND a.search_key LIKE '%${key}%'`,
        ),
      );
    const listed = await t.call<Output<'cases.list'>>('cases.list', { query: key, pageSize: 100 });
    expect(listed.total).toBe(plain());
    expect(listed.rows.map((r) => r.id)).toContain(caseId);
    // A case whose copy of the row number is wrong drops out of the search, and doctor says so.
    sqlite3(`UPDATE cases SET applicant_rid = -1 WHERE id = '${caseId}'`);
    const missing = await t.call<Output<'cases.list'>>('cases.list', { query: key, pageSize: 100 });
    expect(missing.rows.map((r) => r.id)).not.toContain(caseId);
    const report = checkDatabaseFile(dbFile(), MIGRATIONS);
    expect(report.searchIndex.join('\n')).toMatch(/1 case point at the wrong person/);
    // Moving a case to another person (as a merge of duplicates would) follows through the trigger.
    const other = sqlite3(
      `SELECT id FROM applicants WHERE deleted_at IS NULL AND id <> (SELECT applicant_id FROM cases WHERE id = '${caseId}') LIMIT 1`,
    );
    sqlite3(`UPDATE cases SET applicant_id = '${other}' WHERE id = '${caseId}'`);
    expect(sqlite3(WRONG_RID)).toBe('0');
  });
});
