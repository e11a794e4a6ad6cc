import { and, eq, inArray, isNotNull, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/database';
import type { WorkCalendar } from '../../domain/working-days';
import { type DeadlinePolicy, deadlinePolicy } from '../settings/policies';
import { type CaseGround, caseRoute, needsAkimatDecision } from './domain';
import { cases } from './schema';

// When the akimat's decision on an application is due (SC art. 141; docs/domain.md): a number of
// working days after the application, the day of submission not counted, by the form asked
// for. The numbers are the office's settings (the standards are being revised). The due date is
// kept on the case (the register sorts and filters by it) and recomputed in the same
// transaction whenever the calendar or the setting changes.

/** Statuses in which the decision is still awaited: the deadline runs. */
export const AWAITING_DECISION = ['registered', 'assessment', 'awaiting_decision'] as const;

const STATIONARY = new Set(['inpatient', 'semi_inpatient', 'temporary_stay']);

/** Working days for the decision: stationary forms 17, home-based (and not yet known) 14. */
export function decisionDays(requestedForm: string | null, policy: DeadlinePolicy): number {
  return requestedForm && STATIONARY.has(requestedForm) ? policy.stationaryDays : policy.homeDays;
}

export function dueDate(
  c: { appliedOn: string; requestedForm: string | null; status: string; grounds: string },
  calendar: WorkCalendar,
  policy: DeadlinePolicy,
): string | null {
  if (!(AWAITING_DECISION as readonly string[]).includes(c.status)) return null;
  // Only a case the akimat decides has a decision deadline (its route, art. 141 p.1).
  if (!needsAkimatDecision(caseRoute(JSON.parse(c.grounds) as CaseGround[]))) return null;
  return calendar.addWorkingDays(c.appliedOn, decisionDays(c.requestedForm, policy));
}

/**
 * Recomputes every open case's due date (and clears it on closed ones) after the calendar or a
 * deadline setting changed. A derived column: no change number, no audit entry of its own (the
 * change that caused it is audited). Returns how many cases changed.
 */
export function recomputeDueDates(db: Db, calendar: WorkCalendar): number {
  const policy = deadlinePolicy(db);
  const open = db
    .select({
      id: cases.id,
      appliedOn: cases.appliedOn,
      requestedForm: cases.requestedForm,
      status: cases.status,
      grounds: cases.grounds,
      dueOn: cases.dueOn,
    })
    .from(cases)
    .where(inArray(cases.status, [...AWAITING_DECISION]))
    .all();
  let changed = 0;
  for (const c of open) {
    const due = dueDate(c, calendar, policy);
    if (due !== c.dueOn) {
      db.update(cases).set({ dueOn: due }).where(eq(cases.id, c.id)).run();
      changed++;
    }
  }
  const stale = db
    .update(cases)
    .set({ dueOn: null })
    .where(and(notInArray(cases.status, [...AWAITING_DECISION]), isNotNull(cases.dueOn)))
    .run();
  return changed + stale.changes;
}
