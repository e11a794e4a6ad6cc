import { addDays } from '../../domain/calendar';
import type { WorkCalendar } from '../../domain/working-days';

// The commission on Social Services Portal issues (SC art. 167; docs/domain.md §9): a person with
// a disability complains about a poor good or service within 14 calendar days of learning of the
// problem; the commission reviews it within a term (the Code: 10 working days; the ministry's
// explanation: 5), meets, concludes, orders the supplier to fix the problem by a deadline, checks,
// and closes the complaint or removes the supplier to the list of unreliable suppliers. Pure.

export const COMPLAINT_CHANNELS = ['portal', 'in_person', 'post', 'egov', 'phone'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_SUBJECTS = ['good', 'service'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

/**
 * The complaint's path: registered → scheduled (a meeting with members) → concluded (outcome
 * recorded, awaiting the head's signature) → rejected (closed) or upheld → notice_sent (the
 * supplier must fix by a deadline) → resolved (fixed at the check) or supplier_removed.
 */
export const COMPLAINT_STATUSES = [
  'registered',
  'scheduled',
  'concluded',
  'upheld',
  'rejected',
  'notice_sent',
  'resolved',
  'supplier_removed',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Statuses where the commission's review is still running (the review deadline counts). */
export const UNDER_REVIEW: readonly ComplaintStatus[] = ['registered', 'scheduled', 'concluded'];
/** Statuses where nothing more happens. */
export const CLOSED: readonly ComplaintStatus[] = ['rejected', 'resolved', 'supplier_removed'];

export const VOTES = ['uphold', 'reject'] as const;
export type Vote = (typeof VOTES)[number];

export const OUTCOMES = ['upheld', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The two readings of the review term (docs/domain.md §9): the Social Code's 10 working days
 * (the default) and the ministry's 5; an office chooses on its lawyer's advice, and the basis is
 * shown beside the choice and on every complaint.
 */
export const REVIEW_READINGS = {
  code: { workingDays: 10 },
  ministry: { workingDays: 5 },
} as const;
export type ReviewReading = keyof typeof REVIEW_READINGS;
export const REVIEW_READING_KEYS = Object.keys(REVIEW_READINGS) as ReviewReading[];

/** SC art. 167: calendar days from learning of the problem to post the complaint. */
export const FILING_DAYS = 14;

/**
 * The last day to post a complaint: 14 calendar days after the day the person learned of the
 * problem (that day not counted); a last day that is a day off moves to the next working day
 * (docs/domain.md §13).
 */
export function filingDeadline(learnedOn: string, calendar: WorkCalendar): string {
  let day = addDays(learnedOn, FILING_DAYS);
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The day the commission's review must end: n working days after the day the complaint arrived. */
export function reviewDeadline(receivedOn: string, reading: ReviewReading, calendar: WorkCalendar): string {
  return calendar.addWorkingDays(receivedOn, REVIEW_READINGS[reading].workingDays);
}

/**
 * The commission's outcome from its members' votes: the majority of those who voted, provided
 * more than half of the meeting's members voted (a quorum). A tie or no quorum: no outcome.
 */
export function majority(
  members: number,
  votes: readonly Vote[],
): { outcome: Outcome | null; problem: 'quorum' | 'tie' | null } {
  if (members === 0 || votes.length * 2 <= members) return { outcome: null, problem: 'quorum' };
  const up = votes.filter((v) => v === 'uphold').length;
  const down = votes.length - up;
  if (up === down) return { outcome: null, problem: 'tie' };
  return { outcome: up > down ? 'upheld' : 'rejected', problem: null };
}
