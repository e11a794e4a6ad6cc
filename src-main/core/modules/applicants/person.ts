import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ApplicantView, Output, ParsedInput } from '../../api/contract';
import { phoneKey } from '../../domain/phone';
import { personLatinKey, personSearchKey } from '../../domain/search-key';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { newEntityStamp, updateStamp } from '../../shared/stamps';
import { applicants } from './schema';

// A new row: its rid (the row number) is given by SQLite.
type ApplicantRow = Omit<typeof applicants.$inferSelect, 'rid'>;

export const viewColumns = {
  id: applicants.id,
  iin: applicants.iin,
  iinMissingReason: applicants.iinMissingReason,
  lastName: applicants.lastName,
  firstName: applicants.firstName,
  patronymic: applicants.patronymic,
  birthDate: applicants.birthDate,
  sex: applicants.sex,
  katoCode: applicants.katoCode,
  address: applicants.address,
  phone: applicants.phone,
  citizenship: applicants.citizenship,
  docType: applicants.docType,
  docNumber: applicants.docNumber,
  docDate: applicants.docDate,
  docIssuer: applicants.docIssuer,
  maritalStatus: applicants.maritalStatus,
  legalCapacity: applicants.legalCapacity,
  capacityCourtDecision: applicants.capacityCourtDecision,
  capacityCourtDate: applicants.capacityCourtDate,
  deathDate: applicants.deathDate,
  consentDate: applicants.consentDate,
  consentForm: applicants.consentForm,
  consentRef: applicants.consentRef,
  createdAt: applicants.createdAt,
};

/** The person's own fields as the forms send them (everything but id and stamps). */
type PersonFields = Omit<ParsedInput<'applicants.update'>, 'id'>;
const EDITABLE = Object.keys(viewColumns).filter(
  (k) => k !== 'id' && k !== 'createdAt',
) as (keyof PersonFields & keyof typeof viewColumns)[];

/** Columns derived from the fields: folded search key, Latin key, phone digits. */
function derived(p: PersonFields) {
  return {
    searchKey: personSearchKey(p.lastName, p.firstName, p.patronymic),
    latinKey: personLatinKey(p.lastName, p.firstName),
    phoneDigits: phoneKey(p.phone),
  };
}

export function personColumns(p: PersonFields) {
  return {
    iin: p.iin ?? null,
    iinMissingReason: p.iin ? null : (p.iinMissingReason ?? null),
    lastName: p.lastName,
    firstName: p.firstName,
    patronymic: p.patronymic ?? null,
    birthDate: p.birthDate,
    sex: p.sex,
    katoCode: p.katoCode,
    address: p.address,
    phone: p.phone ?? null,
    citizenship: p.citizenship,
    docType: p.docType ?? null,
    docNumber: p.docNumber ?? null,
    docDate: p.docDate ?? null,
    docIssuer: p.docIssuer ?? null,
    maritalStatus: p.maritalStatus ?? null,
    legalCapacity: p.legalCapacity,
    capacityCourtDecision: p.legalCapacity === 'capable' ? null : (p.capacityCourtDecision ?? null),
    capacityCourtDate: p.legalCapacity === 'capable' ? null : (p.capacityCourtDate ?? null),
    deathDate: p.deathDate ?? null,
    consentDate: p.consentDate ?? null,
    consentForm: p.consentForm ?? null,
    consentRef: p.consentRef ?? null,
    ...derived(p),
  };
}

/** A person as the duplicate dialog and the duplicates report show them. */
export const candidateColumns = {
  id: applicants.id,
  iin: applicants.iin,
  lastName: applicants.lastName,
  firstName: applicants.firstName,
  patronymic: applicants.patronymic,
  birthDate: applicants.birthDate,
  katoCode: applicants.katoCode,
  address: applicants.address,
};

/**
 * The same IIN, and people whose Latin name key and birth date match (so "Алия Сарсенбаева",
 * "Әлия Сәрсенбаева" and "Aliya Sarsenbayeva" born the same day meet). Both lookups use an index.
 */
export function checkDuplicates(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.checkDuplicates'>,
): Output<'applicants.checkDuplicates'> {
  const notSelf = input.excludeId ? sql`${applicants.id} <> ${input.excludeId}` : undefined;
  const sameIin = input.iin
    ? (ctx.db
        .select(candidateColumns)
        .from(applicants)
        .where(and(eq(applicants.iin, input.iin), notSelf))
        .get() ?? null)
    : null;
  const similar =
    input.birthDate && input.lastName.trim() && input.firstName.trim()
      ? ctx.db
          .select(candidateColumns)
          .from(applicants)
          .where(
            and(
              eq(applicants.latinKey, personLatinKey(input.lastName, input.firstName)),
              eq(applicants.birthDate, input.birthDate),
              isNull(applicants.deletedAt),
              notSelf,
            ),
          )
          .limit(20)
          .all()
          .filter((c) => c.id !== sameIin?.id)
      : [];
  // The check shows who else is registered: a read of their data, recorded (coalesced).
  for (const c of [...(sameIin ? [sameIin] : []), ...similar]) {
    ctx.auditRead({ entity: 'applicant', entityId: c.id, action: 'duplicate_check', subjectId: c.id });
  }
  return { sameIin, similar };
}

export function getApplicant(ctx: ServiceContext, input: ParsedInput<'applicants.get'>): ApplicantView {
  const row = readApplicant(ctx, input.id);
  // Opening a person's card is itself recorded: who looked at whose data, and when.
  ctx.audit({ entity: 'applicant', entityId: row.id, action: 'read', subjectId: row.id });
  return row;
}

export function readApplicant(ctx: Pick<ServiceContext, 'db'>, id: string): ApplicantView {
  const row = ctx.db
    .select(viewColumns)
    .from(applicants)
    .where(and(eq(applicants.id, id), isNull(applicants.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function createApplicant(ctx: ServiceContext, input: ParsedInput<'applicants.create'>): ApplicantView {
  const dup = checkDuplicates(ctx, {
    iin: input.iin ?? null,
    lastName: input.lastName,
    firstName: input.firstName,
    birthDate: input.birthDate,
  });
  if (dup.sameIin) {
    throw new AppError('CONFLICT_IIN', {
      fields: { iin: 'iinTaken' },
      params: { existingId: dup.sameIin.id },
    });
  }
  // A similar person (same name across spellings, same birth date) may be a different one, but
  // registering them anyway needs a reason, which the audit log keeps.
  if (dup.similar.length > 0 && !input.duplicateReason) {
    throw new AppError('DUPLICATE_SUSPECTED', {
      fields: { duplicateReason: 'duplicateReasonRequired' },
      params: { count: dup.similar.length },
    });
  }
  const row: ApplicantRow = {
    ...newEntityStamp(ctx),
    ...personColumns(input),
    deletedAt: null,
    // A new person has no records yet; registry-facts.ts fills these as records arrive.
    curDisabilityCategory: null,
    curDisabilityGroup: null,
    curDisabilityUntil: null,
    curIprUntil: null,
    iprPending: 0,
    portalDeadline: null,
    activeCase: 0,
  };
  ctx.db.insert(applicants).values(row).run();
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of EDITABLE) if (row[key] !== null) changes[key] = [null, row[key]];
  if (dup.similar.length > 0) {
    changes.duplicateReason = [null, input.duplicateReason];
    changes.similarTo = [null, dup.similar.map((c) => c.id).join(',')];
  }
  ctx.audit({ entity: 'applicant', entityId: row.id, action: 'create', changes, subjectId: row.id });
  return readApplicant(ctx, row.id);
}

export function updateApplicant(ctx: ServiceContext, input: ParsedInput<'applicants.update'>): ApplicantView {
  const before = readApplicant(ctx, input.id);
  const { id, ...fields } = input;
  if (fields.iin && fields.iin !== before.iin) {
    const dup = checkDuplicates(ctx, {
      iin: fields.iin,
      lastName: '',
      firstName: '',
      birthDate: null,
      excludeId: id,
    });
    if (dup.sameIin) {
      throw new AppError('CONFLICT_IIN', {
        fields: { iin: 'iinTaken' },
        params: { existingId: dup.sameIin.id },
      });
    }
  }
  const next = personColumns(fields);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of EDITABLE) {
    if ((before[key] ?? null) !== (next[key as keyof typeof next] ?? null)) {
      changes[key] = [before[key] ?? null, next[key as keyof typeof next] ?? null];
    }
  }
  if (Object.keys(changes).length === 0) return before;
  ctx.db
    .update(applicants)
    .set({
      ...next,
      ...updateStamp(ctx),
    })
    .where(eq(applicants.id, id))
    .run();
  ctx.audit({ entity: 'applicant', entityId: id, action: 'update', changes, subjectId: id });
  return readApplicant(ctx, id);
}
