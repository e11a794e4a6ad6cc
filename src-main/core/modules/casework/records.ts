import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { isoNow } from '../../clock';
import type { Db } from '../../db/database';
import { sequences } from '../../db/schema/system';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { updateStamp } from '../../shared/stamps';
import { users } from '../accounts/schema';
import { refreshRegistryFacts } from '../applicants/facts';
import { loadCalendar } from '../calendar/service';
import { dueDate } from '../cases/deadlines';
import { type CaseGround, caseNumber, caseRoute, needsAkimatDecision } from '../cases/domain';
import { cases } from '../cases/schema';
import { deadlinePolicy } from '../settings/policies';
import { type CaseRecords, deriveStatus, effectiveDecision } from './domain';
import { assessmentActs, caseEvents, decisions, referrals } from './schema';

// Reading a case's records and keeping the case row in step with them: its status, close date
// and reason, provider, form and due date are derived here, in the same transaction as the
// write that changed a record, and the person's registry facts follow.

export type CaseRow = typeof cases.$inferSelect;
export type DecisionRow = typeof decisions.$inferSelect;
export type EventRow = typeof caseEvents.$inferSelect;

export function readCase(db: Db, id: string): CaseRow {
  const row = db.select().from(cases).where(eq(cases.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function caseNeedsDecision(row: Pick<CaseRow, 'grounds'>): boolean {
  return needsAkimatDecision(caseRoute(JSON.parse(row.grounds) as CaseGround[]));
}

export function caseDecisions(db: Db, caseId: string): DecisionRow[] {
  return db
    .select()
    .from(decisions)
    .where(eq(decisions.caseId, caseId))
    .orderBy(asc(decisions.createdAt), asc(decisions.id))
    .all();
}

export function caseEventsOf(db: Db, caseId: string): EventRow[] {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.on), asc(caseEvents.id))
    .all();
}

export function recordsOf(
  db: Db,
  row: CaseRow,
): CaseRecords & { decisionRows: DecisionRow[]; eventRows: EventRow[] } {
  const decisionRows = caseDecisions(db, row.id);
  const eventRows = caseEventsOf(db, row.id);
  const acts =
    db.select({ n: count() }).from(assessmentActs).where(eq(assessmentActs.caseId, row.id)).get()?.n ?? 0;
  const refs = db.select({ n: count() }).from(referrals).where(eq(referrals.caseId, row.id)).get()?.n ?? 0;
  return {
    withdrawn: row.status === 'withdrawn',
    needsDecision: caseNeedsDecision(row),
    hasAct: acts > 0,
    decisions: decisionRows,
    events: eventRows.map((e) => e.kind),
    hasReferral: refs > 0,
    decisionRows,
    eventRows,
  };
}

/**
 * Derives the case's status and the columns that follow from its records, writes them when
 * they changed (with the write's change number, so the export carries the new status) and
 * recomputes the person's registry facts. Returns the case as it now is.
 */
export function refreshCase(ctx: ServiceContext, caseId: string): CaseRow {
  const row = readCase(ctx.db, caseId);
  const r = recordsOf(ctx.db, row);
  const status = deriveStatus(r);
  const decision = effectiveDecision(r.decisionRows);
  const termination = r.eventRows.findLast((e) => e.kind === 'terminated');
  let closedOn: string | null = null;
  let closeReason: string | null = null;
  if (status === 'withdrawn') {
    closedOn = row.closedOn;
    closeReason = row.closeReason;
  } else if (status === 'terminated' && termination) {
    closedOn = termination.on;
    closeReason = termination.reason;
  } else if (status === 'refused' && decision) {
    closedOn = decision.decidedOn;
    closeReason = decision.refusalReason;
  }
  const providerId = r.eventRows.findLast((e) => e.kind === 'provider_chosen')?.providerId ?? null;
  const serviceForm = (decision?.kind === 'approve' ? decision.form : null) ?? row.requestedForm;
  const dueOn = dueDate({ ...row, status }, loadCalendar(ctx.db), deadlinePolicy(ctx.db));
  const next = { status, closedOn, closeReason, providerId, serviceForm, dueOn };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => row[k] !== next[k]);
  if (!changed) return row;
  const patch = {
    ...next,
    ...(status !== row.status ? { statusChangedAt: isoNow(ctx.clock) } : {}),
    ...updateStamp(ctx),
  };
  ctx.db.update(cases).set(patch).where(eq(cases.id, row.id)).run();
  refreshRegistryFacts(ctx.db, row.applicantId);
  return { ...row, ...patch };
}

/** The next number of a kind of document in a year ("2026-00007"), taken in the write's transaction. */
export function nextNumber(ctx: ServiceContext, kind: string, year: number): string {
  const row = ctx.db
    .insert(sequences)
    .values({ name: `${kind}:${year}`, value: 1 })
    .onConflictDoUpdate({ target: sequences.name, set: { value: sql`${sequences.value} + 1` } })
    .returning({ value: sequences.value })
    .get();
  return caseNumber(year, row.value);
}

/** Users' full names by id (who drafted, approved, recorded). */
export function userNames(db: Db, ids: readonly (string | null | undefined)[]): Map<string, string> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  return new Map(
    db
      .select({ id: users.id, fullName: users.fullName })
      .from(users)
      .where(inArray(users.id, wanted))
      .all()
      .map((u) => [u.id, u.fullName]),
  );
}

/** A case closed by withdrawal or termination takes no more records. */
export function requireOpen(row: CaseRow): void {
  if (row.status === 'withdrawn' || row.status === 'terminated')
    throw new AppError('VALIDATION', { fields: { caseId: 'caseClosed' } });
}
