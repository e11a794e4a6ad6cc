import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  notInArray,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { CaseView, Output, ParsedInput } from '../../api/contract';
import { isoNow, localToday } from '../../clock';
import type { Db } from '../../db/database';
import { sequences } from '../../db/schema/system';
import { ageOn } from '../../domain/calendar';
import type { WorkCalendar } from '../../domain/working-days';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { newEntityStamp, updateStamp } from '../../shared/stamps';
import { refreshRegistryFacts } from '../applicants/facts';
import { applicantListPlan } from '../applicants/list-plan';
import { readApplicant } from '../applicants/person';
import { applicants } from '../applicants/schema';
import { loadCalendar } from '../calendar/service';
import { requireActiveForm } from '../references/service';
import { deadlinePolicy } from '../settings/policies';
import { dueDate } from './deadlines';
import {
  applicationWarnings,
  CLOSED_CASE_STATUSES,
  canWithdraw,
  caseNumber,
  caseRoute,
  checkApplication,
} from './domain';
import { cases } from './schema';

// Cases of special social services, from the application on (SC art. 139–141). This module holds
// the application's registration and its withdrawal; every write recomputes the person's
// "active case" registry fact in the same transaction and is audited under the person.

type CaseRow = typeof cases.$inferSelect;

function view(row: CaseRow): CaseView {
  return {
    id: row.id,
    number: row.number,
    applicantId: row.applicantId,
    appliedOn: row.appliedOn,
    channel: row.channel as CaseView['channel'],
    appliedBy: row.appliedBy as CaseView['appliedBy'],
    applicantName: row.applicantName,
    onBehalfReason: row.onBehalfReason,
    proactiveConsentOn: row.proactiveConsentOn,
    grounds: JSON.parse(row.grounds) as CaseView['grounds'],
    ssuTypes: JSON.parse(row.ssuTypes) as CaseView['ssuTypes'],
    requestedForm: row.requestedForm,
    note: row.note,
    status: row.status,
    statusChangedAt: row.statusChangedAt,
    closedOn: row.closedOn,
    closeReason: row.closeReason,
    createdAt: row.createdAt,
    route: caseRoute(JSON.parse(row.grounds) as CaseView['grounds']),
    dueOn: row.dueOn,
    workingDaysLeft: null,
    providerId: row.providerId,
    serviceForm: row.serviceForm,
    responsibleId: row.responsibleId,
  };
}

/** The view with the working days left until its due date, as of `today`. */
function withDaysLeft(v: CaseView, calendar: WorkCalendar, today: string): CaseView {
  return { ...v, workingDaysLeft: v.dueOn ? calendar.workingDaysBetween(today, v.dueOn) : null };
}

/** Decisions due "soon": within this many working days. */
export const DUE_SOON_WORKING_DAYS = 3;

/** One case as the screens show it, with its working days left as of `today`. */
export function caseViewOf(db: Db, row: CaseRow, today: string): CaseView {
  return withDaysLeft(view(row), loadCalendar(db), today);
}

/** The person's cases, newest application first (the card's "Cases and services" tab). */
export function casesOf(db: Db, applicantId: string, today: string): CaseView[] {
  const rows = db
    .select()
    .from(cases)
    .where(eq(cases.applicantId, applicantId))
    .orderBy(desc(cases.appliedOn), desc(cases.id))
    .all();
  if (rows.length === 0) return [];
  const calendar = loadCalendar(db);
  return rows.map((r) => withDaysLeft(view(r), calendar, today));
}

/**
 * The next number in the application's year. The counter lives in `sequences` and is taken in
 * the write's IMMEDIATE transaction, so two workstations' writers (serialised by SQLite) never
 * get the same number, and a rolled-back registration does not use one up.
 */
function nextCaseNumber(ctx: ServiceContext, year: number): string {
  const row = ctx.db
    .insert(sequences)
    .values({ name: `case:${year}`, value: 1 })
    .onConflictDoUpdate({ target: sequences.name, set: { value: sql`${sequences.value} + 1` } })
    .returning({ value: sequences.value })
    .get();
  return caseNumber(year, row.value);
}

export function registerCase(
  ctx: ServiceContext,
  input: ParsedInput<'cases.register'>,
): Output<'cases.register'> {
  const person = readApplicant(ctx, input.applicantId);
  const today = localToday(ctx.clock);
  if (person.deathDate) throw new AppError('VALIDATION', { fields: { applicantId: 'personDeceased' } });
  if (input.appliedOn > today) throw new AppError('VALIDATION', { fields: { appliedOn: 'dateFuture' } });
  if (input.appliedOn < person.birthDate)
    throw new AppError('VALIDATION', { fields: { appliedOn: 'beforeBirth' } });
  const age = ageOn(person.birthDate, input.appliedOn);
  const onBehalf = input.appliedBy !== 'self';
  const problems = checkApplication(
    {
      appliedBy: input.appliedBy,
      channel: input.channel,
      grounds: input.grounds,
      appliedOn: input.appliedOn,
      proactiveConsentOn: input.proactiveConsentOn ?? null,
      onBehalfReason: input.onBehalfReason ?? null,
    },
    age,
  );
  if (Object.keys(problems).length > 0) throw new AppError('VALIDATION', { fields: problems });
  if (input.requestedForm) requireActiveForm(ctx.db, input.requestedForm, 'requestedForm');
  const at = isoNow(ctx.clock);
  const row: CaseRow = {
    ...newEntityStamp(ctx),
    number: nextCaseNumber(ctx, Number(input.appliedOn.slice(0, 4))),
    applicantId: person.id,
    appliedOn: input.appliedOn,
    channel: input.channel,
    appliedBy: input.appliedBy,
    // The name of whoever applied matters only when it was not the person.
    applicantName: onBehalf ? (input.applicantName ?? null) : null,
    onBehalfReason: onBehalf ? (input.onBehalfReason ?? null) : null,
    proactiveConsentOn: input.channel === 'proactive' ? (input.proactiveConsentOn ?? null) : null,
    grounds: JSON.stringify(input.grounds),
    ssuTypes: JSON.stringify(input.ssuTypes),
    requestedForm: input.requestedForm ?? null,
    note: input.note ?? null,
    status: 'registered' as const,
    statusChangedAt: at,
    closedOn: null,
    closeReason: null,
    dueOn: null,
    responsibleId: ctx.actor?.userId ?? null,
    providerId: null,
    serviceForm: input.requestedForm ?? null,
    // Set by the insert trigger from the person's row (migration 0032).
    applicantRid: null,
  };
  const calendar = loadCalendar(ctx.db);
  row.dueOn = dueDate(row, calendar, deadlinePolicy(ctx.db));
  ctx.db.insert(cases).values(row).run();
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of [
    'number',
    'appliedOn',
    'channel',
    'appliedBy',
    'applicantName',
    'onBehalfReason',
    'proactiveConsentOn',
    'grounds',
    'ssuTypes',
    'requestedForm',
    'note',
    'status',
  ] as const) {
    if (row[key] !== null) changes[key] = [null, row[key]];
  }
  ctx.audit({ entity: 'case', entityId: row.id, action: 'create', changes, subjectId: person.id });
  refreshRegistryFacts(ctx.db, person.id);
  return {
    ...withDaysLeft(view(row), calendar, today),
    warnings: applicationWarnings(input.appliedBy, age, person.legalCapacity),
  };
}

export function withdrawCase(
  ctx: ServiceContext,
  input: ParsedInput<'cases.withdraw'>,
): Output<'cases.withdraw'> {
  const row = ctx.db.select().from(cases).where(eq(cases.id, input.id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  if (!canWithdraw(row.status)) throw new AppError('VALIDATION', { fields: { status: 'cannotWithdraw' } });
  const today = localToday(ctx.clock);
  if (input.on > today) throw new AppError('VALIDATION', { fields: { on: 'dateFuture' } });
  if (input.on < row.appliedOn) throw new AppError('VALIDATION', { fields: { on: 'beforeApplied' } });
  const patch = {
    status: 'withdrawn' as const,
    statusChangedAt: isoNow(ctx.clock),
    closedOn: input.on,
    closeReason: input.reason,
    dueOn: null,
    ...updateStamp(ctx),
  };
  ctx.db.update(cases).set(patch).where(eq(cases.id, row.id)).run();
  ctx.audit({
    entity: 'case',
    entityId: row.id,
    action: 'withdraw',
    changes: {
      status: [row.status, 'withdrawn'],
      closedOn: [null, input.on],
      closeReason: [null, input.reason],
    },
    subjectId: row.applicantId,
  });
  refreshRegistryFacts(ctx.db, row.applicantId);
  return view({ ...row, ...patch });
}

/**
 * The people a search named: the registry search's own set of row numbers when the search is a
 * name or a number alone (joined to cases.applicant_rid: no person's row is read); else their
 * ids, or (when a broad search matches more than a list worth passing) the query that finds
 * them, run inside the register's statements.
 */
type People = string[] | { rowids: SQL } | SQL | null;

/** A query that is a case number prefix ("2026-00"), not a person. */
const CASE_NUMBER = /^\d{4}-\d*$/;

/** The registry's search plan for a register query, or null when it is empty or a case number. */
function peoplePlan(input: ParsedInput<'cases.list'>) {
  const q = input.query;
  if (!q || CASE_NUMBER.test(q)) return null;
  return applicantListPlan({ query: q, page: 1, pageSize: 1, sortBy: 'name', sortDir: 'asc' });
}

/**
 * The ids of the people with an application a register search names (an IIN, a phone or a name,
 * through the registry's own search and its indexes), or null when the query is empty or a case
 * number. Read once per call and handed to both the count and the page: each match costs a row
 * read for its id (a name or number alone skips this: resolvePeople).
 */
export function casePeopleQuery(db: Db, input: ParsedInput<'cases.list'>) {
  const people = peoplePlan(input);
  if (!people) return null;
  // Only people with an application matter: about one in ten, so far fewer ids to carry.
  return db
    .select({ id: applicants.id })
    .from(applicants)
    .where(
      and(people.where, sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.applicantId} = ${applicants.id})`),
    );
}

/**
 * The register's conditions, each index-backed: a case number prefix is a range of the unique
 * number index; the people a search named reach their cases by cases_applicant_idx; the status
 * filters use the (applied_on) indexes partial over active cases or led by status.
 */
function caseListWhere(input: ParsedInput<'cases.list'>, people: People, due?: DueWindow): SQL | undefined {
  const conditions: SQL[] = [];
  const q = input.query;
  if (CASE_NUMBER.test(q)) conditions.push(gte(cases.number, q), lt(cases.number, `${q}\uffff`));
  else if (people && 'rowids' in people) {
    // Through cases_applicant_rid_idx, one probe per person the search set names.
    conditions.push(sql`${cases.applicantRid} IN (${people.rowids})`);
  } else if (Array.isArray(people)) {
    conditions.push(sql`${cases.applicantId} IN (SELECT value FROM json_each(${JSON.stringify(people)}))`);
  } else if (people)
    // In parentheses: drizzle's inArray writes a subquery given as SQL without them.
    conditions.push(sql`${cases.applicantId} IN (${people})`);
  // Spelt as the partial indexes are, so the planner can use them.
  if (input.status === 'active') conditions.push(notInArray(cases.status, [...CLOSED_CASE_STATUSES]));
  else if (input.status === 'closed') conditions.push(inArray(cases.status, [...CLOSED_CASE_STATUSES]));
  else if (input.status) conditions.push(eq(cases.status, input.status));
  if (input.ssuType)
    // Asked for in the application, or granted by an approved decision.
    conditions.push(
      sql`(EXISTS (SELECT 1 FROM json_each(${cases.ssuTypes}) WHERE value = ${input.ssuType})
        OR EXISTS (SELECT 1 FROM decisions d, json_each(d.ssu_types) j
          WHERE d.case_id = ${cases.id} AND d.state = 'approved' AND j.value = ${input.ssuType}))`,
    );
  if (input.form) conditions.push(eq(cases.serviceForm, input.form));
  if (input.providerId) conditions.push(eq(cases.providerId, input.providerId));
  if (input.responsibleId) conditions.push(eq(cases.responsibleId, input.responsibleId));
  // Through cases_due_idx (partial over cases with a due date).
  if (input.due && due) {
    conditions.push(isNotNull(cases.dueOn));
    if (input.due === 'overdue') conditions.push(lt(cases.dueOn, due.today));
    else conditions.push(gte(cases.dueOn, due.today), lte(cases.dueOn, due.soonUntil));
  }
  return conditions.length ? and(...conditions) : undefined;
}

/**
 * The most people with an application a register search carries as a list of ids. Reading the
 * people a name matches is the search's whole cost (a common name at an oblast of a million:
 * 18,800 matches, 2,100 of them with an application); carried as a list it is read once, where
 * the query form reads it again for the count and for the page (224 ms). 20,000 ids are about
 * 750 KB of JSON.
 */
export const CASE_PEOPLE_CAP = 20_000;

/** Reads the people a search names once (up to CASE_PEOPLE_CAP), else leaves it to SQL. */
export function resolvePeople(db: Db, input: ParsedInput<'cases.list'>, cap = CASE_PEOPLE_CAP): People {
  // A name or a number alone: the registry's set of live people's row numbers (the trigram
  // index's, or the IIN and phone indexes') is the whole answer.
  const plan = peoplePlan(input);
  if (plan?.ftsOnly && plan.matchSet) return { rowids: plan.matchSet };
  const query = casePeopleQuery(db, input);
  if (!query) return null;
  const ids = query
    .limit(cap + 1)
    .all()
    .map((p) => p.id);
  // Built again for the SQL: drizzle's limit() changed the query above in place, and the
  // register must see every person the search names, not the first 2,001.
  return ids.length > cap ? (casePeopleQuery(db, input)?.getSQL() ?? null) : ids;
}

/** Today and the last day still "due soon", for the due filters. */
export interface DueWindow {
  today: string;
  soonUntil: string;
}

export function dueWindow(calendar: WorkCalendar, today: string): DueWindow {
  return { today, soonUntil: calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS) };
}

export function caseListQueries(
  db: Db,
  input: ParsedInput<'cases.list'>,
  people: People = null,
  due?: DueWindow,
) {
  const where = caseListWhere(input, people, due);
  const dir = input.sortDir === 'asc' ? asc : desc;
  const order =
    input.sortBy === 'number'
      ? [dir(cases.number)]
      : input.sortBy === 'dueOn'
        ? // Cases without a due date (decided, closed) after those with one.
          [sql`${cases.dueOn} IS NULL`, dir(cases.dueOn), dir(cases.number)]
        : [dir(cases.appliedOn), dir(cases.number)];
  return {
    count: db.select({ n: count() }).from(cases).where(where),
    page: db
      .select({
        row: cases,
        lastName: applicants.lastName,
        firstName: applicants.firstName,
        patronymic: applicants.patronymic,
        iin: applicants.iin,
        birthDate: applicants.birthDate,
      })
      .from(cases)
      .innerJoin(applicants, eq(applicants.id, cases.applicantId))
      .where(where)
      .orderBy(...order)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
  };
}

export function listCases(ctx: ServiceContext, input: ParsedInput<'cases.list'>): Output<'cases.list'> {
  const people = resolvePeople(ctx.db, input);
  if (Array.isArray(people) && people.length === 0) return { rows: [], total: 0 };
  const calendar = loadCalendar(ctx.db);
  const today = localToday(ctx.clock);
  const q = caseListQueries(ctx.db, input, people, dueWindow(calendar, today));
  const total = q.count.get()?.n ?? 0;
  const rows = total === 0 ? [] : q.page.all();
  // A search of the register names people: each one shown is a recorded (coalesced) read.
  if (input.query) {
    for (const r of rows)
      ctx.auditRead({
        entity: 'applicant',
        entityId: r.row.applicantId,
        action: 'lookup',
        subjectId: r.row.applicantId,
      });
  }
  return {
    total,
    rows: rows.map((r) => ({
      ...withDaysLeft(view(r.row), calendar, today),
      person: {
        lastName: r.lastName,
        firstName: r.firstName,
        patronymic: r.patronymic,
        iin: r.iin,
        birthDate: r.birthDate,
      },
    })),
  };
}
