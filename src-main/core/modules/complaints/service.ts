import { eq, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { pickLocale } from '../../api/messages';
import { localToday } from '../../clock';
import { sequences } from '../../db/schema/system';
import { dmy } from '../../documents/layout';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import { changedFields, createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { users } from '../accounts/schema';
import { loadCalendar } from '../calendar/service';
import { markUnreliable, readProvider } from '../providers/service';
import { legalRules } from '../settings/policies';
import {
  type ComplaintStatus,
  filingDeadline,
  majority,
  REVIEW_READINGS,
  type ReviewReading,
  reviewDeadline,
  UNDER_REVIEW,
  type Vote,
} from './domain';
import { complaints, complaintVotes } from './schema';

// The complaints commission's procedure, one step per write: intake, the meeting, votes, the
// conclusion and the head's signature, the notice, the check after the fix deadline (closure or
// removal to the unreliable list) and the reimbursement. Each step checks the complaint is at the
// step it belongs to and that its dates follow the earlier ones.

type Row = typeof complaints.$inferSelect;
export type ComplaintRow = Row;
type View = Output<'complaints.card'>;

const COMMISSION_ROLES = ['commission_secretary', 'commission_member', 'head'];
/** Roles that see every complaint; a commission member alone sees their meetings' complaints. */
export const SEES_ALL = ['admin', 'head', 'commission_secretary', 'auditor'];

const membersOf = (r: Row): string[] => {
  try {
    return JSON.parse(r.members) as string[];
  } catch {
    return [];
  }
};

/** The current step's deadline: the review's while it runs, the supplier's while the notice runs. */
export function currentDue(r: Pick<Row, 'status' | 'reviewDueOn' | 'fixDueOn'>) {
  if (UNDER_REVIEW.includes(r.status)) return { dueOn: r.reviewDueOn, dueKind: 'review' as const };
  if (r.status === 'notice_sent' && r.fixDueOn) return { dueOn: r.fixDueOn, dueKind: 'fix' as const };
  return { dueOn: null, dueKind: null };
}

function readRow(ctx: ServiceContext, id: string): Row {
  const row = ctx.db.select().from(complaints).where(eq(complaints.id, id)).get();
  const actor = requireActor(ctx);
  // A member alone does not learn that a complaint of another meeting exists.
  if (!row || (!actor.roles.some((r) => SEES_ALL.includes(r)) && !membersOf(row).includes(actor.userId)))
    throw new AppError('NOT_FOUND');
  return row;
}

/** Refuses a step the complaint is not at, naming where it is. */
function atStep(ctx: ServiceContext, r: Row, allowed: readonly ComplaintStatus[]) {
  if (!allowed.includes(r.status))
    throw new AppError('COMPLAINT_STEP', {
      params: { status: enumLabel(pickLocale(ctx.locale), 'complaintStatus', r.status) },
    });
}

function notFuture(ctx: ServiceContext, field: string, day: string) {
  if (day > localToday(ctx.clock)) throw new AppError('VALIDATION', { fields: { [field]: 'dateFuture' } });
}

function userNames(ctx: ServiceContext, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = ctx.sqlite
    .prepare(`SELECT id, full_name AS name FROM users WHERE id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function complaintView(ctx: ServiceContext, r: Row): View {
  const calendar = loadCalendar(ctx.db);
  const today = localToday(ctx.clock);
  const provider = readProvider(ctx.db, r.providerId);
  const memberIds = membersOf(r);
  const votes = ctx.db.select().from(complaintVotes).where(eq(complaintVotes.complaintId, r.id)).all();
  const names = userNames(ctx, [
    ...new Set([...memberIds, ...votes.map((v) => v.memberId), r.signedBy ?? '']),
  ]);
  const unreliable = r.unreliableId
    ? (ctx.sqlite
        .prepare(
          `SELECT decision_no AS decisionNo, decision_on AS decisionOn, removed_on AS removedOn,
                  return_on AS returnOn FROM unreliable_suppliers WHERE id = ?`,
        )
        .get(r.unreliableId) as View['unreliable'])
    : null;
  const caseNumber = r.caseId
    ? ((ctx.sqlite.prepare('SELECT number FROM cases WHERE id = ?').pluck().get(r.caseId) as string) ?? null)
    : null;
  const due = currentDue(r);
  const reading = (r.reviewReading in REVIEW_READINGS ? r.reviewReading : 'code') as ReviewReading;
  return {
    id: r.id,
    number: r.number,
    receivedOn: r.receivedOn,
    complainantName: r.complainantName,
    providerId: r.providerId,
    providerName: provider ? (ctx.locale === 'kk' ? provider.nameKk : provider.nameRu) : '',
    subject: r.subject,
    status: r.status,
    reviewDueOn: r.reviewDueOn,
    ...due,
    daysLeft: due.dueOn ? calendar.workingDaysBetween(today, due.dueOn) || 0 : null,
    overdue: !!due.dueOn && due.dueOn < today,
    meetingOn: r.meetingOn,
    channel: r.channel,
    learnedOn: r.learnedOn,
    filingDeadline: filingDeadline(r.learnedOn, calendar),
    delayReason: r.delayReason,
    applicantId: r.applicantId,
    complainantIin: r.complainantIin,
    caseId: r.caseId,
    caseNumber,
    subjectKind: r.subjectKind,
    description: r.description,
    reviewReading: reading,
    reviewWorkingDays: REVIEW_READINGS[reading].workingDays,
    meetingPlace: r.meetingPlace,
    members: memberIds.map((id) => ({ id, fullName: names.get(id) ?? '' })),
    votes: votes.map((v) => ({
      memberId: v.memberId,
      fullName: names.get(v.memberId) ?? '',
      vote: v.vote,
      note: v.note,
    })),
    majority: majority(
      memberIds.length,
      votes.filter((v) => memberIds.includes(v.memberId)).map((v) => v.vote as Vote),
    ).outcome,
    outcome: r.outcome,
    reasons: r.reasons,
    concludedOn: r.concludedOn,
    signedByName: r.signedBy ? (names.get(r.signedBy) ?? null) : null,
    signedOn: r.signedOn,
    noticeOn: r.noticeOn,
    noticeDemand: r.noticeDemand,
    fixDueOn: r.fixDueOn,
    checkedOn: r.checkedOn,
    fixed: r.fixed,
    checkNote: r.checkNote,
    unreliable: unreliable ?? null,
    reimbursedAmount: r.reimbursedAmount,
    reimbursedOn: r.reimbursedOn,
    reimbursementNote: r.reimbursementNote,
  };
}

export function complaintCard(ctx: ServiceContext, input: ParsedInput<'complaints.card'>): View {
  const row = readRow(ctx, input.id);
  if (row.applicantId)
    ctx.auditRead({ entity: 'complaint', entityId: row.id, action: 'read', subjectId: row.applicantId });
  return complaintView(ctx, row);
}

/** Applies a step's changes to the row in one UPDATE and audits exactly what changed. */
function update(ctx: ServiceContext, r: Row, values: Partial<Row>, action: string): View {
  const changes = changedFields(r, values);
  ctx.db
    .update(complaints)
    .set({ ...values, ...updateStamp(ctx) })
    .where(eq(complaints.id, r.id))
    .run();
  ctx.audit({
    entity: 'complaint',
    entityId: r.id,
    action,
    changes,
    ...(r.applicantId ? { subjectId: r.applicantId } : {}),
  });
  return complaintView(ctx, { ...r, ...values });
}

function nextNumber(ctx: ServiceContext, year: number): string {
  const row = ctx.db
    .insert(sequences)
    .values({ name: `complaint:${year}`, value: 1 })
    .onConflictDoUpdate({ target: sequences.name, set: { value: sql`${sequences.value} + 1` } })
    .returning({ value: sequences.value })
    .get();
  return `${year}-${String(row.value).padStart(4, '0')}`;
}

export function registerComplaint(ctx: ServiceContext, input: ParsedInput<'complaints.register'>): View {
  notFuture(ctx, 'receivedOn', input.receivedOn);
  if (input.learnedOn > input.receivedOn)
    throw new AppError('VALIDATION', { fields: { learnedOn: 'learnedAfterReceived' } });
  if (!readProvider(ctx.db, input.providerId))
    throw new AppError('VALIDATION', { fields: { providerId: 'unknownProvider' } });
  if (input.caseId && !ctx.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId))
    throw new AppError('VALIDATION', { fields: { caseId: 'unknownCase' } });
  const calendar = loadCalendar(ctx.db);
  const lastDay = filingDeadline(input.learnedOn, calendar);
  const late = input.receivedOn > lastDay;
  if (late && !input.delayReason)
    throw new AppError('COMPLAINT_LATE', {
      fields: { delayReason: 'complaintLate' },
      params: { deadline: dmy(lastDay) },
    });
  const reading = legalRules(ctx.db).complaintReviewReading;
  const applicantId = input.complainantIin
    ? ((ctx.sqlite.prepare('SELECT id FROM applicants WHERE iin = ?').pluck().get(input.complainantIin) as
        | string
        | undefined) ?? null)
    : null;
  const row: Row = {
    ...newEntityStamp(ctx),
    number: nextNumber(ctx, Number(input.receivedOn.slice(0, 4))),
    receivedOn: input.receivedOn,
    channel: input.channel,
    learnedOn: input.learnedOn,
    delayReason: late ? (input.delayReason ?? null) : null,
    applicantId,
    complainantName: input.complainantName,
    complainantIin: input.complainantIin ?? null,
    providerId: input.providerId,
    caseId: input.caseId ?? null,
    subjectKind: input.subjectKind,
    subject: input.subject,
    description: input.description,
    reviewReading: reading,
    reviewDueOn: reviewDeadline(input.receivedOn, reading, calendar),
    status: 'registered',
    meetingOn: null,
    meetingPlace: null,
    members: '[]',
    outcome: null,
    reasons: null,
    concludedOn: null,
    signedBy: null,
    signedOn: null,
    noticeOn: null,
    noticeDemand: null,
    fixDueOn: null,
    checkedOn: null,
    fixed: null,
    checkNote: null,
    unreliableId: null,
    reimbursedAmount: null,
    reimbursedOn: null,
    reimbursementNote: null,
  };
  ctx.db.insert(complaints).values(row).run();
  ctx.audit({
    entity: 'complaint',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row, ['members']),
    ...(applicantId ? { subjectId: applicantId } : {}),
  });
  return complaintView(ctx, row);
}

/** Users who may sit on the commission: active, holding a commission role or the head's. */
export function commissionMembers(ctx: ServiceContext): Output<'complaints.members'> {
  const rows = ctx.db
    .select({ id: users.id, fullName: users.fullName, roles: users.roles, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(users.fullName)
    .all();
  return rows
    .map((u) => ({
      id: u.id,
      fullName: u.fullName,
      roles: JSON.parse(u.roles) as string[],
      off: !!u.disabledAt,
    }))
    .filter((u) => !u.off && u.roles.some((r) => COMMISSION_ROLES.includes(r)))
    .map(({ off: _off, ...u }) => u);
}

export function schedule(ctx: ServiceContext, input: ParsedInput<'complaints.schedule'>): View {
  const r = readRow(ctx, input.id);
  atStep(ctx, r, ['registered', 'scheduled']);
  if (input.meetingOn < r.receivedOn)
    throw new AppError('VALIDATION', { fields: { meetingOn: 'beforeReceived' } });
  const allowed = new Set(commissionMembers(ctx).map((u) => u.id));
  const members = [...new Set(input.members)];
  if (members.some((m) => !allowed.has(m)))
    throw new AppError('VALIDATION', { fields: { members: 'notCommissionMember' } });
  // A member who has voted stays on the meeting: their vote is part of the record.
  const voted = ctx.db
    .select({ memberId: complaintVotes.memberId })
    .from(complaintVotes)
    .where(eq(complaintVotes.complaintId, r.id))
    .all();
  if (voted.some((v) => !members.includes(v.memberId)))
    throw new AppError('VALIDATION', { fields: { members: 'memberVoted' } });
  return update(
    ctx,
    r,
    {
      status: 'scheduled',
      meetingOn: input.meetingOn,
      meetingPlace: input.meetingPlace ?? null,
      members: JSON.stringify(members),
    },
    r.status === 'scheduled' ? 'reschedule' : 'schedule',
  );
}

export function vote(ctx: ServiceContext, input: ParsedInput<'complaints.vote'>): View {
  const actor = requireActor(ctx);
  const r = readRow(ctx, input.id);
  if (!membersOf(r).includes(actor.userId)) throw new AppError('COMPLAINT_NOT_MEMBER');
  atStep(ctx, r, ['scheduled']);
  const existing = ctx.db
    .select()
    .from(complaintVotes)
    .where(sql`${complaintVotes.complaintId} = ${r.id} AND ${complaintVotes.memberId} = ${actor.userId}`)
    .get();
  if (existing) {
    const values = { vote: input.vote, note: input.note ?? null };
    const changes = changedFields(existing, values);
    if (Object.keys(changes).length > 0) {
      ctx.db
        .update(complaintVotes)
        .set({ ...values, ...updateStamp(ctx) })
        .where(eq(complaintVotes.id, existing.id))
        .run();
      ctx.audit({ entity: 'complaint_vote', entityId: existing.id, action: 'update', changes });
    }
  } else {
    const row = {
      ...newEntityStamp(ctx),
      complaintId: r.id,
      memberId: actor.userId,
      vote: input.vote,
      note: input.note ?? null,
    };
    ctx.db.insert(complaintVotes).values(row).run();
    ctx.audit({ entity: 'complaint_vote', entityId: row.id, action: 'create', changes: createdChanges(row) });
  }
  return complaintView(ctx, r);
}

export function conclude(ctx: ServiceContext, input: ParsedInput<'complaints.conclude'>): View {
  const r = readRow(ctx, input.id);
  atStep(ctx, r, ['scheduled']);
  notFuture(ctx, 'concludedOn', input.concludedOn);
  if (r.meetingOn && input.concludedOn < r.meetingOn)
    throw new AppError('VALIDATION', { fields: { concludedOn: 'beforeMeeting' } });
  const members = membersOf(r);
  const votes = ctx.db
    .select({ memberId: complaintVotes.memberId, vote: complaintVotes.vote })
    .from(complaintVotes)
    .where(eq(complaintVotes.complaintId, r.id))
    .all()
    .filter((v) => members.includes(v.memberId));
  const m = majority(
    members.length,
    votes.map((v) => v.vote),
  );
  if (!m.outcome) throw new AppError('VALIDATION', { fields: { outcome: 'noMajority' } });
  if (m.outcome !== input.outcome)
    throw new AppError('VALIDATION', { fields: { outcome: 'outcomeDiffersFromVotes' } });
  return update(
    ctx,
    r,
    { status: 'concluded', outcome: input.outcome, reasons: input.reasons, concludedOn: input.concludedOn },
    'conclude',
  );
}

export function sign(ctx: ServiceContext, input: ParsedInput<'complaints.sign'>): View {
  const actor = requireActor(ctx);
  const r = readRow(ctx, input.id);
  atStep(ctx, r, ['concluded']);
  notFuture(ctx, 'signedOn', input.signedOn);
  if (r.concludedOn && input.signedOn < r.concludedOn)
    throw new AppError('VALIDATION', { fields: { signedOn: 'beforeConclusion' } });
  return update(
    ctx,
    r,
    {
      status: r.outcome === 'upheld' ? 'upheld' : 'rejected',
      signedBy: actor.userId,
      signedOn: input.signedOn,
    },
    'sign',
  );
}

export function sendNotice(ctx: ServiceContext, input: ParsedInput<'complaints.sendNotice'>): View {
  const r = readRow(ctx, input.id);
  atStep(ctx, r, ['upheld']);
  notFuture(ctx, 'noticeOn', input.noticeOn);
  if (r.signedOn && input.noticeOn < r.signedOn)
    throw new AppError('VALIDATION', { fields: { noticeOn: 'beforeSignature' } });
  if (input.fixDueOn <= input.noticeOn)
    throw new AppError('VALIDATION', { fields: { fixDueOn: 'fixDueBeforeNotice' } });
  return update(
    ctx,
    r,
    { status: 'notice_sent', noticeOn: input.noticeOn, noticeDemand: input.demand, fixDueOn: input.fixDueOn },
    'notice',
  );
}

export function recordCheck(ctx: ServiceContext, input: ParsedInput<'complaints.recordCheck'>): View {
  const r = readRow(ctx, input.id);
  atStep(ctx, r, ['notice_sent']);
  notFuture(ctx, 'checkedOn', input.checkedOn);
  if (r.fixDueOn && input.checkedOn < r.fixDueOn)
    throw new AppError('VALIDATION', { fields: { checkedOn: 'checkBeforeFixDue' } });
  if (input.fixed)
    return update(
      ctx,
      r,
      { status: 'resolved', checkedOn: input.checkedOn, fixed: true, checkNote: input.note ?? null },
      'check',
    );
  // Not fixed: the commission removes the supplier (SC art. 167); its decision is required.
  const missing: Record<string, string> = {};
  if (!input.decisionNo) missing.decisionNo = 'required';
  if (!input.decisionOn) missing.decisionOn = 'required';
  if (!input.removedOn) missing.removedOn = 'required';
  if (Object.keys(missing).length > 0) throw new AppError('VALIDATION', { fields: missing });
  if ((input.decisionOn as string) < input.checkedOn)
    throw new AppError('VALIDATION', { fields: { decisionOn: 'beforeCheck' } });
  const entry = markUnreliable(ctx, {
    providerId: r.providerId,
    reason: `№ ${r.number}: ${r.noticeDemand ?? r.subject}`,
    decisionNo: input.decisionNo as string,
    decisionOn: input.decisionOn as string,
    removedOn: input.removedOn as string,
  });
  return update(
    ctx,
    r,
    {
      status: 'supplier_removed',
      checkedOn: input.checkedOn,
      fixed: false,
      checkNote: input.note ?? null,
      unreliableId: entry.id,
    },
    'check',
  );
}

export function recordReimbursement(
  ctx: ServiceContext,
  input: ParsedInput<'complaints.recordReimbursement'>,
): View {
  const r = readRow(ctx, input.id);
  atStep(ctx, r, ['upheld', 'notice_sent', 'resolved', 'supplier_removed']);
  notFuture(ctx, 'reimbursedOn', input.reimbursedOn);
  if (r.signedOn && input.reimbursedOn < r.signedOn)
    throw new AppError('VALIDATION', { fields: { reimbursedOn: 'beforeSignature' } });
  return update(
    ctx,
    r,
    {
      reimbursedAmount: input.reimbursedAmount,
      reimbursedOn: input.reimbursedOn,
      reimbursementNote: input.note ?? null,
    },
    'reimburse',
  );
}
