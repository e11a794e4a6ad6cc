import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { users } from '../accounts/schema';
import { applicants } from '../applicants/schema';
import { cases } from '../cases/schema';
import { providers, unreliableSuppliers } from '../providers/schema';
import { COMPLAINT_CHANNELS, COMPLAINT_STATUSES, COMPLAINT_SUBJECTS, OUTCOMES, VOTES } from './domain';

/**
 * A complaint to the commission about a supplier's good or service (SC art. 167), with every step
 * of its review on the one row: the meeting, the conclusion and the head's signature, the notice
 * with its fix deadline, the check after it, and the reimbursement. Never deleted.
 */
export const complaints = sqliteTable(
  'complaints',
  {
    ...entityColumns(),
    /** "2026-0007": the year received and the commission's running number. */
    number: text('number').notNull(),
    receivedOn: text('received_on').notNull(),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    learnedOn: text('learned_on').notNull(),
    /** Why the complaint came after the 14 days (required then, else null). */
    delayReason: text('delay_reason'),
    /** The person in the registry, when they are there; the name and IIN as the complaint gives them. */
    applicantId: text('applicant_id').references(() => applicants.id),
    complainantName: text('complainant_name').notNull(),
    complainantIin: text('complainant_iin'),
    providerId: text('provider_id')
      .notNull()
      .references(() => providers.id),
    caseId: text('case_id').references(() => cases.id),
    subjectKind: text('subject_kind', { enum: COMPLAINT_SUBJECTS }).notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    /** The reading of the review term in force at intake ('code' 10 or 'ministry' 5 working days). */
    reviewReading: text('review_reading').notNull(),
    reviewDueOn: text('review_due_on').notNull(),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull(),
    meetingOn: text('meeting_on'),
    meetingPlace: text('meeting_place'),
    /** JSON array of user ids: the members called to the meeting (they vote). */
    members: text('members').notNull().default('[]'),
    outcome: text('outcome', { enum: OUTCOMES }),
    reasons: text('reasons'),
    concludedOn: text('concluded_on'),
    signedBy: text('signed_by').references(() => users.id),
    signedOn: text('signed_on'),
    noticeOn: text('notice_on'),
    /** What the supplier must do, and by when. */
    noticeDemand: text('notice_demand'),
    fixDueOn: text('fix_due_on'),
    checkedOn: text('checked_on'),
    fixed: integer('fixed', { mode: 'boolean' }),
    checkNote: text('check_note'),
    unreliableId: text('unreliable_id').references(() => unreliableSuppliers.id),
    /** Tiyn reimbursed to the person at the supplier's expense. */
    reimbursedAmount: integer('reimbursed_amount'),
    reimbursedOn: text('reimbursed_on'),
    reimbursementNote: text('reimbursement_note'),
  },
  (t) => [
    uniqueIndex('complaints_number_uq').on(t.number),
    index('complaints_queue_idx').on(t.status, t.reviewDueOn),
    index('complaints_provider_idx').on(t.providerId, t.receivedOn),
  ],
);

/** A member's vote at the meeting on one complaint; one per member, changeable until the conclusion. */
export const complaintVotes = sqliteTable(
  'complaint_votes',
  {
    ...entityColumns(),
    complaintId: text('complaint_id')
      .notNull()
      .references(() => complaints.id),
    memberId: text('member_id')
      .notNull()
      .references(() => users.id),
    vote: text('vote', { enum: VOTES }).notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('complaint_votes_uq').on(t.complaintId, t.memberId)],
);
