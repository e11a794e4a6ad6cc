import { and, asc, count, desc, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { ApplicantView, Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import type { Sqlite } from '../../db/open';
import { cachedQuery, prepared, toQuery } from '../../db/statements';
import type { ServiceContext } from '../../shared/context';
import { applicantListPlan, type ListPlan, prefixEnd, setFilters, todayIso } from './list-plan';
import { viewColumns } from './person';
import { applicants } from './schema';
import { tallyCountQuery } from './tallies';

// The registry list: from a plan (list-plan.ts: a search and the filters as index-backed SQL),
// how a page is found (sort, walk of the name index or the birth-date index, "best match" in two
// parts, a split of a capped fragment), the total (capped for a search, from the tallies when it
// can), and the rows read back. person.ts holds the person's own reads and writes.

const SORT_COLUMNS = {
  name: applicants.searchKey,
  birthDate: applicants.birthDate,
  iin: applicants.iin,
  // UUIDv7 ids sort by creation time and use the primary key index.
  createdAt: applicants.id,
} as const;

const rowid = sql<number>`${applicants}.rowid`;

/**
 * A name search counts at most this many matches: beyond it the list says "more than 2,000"
 * and asks for a longer query. Counting every match of a two-letter-wide fragment costs
 * milliseconds per keystroke and tells the caseworker nothing a bound does not.
 */
export const SEARCH_COUNT_CAP = 2000;

/** max(rowid) is one step down the table's b-tree: close enough to the number of people. */
const registrySize = (db: Db) =>
  (db.get<{ n: number | null }>(sql`SELECT max(rowid) AS n FROM ${applicants}`)?.n ?? 0) || 1;

/**
 * Whether a page in birth-date order should walk the birth-date index, reading each person it
 * passes (the filters need the row), rather than read and sort every match: filters without a
 * name spread evenly over birth dates, so the walk passes about (offset + limit) × N / matches
 * people. The women of a district of 250,000 took 26 ms to sort and take page 3 of; the walk
 * reads some 1,200 rows. With a district the sort reads the KATO index, which holds the birth
 * date and every filter, at about a tenth of a row's cost: the walk must then be ten times
 * shorter (a rural okrug of 25,000 sorts in 5 ms and walked in 13).
 */
function birthWalkBeatsSort(
  db: Db,
  input: ParsedInput<'applicants.list'>,
  plan: ListPlan,
  matches: number,
  offset: number,
  limit: number,
) {
  if (matches === 0 || plan.match !== null) return false;
  const sortCost = input.katoPrefix ? 0.1 : 1;
  return (offset + limit) * (registrySize(db) / matches) < matches * sortCost;
}

/**
 * Whether a name-sorted page should walk the name index (testing each entry it passes) rather
 * than sort all matches. Sorting reads every matching row (~2 µs each). Matches spread evenly in
 * name order make the walk pass about (offset + limit) × N / matches entries before the page is
 * full: ~0.2 µs each when the test is on the indexed key (a name fragment), ~2 µs when it needs
 * the row (filters, digits).
 * - Name fragments are not spread evenly when they start surnames ("сарсен" sits in the С
 *   part), so they walk only once the count hit its cap: sorting then costs at least 4 ms, and
 *   a fragment that common is spread over the alphabet or sits near its start.
 * - A capped digit search ("8": a tenth of the registry) is dense by definition.
 * - Filters (pending measures, an age band) are spread evenly: walk when it reads fewer rows.
 */
function walkBeatsSort(db: Db, plan: ListPlan, matches: number, offset: number, limit: number): boolean {
  if (matches === 0) return false;
  const capped = plan.searched && matches >= SEARCH_COUNT_CAP;
  if (plan.match !== null && !capped) return false;
  if (plan.match === null && capped) return true;
  const n = registrySize(db);
  const perEntry = plan.match !== null ? 0.1 : 1;
  return (offset + limit) * (n / matches) * perEntry < matches;
}

/**
 * The rowids of one page, in order, from the live-row indexes alone: sort the matches, or walk
 * the name index in order (walkBeatsSort says when; for "ова", half the registry, the sort
 * would cost over ten milliseconds, the walk fills the page after a few entries). Ties break on
 * rowid, which every index already carries, so there is no extra sort pass. `also` narrows
 * both plans (the "best match" order's second part). Name order is used for "best match" here.
 */
export function applicantPageKeys(
  db: Db,
  input: ParsedInput<'applicants.list'>,
  matches: number,
  today = todayIso(),
  window = { offset: (input.page - 1) * input.pageSize, limit: input.pageSize },
  also?: SQL,
  plan = applicantListPlan(input, today),
): SQL {
  const byName = input.sortBy === 'name' || input.sortBy === 'relevance';
  const dirName = input.sortBy === 'relevance' ? 'asc' : input.sortDir;
  const dir = dirName === 'desc' ? desc : asc;
  const column = input.sortBy === 'relevance' ? applicants.searchKey : SORT_COLUMNS[input.sortBy];
  const { offset, limit } = window;
  if (byName && walkBeatsSort(db, plan, matches, offset, limit)) {
    const walkWhere = and(plan.walkWhere ?? plan.where, also);
    return sql`SELECT ${rowid} FROM ${applicants} INDEXED BY applicants_live_key_idx WHERE ${walkWhere} ORDER BY ${applicants.searchKey} ${sql.raw(dirName)}, ${rowid} ${sql.raw(dirName)} LIMIT ${limit} OFFSET ${offset}`;
  }
  if (input.sortBy === 'birthDate' && birthWalkBeatsSort(db, input, plan, matches, offset, limit)) {
    const d = sql.raw(input.sortDir);
    return sql`SELECT ${rowid} FROM ${applicants} INDEXED BY applicants_live_birth_idx WHERE ${and(plan.where, also)} ORDER BY ${applicants.birthDate} ${d}, ${rowid} ${d} LIMIT ${limit} OFFSET ${offset}`;
  }
  return db
    .select({ rowid })
    .from(applicants)
    .where(and(plan.where, also))
    .orderBy(dir(column), dir(rowid))
    .limit(limit)
    .offset(offset)
    .getSQL();
}

/** How the list asks SQLite for rowids and counts: drizzle in the app, prepared statements in the bench. */
export interface ListAsk {
  ids(query: SQL): number[];
  value(query: SQL): number;
}

/** The app's ask: drizzle-built SQL on statements prepared once per connection. */
export function connectionAsk(sqlite: Sqlite): ListAsk {
  return {
    ids: (query) => cachedQuery(sqlite, query).column<number>(),
    value: (query) => cachedQuery(sqlite, query).value<number>() ?? 0,
  };
}

/** Wraps an ask to keep every statement it runs: query-plan tests and the bench replay them. */
export function recordingAsk(ask: ListAsk, seen: SQL[]): ListAsk {
  return {
    ids: (query) => {
      seen.push(query);
      return ask.ids(query);
    },
    value: (query) => {
      seen.push(query);
      return ask.value(query);
    },
  };
}

/**
 * The page's rowids in the order asked. "Best match" (a name search's default in the list)
 * puts the people whose key starts with the first word typed — their surname, as caseworkers
 * type it — first, in name order, then every other match in name order. The first part is a
 * range of the name index, so while a surname is typed letter by letter the page needs no sort
 * of all the matches (1–2 thousand rows read, ~3 ms at 100,000 people); only the second part,
 * when the first does not fill the page, sorts what is left.
 */
export function applicantPageIds(
  ask: ListAsk,
  db: Db,
  input: ParsedInput<'applicants.list'>,
  total: number,
  today = todayIso(),
  plan = applicantListPlan(input, today),
): number[] {
  const offset = (input.page - 1) * input.pageSize;
  const limit = input.pageSize;
  if (input.sortBy === 'name' && total >= SEARCH_COUNT_CAP) {
    const split = startSplitPage(ask, input, plan, offset, limit);
    if (split) return split;
  }
  if (input.sortBy !== 'relevance' || plan.lead === null || !plan.walkWhere) {
    return ask.ids(applicantPageKeys(db, input, total, today, undefined, undefined, plan));
  }
  const lead = plan.lead;
  const leadWhere = and(
    plan.walkWhere,
    gte(applicants.searchKey, lead),
    lt(applicants.searchKey, prefixEnd(lead)),
  );
  const first = ask.ids(
    sql`SELECT ${rowid} FROM ${applicants} INDEXED BY applicants_live_key_idx WHERE ${leadWhere} ORDER BY ${applicants.searchKey}, ${rowid} LIMIT ${limit} OFFSET ${offset}`,
  );
  if (first.length === limit) return first;
  // How many people the first part holds: known from this page unless it ended before it.
  const leading =
    first.length > 0 || offset === 0
      ? offset + first.length
      : ask.value(
          sql`SELECT count(*) FROM ${applicants} INDEXED BY applicants_live_key_idx WHERE ${leadWhere}`,
        );
  const notLead = sql`(${applicants.searchKey} < ${lead} OR ${applicants.searchKey} >= ${prefixEnd(lead)})`;
  const rest = ask.ids(
    applicantPageKeys(
      db,
      input,
      Math.max(total - leading, 1),
      today,
      { offset: Math.max(0, offset - leading), limit: limit - first.length },
      notLead,
      plan,
    ),
  );
  return [...first, ...rest];
}

/**
 * A name-sorted page of a fragment with more matches than the count goes to, when few of them
 * have it anywhere but at the start of the key. Walking the name index in order, testing each
 * entry, passes everyone before the matches: "сарсен" starts 18,000 surnames at a million and
 * the walk passed 780,000 people first (80 ms). The trigram index tells the two kinds apart
 * (`^` anchors a phrase at the start): those that start with the word are a range of the name
 * index, and those that do not, when at most the cap, are read and sorted; the page is the
 * merge of the two. With more than the cap elsewhere in names, the matches are spread and the
 * walk is short: null, and the caller walks.
 */
function startSplitPage(
  ask: ListAsk,
  input: ParsedInput<'applicants.list'>,
  plan: ListPlan,
  offset: number,
  limit: number,
): number[] | null {
  if (!plan.plainMatch || plan.match === null || plan.lead === null || !plan.walkWhere) return null;
  const elsewhere = `(${plan.match}) NOT ^"${plan.lead.replace(/"/g, '""')}"`;
  const others = ask.value(
    sql`SELECT count(*) FROM (SELECT rowid FROM applicants_fts WHERE applicants_fts MATCH ${elsewhere} LIMIT ${SEARCH_COUNT_CAP + 1})`,
  );
  if (others > SEARCH_COUNT_CAP) return null;
  const d = sql.raw(input.sortDir);
  const n = offset + limit;
  const starting = and(
    plan.walkWhere,
    gte(applicants.searchKey, plan.lead),
    lt(applicants.searchKey, prefixEnd(plan.lead)),
  );
  const rest = and(
    plan.walkWhere,
    sql`${applicants}.rowid IN (SELECT rowid FROM applicants_fts WHERE applicants_fts MATCH ${elsewhere})`,
  );
  return ask.ids(
    sql`SELECT r FROM (
          SELECT * FROM (SELECT ${rowid} AS r, ${applicants.searchKey} AS k FROM ${applicants} INDEXED BY applicants_live_key_idx WHERE ${starting} ORDER BY k ${d}, r ${d} LIMIT ${n})
          UNION ALL
          SELECT * FROM (SELECT ${rowid} AS r, ${applicants.searchKey} AS k FROM ${applicants} WHERE ${rest} ORDER BY k ${d}, r ${d} LIMIT ${n}))
        ORDER BY k ${d}, r ${d} LIMIT ${limit} OFFSET ${offset}`,
  );
}

// rowid last: readPageRows relies on it.
const ROW_COLUMNS = { ...viewColumns, rowid };
const ROW_KEYS = Object.keys(ROW_COLUMNS) as (keyof typeof ROW_COLUMNS)[];

/**
 * The view rows of a page, read by rowid (one JSON array parameter, so the SQL text is the same
 * for every page and is built and prepared once).
 */
export function applicantRowsQuery(db: Db, ids: number[]) {
  return db
    .select(ROW_COLUMNS)
    .from(applicants)
    .where(sql`${rowid} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
}

/**
 * The page's rows in the order of `ids`, on a cached statement. drizzle lists the selected
 * columns in the order of ROW_COLUMNS' keys, so each array row maps back by position.
 */
let rowsSqlText: string | undefined;

export function readPageRows(db: Db, sqlite: Sqlite, ids: number[]): ApplicantView[] {
  if (ids.length === 0) return [];
  const at = new Map(ids.map((id, i) => [id, i]));
  const out: (ApplicantView | undefined)[] = new Array(ids.length);
  const last = ROW_KEYS.length - 1;
  // Built once: the text does not depend on the ids (they are its one JSON parameter).
  rowsSqlText ??= toQuery(applicantRowsQuery(db, []).getSQL()).sql;
  const st = prepared(sqlite, rowsSqlText).raw(true);
  for (const values of st.all(JSON.stringify(ids)) as unknown[][]) {
    const view: Record<string, unknown> = {};
    for (let i = 0; i < last; i++) view[ROW_KEYS[i]!] = values[i];
    out[at.get(values[last] as number)!] = view as ApplicantView;
  }
  return out.filter((r): r is ApplicantView => r !== undefined);
}

/**
 * The list's total. A search (name fragment or digits) counts up to SEARCH_COUNT_CAP + 1 matches (so the caller can
 * tell "exactly 2,000" from "more"); filters without a name are counted in full.
 */
export function applicantCountQuery(
  db: Db,
  input: ParsedInput<'applicants.list'>,
  today = todayIso(),
  plan = applicantListPlan(input, today),
) {
  // Filters that are all district-level facts: summed from the tallies (tallies.ts).
  const tallied = tallyCountQuery(db, input);
  if (tallied) return tallied;
  const cap = SEARCH_COUNT_CAP + 1;
  if (plan.ftsOnly && plan.matchSet) {
    // The trigram index holds live rows only (migration 0003) and the digit lookups use live-row
    // indexes, so the set counts by itself.
    return db.select({ n: count() }).from(sql`(${plan.matchSet} LIMIT ${cap})`);
  }
  if (plan.searched) {
    return db
      .select({ n: count() })
      .from(sql`(SELECT 1 FROM ${applicants} WHERE ${plan.where} LIMIT ${cap})`);
  }
  const band = flagBandIndex(input);
  return db
    .select({ n: count() })
    .from(band ? sql`${applicants} INDEXED BY ${sql.raw(band)}` : applicants)
    .where(plan.where);
}

const BAND_FILTERS = new Set(['katoPrefix', 'ageFrom', 'ageTo']);

/**
 * A work list by flag (an active case, missing consent) narrowed only by a district and an age
 * band is counted from that flag's partial index (birth date, KATO code), which holds exactly
 * those facts: SQLite's planner takes the wide KATO index instead, whose district range (a
 * quarter of an oblast) is five times as many entries (25 ms against 4 ms at a million).
 */
function flagBandIndex(input: ParsedInput<'applicants.list'>): string | null {
  if (input.query !== '' || input.activeCase === input.consentMissing) return null;
  for (const [key, value] of setFilters(input)) {
    if (BAND_FILTERS.has(key)) continue;
    if ((key === 'activeCase' || key === 'consentMissing') && value === true) continue;
    return null;
  }
  return input.activeCase ? 'applicants_live_active_case_idx' : 'applicants_live_noconsent_idx';
}

/** What the list shows from what the count query counted: only a search is capped. */
export function listTotal(
  input: ParsedInput<'applicants.list'>,
  counted: number,
  today = todayIso(),
  plan = applicantListPlan(input, today),
) {
  const totalCapped = plan.searched && counted > SEARCH_COUNT_CAP;
  return { total: totalCapped ? SEARCH_COUNT_CAP : counted, totalCapped };
}

/**
 * The list's total and the page's rowids, through `ask` (the app's cached statements, or the
 * bench's raw ones). A search that is nothing but a name fragment or digits reads its matches
 * (up to the cap) instead of counting them: when they are fewer than the cap, the page is then
 * sorted from those rowids instead of searching the trigram index a second time ("ерлан ом" at
 * a million: 18 ms, of which 7 were the second search).
 */
export function listPage(
  ask: ListAsk,
  db: Db,
  input: ParsedInput<'applicants.list'>,
  today = todayIso(),
): { ids: number[]; total: number; totalCapped: boolean } {
  // The plan is built once per call and shared by the count, the total and the page.
  let plan = applicantListPlan(input, today);
  let counted: number;
  if (plan.ftsOnly && plan.matchSet) {
    const matches = ask.ids(sql`SELECT * FROM (${plan.matchSet}) LIMIT ${SEARCH_COUNT_CAP + 1}`);
    counted = matches.length;
    if (counted > 0 && counted <= SEARCH_COUNT_CAP) plan = applicantListPlan(input, today, matches);
  } else counted = ask.value(applicantCountQuery(db, input, today, plan).getSQL());
  // Only a search is capped (see applicantCountQuery); filters are counted in full.
  const { total, totalCapped } = listTotal(input, counted, today, plan);
  // Pages past the cap are not offered: the list asks for a longer query instead.
  const ids = total === 0 ? [] : applicantPageIds(ask, db, input, total, today, plan);
  return { ids, total, totalCapped };
}

export function listApplicants(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.list'>,
): Output<'applicants.list'> {
  const today = localToday(ctx.clock);
  const { ids, total, totalCapped } = listPage(connectionAsk(ctx.sqlite), ctx.db, input, today);
  const rows = readPageRows(ctx.db, ctx.sqlite, ids);
  // A whole IIN typed is a lookup of that person: recorded (coalesced, no fsync per keystroke).
  // Name fragments typed letter by letter are browsing the list, as the list screen is.
  if (/^\d{12}$/.test(input.query)) {
    for (const row of rows)
      ctx.auditRead({ entity: 'applicant', entityId: row.id, action: 'lookup', subjectId: row.id });
  }
  return { rows, total, totalCapped };
}
