import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Input } from '../../src-main/core/api/contract';
import { applicantCountQuery, applicantPageQuery } from '../../src-main/core/services/applicants';
import { makeTestApp, type TestApp } from '../helpers/app';

// Every list and search query must be answered through an index. SQLite's query plan names a
// full scan of a table "SCAN <table>" without "USING ... INDEX"; none may appear for applicants.
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  const r = await t.router.call('maintenance.seed', { applicants: 3000, seed: 3 }, { session: t.admin });
  expect(r.ok).toBe(true);
});
afterAll(() => t.close());

function plan(sqlText: string, params: unknown[]): string[] {
  return (t.app.sqlite.prepare(`EXPLAIN QUERY PLAN ${sqlText}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

const CASES: [string, Input<'applicants.list'>, number][] = [
  ['name fragment, narrow', { query: 'алия' }, 10],
  ['name fragment, broad walk of the name index', { query: 'ова' }, 100_000],
  ['two words', { query: 'ахмет серик' }, 10],
  ['short prefix', { query: 'ка' }, 10],
  ['IIN prefix', { query: '8507' }, 10],
  [
    'KATO + sex sorted by birth date',
    { katoPrefix: '19', sex: 'F', sortBy: 'birthDate', sortDir: 'desc', page: 2 },
    10,
  ],
  ['KATO sorted by name', { katoPrefix: '7101', sortBy: 'name' }, 10],
  ['everyone sorted by name', {}, 10],
  ['everyone sorted by birth date', { sortBy: 'birthDate', sortDir: 'desc' }, 10],
];

describe('applicant list query plans', () => {
  it.each(CASES)('%s uses indexes only', (_name, input, total) => {
    const parsed = contract['applicants.list'].input.parse(input);
    const page = applicantPageQuery(t.app.db, parsed, total).toSQL();
    const count = applicantCountQuery(t.app.db, parsed).toSQL();
    for (const q of [page, count]) {
      const details = plan(q.sql, q.params);
      const scans = details.filter(
        (d) => /^SCAN applicants\b(?!.*INDEX)/.test(d) && !/VIRTUAL TABLE/.test(d),
      );
      expect(scans, `${q.sql}\n${details.join('\n')}`).toEqual([]);
    }
  });

  it('answers a broad fragment and a narrow one with the same rows as a plain scan would', async () => {
    for (const query of ['ова', 'алия', 'кызы']) {
      const r = await t.router.call('applicants.list', { query, pageSize: 200 }, { session: t.admin });
      if (!r.ok) throw new Error(r.error.message);
      const data = r.data as { rows: { id: string }[]; total: number };
      // Reference answer by brute force over the folded key (LIKE is fine here: keys are folded).
      const expected = t.app.sqlite
        .prepare(
          'SELECT id FROM applicants WHERE deleted_at IS NULL AND search_key LIKE ? ORDER BY search_key, rowid LIMIT 200',
        )
        .pluck()
        .all(`%${query}%`) as string[];
      const total = t.app.sqlite
        .prepare('SELECT count(*) FROM applicants WHERE deleted_at IS NULL AND search_key LIKE ?')
        .pluck()
        .get(`%${query}%`);
      expect(data.total, query).toBe(total);
      expect(
        data.rows.map((x) => x.id),
        query,
      ).toEqual(expected);
      // Both page plans (sort the matches; walk the name index) must give the same page.
      const parsed = contract['applicants.list'].input.parse({ query, pageSize: 200 });
      for (const assumedTotal of [1, 1_000_000]) {
        const rows = applicantPageQuery(t.app.db, parsed, assumedTotal).all();
        expect(
          rows.map((x) => x.id),
          `${query} assuming ${assumedTotal}`,
        ).toEqual(expected);
      }
    }
  });
});
