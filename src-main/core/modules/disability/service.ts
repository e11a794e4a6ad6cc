import { and, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow, localToday } from '../../clock';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { refreshRegistryFacts } from '../applicants/facts';
import { readApplicant } from '../applicants/person';
import { requireActiveForm } from '../references/service';
import { legalRules } from '../settings/policies';
import {
  ASSISTANT_MAX_HOURS_PER_DAY,
  assistantRefusal,
  canMoveMeasure,
  checkDisability,
  LIVE_MEASURE_STATUSES,
  orderDeadline,
  SIGN_LANGUAGE_MAX_HOURS_PER_YEAR,
  validUntil,
} from './domain';
import { disabilityRecords, iprMeasures, iprs } from './schema';

// Disability records and individual programmes: a new MSE decision replaces the current record
// (kept in history); a programme holds measures whose status follows the portal's process.

const today = (ctx: ServiceContext) => localToday(ctx.clock);

/** The person's disability records and programmes, newest first, as the card shows them. */
export function disabilityOf(db: Db, id: string): Pick<Output<'applicants.card'>, 'disability' | 'iprs'> {
  const disability = db
    .select({
      id: disabilityRecords.id,
      category: disabilityRecords.category,
      groupNo: disabilityRecords.groupNo,
      cause: disabilityRecords.cause,
      term: disabilityRecords.term,
      establishedOn: disabilityRecords.establishedOn,
      validUntil: disabilityRecords.validUntil,
      mseDecisionNo: disabilityRecords.mseDecisionNo,
      workCapacityLossPct: disabilityRecords.workCapacityLossPct,
      generalCapacityLossPct: disabilityRecords.generalCapacityLossPct,
      profCapacityLossPct: disabilityRecords.profCapacityLossPct,
      movementDifficulty: disabilityRecords.movementDifficulty,
      replacedAt: disabilityRecords.replacedAt,
    })
    .from(disabilityRecords)
    .where(eq(disabilityRecords.applicantId, id))
    .orderBy(desc(disabilityRecords.establishedOn), desc(disabilityRecords.createdAt))
    .all();
  const programmes = db
    .select()
    .from(iprs)
    .where(eq(iprs.applicantId, id))
    .orderBy(desc(iprs.issuedOn), desc(iprs.createdAt))
    .all();
  const measures = programmes.length
    ? db
        .select()
        .from(iprMeasures)
        .where(
          inArray(
            iprMeasures.iprId,
            programmes.map((p) => p.id),
          ),
        )
        .orderBy(iprMeasures.createdAt)
        .all()
    : [];
  return {
    disability: disability,
    iprs: programmes.map((p) => ({
      id: p.id,
      number: p.number,
      issuedOn: p.issuedOn,
      validUntil: p.validUntil,
      parts: JSON.parse(p.parts),
      replacedAt: p.replacedAt,
      measures: measures.filter((m) => m.iprId === p.id).map(measureView),
    })),
  };
}

function measureView(m: typeof iprMeasures.$inferSelect): Output<'ipr.addMeasure'> {
  return {
    id: m.id,
    kind: m.kind,
    classifierCode: m.classifierCode,
    quantity: m.quantity,
    replacementMonths: m.replacementMonths,
    hoursPerDay: m.hoursPerDay,
    hoursPerYear: m.hoursPerYear,
    ssuForm: m.ssuForm,
    status: m.status,
    sentOn: m.sentOn,
    notifiedOn: m.notifiedOn,
    orderDeadline: m.orderDeadline,
    note: m.note,
  };
}

export function addDisability(
  ctx: ServiceContext,
  input: ParsedInput<'disability.add'>,
): Output<'disability.add'> {
  const person = readApplicant(ctx, input.applicantId);
  const facts = {
    category: input.category,
    group: input.groupNo ?? null,
    cause: input.cause,
    term: input.term,
    establishedOn: input.establishedOn,
  };
  const problems = checkDisability(facts, person.birthDate);
  if (Object.keys(problems).length > 0) {
    throw new AppError('VALIDATION', {
      fields: Object.fromEntries(
        Object.entries(problems).map(([k, v]) => [k === 'group' ? 'groupNo' : k, v]),
      ),
    });
  }
  const at = isoNow(ctx.clock);
  // The record it replaces stays, marked replaced: the card shows the history.
  const current = ctx.db
    .select({ id: disabilityRecords.id })
    .from(disabilityRecords)
    .where(and(eq(disabilityRecords.applicantId, person.id), isNull(disabilityRecords.replacedAt)))
    .all();
  for (const old of current) {
    ctx.db
      .update(disabilityRecords)
      .set({ replacedAt: at, ...updateStamp(ctx) })
      .where(eq(disabilityRecords.id, old.id))
      .run();
    ctx.audit({
      entity: 'disability',
      entityId: old.id,
      action: 'replace',
      changes: { replacedAt: [null, at] },
      subjectId: person.id,
    });
  }
  const row = {
    ...newEntityStamp(ctx),
    applicantId: person.id,
    category: input.category,
    groupNo: input.groupNo ?? null,
    cause: input.cause,
    term: input.term,
    establishedOn: input.establishedOn,
    validUntil: validUntil(facts.term, input.establishedOn, person.birthDate),
    mseDecisionNo: input.mseDecisionNo,
    workCapacityLossPct: null,
    generalCapacityLossPct: input.generalCapacityLossPct ?? null,
    profCapacityLossPct: input.profCapacityLossPct ?? null,
    movementDifficulty: input.movementDifficulty,
    replacedAt: null,
  };
  ctx.db.insert(disabilityRecords).values(row).run();
  ctx.audit({
    entity: 'disability',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row, ['applicantId']),
    subjectId: person.id,
  });
  refreshRegistryFacts(ctx.db, person.id);
  return {
    id: row.id,
    category: facts.category,
    groupNo: row.groupNo,
    cause: facts.cause,
    term: facts.term,
    establishedOn: row.establishedOn,
    validUntil: row.validUntil,
    mseDecisionNo: row.mseDecisionNo,
    workCapacityLossPct: null,
    generalCapacityLossPct: row.generalCapacityLossPct,
    profCapacityLossPct: row.profCapacityLossPct,
    movementDifficulty: row.movementDifficulty,
    replacedAt: null,
  };
}

type MeasureInput = ParsedInput<'ipr.addMeasure'> | ParsedInput<'ipr.create'>['measures'][number];

const refuse = (field: string, key: string): never => {
  throw new AppError('VALIDATION', { fields: { [field]: key } });
};

/**
 * The Code's limits on new measures, each refusal naming the field and the rule:
 * - an individual assistant only on a current record of group I with difficulty moving, a child
 *   only where the office's setting allows it (art. 163 p.2);
 * - at most 8 hours a day of assistants and 60 hours a year of sign-language specialists, summed
 *   over the programme's live measures and the new ones (art. 163 p.2–3), so two rows of 60
 *   hours cannot both pass;
 * - a form of provision that the reference table offers.
 */
function checkMeasures(
  ctx: ServiceContext,
  applicantId: string,
  iprId: string | null,
  measures: readonly { m: MeasureInput; path: string }[],
) {
  const existing = iprId
    ? ctx.db
        .select({
          kind: iprMeasures.kind,
          hoursPerDay: iprMeasures.hoursPerDay,
          hoursPerYear: iprMeasures.hoursPerYear,
        })
        .from(iprMeasures)
        .where(and(eq(iprMeasures.iprId, iprId), inArray(iprMeasures.status, [...LIVE_MEASURE_STATUSES])))
        .all()
    : [];
  let assistantHours = existing.reduce(
    (n, e) => n + (e.kind === 'individual_assistant' ? (e.hoursPerDay ?? 0) : 0),
    0,
  );
  let signHours = existing.reduce((n, e) => n + (e.kind === 'sign_language' ? (e.hoursPerYear ?? 0) : 0), 0);
  for (const { m, path } of measures) {
    if (m.kind === 'individual_assistant') {
      const basis = ctx.db
        .select({
          category: disabilityRecords.category,
          group: disabilityRecords.groupNo,
          movementDifficulty: disabilityRecords.movementDifficulty,
        })
        .from(disabilityRecords)
        .where(and(eq(disabilityRecords.applicantId, applicantId), isNull(disabilityRecords.replacedAt)))
        .get();
      const why = assistantRefusal(basis ?? null, {
        childrenWithGroupI: legalRules(ctx.db).assistantForChildrenGroupI,
      });
      if (why) refuse(`${path}kind`, why);
      if (!m.hoursPerDay) refuse(`${path}hoursPerDay`, 'required');
      assistantHours += m.hoursPerDay ?? 0;
      if (assistantHours > ASSISTANT_MAX_HOURS_PER_DAY) refuse(`${path}hoursPerDay`, 'assistantHours');
    }
    if (m.kind === 'sign_language') {
      if (!m.hoursPerYear) refuse(`${path}hoursPerYear`, 'required');
      signHours += m.hoursPerYear ?? 0;
      if (signHours > SIGN_LANGUAGE_MAX_HOURS_PER_YEAR) refuse(`${path}hoursPerYear`, 'signHours');
    }
    if (m.kind === 'special_social_services') {
      if (!m.ssuForm) refuse(`${path}ssuForm`, 'required');
      else requireActiveForm(ctx.db, m.ssuForm, `${path}ssuForm`);
    }
  }
}

function insertMeasure(ctx: ServiceContext, iprId: string, applicantId: string, m: MeasureInput) {
  const row = {
    ...newEntityStamp(ctx),
    iprId,
    applicantId,
    kind: m.kind,
    classifierCode: m.classifierCode ?? null,
    quantity: m.quantity,
    replacementMonths: m.replacementMonths ?? null,
    hoursPerDay: m.kind === 'individual_assistant' ? (m.hoursPerDay ?? null) : null,
    hoursPerYear: m.kind === 'sign_language' ? (m.hoursPerYear ?? null) : null,
    ssuForm: m.kind === 'special_social_services' ? (m.ssuForm ?? null) : null,
    status: 'recommended' as const,
    sentOn: null,
    notifiedOn: null,
    orderDeadline: null,
    statusChangedAt: isoNow(ctx.clock),
    note: m.note ?? null,
  };
  ctx.db.insert(iprMeasures).values(row).run();
  ctx.audit({
    entity: 'ipr_measure',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row, ['applicantId', 'iprId', 'statusChangedAt']),
    subjectId: applicantId,
  });
  return row;
}

export function createIpr(ctx: ServiceContext, input: ParsedInput<'ipr.create'>): Output<'ipr.create'> {
  const person = readApplicant(ctx, input.applicantId);
  // A new programme replaces the current one: its measures are counted on their own.
  checkMeasures(
    ctx,
    person.id,
    null,
    input.measures.map((m, i) => ({ m, path: `measures.${i}.` })),
  );
  // The programme runs for the disability term: it takes the current record's end date.
  const disability = ctx.db
    .select({ id: disabilityRecords.id, validUntil: disabilityRecords.validUntil })
    .from(disabilityRecords)
    .where(and(eq(disabilityRecords.applicantId, person.id), isNull(disabilityRecords.replacedAt)))
    .get();
  if (!disability) throw new AppError('VALIDATION', { fields: { number: 'iprNeedsDisability' } });
  const at = isoNow(ctx.clock);
  for (const old of ctx.db
    .select({ id: iprs.id })
    .from(iprs)
    .where(and(eq(iprs.applicantId, person.id), isNull(iprs.replacedAt)))
    .all()) {
    ctx.db
      .update(iprs)
      .set({ replacedAt: at, ...updateStamp(ctx) })
      .where(eq(iprs.id, old.id))
      .run();
    ctx.audit({
      entity: 'ipr',
      entityId: old.id,
      action: 'replace',
      changes: { replacedAt: [null, at] },
      subjectId: person.id,
    });
  }
  const row = {
    ...newEntityStamp(ctx),
    applicantId: person.id,
    disabilityRecordId: disability.id,
    number: input.number,
    issuedOn: input.issuedOn,
    validUntil: disability.validUntil,
    parts: JSON.stringify(input.parts),
    replacedAt: null,
  };
  ctx.db.insert(iprs).values(row).run();
  ctx.audit({
    entity: 'ipr',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row, ['applicantId', 'disabilityRecordId']),
    subjectId: person.id,
  });
  const measures = input.measures.map((m) => measureView(insertMeasure(ctx, row.id, person.id, m)));
  refreshRegistryFacts(ctx.db, person.id);
  return {
    id: row.id,
    number: row.number,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    parts: input.parts,
    replacedAt: null,
    measures,
  };
}

export function addMeasure(
  ctx: ServiceContext,
  input: ParsedInput<'ipr.addMeasure'>,
): Output<'ipr.addMeasure'> {
  const ipr = ctx.db
    .select({ applicantId: iprs.applicantId, replacedAt: iprs.replacedAt })
    .from(iprs)
    .where(eq(iprs.id, input.iprId))
    .get();
  if (!ipr) throw new AppError('NOT_FOUND');
  checkMeasures(ctx, ipr.applicantId, input.iprId, [{ m: input, path: '' }]);
  const measure = measureView(insertMeasure(ctx, input.iprId, ipr.applicantId, input));
  refreshRegistryFacts(ctx.db, ipr.applicantId);
  return measure;
}

export function setMeasureStatus(
  ctx: ServiceContext,
  input: ParsedInput<'ipr.setMeasureStatus'>,
): Output<'ipr.setMeasureStatus'> {
  const m = ctx.db.select().from(iprMeasures).where(eq(iprMeasures.id, input.id)).get();
  if (!m) throw new AppError('NOT_FOUND');
  const from = m.status;
  if (!canMoveMeasure(from, input.status, m.kind))
    refuse('status', input.status === 'sent_to_portal' ? 'offPortal' : 'statusTransition');
  const patch: Partial<typeof iprMeasures.$inferSelect> = {
    status: input.status,
    statusChangedAt: isoNow(ctx.clock),
  };
  if (input.status === 'sent_to_portal') {
    const sentOn = input.on ?? today(ctx);
    patch.sentOn = sentOn;
    if (input.notifiedOn) {
      if (input.notifiedOn < sentOn) refuse('notifiedOn', 'notifiedBeforeSent');
      patch.notifiedOn = input.notifiedOn;
      patch.orderDeadline = orderDeadline(input.notifiedOn);
    }
  }
  ctx.db
    .update(iprMeasures)
    .set({ ...patch, ...updateStamp(ctx) })
    .where(eq(iprMeasures.id, m.id))
    .run();
  const changes: Record<string, [unknown, unknown]> = { status: [from, input.status] };
  if (patch.sentOn) changes.sentOn = [m.sentOn, patch.sentOn];
  if (patch.notifiedOn) changes.notifiedOn = [m.notifiedOn, patch.notifiedOn];
  if (patch.orderDeadline) changes.orderDeadline = [m.orderDeadline, patch.orderDeadline];
  ctx.audit({ entity: 'ipr_measure', entityId: m.id, action: 'status', changes, subjectId: m.applicantId });
  refreshRegistryFacts(ctx.db, m.applicantId);
  return measureView({ ...m, ...patch });
}

/**
 * The day the person learned the measure is on the portal: the 2 months to order count from it
 * (SC art. 168 p.2), not from the day the office sent it.
 */
export function setMeasureNotified(
  ctx: ServiceContext,
  input: ParsedInput<'ipr.setMeasureNotified'>,
): Output<'ipr.setMeasureNotified'> {
  const m = ctx.db.select().from(iprMeasures).where(eq(iprMeasures.id, input.id)).get();
  if (!m) throw new AppError('NOT_FOUND');
  if (m.status !== 'sent_to_portal') refuse('notifiedOn', 'notSentToPortal');
  if (input.notifiedOn > today(ctx)) refuse('notifiedOn', 'dateFuture');
  if (m.sentOn && input.notifiedOn < m.sentOn) refuse('notifiedOn', 'notifiedBeforeSent');
  const patch = { notifiedOn: input.notifiedOn, orderDeadline: orderDeadline(input.notifiedOn) };
  ctx.db
    .update(iprMeasures)
    .set({ ...patch, ...updateStamp(ctx) })
    .where(eq(iprMeasures.id, m.id))
    .run();
  ctx.audit({
    entity: 'ipr_measure',
    entityId: m.id,
    action: 'notified',
    changes: {
      notifiedOn: [m.notifiedOn, patch.notifiedOn],
      orderDeadline: [m.orderDeadline, patch.orderDeadline],
    },
    subjectId: m.applicantId,
  });
  refreshRegistryFacts(ctx.db, m.applicantId);
  return measureView({ ...m, ...patch });
}

/**
 * Measures sent to the portal whose order deadline has passed become "expired" (SC art. 168
 * p.2): run by the system at start and daily, audited as the system, the person's registry facts
 * recomputed in the same transaction. Returns how many expired.
 */
export function expireOverdueMeasures(ctx: ServiceContext): number {
  const due = ctx.db
    .select()
    .from(iprMeasures)
    .where(and(eq(iprMeasures.status, 'sent_to_portal'), lt(iprMeasures.orderDeadline, today(ctx))))
    .all();
  const at = isoNow(ctx.clock);
  const people = new Set<string>();
  for (const m of due) {
    ctx.db
      .update(iprMeasures)
      .set({ status: 'expired', statusChangedAt: at, ...updateStamp(ctx) })
      .where(eq(iprMeasures.id, m.id))
      .run();
    ctx.audit({
      entity: 'ipr_measure',
      entityId: m.id,
      action: 'expire',
      changes: { status: [m.status, 'expired'] },
      subjectId: m.applicantId,
    });
    people.add(m.applicantId);
  }
  for (const id of people) refreshRegistryFacts(ctx.db, id);
  return due.length;
}
