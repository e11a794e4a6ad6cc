import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow, localToday } from '../../clock';
import {
  applicants,
  disabilityRecords,
  householdMembers,
  incomes,
  iprMeasures,
  iprs,
  representatives,
} from '../../db/schema';
import { personSummaryPdf } from './documents/person-summary';
import {
  ASSISTANT_MAX_HOURS_PER_DAY,
  canMoveMeasure,
  checkDisability,
  type DisabilityCategory,
  type DisabilityCause,
  type DisabilityTerm,
  type IprMeasureKind,
  type IprMeasureStatus,
  orderDeadline,
  SIGN_LANGUAGE_MAX_HOURS_PER_YEAR,
  validUntil,
} from '../disability/domain';
import { AppError } from '../../errors';
import { readApplicant } from './person';
import { casesOf } from '../cases/service';
import { requireActor, type ServiceContext } from '../../shared/context';
import { refreshRegistryFacts } from './facts';
import { readSetting } from '../settings/policies';
import { newEntityStamp, nextChangeSeq } from '../../shared/stamps';

// Around a person: household, representatives, income, disability records and programmes.
// Every write names the person in its audit entry (subjectId), so the card's history shows it.

const today = (ctx: ServiceContext) => localToday(ctx.clock);

function touch(ctx: ServiceContext) {
  return { updatedAt: isoNow(ctx.clock), updatedBy: requireActor(ctx).userId, changeSeq: nextChangeSeq(ctx) };
}

function created(row: Record<string, unknown>, skip: string[] = []): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v !== null && v !== undefined && !skip.includes(k) && !/^(id|created|updated|changeSeq)/.test(k))
      out[k] = [null, v];
  }
  return out;
}

// ---- the card ---------------------------------------------------------------------------------

export function personCard(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.card'>,
): Output<'applicants.card'> {
  const card = loadCard(ctx, input.id);
  // Opening the card is a read of health data: the router records it.
  ctx.audit({ entity: 'applicant', entityId: card.person.id, action: 'read', subjectId: card.person.id });
  return card;
}

/** Everything the card shows, without recording a read (the caller records what it does). */
export function loadCard(ctx: Pick<ServiceContext, 'db'>, personId: string): Output<'applicants.card'> {
  const person = readApplicant(ctx, personId);
  const id = person.id;
  const household = ctx.db
    .select({
      id: householdMembers.id,
      fullName: householdMembers.fullName,
      relation: householdMembers.relation,
      birthYear: householdMembers.birthYear,
      occupation: householdMembers.occupation,
    })
    .from(householdMembers)
    .where(and(eq(householdMembers.applicantId, id), isNull(householdMembers.removedAt)))
    .orderBy(householdMembers.createdAt)
    .all();
  const reps = ctx.db
    .select({
      id: representatives.id,
      kind: representatives.kind,
      representativeId: representatives.representativeId,
      fullName: representatives.fullName,
      iin: representatives.iin,
      phone: representatives.phone,
      basisDocument: representatives.basisDocument,
      basisDate: representatives.basisDate,
      validUntil: representatives.validUntil,
    })
    .from(representatives)
    .where(and(eq(representatives.applicantId, id), isNull(representatives.removedAt)))
    .orderBy(representatives.createdAt)
    .all();
  const represents = ctx.db
    .select({
      id: applicants.id,
      kind: representatives.kind,
      fullName: sql<string>`${applicants.lastName} || ' ' || ${applicants.firstName}`,
    })
    .from(representatives)
    .innerJoin(applicants, eq(applicants.id, representatives.applicantId))
    .where(and(eq(representatives.representativeId, id), isNull(representatives.removedAt)))
    .all();
  const incomeRows = ctx.db
    .select({
      id: incomes.id,
      kind: incomes.kind,
      amount: incomes.amount,
      periodFrom: incomes.periodFrom,
      periodTo: incomes.periodTo,
      note: incomes.note,
    })
    .from(incomes)
    .where(and(eq(incomes.applicantId, id), isNull(incomes.removedAt)))
    .orderBy(desc(incomes.periodFrom))
    .all();
  const disability = ctx.db
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
  const programmes = ctx.db
    .select()
    .from(iprs)
    .where(eq(iprs.applicantId, id))
    .orderBy(desc(iprs.issuedOn), desc(iprs.createdAt))
    .all();
  const measures = programmes.length
    ? ctx.db
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
    person,
    household: household as Output<'applicants.card'>['household'],
    representatives: reps as Output<'applicants.card'>['representatives'],
    represents: represents as Output<'applicants.card'>['represents'],
    incomes: incomeRows as Output<'applicants.card'>['incomes'],
    disability: disability as Output<'applicants.card'>['disability'],
    iprs: programmes.map((p) => ({
      id: p.id,
      number: p.number,
      issuedOn: p.issuedOn,
      validUntil: p.validUntil,
      parts: JSON.parse(p.parts),
      replacedAt: p.replacedAt,
      measures: measures.filter((m) => m.iprId === p.id).map(measureView),
    })),
    cases: casesOf(ctx.db, id),
  };
}

function measureView(m: typeof iprMeasures.$inferSelect): Output<'ipr.addMeasure'> {
  return {
    id: m.id,
    kind: m.kind as IprMeasureKind,
    classifierCode: m.classifierCode,
    quantity: m.quantity,
    replacementMonths: m.replacementMonths,
    hoursPerDay: m.hoursPerDay,
    hoursPerYear: m.hoursPerYear,
    ssuForm: m.ssuForm,
    status: m.status as IprMeasureStatus,
    sentOn: m.sentOn,
    orderDeadline: m.orderDeadline,
    note: m.note,
  };
}

/** The printable summary; printing is recorded like opening the card. */
export async function summaryPdf(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.summaryPdf'>,
): Promise<Output<'applicants.summaryPdf'>> {
  const card = loadCard(ctx, input.id);
  const actor = requireActor(ctx);
  const pdf = await personSummaryPdf(card, {
    locale: input.locale,
    officeName: readSetting(ctx.db, 'office.name') ?? '',
    printedAt: ctx.clock.now(),
    printedBy: actor.fullName,
  });
  ctx.audit({ entity: 'applicant', entityId: card.person.id, action: 'print', subjectId: card.person.id });
  const base = (card.person.iin ?? card.person.lastName).replace(/[^\p{L}\p{N}-]+/gu, '_');
  return { fileName: `qamqor-${base}-${input.locale}.pdf`, base64: pdf.toString('base64') };
}

// ---- household, representatives, income ---------------------------------------------------------

export function addHouseholdMember(
  ctx: ServiceContext,
  input: ParsedInput<'household.add'>,
): Output<'household.add'> {
  readApplicant(ctx, input.applicantId);
  const row = {
    ...newEntityStamp(ctx),
    applicantId: input.applicantId,
    fullName: input.fullName,
    relation: input.relation,
    birthYear: input.birthYear ?? null,
    occupation: input.occupation ?? null,
    removedAt: null,
  };
  ctx.db.insert(householdMembers).values(row).run();
  ctx.audit({
    entity: 'household_member',
    entityId: row.id,
    action: 'create',
    changes: created(row, ['applicantId']),
    subjectId: input.applicantId,
  });
  return {
    id: row.id,
    fullName: row.fullName,
    relation: input.relation,
    birthYear: row.birthYear,
    occupation: row.occupation,
  };
}

type Removable = typeof householdMembers | typeof representatives | typeof incomes;

function removeRow(
  ctx: ServiceContext,
  table: Removable,
  entity: string,
  id: string,
): Output<'household.remove'> {
  const row = ctx.db
    .select({ applicantId: table.applicantId, removedAt: table.removedAt })
    .from(table)
    .where(eq(table.id, id))
    .get();
  if (!row || row.removedAt) throw new AppError('NOT_FOUND');
  const at = isoNow(ctx.clock);
  ctx.db
    .update(table)
    .set({ removedAt: at, ...touch(ctx) })
    .where(eq(table.id, id))
    .run();
  ctx.audit({
    entity,
    entityId: id,
    action: 'remove',
    changes: { removedAt: [null, at] },
    subjectId: row.applicantId,
  });
  return { ok: true };
}

export const removeHouseholdMember = (ctx: ServiceContext, input: ParsedInput<'household.remove'>) =>
  removeRow(ctx, householdMembers, 'household_member', input.id);

export function addRepresentative(
  ctx: ServiceContext,
  input: ParsedInput<'representatives.add'>,
): Output<'representatives.add'> {
  readApplicant(ctx, input.applicantId);
  let fullName = input.fullName ?? null;
  let iin = input.iin ?? null;
  let phone = input.phone ?? null;
  if (input.representativeId) {
    if (input.representativeId === input.applicantId) {
      throw new AppError('VALIDATION', { fields: { representativeId: 'invalid' } });
    }
    const rep = readApplicant(ctx, input.representativeId);
    fullName = [rep.lastName, rep.firstName, rep.patronymic].filter(Boolean).join(' ');
    iin = rep.iin;
    phone = phone ?? rep.phone;
  }
  if (!fullName) throw new AppError('VALIDATION', { fields: { fullName: 'required' } });
  const row = {
    ...newEntityStamp(ctx),
    applicantId: input.applicantId,
    kind: input.kind,
    representativeId: input.representativeId ?? null,
    fullName,
    iin,
    phone,
    basisDocument: input.basisDocument,
    basisDate: input.basisDate ?? null,
    validUntil: input.validUntil ?? null,
    removedAt: null,
  };
  ctx.db.insert(representatives).values(row).run();
  ctx.audit({
    entity: 'representative',
    entityId: row.id,
    action: 'create',
    changes: created(row, ['applicantId']),
    subjectId: input.applicantId,
  });
  return {
    id: row.id,
    kind: input.kind,
    representativeId: row.representativeId,
    fullName,
    iin,
    phone,
    basisDocument: row.basisDocument,
    basisDate: row.basisDate,
    validUntil: row.validUntil,
  };
}

export const removeRepresentative = (ctx: ServiceContext, input: ParsedInput<'representatives.remove'>) =>
  removeRow(ctx, representatives, 'representative', input.id);

export function addIncome(ctx: ServiceContext, input: ParsedInput<'incomes.add'>): Output<'incomes.add'> {
  readApplicant(ctx, input.applicantId);
  const row = {
    ...newEntityStamp(ctx),
    applicantId: input.applicantId,
    kind: input.kind,
    amount: input.amount,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo ?? null,
    note: input.note ?? null,
    removedAt: null,
  };
  ctx.db.insert(incomes).values(row).run();
  ctx.audit({
    entity: 'income',
    entityId: row.id,
    action: 'create',
    changes: created(row, ['applicantId']),
    subjectId: input.applicantId,
  });
  return {
    id: row.id,
    kind: input.kind,
    amount: row.amount,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    note: row.note,
  };
}

export const removeIncome = (ctx: ServiceContext, input: ParsedInput<'incomes.remove'>) =>
  removeRow(ctx, incomes, 'income', input.id);

// ---- disability and the individual programme --------------------------------------------------

export function addDisability(
  ctx: ServiceContext,
  input: ParsedInput<'disability.add'>,
): Output<'disability.add'> {
  const person = readApplicant(ctx, input.applicantId);
  const facts = {
    category: input.category as DisabilityCategory,
    group: input.groupNo ?? null,
    cause: input.cause as DisabilityCause,
    term: input.term as DisabilityTerm,
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
      .set({ replacedAt: at, ...touch(ctx) })
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
    changes: created(row, ['applicantId']),
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
    status: 'recommended',
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
    changes: created(row, ['applicantId', 'iprId', 'statusChangedAt']),
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
      .set({ replacedAt: at, ...touch(ctx) })
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
    changes: created(row, ['applicantId', 'disabilityRecordId']),
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
  const from = m.status as IprMeasureStatus;
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
    .set({ ...patch, ...touch(ctx) })
    .where(eq(iprMeasures.id, m.id))
    .run();
  const changes: Record<string, [unknown, unknown]> = { status: [from, input.status] };
  if (patch.orderDeadline) changes.orderDeadline = [m.orderDeadline, patch.orderDeadline];
  ctx.audit({ entity: 'ipr_measure', entityId: m.id, action: 'status', changes, subjectId: m.applicantId });
  refreshRegistryFacts(ctx.db, m.applicantId);
  return measureView({ ...m, ...patch });
}
