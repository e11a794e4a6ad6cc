import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow, localToday } from '../../clock';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { refreshRegistryFacts } from '../applicants/facts';
import { readApplicant } from '../applicants/person';
import {
  ASSISTANT_MAX_HOURS_PER_DAY,
  canMoveMeasure,
  checkDisability,
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
    workCapacityLossPct: input.workCapacityLossPct ?? null,
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
    workCapacityLossPct: row.workCapacityLossPct,
    replacedAt: null,
  };
}

/** Legal limits on a measure; each refusal names the field and the rule. */
function checkMeasure(
  m: ParsedInput<'ipr.addMeasure'> | ParsedInput<'ipr.create'>['measures'][number],
  path: string,
) {
  if (m.kind === 'individual_assistant') {
    if (!m.hoursPerDay) throw new AppError('VALIDATION', { fields: { [`${path}hoursPerDay`]: 'required' } });
    if (m.hoursPerDay > ASSISTANT_MAX_HOURS_PER_DAY)
      throw new AppError('VALIDATION', { fields: { [`${path}hoursPerDay`]: 'assistantHours' } });
  }
  if (m.kind === 'sign_language') {
    if (!m.hoursPerYear)
      throw new AppError('VALIDATION', { fields: { [`${path}hoursPerYear`]: 'required' } });
    if (m.hoursPerYear > SIGN_LANGUAGE_MAX_HOURS_PER_YEAR)
      throw new AppError('VALIDATION', { fields: { [`${path}hoursPerYear`]: 'signHours' } });
  }
  if (m.kind === 'special_social_services' && !m.ssuForm) {
    throw new AppError('VALIDATION', { fields: { [`${path}ssuForm`]: 'required' } });
  }
}

function insertMeasure(
  ctx: ServiceContext,
  iprId: string,
  applicantId: string,
  m: ParsedInput<'ipr.addMeasure'> | ParsedInput<'ipr.create'>['measures'][number],
) {
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
  for (const [i, m] of input.measures.entries()) checkMeasure(m, `measures.${i}.`);
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
  checkMeasure(input, '');
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
  if (!canMoveMeasure(from, input.status))
    throw new AppError('VALIDATION', { fields: { status: 'statusTransition' } });
  const patch: Partial<typeof iprMeasures.$inferSelect> = {
    status: input.status,
    statusChangedAt: isoNow(ctx.clock),
  };
  if (input.status === 'sent_to_portal') {
    const sentOn = input.on ?? today(ctx);
    patch.sentOn = sentOn;
    patch.orderDeadline = orderDeadline(sentOn);
  }
  ctx.db
    .update(iprMeasures)
    .set({ ...patch, ...updateStamp(ctx) })
    .where(eq(iprMeasures.id, m.id))
    .run();
  const changes: Record<string, [unknown, unknown]> = { status: [from, input.status] };
  if (patch.orderDeadline) changes.orderDeadline = [m.orderDeadline, patch.orderDeadline];
  ctx.audit({ entity: 'ipr_measure', entityId: m.id, action: 'status', changes, subjectId: m.applicantId });
  refreshRegistryFacts(ctx.db, m.applicantId);
  return measureView({ ...m, ...patch });
}
