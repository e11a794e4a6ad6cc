import { and, asc, desc, eq, isNull, max } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { addDays } from '../../domain/calendar';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { changedFields, createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { legalRules } from '../settings/policies';
import { certifiedOn } from './domain';
import {
  qualificationCategories,
  specialistCategories,
  specialistCertificates,
  specialistEducation,
  specialists,
  specialistTrainings,
} from './schema';

// Certificates of the independent assessment of qualification and qualification categories
// (docs/domain.md). The specialist row keeps the latest end of each (a derived column, like the
// applicants' registry facts), recomputed in the same transaction as every write to them; the
// state on a given day (certified, expiring, expired, never) follows from it.

type CertRow = typeof specialistCertificates.$inferSelect;
type CategoryRow = typeof specialistCategories.$inferSelect;

/** Recomputes the specialist's derived ends from their live certificates and categories. */
export function refreshSpecialistFacts(db: Db, specialistId: string): void {
  const cert = db
    .select({ until: max(specialistCertificates.validUntil) })
    .from(specialistCertificates)
    .where(
      and(eq(specialistCertificates.specialistId, specialistId), isNull(specialistCertificates.removedAt)),
    )
    .get();
  const cat = db
    .select({ until: max(specialistCategories.validUntil) })
    .from(specialistCategories)
    .where(and(eq(specialistCategories.specialistId, specialistId), isNull(specialistCategories.removedAt)))
    .get();
  db.update(specialists)
    .set({ certValidUntil: cert?.until ?? null, categoryValidUntil: cat?.until ?? null })
    .where(eq(specialists.id, specialistId))
    .run();
}

function requireSpecialist(db: Db, id: string) {
  const row = db.select().from(specialists).where(eq(specialists.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function certificatesOf(db: Db, specialistId: string): CertRow[] {
  return db
    .select()
    .from(specialistCertificates)
    .where(eq(specialistCertificates.specialistId, specialistId))
    .orderBy(desc(specialistCertificates.validUntil))
    .all();
}

export function categoriesOf(db: Db, specialistId: string): CategoryRow[] {
  return db
    .select()
    .from(specialistCategories)
    .where(eq(specialistCategories.specialistId, specialistId))
    .orderBy(desc(specialistCategories.validUntil))
    .all();
}

/** A new certificate row (the form and the import share it). */
export function certificateRow(
  ctx: ServiceContext,
  specialistId: string,
  input: Omit<ParsedInput<'specialists.addCertificate'>, 'specialistId'>,
  stamp: ReturnType<typeof newEntityStamp> = newEntityStamp(ctx),
): CertRow {
  return {
    ...stamp,
    specialistId,
    number: input.number,
    issuer: input.issuer,
    issuedOn: input.issuedOn,
    validUntil: input.validUntil,
    scope: input.scope ?? null,
    removedAt: null,
    removeReason: null,
  };
}

export function addCertificate(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.addCertificate'>,
): Output<'specialists.addCertificate'> {
  const s = requireSpecialist(ctx.db, input.specialistId);
  if (input.issuedOn > localToday(ctx.clock))
    throw new AppError('VALIDATION', { fields: { issuedOn: 'dateFuture' } });
  const row = certificateRow(ctx, s.id, input);
  ctx.db.insert(specialistCertificates).values(row).run();
  refreshSpecialistFacts(ctx.db, s.id);
  ctx.audit({
    entity: 'specialist_certificate',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
  });
  return { id: row.id };
}

export function removeCertificate(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.removeCertificate'>,
): Output<'specialists.removeCertificate'> {
  const row = ctx.db
    .select()
    .from(specialistCertificates)
    .where(eq(specialistCertificates.id, input.id))
    .get();
  if (!row || row.removedAt) throw new AppError('NOT_FOUND');
  ctx.db
    .update(specialistCertificates)
    .set({ removedAt: localToday(ctx.clock), removeReason: input.reason, ...updateStamp(ctx) })
    .where(eq(specialistCertificates.id, row.id))
    .run();
  refreshSpecialistFacts(ctx.db, row.specialistId);
  ctx.audit({
    entity: 'specialist_certificate',
    entityId: row.id,
    action: 'remove',
    changes: { removeReason: [null, input.reason] },
  });
  return { id: row.id };
}

export function addCategory(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.addCategory'>,
): Output<'specialists.addCategory'> {
  const s = requireSpecialist(ctx.db, input.specialistId);
  const category = ctx.db
    .select()
    .from(qualificationCategories)
    .where(eq(qualificationCategories.code, input.categoryCode))
    .get();
  if (!category?.active) throw new AppError('VALIDATION', { fields: { categoryCode: 'unknownCategory' } });
  if (input.assignedOn > localToday(ctx.clock))
    throw new AppError('VALIDATION', { fields: { assignedOn: 'dateFuture' } });
  // The end follows the category's validity unless the order names another.
  const validUntil =
    input.validUntil ??
    addDays(
      `${Number(input.assignedOn.slice(0, 4)) + category.validityYears}${input.assignedOn.slice(4)}`,
      -1,
    );
  const row: CategoryRow = {
    ...newEntityStamp(ctx),
    specialistId: s.id,
    categoryCode: category.code,
    orderNo: input.orderNo,
    assignedOn: input.assignedOn,
    validUntil,
    removedAt: null,
    removeReason: null,
  };
  ctx.db.insert(specialistCategories).values(row).run();
  refreshSpecialistFacts(ctx.db, s.id);
  ctx.audit({
    entity: 'specialist_category',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
  });
  return { id: row.id };
}

export function listCategories(ctx: ServiceContext): Output<'specialists.categories'> {
  return ctx.db
    .select()
    .from(qualificationCategories)
    .orderBy(asc(qualificationCategories.code))
    .all()
    .map((c) => ({
      code: c.code,
      nameKk: c.nameKk,
      nameRu: c.nameRu,
      validityYears: c.validityYears,
      basis: c.basis,
      effectiveFrom: c.effectiveFrom,
      active: c.active,
    }));
}

/**
 * Refuses a specialist without a certificate valid on `day` (docs/domain.md), naming the field and
 * the certificate's end. When the office allows it, a stated reason lets the write go ahead and
 * is audited as an override.
 */
export function requireCertified(
  ctx: ServiceContext,
  specialistId: string,
  day: string,
  field: string,
  overrideReason: string | null | undefined,
  subjectId?: string,
): void {
  const s = requireSpecialist(ctx.db, specialistId);
  if (certifiedOn(s.certValidUntil, day)) return;
  if (overrideReason && legalRules(ctx.db).allowUncertifiedWithReason) {
    ctx.audit({
      entity: 'specialist',
      entityId: s.id,
      action: 'certification_override',
      changes: {
        overrideReason: [null, overrideReason],
        certValidUntil: [s.certValidUntil, s.certValidUntil],
      },
      ...(subjectId ? { subjectId } : {}),
    });
    return;
  }
  throw new AppError('UNCERTIFIED', {
    fields: { [field]: s.certValidUntil ? 'certificateExpired' : 'certificateMissing' },
    params: { until: s.certValidUntil ? s.certValidUntil.split('-').reverse().join('.') : '—' },
  });
}

/** An education entry of the register (SC art. 136). */
export function addEducation(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.addEducation'>,
): Output<'specialists.addEducation'> {
  const s = requireSpecialist(ctx.db, input.specialistId);
  const row = {
    ...newEntityStamp(ctx),
    specialistId: s.id,
    level: input.level,
    institution: input.institution,
    speciality: input.speciality,
    diplomaNo: input.diplomaNo ?? null,
    diplomaOn: input.diplomaOn ?? null,
  };
  ctx.db.insert(specialistEducation).values(row).run();
  ctx.audit({
    entity: 'specialist_education',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
  });
  return { id: row.id };
}

/** A qualification upgrade (course, hours, dates, certificate). */
export function addTraining(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.addTraining'>,
): Output<'specialists.addTraining'> {
  const s = requireSpecialist(ctx.db, input.specialistId);
  if (input.fromOn > localToday(ctx.clock))
    throw new AppError('VALIDATION', { fields: { fromOn: 'dateFuture' } });
  const row = {
    ...newEntityStamp(ctx),
    specialistId: s.id,
    course: input.course,
    hours: input.hours,
    fromOn: input.fromOn,
    toOn: input.toOn,
    certificateNo: input.certificateNo ?? null,
  };
  ctx.db.insert(specialistTrainings).values(row).run();
  ctx.audit({
    entity: 'specialist_training',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
  });
  return { id: row.id };
}

/** A category assignment entered by mistake is removed with a reason (the row stays, marked). */
export function removeCategory(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.removeCategory'>,
): Output<'specialists.removeCategory'> {
  const row = ctx.db.select().from(specialistCategories).where(eq(specialistCategories.id, input.id)).get();
  if (!row || row.removedAt) throw new AppError('NOT_FOUND');
  ctx.db
    .update(specialistCategories)
    .set({ removedAt: localToday(ctx.clock), removeReason: input.reason, ...updateStamp(ctx) })
    .where(eq(specialistCategories.id, row.id))
    .run();
  refreshSpecialistFacts(ctx.db, row.specialistId);
  ctx.audit({
    entity: 'specialist_category',
    entityId: row.id,
    action: 'remove',
    changes: { removeReason: [null, input.reason] },
  });
  return { id: row.id };
}

/**
 * Adds a qualification category to the reference table or edits one (names, validity, legal
 * basis, effective date, active). A code is never renamed: assignments cite it. A new validity
 * applies to assignments made from now on; the ones on record keep the end they were given.
 */
export function saveQualificationCategory(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.saveCategory'>,
): Output<'specialists.saveCategory'> {
  const values = {
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    validityYears: input.validityYears,
    basis: input.basis,
    effectiveFrom: input.effectiveFrom,
    active: input.active,
  };
  const old = ctx.db
    .select()
    .from(qualificationCategories)
    .where(eq(qualificationCategories.code, input.code))
    .get();
  if (!old) {
    const row = { ...newEntityStamp(ctx), code: input.code, ...values };
    ctx.db.insert(qualificationCategories).values(row).run();
    ctx.audit({
      entity: 'qualification_category',
      entityId: row.id,
      action: 'create',
      changes: createdChanges(row),
    });
  } else {
    const changes = changedFields(old, values);
    if (Object.keys(changes).length > 0) {
      ctx.db
        .update(qualificationCategories)
        .set({ ...values, ...updateStamp(ctx) })
        .where(eq(qualificationCategories.id, old.id))
        .run();
      ctx.audit({ entity: 'qualification_category', entityId: old.id, action: 'update', changes });
    }
  }
  return listCategories(ctx);
}
