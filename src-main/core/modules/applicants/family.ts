import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow } from '../../clock';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { readApplicant } from './person';
import { householdMembers, incomes, representatives } from './schema';

// Around a person: household, representatives and income. Every write names the person in its
// audit entry (subjectId), so the card's history shows it.

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
    changes: createdChanges(row, ['applicantId']),
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
    .set({ removedAt: at, ...updateStamp(ctx) })
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
    changes: createdChanges(row, ['applicantId']),
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
    changes: createdChanges(row, ['applicantId']),
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
