import { z } from 'zod';
import { def, uuid } from '../../api/define';
import * as f from '../../api/fields';
import type { Role } from '../../api/roles';
import { LOCALES } from '../../api/roles';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  OUTCOMES,
  REVIEW_READING_KEYS,
  VOTES,
} from './domain';

// The complaints commission (SC art. 167): the secretary registers and prepares, the members
// vote on their meetings' complaints, the head signs the conclusion; the auditor reads.

/** Who sees the commission's work (a member only the complaints of meetings they are called to). */
export const COMMISSION_READERS: readonly Role[] = [
  'admin',
  'head',
  'commission_secretary',
  'commission_member',
  'auditor',
];
/** Who registers and prepares: the secretary (an administrator stands in). */
export const COMMISSION_CLERKS: readonly Role[] = ['admin', 'commission_secretary'];

const tiyn = z.number({ error: 'required' }).int().min(1, { error: 'required' }).max(10_000_000_000);

export const complaintRow = z.object({
  id: z.string(),
  number: z.string(),
  receivedOn: z.string(),
  complainantName: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  subject: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  reviewDueOn: z.string(),
  /** The current step's deadline: the review's, or the supplier's fix deadline; null once closed. */
  dueOn: z.string().nullable(),
  dueKind: z.enum(['review', 'fix']).nullable(),
  /** Working days from today to dueOn (negative: overdue). */
  daysLeft: z.number().int().nullable(),
  /** The current deadline has passed (a weekend after it may still show 0 working days). */
  overdue: z.boolean(),
  meetingOn: z.string().nullable(),
});

export const complaintView = complaintRow.extend({
  channel: z.enum(COMPLAINT_CHANNELS),
  learnedOn: z.string(),
  filingDeadline: z.string(),
  delayReason: z.string().nullable(),
  applicantId: z.string().nullable(),
  complainantIin: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  subjectKind: z.enum(COMPLAINT_SUBJECTS),
  description: z.string(),
  reviewReading: z.enum(REVIEW_READING_KEYS as ['code', 'ministry']),
  reviewWorkingDays: z.number().int(),
  meetingPlace: z.string().nullable(),
  members: z.array(z.object({ id: z.string(), fullName: z.string() })),
  votes: z.array(
    z.object({
      memberId: z.string(),
      fullName: z.string(),
      vote: z.enum(VOTES),
      note: z.string().nullable(),
    }),
  ),
  /** The outcome the votes give now (null: no quorum or a tie). */
  majority: z.enum(OUTCOMES).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  reasons: z.string().nullable(),
  concludedOn: z.string().nullable(),
  signedByName: z.string().nullable(),
  signedOn: z.string().nullable(),
  noticeOn: z.string().nullable(),
  noticeDemand: z.string().nullable(),
  fixDueOn: z.string().nullable(),
  checkedOn: z.string().nullable(),
  fixed: z.boolean().nullable(),
  checkNote: z.string().nullable(),
  unreliable: z
    .object({ decisionNo: z.string(), decisionOn: z.string(), removedOn: z.string(), returnOn: z.string() })
    .nullable(),
  reimbursedAmount: z.number().int().nullable(),
  reimbursedOn: z.string().nullable(),
  reimbursementNote: z.string().nullable(),
});

export const complaintInput = z.object({
  receivedOn: f.isoDate,
  channel: z.enum(COMPLAINT_CHANNELS, { error: 'required' }),
  learnedOn: f.isoDate,
  delayReason: f.optionalText(500, { multiline: true }),
  complainantName: f.shortText(200),
  complainantIin: f.optionalIin,
  providerId: uuid,
  caseId: uuid.nullable().optional(),
  subjectKind: z.enum(COMPLAINT_SUBJECTS, { error: 'required' }),
  subject: f.shortText(300),
  description: f.shortText(4000, { multiline: true }),
});

const id = z.object({ id: uuid });

export const complaintsContract = {
  /** The secretary's queue: each complaint with its current deadline and the working days left. */
  'complaints.queue': def({
    kind: 'read',
    access: COMMISSION_READERS,
    input: z.object({
      view: z.enum(['open', 'overdue', 'closed', 'all']).default('open'),
      providerId: uuid.optional(),
      query: f.clean(z.string().max(100, { error: 'tooLong' })).default(''),
      page: z.number().int().min(1).max(100_000).default(1),
      pageSize: z.number().int().min(1).max(200).default(25),
      sortBy: z.enum(['dueOn', 'receivedOn', 'number']).default('dueOn'),
      sortDir: z.enum(['asc', 'desc']).default('asc'),
    }),
    output: z.object({ rows: z.array(complaintRow), total: z.number().int() }),
  }),
  /** Counts for the home screen: reviews overdue or ending within 2 working days, checks due. */
  'complaints.alerts': def({
    kind: 'read',
    access: COMMISSION_READERS,
    input: z.object({}),
    output: z.object({ overdue: z.number().int(), dueSoon: z.number().int(), checksDue: z.number().int() }),
  }),
  'complaints.card': def({
    kind: 'read',
    auditRead: true,
    access: COMMISSION_READERS,
    input: id,
    output: complaintView,
  }),
  /** Users who may be called to a meeting: those holding a commission role or the head's. */
  'complaints.members': def({
    kind: 'read',
    access: COMMISSION_CLERKS,
    input: z.object({}),
    output: z.array(z.object({ id: z.string(), fullName: z.string(), roles: z.array(z.string()) })),
  }),
  /** Intake: refused past 14 calendar days from learning of the problem unless the delay is explained. */
  'complaints.register': def({
    kind: 'write',
    access: COMMISSION_CLERKS,
    input: complaintInput,
    output: complaintView,
  }),
  /** Calls the meeting: its day, place and members. Until the conclusion it may be moved. */
  'complaints.schedule': def({
    kind: 'write',
    access: COMMISSION_CLERKS,
    input: z.object({
      id: uuid,
      meetingOn: f.isoDate,
      meetingPlace: f.optionalText(200),
      members: z.array(uuid).min(1, { error: 'required' }).max(30),
    }),
    output: complaintView,
  }),
  /** A member's vote (only members called to this complaint's meeting). */
  'complaints.vote': def({
    kind: 'write',
    access: ['head', 'commission_secretary', 'commission_member'],
    input: z.object({ id: uuid, vote: z.enum(VOTES, { error: 'required' }), note: f.optionalText(1000) }),
    output: complaintView,
  }),
  /** The conclusion as the majority voted, with reasons; the head then signs it. */
  'complaints.conclude': def({
    kind: 'write',
    access: COMMISSION_CLERKS,
    input: z.object({
      id: uuid,
      outcome: z.enum(OUTCOMES, { error: 'required' }),
      reasons: f.shortText(4000, { multiline: true }),
      concludedOn: f.isoDate,
    }),
    output: complaintView,
  }),
  /**
   * The head signs the conclusion (on paper that day; entered the same day or later): the review
   * ends; a rejected complaint closes.
   */
  'complaints.sign': def({
    kind: 'write',
    access: ['head'],
    input: z.object({ id: uuid, signedOn: f.isoDate }),
    output: complaintView,
  }),
  /** The notice to the supplier: what to fix and by when. */
  'complaints.sendNotice': def({
    kind: 'write',
    access: COMMISSION_CLERKS,
    input: z.object({
      id: uuid,
      noticeOn: f.isoDate,
      demand: f.shortText(2000, { multiline: true }),
      fixDueOn: f.isoDate,
    }),
    output: complaintView,
  }),
  /** The check after the fix deadline: fixed (closed) or not (the supplier is removed). */
  'complaints.recordCheck': def({
    kind: 'write',
    access: COMMISSION_CLERKS,
    input: z.object({
      id: uuid,
      checkedOn: f.isoDate,
      fixed: z.boolean({ error: 'required' }),
      note: f.optionalText(2000, { multiline: true }),
      decisionNo: f.optionalText(60),
      decisionOn: f.optionalIsoDate,
      removedOn: f.optionalIsoDate,
    }),
    output: complaintView,
  }),
  /** The cost of the improper good or service reimbursed at the supplier's expense (SC art. 167). */
  'complaints.recordReimbursement': def({
    kind: 'write',
    access: COMMISSION_CLERKS,
    input: z.object({
      id: uuid,
      reimbursedAmount: tiyn,
      reimbursedOn: f.isoDate,
      note: f.optionalText(500),
    }),
    output: complaintView,
  }),
  /** The notice to the supplier as an A4 PDF (kk, ru or en) for the head to sign. */
  'complaints.noticePdf': def({
    kind: 'task',
    access: ['admin', 'head', 'commission_secretary'],
    input: z.object({ id: uuid, locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
} as const;
