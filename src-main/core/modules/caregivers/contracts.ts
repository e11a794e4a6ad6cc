import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { ASSISTANT_MAX_HOURS } from './domain';
import { contractView, readRegistration, refreshRegistration } from './registrations';
import { caregiverContracts, caregiverRates, caregivers } from './schema';

// The civil-law contract with a registered caregiver, and the akimat's hourly rates it takes its
// rate from. Ending a contract ends the caregiver's active status; when it ends because the person
// cared for changed group, moved away or died, the registration ends with it.

type Role = (typeof caregivers.$inferSelect)['role'];

/** The akimat's rate for a role on a day: the latest one in effect then. */
export function rateOn(db: Db, role: Role, day: string) {
  return db
    .select()
    .from(caregiverRates)
    .where(and(eq(caregiverRates.role, role), lte(caregiverRates.effectiveFrom, day)))
    .orderBy(desc(caregiverRates.effectiveFrom))
    .get();
}

export function listRates(ctx: ServiceContext): Output<'caregivers.rates'> {
  return ctx.db
    .select()
    .from(caregiverRates)
    .orderBy(asc(caregiverRates.role), desc(caregiverRates.effectiveFrom))
    .all()
    .map((r) => ({
      id: r.id,
      role: r.role,
      effectiveFrom: r.effectiveFrom,
      hourlyRate: r.hourlyRate,
      basis: r.basis,
    }));
}

/** A new decree adds a rate from its date; the same role and date replaces that rate. */
export function saveRate(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.saveRate'>,
): Output<'caregivers.saveRate'> {
  const old = ctx.db
    .select()
    .from(caregiverRates)
    .where(and(eq(caregiverRates.role, input.role), eq(caregiverRates.effectiveFrom, input.effectiveFrom)))
    .get();
  if (old) {
    ctx.db
      .update(caregiverRates)
      .set({ hourlyRate: input.hourlyRate, basis: input.basis, ...updateStamp(ctx) })
      .where(eq(caregiverRates.id, old.id))
      .run();
    ctx.audit({
      entity: 'caregiver_rate',
      entityId: old.id,
      action: 'update',
      changes: { hourlyRate: [old.hourlyRate, input.hourlyRate], basis: [old.basis, input.basis] },
    });
    return { id: old.id };
  }
  const row = { ...newEntityStamp(ctx), ...input };
  ctx.db.insert(caregiverRates).values(row).run();
  ctx.audit({ entity: 'caregiver_rate', entityId: row.id, action: 'create', changes: createdChanges(row) });
  return { id: row.id };
}

export function signContract(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.signContract'>,
): Output<'caregivers.signContract'> {
  const r = readRegistration(ctx.db, input.registrationId);
  const status = refreshRegistration(ctx, r.id);
  if (status !== 'eligible' && status !== 'active')
    throw new AppError('VALIDATION', { fields: { registrationId: 'caregiverNotEligible' } });
  if (
    input.hoursPerDay > r.hoursPerDay ||
    (r.role === 'individual_assistant' && input.hoursPerDay > ASSISTANT_MAX_HOURS)
  )
    throw new AppError('VALIDATION', {
      fields: {
        hoursPerDay: r.role === 'individual_assistant' ? 'caregiverHoursCap' : `maxNumber:${r.hoursPerDay}`,
      },
    });
  if (input.signedOn > input.fromOn)
    throw new AppError('VALIDATION', { fields: { signedOn: 'signedAfterStart' } });
  const rate = rateOn(ctx.db, r.role, input.fromOn);
  if (!rate) throw new AppError('VALIDATION', { fields: { fromOn: 'noRate' } });
  const taken = ctx.db
    .select({ id: caregiverContracts.id })
    .from(caregiverContracts)
    .where(eq(caregiverContracts.number, input.number))
    .get();
  if (taken) throw new AppError('VALIDATION', { fields: { number: 'contractNumberTaken' } });
  // Contracts of one registration do not overlap in time.
  const overlap = ctx.db
    .select()
    .from(caregiverContracts)
    .where(eq(caregiverContracts.registrationId, r.id))
    .all()
    .some((c) => (c.endedOn ?? c.toOn) >= input.fromOn && c.fromOn <= input.toOn);
  if (overlap) throw new AppError('VALIDATION', { fields: { fromOn: 'contractOverlap' } });
  const row = {
    ...newEntityStamp(ctx),
    registrationId: r.id,
    number: input.number,
    signedOn: input.signedOn,
    fromOn: input.fromOn,
    toOn: input.toOn,
    hourlyRate: rate.hourlyRate,
    hoursPerDay: input.hoursPerDay,
    iban: input.iban,
    endedOn: null,
    endReason: null,
  };
  ctx.db.insert(caregiverContracts).values(row).run();
  ctx.audit({
    entity: 'caregiver_contract',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
    subjectId: r.caredForId,
  });
  refreshRegistration(ctx, r.id);
  return contractView(row);
}

/** Reasons that end the registration itself, not only the contract. */
const ENDS_REGISTRATION = new Set(['disability_changed', 'moved_away', 'death', 'allowance_chosen']);

export function endContract(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.endContract'>,
): Output<'caregivers.endContract'> {
  const c = ctx.db.select().from(caregiverContracts).where(eq(caregiverContracts.id, input.contractId)).get();
  if (!c || c.endedOn) throw new AppError('NOT_FOUND');
  if (input.endedOn < c.fromOn) throw new AppError('VALIDATION', { fields: { endedOn: 'rangeOrder' } });
  const patch = { endedOn: input.endedOn, endReason: input.reason, ...updateStamp(ctx) };
  ctx.db.update(caregiverContracts).set(patch).where(eq(caregiverContracts.id, c.id)).run();
  const r = readRegistration(ctx.db, c.registrationId);
  ctx.audit({
    entity: 'caregiver_contract',
    entityId: c.id,
    action: 'end',
    changes: { endedOn: [null, input.endedOn], endReason: [null, input.reason] },
    subjectId: r.caredForId,
  });
  if (ENDS_REGISTRATION.has(input.reason) && !r.endedOn) {
    ctx.db
      .update(caregivers)
      .set({ endedOn: input.endedOn, endReason: input.reason, ...updateStamp(ctx) })
      .where(eq(caregivers.id, r.id))
      .run();
    ctx.audit({
      entity: 'caregiver',
      entityId: r.id,
      action: 'end',
      changes: { endedOn: [null, input.endedOn], endReason: [null, input.reason] },
      subjectId: r.caredForId,
    });
  }
  refreshRegistration(ctx, r.id);
  return contractView({ ...c, ...patch });
}
