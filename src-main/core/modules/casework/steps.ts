import { asc, eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp } from '../../shared/stamps';
import { providerName, providersByIds, requireActiveProvider } from '../providers/service';
import { requireCertified } from '../specialists/certification';
import { requireActiveSpecialist, specialistName, specialistsByIds } from '../specialists/service';
import { type EventKind, effectiveDecision, mayChooseProvider } from './domain';
import { checkLines } from './lines';
import {
  type CaseRow,
  type EventRow,
  nextNumber,
  readCase,
  recordsOf,
  refreshCase,
  requireOpen,
  userNames,
} from './records';
import { caseEvents, referrals, workPlans } from './schema';

// After the decision: the person chooses a provider, the caseworker issues the referral and the
// work plan, the service starts, is monitored, may be suspended and resumed, and ends. Each step
// is an insert; the case's status follows from what exists (domain.ts deriveStatus).

type ReferralRow = typeof referrals.$inferSelect;
type PlanRow = typeof workPlans.$inferSelect;

export function eventViews(db: Db, rows: EventRow[], locale: string): Output<'casework.startService'>[] {
  const names = userNames(
    db,
    rows.map((r) => r.createdBy),
  );
  const named = providersByIds(
    db,
    rows.map((r) => r.providerId),
  );
  return rows.map((r) => {
    const p = r.providerId ? named.get(r.providerId) : undefined;
    return {
      id: r.id,
      kind: r.kind,
      on: r.on,
      providerId: r.providerId,
      providerName: p ? providerName(p, locale) : null,
      result: r.result,
      planCorrected: r.planCorrected,
      reason: r.reason,
      note: r.note,
      createdAt: r.createdAt,
      createdByName: names.get(r.createdBy) ?? r.createdBy,
    };
  });
}

export function referralViews(
  db: Db,
  rows: ReferralRow[],
  locale: string,
): Output<'casework.issueReferral'>[] {
  const names = userNames(
    db,
    rows.map((r) => r.createdBy),
  );
  const named = providersByIds(
    db,
    rows.map((r) => r.providerId),
  );
  return rows.map((r) => {
    const p = named.get(r.providerId);
    return {
      id: r.id,
      number: r.number,
      issuedOn: r.issuedOn,
      providerId: r.providerId,
      providerName: p ? providerName(p, locale) : r.providerId,
      form: r.form,
      decisionId: r.decisionId,
      createdAt: r.createdAt,
      createdByName: names.get(r.createdBy) ?? r.createdBy,
    };
  });
}

export function planViews(db: Db, rows: PlanRow[]): Output<'casework.savePlan'>[] {
  const names = userNames(
    db,
    rows.map((r) => r.createdBy),
  );
  const responsible = specialistsByIds(
    db,
    rows.map((r) => r.responsibleId),
  );
  return rows.map((r) => {
    const s = responsible.get(r.responsibleId);
    return {
      id: r.id,
      number: r.number,
      referralId: r.referralId,
      responsible: { id: r.responsibleId, name: s ? specialistName(s) : r.responsibleId },
      fromOn: r.fromOn,
      toOn: r.toOn,
      items: JSON.parse(r.items) as Output<'casework.savePlan'>['items'],
      note: r.note,
      createdAt: r.createdAt,
      createdByName: names.get(r.createdBy) ?? r.createdBy,
    };
  });
}

export function referralsOf(db: Db, caseId: string): ReferralRow[] {
  return db
    .select()
    .from(referrals)
    .where(eq(referrals.caseId, caseId))
    .orderBy(asc(referrals.createdAt))
    .all();
}

export function plansOf(db: Db, caseId: string): PlanRow[] {
  return db
    .select()
    .from(workPlans)
    .where(eq(workPlans.caseId, caseId))
    .orderBy(asc(workPlans.createdAt))
    .all();
}

function notInFuture(ctx: ServiceContext, on: string, field: string) {
  if (on > localToday(ctx.clock)) throw new AppError('VALIDATION', { fields: { [field]: 'dateFuture' } });
}

/** The day from which the service may run: the decision's date (or the application's, on routes without one). */
function serviceFloor(ctx: ServiceContext, c: CaseRow): string {
  const decision = effectiveDecision(recordsOf(ctx.db, c).decisionRows);
  return decision?.decidedOn ?? c.appliedOn;
}

function addEvent(
  ctx: ServiceContext,
  c: CaseRow,
  kind: EventKind,
  values: Partial<Pick<EventRow, 'providerId' | 'result' | 'planCorrected' | 'reason' | 'note'>> & {
    on: string;
  },
): Output<'casework.startService'> {
  const row: EventRow = {
    ...newEntityStamp(ctx),
    caseId: c.id,
    kind,
    on: values.on,
    providerId: values.providerId ?? null,
    result: values.result ?? null,
    planCorrected: values.planCorrected ?? null,
    reason: values.reason ?? null,
    note: values.note ?? null,
  };
  ctx.db.insert(caseEvents).values(row).run();
  const after = refreshCase(ctx, c.id);
  ctx.audit({
    entity: 'case_event',
    entityId: row.id,
    action: kind,
    changes: { ...createdChanges(row), status: [c.status, after.status] },
    subjectId: c.applicantId,
  });
  return eventViews(ctx.db, [row], ctx.locale)[0] as Output<'casework.startService'>;
}

/** The last event of these kinds (start, suspension, resumption): the service's running state. */
function lastOf(ctx: ServiceContext, c: CaseRow, kinds: readonly EventKind[]): EventRow | undefined {
  return recordsOf(ctx.db, c).eventRows.findLast((e) => kinds.includes(e.kind));
}

/**
 * The case a step is recorded on: open, in one of the statuses the step follows, and (for a
 * dated step) the date not in the future.
 */
function caseAtStep(
  ctx: ServiceContext,
  caseId: string,
  allowed: readonly CaseRow['status'][],
  dated?: { on: string; field: string },
): CaseRow {
  const c = readCase(ctx.db, caseId);
  requireOpen(c);
  requireStatus(c, allowed);
  if (dated) notInFuture(ctx, dated.on, dated.field);
  return c;
}

function requireStatus(c: CaseRow, allowed: readonly CaseRow['status'][]) {
  if (!allowed.includes(c.status)) throw new AppError('VALIDATION', { fields: { caseId: `stepNotNow` } });
}

export function chooseProvider(
  ctx: ServiceContext,
  input: ParsedInput<'casework.chooseProvider'>,
): Output<'casework.chooseProvider'> {
  const c = readCase(ctx.db, input.caseId);
  requireOpen(c);
  const r = recordsOf(ctx.db, c);
  if (!mayChooseProvider(c.status, r.needsDecision))
    throw new AppError('VALIDATION', { fields: { caseId: 'stepNotNow' } });
  notInFuture(ctx, input.on, 'on');
  if (input.on < serviceFloor(ctx, c)) throw new AppError('VALIDATION', { fields: { on: 'beforeDecision' } });
  requireActiveProvider(ctx.db, input.providerId, 'providerId', input.on);
  return addEvent(ctx, c, 'provider_chosen', { on: input.on, providerId: input.providerId });
}

export function issueReferral(
  ctx: ServiceContext,
  input: ParsedInput<'casework.issueReferral'>,
): Output<'casework.issueReferral'> {
  const c = caseAtStep(ctx, input.caseId, ['provider_chosen'], { on: input.issuedOn, field: 'issuedOn' });
  const r = recordsOf(ctx.db, c);
  const choice = r.eventRows.findLast((e) => e.kind === 'provider_chosen') as EventRow;
  if (input.issuedOn < choice.on) throw new AppError('VALIDATION', { fields: { issuedOn: 'beforeChoice' } });
  // The provider must still be in the register when the referral is issued.
  requireActiveProvider(ctx.db, choice.providerId as string, 'providerId', input.issuedOn);
  const decision = effectiveDecision(r.decisionRows);
  const row: ReferralRow = {
    ...newEntityStamp(ctx),
    caseId: c.id,
    decisionId: decision?.id ?? null,
    providerId: choice.providerId as string,
    number: nextNumber(ctx, 'referral', Number(input.issuedOn.slice(0, 4))),
    issuedOn: input.issuedOn,
    form: decision?.form ?? c.requestedForm,
  };
  ctx.db.insert(referrals).values(row).run();
  const after = refreshCase(ctx, c.id);
  ctx.audit({
    entity: 'referral',
    entityId: row.id,
    action: 'create',
    changes: { ...createdChanges(row), status: [c.status, after.status] },
    subjectId: c.applicantId,
  });
  return referralViews(ctx.db, [row], ctx.locale)[0] as Output<'casework.issueReferral'>;
}

export function savePlan(
  ctx: ServiceContext,
  input: ParsedInput<'casework.savePlan'>,
): Output<'casework.savePlan'> {
  const c = caseAtStep(ctx, input.caseId, ['referred', 'in_service', 'suspended']);
  const referral = referralsOf(ctx.db, c.id).at(-1) as ReferralRow;
  if (input.fromOn < referral.issuedOn)
    throw new AppError('VALIDATION', { fields: { fromOn: 'beforeReferral' } });
  const decision = effectiveDecision(recordsOf(ctx.db, c).decisionRows);
  if (decision?.endOn && input.toOn > decision.endOn)
    throw new AppError('VALIDATION', { fields: { toOn: 'afterDecisionTerm' } });
  requireActiveSpecialist(ctx.db, input.responsibleId, 'responsibleId');
  // The responsible specialist holds a certificate valid when the plan starts (docs/domain.md).
  requireCertified(
    ctx,
    input.responsibleId,
    input.fromOn,
    'responsibleId',
    input.overrideReason,
    c.applicantId,
  );
  checkLines(ctx.db, input.items, 'items', {
    form: referral.form,
    ssuTypes: decision ? (JSON.parse(decision.ssuTypes) as string[]) : undefined,
  });
  const row: PlanRow = {
    ...newEntityStamp(ctx),
    caseId: c.id,
    referralId: referral.id,
    number: nextNumber(ctx, 'plan', Number(input.fromOn.slice(0, 4))),
    responsibleId: input.responsibleId,
    fromOn: input.fromOn,
    toOn: input.toOn,
    items: JSON.stringify(input.items),
    note: input.note ?? null,
  };
  ctx.db.insert(workPlans).values(row).run();
  ctx.audit({
    entity: 'work_plan',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
    subjectId: c.applicantId,
  });
  refreshCase(ctx, c.id);
  return planViews(ctx.db, [row])[0] as Output<'casework.savePlan'>;
}

export function startService(
  ctx: ServiceContext,
  input: ParsedInput<'casework.startService'>,
): Output<'casework.startService'> {
  const c = caseAtStep(ctx, input.caseId, ['referred'], { on: input.on, field: 'on' });
  if (plansOf(ctx.db, c.id).length === 0)
    throw new AppError('VALIDATION', { fields: { caseId: 'planRequired' } });
  if (input.on < serviceFloor(ctx, c)) throw new AppError('VALIDATION', { fields: { on: 'beforeDecision' } });
  const referral = referralsOf(ctx.db, c.id).at(-1) as ReferralRow;
  if (input.on < referral.issuedOn) throw new AppError('VALIDATION', { fields: { on: 'beforeReferral' } });
  servingSpecialistCertified(ctx, c, input.on, input.overrideReason);
  return addEvent(ctx, c, 'service_started', { on: input.on });
}

/**
 * A service is started or resumed only while the specialist responsible for the plan in force
 * holds a certificate valid that day (docs/domain.md): the specialist is assigned to the service.
 */
function servingSpecialistCertified(
  ctx: ServiceContext,
  c: CaseRow,
  on: string,
  overrideReason: string | null | undefined,
): void {
  const plan = plansOf(ctx.db, c.id).at(-1);
  if (plan) requireCertified(ctx, plan.responsibleId, on, 'responsibleId', overrideReason, c.applicantId);
}

/** A service event must not predate the one before it (start, suspension, resumption). */
function notBeforeLast(ctx: ServiceContext, c: CaseRow, on: string) {
  const last = lastOf(ctx, c, ['service_started', 'suspended', 'resumed']);
  if (last && on < last.on) throw new AppError('VALIDATION', { fields: { on: 'beforeLastEvent' } });
}

export function addMonitoring(
  ctx: ServiceContext,
  input: ParsedInput<'casework.addMonitoring'>,
): Output<'casework.addMonitoring'> {
  const c = caseAtStep(ctx, input.caseId, ['in_service', 'suspended'], { on: input.on, field: 'on' });
  const start = lastOf(ctx, c, ['service_started']) as EventRow;
  if (input.on < start.on) throw new AppError('VALIDATION', { fields: { on: 'beforeStart' } });
  return addEvent(ctx, c, 'monitoring', {
    on: input.on,
    result: input.result,
    planCorrected: input.planCorrected,
    note: input.note ?? null,
  });
}

export function suspendService(
  ctx: ServiceContext,
  input: ParsedInput<'casework.suspendService'>,
): Output<'casework.suspendService'> {
  const c = caseAtStep(ctx, input.caseId, ['in_service'], { on: input.on, field: 'on' });
  notBeforeLast(ctx, c, input.on);
  return addEvent(ctx, c, 'suspended', { on: input.on, reason: input.reason });
}

export function resumeService(
  ctx: ServiceContext,
  input: ParsedInput<'casework.resumeService'>,
): Output<'casework.resumeService'> {
  const c = caseAtStep(ctx, input.caseId, ['suspended'], { on: input.on, field: 'on' });
  notBeforeLast(ctx, c, input.on);
  servingSpecialistCertified(ctx, c, input.on, input.overrideReason);
  return addEvent(ctx, c, 'resumed', { on: input.on, note: input.note ?? null });
}

export function terminateService(
  ctx: ServiceContext,
  input: ParsedInput<'casework.terminateService'>,
): Output<'casework.terminateService'> {
  const c = caseAtStep(ctx, input.caseId, ['in_service', 'suspended'], { on: input.on, field: 'on' });
  notBeforeLast(ctx, c, input.on);
  return addEvent(ctx, c, 'terminated', { on: input.on, reason: input.reason, note: input.note ?? null });
}
