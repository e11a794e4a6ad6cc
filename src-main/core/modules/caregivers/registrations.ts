import { and, asc, count, desc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { addDays } from '../../domain/calendar';
import { foldText, personSearchKey } from '../../domain/search-key';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { applicants } from '../applicants/schema';
import { assistantRefusal } from '../disability/domain';
import { disabilityRecords } from '../disability/schema';
import { legalRules, readSetting } from '../settings/policies';
import { activeAllowance, legacyAllowance } from './allowances';
import { type CaregiverStatus, type CheckRecord, type Eligibility, eligibility } from './domain';
import { careAllowances, caregiverChecks, caregiverContracts, caregivers } from './schema';

// The registration of a family member as a caregiver: who cares for whom, in which role, how many
// hours a day, on what basis; its checks; and its status, derived from the checks, the contract
// and the end in the same transaction as every write (docs/architecture.md: derived columns).

type Row = typeof caregivers.$inferSelect;
type ContractRow = typeof caregiverContracts.$inferSelect;

const fullName = (p: { lastName: string; firstName: string; patronymic: string | null }) =>
  [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ');

function person(db: Db, id: string) {
  const p = db.select().from(applicants).where(eq(applicants.id, id)).get();
  if (!p || p.deletedAt) throw new AppError('NOT_FOUND');
  return p;
}

/**
 * Why the person cared for does not qualify for a caregiver of this role today, or null: an
 * individual assistant needs group I with difficulty moving (SC art. 163 p.2), a home-care worker
 * group I; nobody is registered for a person who has died or moved out of the district.
 */
export function careRecipientRefusal(
  ctx: ServiceContext,
  caredForId: string,
  role: Row['role'],
): string | null {
  const p = person(ctx.db, caredForId);
  if (p.deathDate) return 'caredForDeceased';
  const district = readSetting(ctx.db, 'office.districtKato');
  // KATO: two digits of oblast and two of district lead the code.
  if (district && p.katoCode.slice(0, 4) !== district.slice(0, 4)) return 'caredForMovedAway';
  const d = ctx.db
    .select()
    .from(disabilityRecords)
    .where(and(eq(disabilityRecords.applicantId, caredForId), isNull(disabilityRecords.replacedAt)))
    .orderBy(desc(disabilityRecords.establishedOn))
    .get();
  const basis = d
    ? { category: d.category, group: d.groupNo, movementDifficulty: d.movementDifficulty }
    : null;
  if (role === 'individual_assistant')
    return assistantRefusal(basis, { childrenWithGroupI: legalRules(ctx.db).assistantForChildrenGroupI });
  return basis?.group === 1 ? null : 'assistantGroupI';
}

export function checksOf(db: Db, registrationId: string) {
  return db
    .select()
    .from(caregiverChecks)
    .where(eq(caregiverChecks.registrationId, registrationId))
    .orderBy(desc(caregiverChecks.createdAt), desc(caregiverChecks.id))
    .all();
}

/** The registration's eligibility today, from its checks and the registry's facts. */
export function eligibilityOf(ctx: ServiceContext, r: Row): Eligibility {
  const caregiver = person(ctx.db, r.caregiverId);
  // Oldest first: a later record of the same check replaces an earlier one.
  const checks: CheckRecord[] = checksOf(ctx.db, r.id)
    .reverse()
    .map((c) => ({ check: c.check, result: c.result, validUntil: c.validUntil }));
  // A caregiver who is also in the register of specialists with a completed course has the
  // training on record there; a check recorded here still takes precedence.
  if (caregiver.iin && !checks.some((c) => c.check === 'training')) {
    const trained = ctx.sqlite
      .prepare(
        `SELECT 1 FROM specialist_trainings t JOIN specialists s ON s.id = t.specialist_id
          WHERE s.iin = ? AND t.to_on <= ? LIMIT 1`,
      )
      .get(caregiver.iin, localToday(ctx.clock));
    if (trained) checks.unshift({ check: 'training', result: 'pass', validUntil: null });
  }
  // The registry already knows a caregiver found incapable or of limited capacity by a court.
  if (caregiver.legalCapacity !== 'capable')
    checks.push({ check: 'legal_capacity', result: 'fail', validUntil: null });
  return eligibility({
    caregiverBirthDate: caregiver.birthDate,
    caregiverSex: caregiver.sex,
    relation: r.relation,
    careRecipientRefusal: careRecipientRefusal(ctx, r.caredForId, r.role),
    checks,
    on: localToday(ctx.clock),
  });
}

export function contractsOf(db: Db, registrationId: string): ContractRow[] {
  return db
    .select()
    .from(caregiverContracts)
    .where(eq(caregiverContracts.registrationId, registrationId))
    .orderBy(asc(caregiverContracts.fromOn))
    .all();
}

/** The contract in force today, else the latest one. */
export function currentContract(db: Db, registrationId: string, today: string): ContractRow | null {
  return pickCurrent(contractsOf(db, registrationId), today);
}

/** Of a registration's contracts (oldest first): the one in force today, else the latest open, else the last. */
function pickCurrent(all: readonly ContractRow[], today: string): ContractRow | null {
  return (
    all.find((c) => !c.endedOn && c.fromOn <= today && c.toOn >= today) ??
    all.filter((c) => !c.endedOn).at(-1) ??
    all.at(-1) ??
    null
  );
}

/** The status the records give today. */
function deriveStatus(ctx: ServiceContext, r: Row): CaregiverStatus {
  if (r.endedOn) return 'ended';
  const e = eligibilityOf(ctx, r);
  if (e.state !== 'eligible') return e.state;
  const today = localToday(ctx.clock);
  const c = currentContract(ctx.db, r.id, today);
  return c && !c.endedOn && c.toOn >= today ? 'active' : 'eligible';
}

/** Re-derives the stored status (and takes a change number when it moves). */
export function refreshRegistration(ctx: ServiceContext, id: string): CaregiverStatus {
  const r = ctx.db.select().from(caregivers).where(eq(caregivers.id, id)).get();
  if (!r) throw new AppError('NOT_FOUND');
  const status = deriveStatus(ctx, r);
  if (status !== r.status) {
    ctx.db
      .update(caregivers)
      .set({ status, ...updateStamp(ctx) })
      .where(eq(caregivers.id, id))
      .run();
    ctx.audit({
      entity: 'caregiver',
      entityId: id,
      action: 'status',
      changes: { status: [r.status, status] },
    });
  }
  return status;
}

export function readRegistration(db: Db, id: string): Row {
  const r = db.select().from(caregivers).where(eq(caregivers.id, id)).get();
  if (!r) throw new AppError('NOT_FOUND');
  return r;
}

export function register(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.register'>,
): Output<'caregivers.register'> {
  if (input.caredForId === input.caregiverId)
    throw new AppError('VALIDATION', { fields: { caregiverId: 'caregiverSelf' } });
  person(ctx.db, input.caredForId);
  const caregiver = person(ctx.db, input.caregiverId);
  if (input.registeredOn > localToday(ctx.clock))
    throw new AppError('VALIDATION', { fields: { registeredOn: 'dateFuture' } });
  if (input.role === 'individual_assistant' && input.hoursPerDay > 8)
    throw new AppError('VALIDATION', { fields: { hoursPerDay: 'caregiverHoursCap' } });
  const refusal = careRecipientRefusal(ctx, input.caredForId, input.role);
  if (refusal) throw new AppError('VALIDATION', { fields: { caredForId: refusal } });
  // An individual assistant and the care allowance exclude each other (SC art. 163; docs/domain.md).
  if (input.role === 'individual_assistant') {
    const allowance = activeAllowance(ctx.db, input.caredForId) ?? legacyAllowance(ctx, input.caredForId);
    if (allowance)
      throw new AppError('CARE_ALLOWANCE_ACTIVE', {
        fields: { role: 'allowanceActive' },
        params: { name: allowance.recipientName, from: allowance.fromOn.split('-').reverse().join('.') },
      });
  }
  const open = ctx.db
    .select({ id: caregivers.id })
    .from(caregivers)
    .where(
      and(
        eq(caregivers.caredForId, input.caredForId),
        eq(caregivers.role, input.role),
        isNull(caregivers.endedOn),
        sql`${caregivers.status} <> 'refused'`,
      ),
    )
    .get();
  if (open) throw new AppError('VALIDATION', { fields: { role: 'caregiverRoleTaken' } });
  const row: Row = {
    ...newEntityStamp(ctx),
    caredForId: input.caredForId,
    caregiverId: input.caregiverId,
    relation: input.relation,
    role: input.role,
    hoursPerDay: input.hoursPerDay,
    basis: input.basis,
    registeredOn: input.registeredOn,
    status: 'awaiting_documents',
    endedOn: null,
    endReason: null,
    searchKey:
      `${personSearchKey(caregiver.lastName, caregiver.firstName, caregiver.patronymic)} ${caregiver.iin ?? ''}`.trim(),
  };
  ctx.db.insert(caregivers).values(row).run();
  ctx.audit({
    entity: 'caregiver',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row, ['searchKey']),
    subjectId: input.caredForId,
  });
  return { id: row.id, status: refreshRegistration(ctx, row.id) };
}

export function recordCheck(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.recordCheck'>,
): Output<'caregivers.recordCheck'> {
  const r = readRegistration(ctx.db, input.registrationId);
  if (r.endedOn) throw new AppError('VALIDATION', { fields: { registrationId: 'caregiverEnded' } });
  const today = localToday(ctx.clock);
  if (input.evidenceOn > today) throw new AppError('VALIDATION', { fields: { evidenceOn: 'dateFuture' } });
  if (input.validUntil && input.validUntil < input.evidenceOn)
    throw new AppError('VALIDATION', { fields: { validUntil: 'rangeOrder' } });
  const row = {
    ...newEntityStamp(ctx),
    registrationId: r.id,
    check: input.check,
    result: input.result,
    evidenceKind: input.evidenceKind,
    evidenceNo: input.evidenceNo,
    evidenceOn: input.evidenceOn,
    validUntil: input.validUntil ?? null,
    note: input.note ?? null,
  };
  ctx.db.insert(caregiverChecks).values(row).run();
  ctx.audit({
    entity: 'caregiver_check',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
    subjectId: r.caredForId,
  });
  const status = refreshRegistration(ctx, r.id);
  return { id: row.id, status, eligibility: eligibilityOf(ctx, { ...r, status }) };
}

/** Names and IINs of people by id, in one statement. */
function namesOf(db: Db, ids: readonly string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map<string, { name: string; iin: string | null }>();
  return new Map(
    db
      .select({
        id: applicants.id,
        lastName: applicants.lastName,
        firstName: applicants.firstName,
        patronymic: applicants.patronymic,
        iin: applicants.iin,
      })
      .from(applicants)
      .where(inArray(applicants.id, wanted))
      .all()
      .map((p) => [p.id, { name: fullName(p), iin: p.iin }]),
  );
}

export function contractView(c: ContractRow) {
  return {
    id: c.id,
    number: c.number,
    signedOn: c.signedOn,
    fromOn: c.fromOn,
    toOn: c.toOn,
    hourlyRate: c.hourlyRate,
    hoursPerDay: c.hoursPerDay,
    iban: c.iban,
    endedOn: c.endedOn,
    endReason: c.endReason,
  };
}

export function registrationViews(ctx: ServiceContext, rows: readonly Row[]) {
  const names = namesOf(
    ctx.db,
    rows.flatMap((r) => [r.caredForId, r.caregiverId]),
  );
  const today = localToday(ctx.clock);
  // Every row's contracts in one statement (a page of 25 would otherwise read 25 times).
  const ids = rows.map((r) => r.id);
  const byRegistration = new Map<string, ContractRow[]>();
  if (ids.length)
    for (const c of ctx.db
      .select()
      .from(caregiverContracts)
      .where(inArray(caregiverContracts.registrationId, ids))
      .orderBy(asc(caregiverContracts.fromOn))
      .all())
      byRegistration.set(c.registrationId, [...(byRegistration.get(c.registrationId) ?? []), c]);
  return rows.map((r) => {
    const c = pickCurrent(byRegistration.get(r.id) ?? [], today);
    return {
      id: r.id,
      caredForId: r.caredForId,
      caredForName: names.get(r.caredForId)?.name ?? '',
      caregiverId: r.caregiverId,
      caregiverName: names.get(r.caregiverId)?.name ?? '',
      caregiverIin: names.get(r.caregiverId)?.iin ?? null,
      relation: r.relation,
      role: r.role,
      hoursPerDay: r.hoursPerDay,
      basis: r.basis,
      registeredOn: r.registeredOn,
      status: r.status,
      endedOn: r.endedOn,
      endReason: r.endReason,
      contract: c ? contractView(c) : null,
    };
  });
}

export function forPerson(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.forPerson'>,
): Output<'caregivers.forPerson'> {
  person(ctx.db, input.applicantId);
  const rows = ctx.db
    .select()
    .from(caregivers)
    .where(eq(caregivers.caredForId, input.applicantId))
    .orderBy(desc(caregivers.registeredOn))
    .all();
  return {
    registrations: registrationViews(ctx, rows).map((v, i) => ({
      ...v,
      eligibility: eligibilityOf(ctx, rows[i] as Row),
    })),
    allowances: ctx.db
      .select()
      .from(careAllowances)
      .where(eq(careAllowances.caredForId, input.applicantId))
      .orderBy(desc(careAllowances.fromOn))
      .all()
      .map((a) => ({
        id: a.id,
        caredForId: a.caredForId,
        recipientName: a.recipientName,
        recipientIin: a.recipientIin,
        fromOn: a.fromOn,
        endedOn: a.endedOn,
        endReason: a.endReason,
      })),
    assistantRefusal: careRecipientRefusal(ctx, input.applicantId, 'individual_assistant'),
  };
}

/** The list: name or IIN (folded), role, status, contract ending within N days; paged on the server. */
export function listCaregivers(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.list'>,
): Output<'caregivers.list'> {
  const today = localToday(ctx.clock);
  const conds: SQL[] = [];
  const q = foldText(input.query);
  for (const w of q.split(' ').filter(Boolean)) conds.push(sql`${caregivers.searchKey} LIKE ${`%${w}%`}`);
  if (input.role) conds.push(eq(caregivers.role, input.role));
  if (input.status) conds.push(eq(caregivers.status, input.status));
  if (input.affected) {
    const ids = affectedRegistrations(ctx);
    conds.push(ids.length ? inArray(caregivers.id, ids) : sql`0`);
  }
  // The contract in force ending soon: its end is after today and within the window.
  const contractTo = sql<string | null>`(SELECT max(k.to_on) FROM caregiver_contracts k
      WHERE k.registration_id = ${caregivers.id} AND k.ended_on IS NULL)`;
  if (input.contractEndingWithinDays)
    conds.push(
      sql`${contractTo} >= ${today}`,
      sql`${contractTo} <= ${addDays(today, input.contractEndingWithinDays)}`,
    );
  const where = conds.length ? and(...conds) : undefined;
  const dir = input.sortDir === 'asc' ? asc : desc;
  const order =
    input.sortBy === 'registeredOn'
      ? [dir(caregivers.registeredOn), asc(caregivers.searchKey)]
      : input.sortBy === 'contractTo'
        ? [
            sql`${contractTo} IS NULL`,
            input.sortDir === 'asc' ? sql`${contractTo} ASC` : sql`${contractTo} DESC`,
          ]
        : [dir(caregivers.searchKey), asc(caregivers.id)];
  const total = ctx.db.select({ n: count() }).from(caregivers).where(where).get()?.n ?? 0;
  const rows = total
    ? ctx.db
        .select({ row: caregivers, contractTo })
        .from(caregivers)
        .where(where)
        .orderBy(...order)
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize)
        .all()
    : [];
  const views = registrationViews(
    ctx,
    rows.map((r) => r.row),
  );
  return {
    total,
    rows: views.map(({ contract: _, ...v }, i) => ({ ...v, contractTo: rows[i]?.contractTo ?? null })),
  };
}

/**
 * Registrations in force whose person cared for no longer qualifies (group changed, movement no
 * longer difficult, moved out of the district, died): the same rules as careRecipientRefusal, in
 * one statement for the home screen.
 */
export function affectedRegistrations(ctx: ServiceContext): string[] {
  const district = (readSetting(ctx.db, 'office.districtKato') ?? '').slice(0, 4);
  const children = legalRules(ctx.db).assistantForChildrenGroupI ? 1 : 0;
  return ctx.sqlite
    .prepare(
      `SELECT g.id FROM caregivers g JOIN applicants p ON p.id = g.cared_for_id
         LEFT JOIN disability_records d ON d.applicant_id = p.id AND d.replaced_at IS NULL
        WHERE g.ended_on IS NULL AND g.status IN ('active', 'eligible', 'awaiting_documents')
          AND (p.death_date IS NOT NULL
               OR (@district <> '' AND substr(p.kato_code, 1, 4) <> @district)
               OR d.group_no IS NOT 1
               OR (g.role = 'individual_assistant'
                   AND (d.movement_difficulty = 0 OR (d.category <> 'adult' AND @children = 0))))`,
    )
    .pluck()
    .all({ district, children }) as string[];
}

/** Checks whose evidence ends within `days` on registrations in force. */
export function expiringChecks(ctx: ServiceContext, days: number): number {
  const today = localToday(ctx.clock);
  return (
    ctx.db
      .select({ n: sql<number>`count(DISTINCT ${caregiverChecks.registrationId})` })
      .from(caregiverChecks)
      .innerJoin(caregivers, eq(caregivers.id, caregiverChecks.registrationId))
      .where(
        and(
          isNull(caregivers.endedOn),
          gte(caregiverChecks.validUntil, today),
          lte(caregiverChecks.validUntil, addDays(today, days)),
          // Only the latest record of each check counts.
          sql`NOT EXISTS (SELECT 1 FROM caregiver_checks later WHERE later.registration_id = ${caregiverChecks.registrationId}
                AND later."check" = ${caregiverChecks.check} AND later.created_at > ${caregiverChecks.createdAt})`,
        ),
      )
      .get()?.n ?? 0
  );
}

/** Re-derives every registration in force (the daily job: contracts and evidence end by date). */
export function refreshOpenRegistrations(ctx: ServiceContext): number {
  let changed = 0;
  const ids = ctx.sqlite.prepare('SELECT id, status FROM caregivers WHERE ended_on IS NULL').all() as {
    id: string;
    status: string;
  }[];
  for (const r of ids) if (refreshRegistration(ctx, r.id) !== r.status) changed++;
  return changed;
}
