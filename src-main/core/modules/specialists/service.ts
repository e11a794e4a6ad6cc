import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { addDays } from '../../domain/calendar';
import { foldText, personSearchKey } from '../../domain/search-key';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { changedFields, createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { providers } from '../providers/schema';
import { certificateHorizons } from '../settings/policies';
import { specialistCases, specialistLoad } from './caseload';
import { categoriesOf, certificatesOf } from './certification';
import { certificationState } from './domain';
import { specialistEducation, specialists, specialistTrainings } from './schema';

type Row = typeof specialists.$inferSelect;
type View = Output<'specialists.save'>;

/**
 * Today and the last day that counts as "expiring" (the office's widest alert band), so the
 * list, its filter, the export and the home screen agree on what "expiring" means.
 */
export function expiringWindow(ctx: ServiceContext): { today: string; soon: string } {
  const today = localToday(ctx.clock);
  return { today, soon: addDays(today, certificateHorizons(ctx.db).noticeDays) };
}

/** The view on `today`: the certification state counted from the stored latest end. */
function view(r: Row, w: { today: string; soon: string }): View {
  return {
    id: r.id,
    iin: r.iin,
    lastName: r.lastName,
    firstName: r.firstName,
    patronymic: r.patronymic,
    position: r.position,
    providerId: r.providerId,
    phone: r.phone,
    active: r.active,
    employedFrom: r.employedFrom,
    employedTo: r.employedTo,
    publishConsent: r.publishConsent,
    certValidUntil: r.certValidUntil,
    categoryValidUntil: r.categoryValidUntil,
    certState: certificationState(r.certValidUntil, w.today, w.soon),
  };
}

export function listSpecialists(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.list'>,
): Output<'specialists.list'> {
  const q = ctx.db.select().from(specialists);
  const rows = (input.activeOnly ? q.where(eq(specialists.active, true)) : q)
    .orderBy(desc(specialists.active), asc(specialists.lastName), asc(specialists.firstName))
    .all();
  const w = expiringWindow(ctx);
  return rows.map((r) => view(r, w));
}

/** "Surname Name Patronymic" of a specialist, for acts and plans. */
export function specialistName(r: Pick<Row, 'lastName' | 'firstName' | 'patronymic'>): string {
  return [r.lastName, r.firstName, r.patronymic].filter(Boolean).join(' ');
}

/** A specialist who may sign or be responsible today: exists and is active; else a field error. */
export function requireActiveSpecialist(db: Db, id: string, field: string): Row {
  const row = db.select().from(specialists).where(eq(specialists.id, id)).get();
  if (!row?.active) throw new AppError('VALIDATION', { fields: { [field]: 'unknownSpecialist' } });
  return row;
}

/** Specialists by id, read in one statement (the names a timeline or a list shows). */
export function specialistsByIds(db: Db, ids: readonly string[]): Map<string, Row> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(specialists)
      .where(inArray(specialists.id, wanted))
      .all()
      .map((r) => [r.id, r]),
  );
}

export function readSpecialist(db: Db, id: string): Row | undefined {
  return db.select().from(specialists).where(eq(specialists.id, id)).get();
}

/** The stored columns of a specialist as entered (the form and the import share them). */
export function specialistValues(input: ParsedInput<'specialists.save'>) {
  return {
    iin: input.iin,
    lastName: input.lastName,
    firstName: input.firstName,
    patronymic: input.patronymic ?? null,
    position: input.position,
    providerId: input.providerId ?? null,
    phone: input.phone ?? null,
    active: input.active,
    employedFrom: input.employedFrom ?? null,
    employedTo: input.employedTo ?? null,
    publishConsent: input.publishConsent,
    searchKey: personSearchKey(input.lastName, input.firstName, input.patronymic),
  };
}

export function saveSpecialist(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.save'>,
): Output<'specialists.save'> {
  const sameIin = ctx.db.select().from(specialists).where(eq(specialists.iin, input.iin)).get();
  if (sameIin && sameIin.id !== input.id)
    throw new AppError('VALIDATION', { fields: { iin: 'specialistIinTaken' } });
  if (input.providerId) {
    const p = ctx.db
      .select({ id: providers.id })
      .from(providers)
      .where(eq(providers.id, input.providerId))
      .get();
    if (!p) throw new AppError('VALIDATION', { fields: { providerId: 'unknownProvider' } });
  }
  const values = specialistValues(input);
  const window = expiringWindow(ctx);
  if (!input.id) {
    const row: Row = { ...newEntityStamp(ctx), ...values, certValidUntil: null, categoryValidUntil: null };
    ctx.db.insert(specialists).values(row).run();
    ctx.audit({
      entity: 'specialist',
      entityId: row.id,
      action: 'create',
      changes: createdChanges(row, ['searchKey']),
    });
    return view(row, window);
  }
  const old = ctx.db.select().from(specialists).where(eq(specialists.id, input.id)).get();
  if (!old) throw new AppError('NOT_FOUND');
  const changes = changedFields(old, values);
  delete changes.searchKey;
  if (Object.keys(changes).length === 0) return view(old, window);
  ctx.db
    .update(specialists)
    .set({ ...values, ...updateStamp(ctx) })
    .where(eq(specialists.id, old.id))
    .run();
  ctx.audit({ entity: 'specialist', entityId: old.id, action: 'update', changes });
  return view({ ...old, ...values }, window);
}

/** The register page: name or IIN prefix, filters, a sort and a page, with the total. */
export function searchSpecialists(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.search'>,
): Output<'specialists.search'> {
  const w = expiringWindow(ctx);
  const { total, rows } = specialistRows(ctx, input, input.pageSize, (input.page - 1) * input.pageSize);
  return { total, rows: rows.map((r) => view(r, w)) };
}

/** The rows a search names (the screen's page, or the whole list for the export), with the total. */
export function specialistRows(
  ctx: ServiceContext,
  input: Omit<ParsedInput<'specialists.search'>, 'page' | 'pageSize'>,
  limit: number,
  offset: number,
): { total: number; rows: Row[] } {
  const { today, soon } = expiringWindow(ctx);
  const conditions: SQL[] = [];
  const q = input.query.trim();
  if (/^\d+$/.test(q)) conditions.push(gte(specialists.iin, q), lt(specialists.iin, `${q}\uffff`));
  else if (q) {
    // Every word of the folded query somewhere in the folded name ("айгул" finds "Айгүл").
    for (const w of foldText(q).split(' ').filter(Boolean))
      conditions.push(sql`${specialists.searchKey} LIKE ${`%${w}%`}`);
  }
  if (input.activeOnly) conditions.push(eq(specialists.active, true));
  if (input.position) conditions.push(eq(specialists.position, input.position));
  if (input.employer === 'department') conditions.push(isNull(specialists.providerId));
  else if (input.employer) conditions.push(eq(specialists.providerId, input.employer));
  if (input.state === 'never') conditions.push(isNull(specialists.certValidUntil));
  else if (input.state === 'expired') conditions.push(lt(specialists.certValidUntil, today));
  else if (input.state === 'expiring')
    conditions.push(gte(specialists.certValidUntil, today), lte(specialists.certValidUntil, soon));
  else if (input.state === 'certified') conditions.push(gt(specialists.certValidUntil, soon));
  if (input.expiringWithinDays)
    conditions.push(
      gte(specialists.certValidUntil, today),
      lte(specialists.certValidUntil, addDays(today, input.expiringWithinDays)),
    );
  if (input.categoryExpiringWithinDays)
    conditions.push(
      gte(specialists.categoryValidUntil, today),
      lte(specialists.categoryValidUntil, addDays(today, input.categoryExpiringWithinDays)),
    );
  const where = conditions.length ? and(...conditions) : undefined;
  const dir = input.sortDir === 'asc' ? asc : desc;
  const order =
    input.sortBy === 'certValidUntil'
      ? [
          sql`${specialists.certValidUntil} IS NULL`,
          dir(specialists.certValidUntil),
          asc(specialists.searchKey),
        ]
      : input.sortBy === 'position'
        ? [dir(specialists.position), asc(specialists.searchKey)]
        : [dir(specialists.searchKey), asc(specialists.id)];
  const total = ctx.db.select({ n: count() }).from(specialists).where(where).get()?.n ?? 0;
  const rows =
    total === 0
      ? []
      : ctx.db
          .select()
          .from(specialists)
          .where(where)
          .orderBy(...order)
          .limit(limit)
          .offset(offset)
          .all();
  return { total, rows };
}

/** The specialist's card: the record, certificates, categories and the active case load. */
export function specialistCard(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.card'>,
): Output<'specialists.card'> {
  const row = ctx.db.select().from(specialists).where(eq(specialists.id, input.id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  const load = specialistLoad(ctx, row.id);
  return {
    specialist: view(row, expiringWindow(ctx)),
    certificates: certificatesOf(ctx.db, row.id).map((c) => ({
      id: c.id,
      number: c.number,
      issuer: c.issuer,
      issuedOn: c.issuedOn,
      validUntil: c.validUntil,
      scope: c.scope,
      removedAt: c.removedAt,
      removeReason: c.removeReason,
    })),
    categories: categoriesOf(ctx.db, row.id).map((c) => ({
      id: c.id,
      categoryCode: c.categoryCode,
      orderNo: c.orderNo,
      assignedOn: c.assignedOn,
      validUntil: c.validUntil,
      removedAt: c.removedAt,
      removeReason: c.removeReason,
    })),
    education: ctx.db
      .select()
      .from(specialistEducation)
      .where(eq(specialistEducation.specialistId, row.id))
      .all()
      .map((e) => ({
        id: e.id,
        level: e.level,
        institution: e.institution,
        speciality: e.speciality,
        diplomaNo: e.diplomaNo,
        diplomaOn: e.diplomaOn,
      })),
    trainings: ctx.db
      .select()
      .from(specialistTrainings)
      .where(eq(specialistTrainings.specialistId, row.id))
      .orderBy(desc(specialistTrainings.toOn))
      .all()
      .map((x) => ({
        id: x.id,
        course: x.course,
        hours: x.hours,
        fromOn: x.fromOn,
        toOn: x.toOn,
        certificateNo: x.certificateNo,
      })),
    activeCases: load.activeCases,
    load,
    cases: specialistCases(ctx, row.id) as Output<'specialists.card'>['cases'],
  };
}
