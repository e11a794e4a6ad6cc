import { asc, eq, inArray } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow, localToday } from '../../clock';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { applicants } from '../applicants/schema';
import { loadCalendar } from '../calendar/service';
import { cases } from '../cases/schema';
import { requireActiveForm } from '../references/service';
import { effectiveDecision, mayApprove } from './domain';
import { checkLines } from './lines';
import {
  caseDecisions,
  caseNeedsDecision,
  type DecisionRow,
  nextNumber,
  readCase,
  recordsOf,
  refreshCase,
  userNames,
} from './records';
import { decisions } from './schema';

// The akimat's decision (SC art. 141) with a maker-checker review: a caseworker drafts, a head
// approves or returns; the drafter (or whoever revised the draft) never approves it. An approved
// decision is final (a trigger refuses any UPDATE or DELETE of it); a correction is a new
// decision that cites the old one and supersedes it once approved.

type DecisionView = Output<'casework.draftDecision'>;

export function decisionViews(db: Db, rows: DecisionRow[]): DecisionView[] {
  const names = userNames(
    db,
    rows.flatMap((r) => [r.draftedBy, r.reviewedBy]),
  );
  const superseded = new Set(
    rows.filter((r) => r.state === 'approved' && r.supersedesId).map((r) => r.supersedesId as string),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    number: r.number,
    kind: r.kind,
    state: r.state,
    ssuTypes: JSON.parse(r.ssuTypes) as DecisionView['ssuTypes'],
    form: r.form,
    volume: r.volume,
    services: JSON.parse(r.services) as DecisionView['services'],
    startOn: r.startOn,
    endOn: r.endOn,
    refusalReason: r.refusalReason,
    explanation: r.explanation,
    supersedesId: r.supersedesId,
    superseded: superseded.has(r.id),
    draftedBy: r.draftedBy,
    draftedByName: names.get(r.draftedBy) ?? r.draftedBy,
    revisedBy: r.revisedBy,
    reviewedByName: r.reviewedBy ? (names.get(r.reviewedBy) ?? r.reviewedBy) : null,
    reviewedAt: r.reviewedAt,
    returnComment: r.returnComment,
    decidedOn: r.decidedOn,
    createdAt: r.createdAt,
  }));
}

function one(db: Db, row: DecisionRow): DecisionView {
  // Superseded is a fact about the case's other decisions: read them for it.
  const all = caseDecisions(db, row.caseId);
  return decisionViews(db, all).find((d) => d.id === row.id) as DecisionView;
}

export function readDecision(db: Db, id: string): DecisionRow {
  const row = db.select().from(decisions).where(eq(decisions.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function draftDecision(
  ctx: ServiceContext,
  input: ParsedInput<'casework.draftDecision'>,
): Output<'casework.draftDecision'> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const c = readCase(ctx.db, input.caseId);
  if (c.status === 'withdrawn' || c.status === 'terminated')
    throw new AppError('VALIDATION', { fields: { caseId: 'caseClosed' } });
  if (!caseNeedsDecision(c)) throw new AppError('VALIDATION', { fields: { kind: 'noDecisionOnRoute' } });
  const r = recordsOf(ctx.db, c);
  const inForce = effectiveDecision(r.decisionRows);
  const draft = r.decisionRows.find((d) => d.state !== 'approved');
  if (input.id) {
    const old = readDecision(ctx.db, input.id);
    if (old.caseId !== c.id) throw new AppError('NOT_FOUND');
    if (old.state === 'approved') throw new AppError('DECISION_FINAL');
  } else if (draft) throw new AppError('VALIDATION', { fields: { kind: 'draftExists' } });
  // A decision in force can only be corrected by a decision that cites it.
  if (inForce && input.supersedesId !== inForce.id)
    throw new AppError('VALIDATION', { fields: { supersedesId: 'correctionMustCite' } });
  if (!inForce && input.supersedesId)
    throw new AppError('VALIDATION', { fields: { supersedesId: 'invalid' } });
  if (input.kind === 'approve') {
    if (!r.hasAct) throw new AppError('VALIDATION', { fields: { kind: 'actRequired' } });
    requireActiveForm(ctx.db, input.form as string, 'form');
    if ((input.startOn as string) < c.appliedOn)
      throw new AppError('VALIDATION', { fields: { startOn: 'beforeApplied' } });
    checkLines(ctx.db, input.services, 'services', { form: input.form ?? null, ssuTypes: input.ssuTypes });
  }
  const approve = input.kind === 'approve';
  const values = {
    kind: input.kind,
    ssuTypes: JSON.stringify(approve ? input.ssuTypes : []),
    form: approve ? (input.form ?? null) : null,
    volume: approve ? (input.volume ?? null) : null,
    services: JSON.stringify(approve ? input.services : []),
    startOn: approve ? (input.startOn ?? null) : null,
    endOn: approve ? (input.endOn ?? null) : null,
    refusalReason: approve ? null : (input.refusalReason ?? null),
    explanation: input.explanation ?? null,
    supersedesId: input.supersedesId ?? null,
  };
  let row: DecisionRow;
  if (!input.id) {
    row = {
      ...newEntityStamp(ctx),
      caseId: c.id,
      number: null,
      state: 'pending',
      ...values,
      draftedBy: actor.userId,
      revisedBy: null,
      reviewedBy: null,
      reviewedAt: null,
      returnComment: null,
      decidedOn: null,
    };
    ctx.db.insert(decisions).values(row).run();
    ctx.audit({
      entity: 'decision',
      entityId: row.id,
      action: 'draft',
      changes: createdChanges(row),
      subjectId: c.applicantId,
    });
  } else {
    const old = readDecision(ctx.db, input.id);
    const patch = {
      ...values,
      state: 'pending' as const,
      // Whoever revises a draft is also its maker: they may not approve it either.
      revisedBy: old.draftedBy === actor.userId ? old.revisedBy : actor.userId,
      ...updateStamp(ctx),
    };
    ctx.db.update(decisions).set(patch).where(eq(decisions.id, old.id)).run();
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [k, v] of Object.entries({ ...values, state: 'pending' })) {
      const before = old[k as keyof DecisionRow];
      if (before !== v) changes[k] = [before, v];
    }
    ctx.audit({ entity: 'decision', entityId: old.id, action: 'revise', changes, subjectId: c.applicantId });
    row = { ...old, ...patch };
  }
  refreshCase(ctx, c.id);
  return one(ctx.db, row);
}

function pendingOf(ctx: ServiceContext, id: string): DecisionRow {
  const row = readDecision(ctx.db, id);
  if (row.state === 'approved') throw new AppError('DECISION_FINAL');
  if (row.state !== 'pending') throw new AppError('VALIDATION', { fields: { id: 'decisionNotPending' } });
  return row;
}

export function approveDecision(
  ctx: ServiceContext,
  input: ParsedInput<'casework.approveDecision'>,
): Output<'casework.approveDecision'> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const row = pendingOf(ctx, input.id);
  if (!mayApprove(row, actor.userId)) throw new AppError('MAKER_CHECKER');
  const c = readCase(ctx.db, row.caseId);
  if (c.status === 'withdrawn' || c.status === 'terminated')
    throw new AppError('VALIDATION', { fields: { caseId: 'caseClosed' } });
  // The catalogue or the forms may have changed since the draft: check again at approval.
  if (row.kind === 'approve') {
    requireActiveForm(ctx.db, row.form as string, 'form');
    checkLines(ctx.db, JSON.parse(row.services), 'services', {
      form: row.form,
      ssuTypes: JSON.parse(row.ssuTypes),
    });
  }
  const today = localToday(ctx.clock);
  const patch = {
    state: 'approved' as const,
    number: nextNumber(ctx, 'decision', Number(today.slice(0, 4))),
    reviewedBy: actor.userId,
    reviewedAt: isoNow(ctx.clock),
    decidedOn: today,
    returnComment: null,
    ...updateStamp(ctx),
  };
  ctx.db.update(decisions).set(patch).where(eq(decisions.id, row.id)).run();
  ctx.audit({
    entity: 'decision',
    entityId: row.id,
    action: 'approve',
    changes: { state: [row.state, 'approved'], number: [null, patch.number], decidedOn: [null, today] },
    subjectId: c.applicantId,
  });
  refreshCase(ctx, c.id);
  return one(ctx.db, { ...row, ...patch });
}

export function returnDecision(
  ctx: ServiceContext,
  input: ParsedInput<'casework.returnDecision'>,
): Output<'casework.returnDecision'> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const row = pendingOf(ctx, input.id);
  const c = readCase(ctx.db, row.caseId);
  const patch = {
    state: 'returned' as const,
    reviewedBy: actor.userId,
    reviewedAt: isoNow(ctx.clock),
    returnComment: input.comment,
    ...updateStamp(ctx),
  };
  ctx.db.update(decisions).set(patch).where(eq(decisions.id, row.id)).run();
  ctx.audit({
    entity: 'decision',
    entityId: row.id,
    action: 'return',
    changes: { state: [row.state, 'returned'], returnComment: [row.returnComment, input.comment] },
    subjectId: c.applicantId,
  });
  refreshCase(ctx, c.id);
  return one(ctx.db, { ...row, ...patch });
}

/** Drafts awaiting approval, the most urgent first (due date, then the oldest draft). */
export function approvalQueue(ctx: ServiceContext): Output<'casework.approvalQueue'> {
  const rows = ctx.db
    .select({
      d: decisions,
      c: cases,
      p: {
        lastName: applicants.lastName,
        firstName: applicants.firstName,
        patronymic: applicants.patronymic,
      },
    })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .innerJoin(applicants, eq(applicants.id, cases.applicantId))
    .where(inArray(decisions.state, ['pending']))
    .orderBy(asc(cases.dueOn), asc(decisions.updatedAt))
    .all();
  if (rows.length === 0) return [];
  const calendar = loadCalendar(ctx.db);
  const today = localToday(ctx.clock);
  const views = decisionViews(
    ctx.db,
    rows.map((r) => r.d),
  );
  const me = ctx.actor?.userId;
  return rows.map((r, i) => {
    const d = views[i] as DecisionView;
    return {
      decision: d,
      caseNumber: r.c.number,
      appliedOn: r.c.appliedOn,
      dueOn: r.c.dueOn,
      workingDaysLeft: r.c.dueOn ? calendar.workingDaysBetween(today, r.c.dueOn) : null,
      applicantId: r.c.applicantId,
      personName: [r.p.lastName, r.p.firstName, r.p.patronymic].filter(Boolean).join(' '),
      ownDraft: !!me && !mayApprove(r.d, me),
    };
  });
}
