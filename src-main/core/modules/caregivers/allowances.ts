import { and, desc, eq, gte, isNull, or } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { applicants, incomes } from '../applicants/schema';
import { careAllowances, caregivers } from './schema';

// The care allowance paid to the person caring for someone with group I disability (SC art.
// 187–189): one recipient per person cared for, and never together with an individual assistant
// for the same person (SC art. 163; docs/domain.md). Registering either while the other is in
// force is refused, naming the other record.

type Row = typeof careAllowances.$inferSelect;

const view = (a: Row) => ({
  id: a.id,
  caredForId: a.caredForId,
  recipientName: a.recipientName,
  recipientIin: a.recipientIin,
  fromOn: a.fromOn,
  endedOn: a.endedOn,
  endReason: a.endReason,
});

export function activeAllowance(db: Db, caredForId: string): Row | undefined {
  return db
    .select()
    .from(careAllowances)
    .where(and(eq(careAllowances.caredForId, caredForId), isNull(careAllowances.endedOn)))
    .get();
}

/**
 * An allowance recorded before this register existed: an income of kind "care allowance" on the
 * person's card, not ended. Treated as in force, named by the card's own words.
 */
export function legacyAllowance(
  ctx: ServiceContext,
  caredForId: string,
): { recipientName: string; fromOn: string } | undefined {
  const today = localToday(ctx.clock);
  const row = ctx.db
    .select()
    .from(incomes)
    .where(
      and(
        eq(incomes.applicantId, caredForId),
        eq(incomes.kind, 'care_allowance'),
        isNull(incomes.removedAt),
        or(isNull(incomes.periodTo), gte(incomes.periodTo, today)),
      ),
    )
    .orderBy(desc(incomes.periodFrom))
    .get();
  return row ? { recipientName: row.note ?? '—', fromOn: row.periodFrom } : undefined;
}

export function registerAllowance(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.registerAllowance'>,
): Output<'caregivers.registerAllowance'> {
  const p = ctx.db.select().from(applicants).where(eq(applicants.id, input.caredForId)).get();
  if (!p) throw new AppError('NOT_FOUND');
  if (input.fromOn > localToday(ctx.clock))
    throw new AppError('VALIDATION', { fields: { fromOn: 'dateFuture' } });
  const existing = activeAllowance(ctx.db, input.caredForId);
  if (existing) throw new AppError('VALIDATION', { fields: { recipientName: 'allowanceRecipientTaken' } });
  const assistant = ctx.db
    .select()
    .from(caregivers)
    .where(
      and(
        eq(caregivers.caredForId, input.caredForId),
        eq(caregivers.role, 'individual_assistant'),
        isNull(caregivers.endedOn),
      ),
    )
    .all()
    .find((r) => r.status !== 'refused');
  if (assistant) {
    const who = ctx.db.select().from(applicants).where(eq(applicants.id, assistant.caregiverId)).get();
    throw new AppError('ASSISTANT_ACTIVE', {
      fields: { caredForId: 'assistantActive' },
      params: {
        name: who ? `${who.lastName} ${who.firstName}` : '—',
        from: assistant.registeredOn.split('-').reverse().join('.'),
      },
    });
  }
  const row: Row = {
    ...newEntityStamp(ctx),
    caredForId: input.caredForId,
    recipientName: input.recipientName,
    recipientIin: input.recipientIin ?? null,
    fromOn: input.fromOn,
    endedOn: null,
    endReason: null,
  };
  ctx.db.insert(careAllowances).values(row).run();
  ctx.audit({
    entity: 'care_allowance',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
    subjectId: input.caredForId,
  });
  return view(row);
}

export function endAllowance(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.endAllowance'>,
): Output<'caregivers.endAllowance'> {
  const a = ctx.db.select().from(careAllowances).where(eq(careAllowances.id, input.id)).get();
  if (!a || a.endedOn) throw new AppError('NOT_FOUND');
  if (input.endedOn < a.fromOn) throw new AppError('VALIDATION', { fields: { endedOn: 'rangeOrder' } });
  const patch = { endedOn: input.endedOn, endReason: input.reason, ...updateStamp(ctx) };
  ctx.db.update(careAllowances).set(patch).where(eq(careAllowances.id, a.id)).run();
  ctx.audit({
    entity: 'care_allowance',
    entityId: a.id,
    action: 'end',
    changes: { endedOn: [null, input.endedOn], endReason: [null, input.reason] },
    subjectId: a.caredForId,
  });
  return view({ ...a, ...patch });
}
