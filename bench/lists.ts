import type { Statement } from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { contract, type Input } from '../src-main/core/api/contract';
import type { AppDatabase } from '../src-main/core/db/database';
import type { Sqlite } from '../src-main/core/db/open';
import {
  applicantRowsQuery,
  type ListAsk,
  listPage,
  recordingAsk,
} from '../src-main/core/modules/applicants/list';
import {
  CASE_PEOPLE_CAP,
  caseListQueries,
  casePeopleQuery,
  resolvePeople,
} from '../src-main/core/modules/cases/service';
import type { Router } from '../src-main/core/router/router';

// The registry's list and the register of applications, measured through the api and, on the
// same data in the same run, as the same SQL on raw better-sqlite3 (run.ts at one size, scale.ts
// at several side by side).

export interface Target {
  router: Router;
  session: string;
  app: AppDatabase;
}

export function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number(sorted[Math.max(0, i)]!.toFixed(3));
}

export async function time(fn: () => unknown | Promise<unknown>, iterations: number): Promise<number[]> {
  for (let i = 0; i < Math.min(30, iterations); i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

const FRAGMENTS = [
  'алия',
  'сарсен',
  'бекова',
  'иван',
  'нурл',
  'кызы',
  'айгул',
  'касым',
  'ерлан ом',
  'гульнар',
];

/** The registry list's bench lines: searches and filtered, sorted pages. */
export function listCases(sqlite: Sqlite): { bench: string; inputs: Input<'applicants.list'>[] }[] {
  const sampleIins = sqlite
    .prepare('SELECT iin FROM applicants ORDER BY random() LIMIT 50')
    .pluck()
    .all() as string[];
  return [
    {
      // Fragments anywhere in the name (first names, patronymics, endings), in the list's
      // default order for a search ("best match").
      bench: 'search_name_fragment',
      inputs: FRAGMENTS.map((query) => ({ query, sortBy: 'relevance' as const })),
    },
    {
      // The same fragments after a click on the name column: every match sorted by name.
      bench: 'search_name_fragment_sorted_by_name',
      inputs: FRAGMENTS.map((query) => ({ query, sortBy: 'name' as const })),
    },
    {
      bench: 'search_name_short_prefix',
      inputs: ['а', 'ка', 'ив', 'се', 'ж'].map((query) => ({ query, sortBy: 'relevance' as const })),
    },
    {
      // One caseworker typing a surname letter by letter, as the list sends it.
      bench: 'search_as_you_type',
      inputs: ['с', 'са', 'сар', 'сарс', 'сарсе', 'сарсен', 'ж', 'жу', 'жум', 'жума', 'жумаб'].map(
        (query) => ({ query, sortBy: 'relevance' as const }),
      ),
    },
    {
      bench: 'search_iin_prefix',
      inputs: sampleIins.map((iin, i) => ({ query: iin.slice(0, 4 + (i % 5)) })),
    },
    {
      bench: 'search_phone',
      inputs: ['8701', '870155', '+7 702', '87771234'].map((query) => ({ query })),
    },
    {
      bench: 'filtered_sorted_page',
      // The seed puts everyone in the install's district (1960…), as a district registry is:
      // settlements within it, and the whole district (every row matches).
      inputs: ['1960', '19602', '19605', '196071']
        .flatMap((katoPrefix): Input<'applicants.list'>[] => [
          {
            katoPrefix,
            sex: 'F' as const,
            sortBy: 'birthDate' as const,
            sortDir: 'desc' as const,
            page: 3,
            pageSize: 50,
          },
          { katoPrefix, sortBy: 'name' as const, page: 1, pageSize: 50 },
          { katoPrefix, iprPending: true, pageSize: 50 },
        ])
        .concat([
          { reexamWithinDays: 30, sortBy: 'birthDate', pageSize: 50 },
          { disabilityCategory: 'adult', disabilityGroup: 1, pageSize: 50, page: 2 },
          { consentMissing: true, ageFrom: 60, ageTo: 80, pageSize: 50 },
          { portalDeadlineWithinDays: 14, pageSize: 50 },
          { activeCase: true, sortBy: 'name', pageSize: 50, page: 2 },
          { activeCase: true, katoPrefix: '1960', ageFrom: 18, pageSize: 50 },
        ] as Input<'applicants.list'>[]),
    },
  ];
}

/** One bench line of the list: p50/p95 through the api and raw, and the rows a page holds. */
export async function measureList(
  { router, session, app }: Target,
  inputs: Input<'applicants.list'>[],
  iterations: number,
) {
  let k = 0;
  const api = await time(async () => {
    const r = await router.call('applicants.list', inputs[k++ % inputs.length], { session });
    if (!r.ok) throw new Error(r.error.message);
  }, iterations);
  // Raw: the same statements the list runs (the same SQL text drizzle generates), each
  // prepared once on raw better-sqlite3: the total, the page's rowids (one statement, or two
  // for a "best match" page whose first part ends on it) and the page's rows.
  const dialect = new SQLiteSyncDialect();
  const prepared = new Map<string, Statement<unknown[]>>();
  const stmt = (text: string) => {
    let st = prepared.get(text);
    if (!st) {
      st = app.sqlite.prepare(text);
      prepared.set(text, st);
    }
    return st;
  };
  const rawAsk: ListAsk = {
    ids: (q: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(q);
      return stmt(text)
        .pluck()
        .all(...params) as number[];
    },
    value: (q: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(q);
      return stmt(text)
        .pluck()
        .get(...params) as number;
    },
  };
  // Built before timing: the list's statements (the total, or the search's matches; the page's
  // rowids in one or two parts), with their parameters, for each input.
  const raws = inputs.map((input) => {
    const parsed = contract['applicants.list'].input.parse(input);
    const steps: SQL[] = [];
    const { ids } = listPage(recordingAsk(rawAsk, steps), app.db, parsed);
    const pageSteps = steps.map((q) => dialect.sqlToQuery(q));
    const rows = ids.length > 0 ? applicantRowsQuery(app.db, ids).toSQL() : null;
    return { pageSteps, rows, n: ids.length };
  });
  let j = 0;
  const raw = await time(() => {
    const r = raws[j++ % raws.length]!;
    for (const step of r.pageSteps)
      stmt(step.sql)
        .raw()
        .all(...(step.params as unknown[]));
    if (r.rows) stmt(r.rows.sql).all(...(r.rows.params as unknown[]));
  }, iterations);
  return {
    p50_ms: percentile(api, 50),
    p95_ms: percentile(api, 95),
    raw_p50_ms: percentile(raw, 50),
    raw_p95_ms: percentile(raw, 95),
    avg_rows: Math.round(raws.reduce((sum, r) => sum + r.n, 0) / raws.length),
  };
}

/** The register of applications: a page of 25 with its total, as the Cases screen asks. */
export async function measureCases({ router, session, app }: Target, iterations: number) {
  // Raw: the same statements (the people a search names, the count, the page), prepared once.
  const caseInputs: Input<'cases.list'>[] = [
    {},
    { status: 'active' },
    { status: 'in_service', sortDir: 'asc' as const, page: 3 },
    { query: 'сарсен' },
    { query: `${new Date().getFullYear()}-001`, sortBy: 'number' as const },
  ];
  let ci = 0;
  const casesApi = await time(async () => {
    const r = await router.call('cases.list', caseInputs[ci++ % caseInputs.length], { session });
    if (!r.ok) throw new Error(r.error.message);
  }, iterations);
  const caseRaws = caseInputs.map((input) => {
    const parsed = contract['cases.list'].input.parse(input);
    const people = resolvePeople(app.db, parsed);
    // The ids are read first only when the api reads them (not for a name or number alone).
    const peopleSql = Array.isArray(people)
      ? casePeopleQuery(app.db, parsed)
          ?.limit(CASE_PEOPLE_CAP + 1)
          .toSQL()
      : undefined;
    const q = caseListQueries(app.db, parsed, people);
    const count = q.count.toSQL();
    const page = q.page.toSQL();
    return {
      people: peopleSql
        ? { st: app.sqlite.prepare(peopleSql.sql), params: peopleSql.params as unknown[] }
        : null,
      count: app.sqlite.prepare(count.sql),
      countParams: count.params as unknown[],
      page: app.sqlite.prepare(page.sql),
      pageParams: page.params as unknown[],
    };
  });
  let cr = 0;
  const casesRaw = await time(() => {
    const r = caseRaws[cr++ % caseRaws.length]!;
    r.people?.st.all(...r.people.params);
    r.count.get(...r.countParams);
    r.page.all(...r.pageParams);
  }, iterations);
  return {
    p50_ms: percentile(casesApi, 50),
    p95_ms: percentile(casesApi, 95),
    raw_p50_ms: percentile(casesRaw, 50),
    raw_p95_ms: percentile(casesRaw, 95),
  };
}
