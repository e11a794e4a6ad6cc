import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Input } from '../../src-main/core/api/contract';
import {
  applicantCountQuery,
  applicantPageIds,
  applicantRowsQuery,
  connectionAsk,
  readPageRows,
  recordingAsk,
} from '../../src-main/core/modules/applicants/list';
import { caseListQueries, casePeopleQuery, resolvePeople } from '../../src-main/core/modules/cases/service';
import { makeTestApp, type TestApp } from '../helpers/app';

// Every list and search query must be answered through an index. SQLite's query plan names a
// full scan of a table "SCAN <table>" without "USING ... INDEX"; none may appear for the registry
// tables (applicants, disability records, programmes and their measures, cases).
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  const r = await t.router.call('maintenance.seed', { applicants: 3000, seed: 3 }, { session: t.admin });
  expect(r.ok).toBe(true);
});
afterAll(() => t.close());

const dialect = new SQLiteSyncDialect();

/** Runs the list's page statements for real and keeps their SQL, to read their plans. */
function pageStatements(input: Input<'applicants.list'>, total: number) {
  const parsed = contract['applicants.list'].input.parse(input);
  const steps: SQL[] = [];
  const ask = recordingAsk(connectionAsk(t.app.sqlite), steps);
  const ids = applicantPageIds(ask, t.app.db, parsed, total);
  const rows = readPageRows(t.app.db, t.app.sqlite, ids);
  // The page's rows are read by rowid as well.
  steps.push(applicantRowsQuery(t.app.db, ids).getSQL());
  return { seen: steps.map((q) => dialect.sqlToQuery(q)), rows };
}

function plan(sqlText: string, params: unknown[]): string[] {
  return (t.app.sqlite.prepare(`EXPLAIN QUERY PLAN ${sqlText}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

const LIST_CASES: [string, Input<'applicants.list'>, number][] = [
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
  ['phone number', { query: '87015551234' }, 10],
  ['disability category and group', { disabilityCategory: 'adult', disabilityGroup: 1 }, 10],
  ['re-examination within 30 days', { reexamWithinDays: 30, sortBy: 'birthDate' }, 10],
  ['IPR expiring within 60 days', { iprExpiringWithinDays: 60 }, 10],
  ['portal deadline within 14 days', { portalDeadlineWithinDays: 14 }, 10],
  ['IPR measures pending in a district', { iprPending: true, katoPrefix: '19' }, 10],
  ['consent missing', { consentMissing: true }, 10],
  ['has an active case', { activeCase: true }, 10],
  [
    'has an active case in a district, by birth date',
    { activeCase: true, katoPrefix: '19', sortBy: 'birthDate' },
    10,
  ],
  ['has an active case, age band', { activeCase: true, ageFrom: 60, ageTo: 90 }, 10],
  ['age band 60–80 sorted by name', { ageFrom: 60, ageTo: 80 }, 10],
  ['best match, surname being typed', { query: 'ахмет', sortBy: 'relevance' }, 10],
  ['best match, first name (second part sorted)', { query: 'серик', sortBy: 'relevance' }, 10],
  ['best match, broad (second part walked)', { query: 'ова', sortBy: 'relevance', page: 3 }, 100_000],
  ['best match with a filter', { query: 'ахмет', sortBy: 'relevance', katoPrefix: '19' }, 10],
];

describe('applicant list query plans', () => {
  it.each(LIST_CASES)('%s uses indexes only', (_name, input, total) => {
    const parsed = contract['applicants.list'].input.parse(input);
    const count = applicantCountQuery(t.app.db, parsed).toSQL();
    const { seen } = pageStatements(input, total);
    expect(seen.length).toBeGreaterThan(0);
    for (const q of [...seen, count]) {
      const details = plan(q.sql, q.params);
      const scans = details.filter(
        (d) =>
          /^SCAN (applicants|disability_records|iprs|ipr_measures|cases)\b(?!.*INDEX)/.test(d) &&
          !/VIRTUAL TABLE/.test(d),
      );
      expect(scans, `${q.sql}\n${details.join('\n')}`).toEqual([]);
    }
  });

  it('looks digits up as an IIN prefix and a phone prefix by index range, never walking an index', () => {
    // A plain OR of the two ranges made SQLite walk the whole name index (≈400 ms at 100,000).
    for (const query of ['8507', '870155', '87015551234']) {
      const parsed = contract['applicants.list'].input.parse({ query });
      const count = applicantCountQuery(t.app.db, parsed).toSQL();
      const [page] = pageStatements({ query }, 10).seen;
      for (const q of [count, page!]) {
        const details = plan(q.sql, q.params);
        expect(
          details.filter((d) => /^SCAN applicants/.test(d)),
          details.join('\n'),
        ).toEqual([]);
        expect(details.join('\n')).toMatch(/applicants_live_iin_idx \(iin>\? AND iin<\?\)/);
        expect(details.join('\n')).toMatch(
          /applicants_live_phone_idx \(phone_digits>\? AND phone_digits<\?\)/,
        );
      }
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
      for (const assumedTotal of [1, 1_000_000]) {
        const { rows } = pageStatements({ query, pageSize: 200 }, assumedTotal);
        expect(
          rows.map((x) => x.id),
          `${query} assuming ${assumedTotal}`,
        ).toEqual(expected);
      }
    }
  });

  it('a name-sorted page of a fragment that mostly starts surnames is the page a plain scan gives, both ways', () => {
    // The most common surname's first five letters: nearly all its matches start the key, so a
    // capped search splits them (a range of the name index) from the rest (read and sorted).
    const surname = t.app.sqlite
      .prepare(
        'SELECT substr(search_key, 1, 5) FROM applicants WHERE deleted_at IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      )
      .pluck()
      .get() as string;
    for (const query of [surname, 'ова', 'кызы'])
      for (const sortDir of ['asc', 'desc'] as const)
        for (const page of [1, 2]) {
          const dir = sortDir.toUpperCase();
          const expected = t.app.sqlite
            .prepare(
              `SELECT id FROM applicants WHERE deleted_at IS NULL AND search_key LIKE ? ORDER BY search_key ${dir}, rowid ${dir} LIMIT 20 OFFSET ?`,
            )
            .pluck()
            .all(`%${query}%`, (page - 1) * 20) as string[];
          expect(expected.length, query).toBeGreaterThan(0);
          const input = { query, sortBy: 'name' as const, sortDir, page, pageSize: 20 };
          const { rows, seen } = pageStatements(input, 1_000_000);
          expect(
            rows.map((x) => x.id),
            `${query} ${sortDir} page ${page}`,
          ).toEqual(expected);
          // The split page (a range merged with the rest, sorted) was the one taken.
          if (query === surname) expect(seen.some((q) => q.sql.includes('UNION ALL'))).toBe(true);
        }
  });

  it('reads two letters beside a longer word as the start of a word, from the indexes alone', async () => {
    // Queries built from the data: a first name and the first two letters of a surname (the
    // key's first word) or of a patronymic (a later word).
    const people = t.app.sqlite
      .prepare(
        "SELECT search_key FROM applicants WHERE deleted_at IS NULL AND search_key LIKE '% % %' LIMIT 40",
      )
      .pluck()
      .all() as string[];
    const queries = people.flatMap((key) => {
      const [last, first, patronymic] = key.split(' ') as [string, string, string];
      return first.length >= 3 ? [`${first} ${last.slice(0, 2)}`, `${patronymic.slice(0, 2)} ${first}`] : [];
    });
    expect(queries.length).toBeGreaterThan(20);
    for (const query of queries.slice(0, 30)) {
      const [a, b] = query.split(' ') as [string, string];
      const [long, pair] = a.length === 2 ? [b, a] : [a, b];
      const expected = t.app.sqlite
        .prepare(
          'SELECT id FROM applicants WHERE deleted_at IS NULL AND search_key LIKE ? AND (search_key LIKE ? OR search_key LIKE ?) ORDER BY search_key, rowid',
        )
        .pluck()
        .all(`%${long}%`, `${pair}%`, `% ${pair}%`) as string[];
      const r = await t.router.call('applicants.list', { query, pageSize: 200 }, { session: t.admin });
      if (!r.ok) throw new Error(r.error.message);
      const data = r.data as { rows: { id: string }[]; total: number };
      expect(data.total, query).toBe(expected.length);
      expect(
        data.rows.map((x) => x.id),
        query,
      ).toEqual(expected.slice(0, 200));
      const parsed = contract['applicants.list'].input.parse({ query });
      for (const q of [
        applicantCountQuery(t.app.db, parsed).toSQL(),
        ...pageStatements({ query }, 10).seen,
      ]) {
        const details = plan(q.sql, q.params);
        expect(
          details.filter((d) => /^SCAN applicants\b/.test(d)),
          details.join('\n'),
        ).toEqual([]);
      }
      // The other page plan (walking the name index) agrees.
      const walked = pageStatements({ query, pageSize: 200 }, 1_000_000).rows;
      expect(
        walked.map((x) => x.id),
        `${query} walked`,
      ).toEqual(expected.slice(0, 200));
    }
  });

  it('"best match" puts the surnames that start with the first word first, then every other match, page by page', async () => {
    // Reference by brute force: starts-with first, each part in name order.
    const reference = (lead: string, others: string[]) =>
      t.app.sqlite
        .prepare(
          `SELECT id FROM applicants WHERE deleted_at IS NULL AND search_key LIKE ? ${others.map(() => 'AND search_key LIKE ?').join(' ')}
           ORDER BY (substr(search_key, 1, length(?)) = ?) DESC, search_key, rowid`,
        )
        .pluck()
        .all(`%${lead}%`, ...others.map((w) => `%${w}%`), lead, lead) as string[];
    // A surname being typed, a first name (few or no surnames start with it) and two words.
    const key = t.app.sqlite
      .prepare(
        "SELECT search_key FROM applicants WHERE deleted_at IS NULL AND search_key LIKE 'а% % %' LIMIT 1",
      )
      .pluck()
      .get() as string;
    const [surname, firstName] = key.split(' ') as [string, string];
    for (const query of [
      surname.slice(0, 4),
      surname,
      firstName,
      `${surname.slice(0, 5)} ${firstName.slice(0, 3)}`,
    ]) {
      const [lead, ...others] = query.split(' ') as [string, ...string[]];
      const expected = reference(lead, others);
      expect(expected.length, query).toBeGreaterThan(0);
      // Page through the whole answer with a page size that splits the first part mid-page.
      const got: string[] = [];
      for (let page = 1; page <= Math.ceil(expected.length / 7); page++) {
        const r = await t.router.call(
          'applicants.list',
          { query, sortBy: 'relevance', page, pageSize: 7 },
          { session: t.admin },
        );
        if (!r.ok) throw new Error(r.error.message);
        const data = r.data as { rows: { id: string }[]; total: number };
        expect(data.total, query).toBe(expected.length);
        got.push(...data.rows.map((x) => x.id));
      }
      expect(got, query).toEqual(expected);
    }
  });

  it('filters return the same people as a plain query over the tables would', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const in30 = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const checks: [Input<'applicants.list'>, string, unknown[]][] = [
      [
        { reexamWithinDays: 30 },
        'SELECT count(DISTINCT applicant_id) FROM disability_records WHERE replaced_at IS NULL AND valid_until BETWEEN ? AND ?',
        [today, in30],
      ],
      [
        { disabilityCategory: 'adult', disabilityGroup: 2 },
        "SELECT count(DISTINCT applicant_id) FROM disability_records WHERE replaced_at IS NULL AND category = 'adult' AND group_no = 2",
        [],
      ],
      [
        { iprPending: true },
        "SELECT count(DISTINCT applicant_id) FROM ipr_measures WHERE status IN ('recommended', 'sent_to_portal', 'ordered')",
        [],
      ],
      [
        { activeCase: true },
        "SELECT count(DISTINCT applicant_id) FROM cases WHERE status NOT IN ('refused', 'terminated', 'withdrawn')",
        [],
      ],
      [
        { consentMissing: true },
        'SELECT count(*) FROM applicants WHERE deleted_at IS NULL AND consent_date IS NULL',
        [],
      ],
    ];
    for (const [input, reference, params] of checks) {
      const r = await t.router.call('applicants.list', input, { session: t.admin });
      if (!r.ok) throw new Error(r.error.message);
      const expected = t.app.sqlite
        .prepare(reference)
        .pluck()
        .get(...params) as number;
      expect(expected, JSON.stringify(input)).toBeGreaterThan(0);
      expect((r.data as { total: number }).total, JSON.stringify(input)).toBe(expected);
    }
  });
});

describe('register of applications query plans', () => {
  const CASE_LIST: [string, Input<'cases.list'>][] = [
    ['everything, newest first', {}],
    ['active, newest first', { status: 'active' }],
    ['closed', { status: 'closed' }],
    ['one status, oldest first', { status: 'in_service', sortDir: 'asc' }],
    ['by case number', { query: '2026-001', sortBy: 'number' }],
    ['by a name fragment', { query: 'алия' }],
    // Broader than the list of ids worth passing: the people are found inside the statements.
    ['by a broad name fragment', { query: 'ова' }],
    // Replaced below by the first 6 digits of the IIN of someone with an active case.
    ['by an IIN prefix, active', { query: '<iin>', status: 'active' }],
  ];
  it.each(CASE_LIST)('%s uses indexes only and counts what a plain query counts', async (_name, given) => {
    const iin = t.app.sqlite
      .prepare(
        "SELECT substr(a.iin, 1, 6) FROM cases c JOIN applicants a ON a.id = c.applicant_id WHERE a.iin IS NOT NULL AND c.status = 'registered' LIMIT 1",
      )
      .pluck()
      .get() as string;
    const input = given.query === '<iin>' ? { ...given, query: iin } : given;
    const parsed = contract['cases.list'].input.parse(input);
    const peopleQuery = casePeopleQuery(t.app.db, parsed);
    const q = caseListQueries(t.app.db, parsed, resolvePeople(t.app.db, parsed));
    for (const built of [...(peopleQuery ? [peopleQuery.toSQL()] : []), q.count.toSQL(), q.page.toSQL()]) {
      const details = plan(built.sql, built.params);
      const scans = details.filter((d) => /^SCAN (cases|applicants)\b(?!.*INDEX)/.test(d));
      expect(scans, `${built.sql}\n${details.join('\n')}`).toEqual([]);
    }
    const r = await t.router.call('cases.list', input, { session: t.admin });
    if (!r.ok) throw new Error(r.error.message);
    const got = (r.data as { total: number }).total;
    // Reference by brute force over the tables.
    const closed = "('refused', 'terminated', 'withdrawn')";
    const status =
      parsed.status === 'active'
        ? `c.status NOT IN ${closed}`
        : parsed.status === 'closed'
          ? `c.status IN ${closed}`
          : parsed.status
            ? `c.status = '${parsed.status}'`
            : '1';
    const query = parsed.query;
    const match = /^\d{4}-/.test(query)
      ? `c.number LIKE '${query}%'`
      : /^\d+$/.test(query)
        ? `(a.iin LIKE '${query}%' OR a.phone_digits LIKE '${query}%')`
        : query
          ? `a.search_key LIKE '%${query}%'`
          : '1';
    const expected = t.app.sqlite
      .prepare(
        `SELECT count(*) FROM cases c JOIN applicants a ON a.id = c.applicant_id WHERE ${status} AND ${match}`,
      )
      .pluck()
      .get() as number;
    expect(got).toBe(expected);
    expect(got, 'the seeded registry gives each filter something to find').toBeGreaterThan(0);
  });

  it('a name naming more people than a list of ids holds is found inside the statements, all of them', () => {
    // Past CASE_PEOPLE_CAP people with an application (a fragment as common as "ова" at a
    // million) the people go into the statements as a subquery. Here the cap is lowered to reach
    // that branch at 3,000 people.
    const parsed = contract['cases.list'].input.parse({ query: 'ова' });
    const people = resolvePeople(t.app.db, parsed, 10);
    expect(Array.isArray(people)).toBe(false);
    const q = caseListQueries(t.app.db, parsed, people);
    const expected = t.app.sqlite
      .prepare(
        "SELECT count(*) FROM cases c JOIN applicants a ON a.id = c.applicant_id WHERE a.search_key LIKE '%ова%'",
      )
      .pluck()
      .get() as number;
    expect(expected).toBeGreaterThan(11);
    expect(q.count.get()?.n).toBe(expected);
    expect(q.page.all().length).toBe(Math.min(25, expected));
  });
  it('the seeded registry has applications in every state the filters name', () => {
    const n = t.app.sqlite.prepare('SELECT count(DISTINCT status) FROM cases').pluck().get() as number;
    expect(n).toBeGreaterThanOrEqual(5);
  });
});
