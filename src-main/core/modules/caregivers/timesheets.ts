import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow, localToday } from '../../clock';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { users } from '../accounts/schema';
import { loadCalendar } from '../calendar/service';
import { monthDays } from './domain';
import { readRegistration } from './registrations';
import { caregiverContracts, payrolls, timesheetAdjustments, timesheets } from './schema';

// The month's timesheet under a contract: hours per day, capped by the contract's hours a day,
// none outside the contract's days. A caseworker fills it, a head confirms it; a confirmed month is
// locked (a trigger refuses any change) and corrected only by an audited adjustment line.

type ContractRow = typeof caregiverContracts.$inferSelect;

function readContract(db: Db, id: string): ContractRow {
  const c = db.select().from(caregiverContracts).where(eq(caregiverContracts.id, id)).get();
  if (!c) throw new AppError('NOT_FOUND');
  return c;
}

/** Whether the contract covers a day (signed period, not after it was ended). */
const covers = (c: ContractRow, day: string) =>
  day >= c.fromOn && day <= (c.endedOn && c.endedOn < c.toOn ? c.endedOn : c.toOn);

function readSheet(db: Db, contractId: string, month: string) {
  return db
    .select()
    .from(timesheets)
    .where(and(eq(timesheets.contractId, contractId), eq(timesheets.month, month)))
    .get();
}

export function adjustmentsOf(db: Db, timesheetIds: readonly string[]) {
  if (timesheetIds.length === 0) return [];
  return db
    .select()
    .from(timesheetAdjustments)
    .where(inArray(timesheetAdjustments.timesheetId, [...timesheetIds]))
    .orderBy(asc(timesheetAdjustments.createdAt))
    .all();
}

export function monthPaid(db: Db, month: string): boolean {
  return !!db.select({ id: payrolls.id }).from(payrolls).where(eq(payrolls.month, month)).get();
}

export function timesheet(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.timesheet'>,
): Output<'caregivers.timesheet'> {
  const c = readContract(ctx.db, input.contractId);
  const calendar = loadCalendar(ctx.db);
  const sheet = readSheet(ctx.db, c.id, input.month);
  const hours = sheet ? (JSON.parse(sheet.days) as number[]) : [];
  const adjustments = sheet ? adjustmentsOf(ctx.db, [sheet.id]) : [];
  const names = new Map(
    adjustments.length
      ? ctx.db
          .select({ id: users.id, name: users.fullName })
          .from(users)
          .where(inArray(users.id, [...new Set(adjustments.map((a) => a.createdBy))]))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  return {
    id: sheet?.id ?? null,
    month: input.month,
    days: monthDays(input.month).map((date, i) => ({
      date,
      hours: hours[i] ?? 0,
      dayOff: !calendar.isWorkingDay(date),
      inContract: covers(c, date),
    })),
    cap: c.hoursPerDay,
    state: sheet?.state ?? 'new',
    totalHours: sheet?.totalHours ?? 0,
    adjustments: adjustments.map((a) => ({
      id: a.id,
      hours: a.hours,
      reason: a.reason,
      at: a.createdAt,
      by: names.get(a.createdBy) ?? a.createdBy,
    })),
  };
}

export function saveTimesheet(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.saveTimesheet'>,
): Output<'caregivers.saveTimesheet'> {
  const c = readContract(ctx.db, input.contractId);
  const r = readRegistration(ctx.db, c.registrationId);
  const days = monthDays(input.month);
  if (input.days.length !== days.length)
    throw new AppError('VALIDATION', { fields: { days: 'monthLength' } });
  if (input.month > localToday(ctx.clock).slice(0, 7))
    throw new AppError('VALIDATION', { fields: { month: 'monthFuture' } });
  const fields: Record<string, string> = {};
  input.days.forEach((h, i) => {
    const day = days[i] as string;
    if (h > 0 && !covers(c, day)) fields[`days.${i}`] = 'outsideContract';
    // The contract's hours a day (for an assistant at most 8: SC art. 163 p.2).
    else if (h > c.hoursPerDay) fields[`days.${i}`] = `hoursCap:${c.hoursPerDay}`;
  });
  if (Object.keys(fields).length) throw new AppError('VALIDATION', { fields });
  const old = readSheet(ctx.db, c.id, input.month);
  if (old?.state === 'confirmed')
    throw new AppError('TIMESHEET_LOCKED', { params: { month: input.month.split('-').reverse().join('.') } });
  const total = input.days.reduce((a, b) => a + b, 0);
  const json = JSON.stringify(input.days);
  if (old) {
    if (old.days === json) return { id: old.id, totalHours: old.totalHours };
    ctx.db
      .update(timesheets)
      .set({ days: json, totalHours: total, ...updateStamp(ctx) })
      .where(eq(timesheets.id, old.id))
      .run();
    ctx.audit({
      entity: 'timesheet',
      entityId: old.id,
      action: 'update',
      changes: { days: [old.days, json], totalHours: [old.totalHours, total] },
      subjectId: r.caredForId,
    });
    return { id: old.id, totalHours: total };
  }
  const row = {
    ...newEntityStamp(ctx),
    contractId: c.id,
    month: input.month,
    days: json,
    totalHours: total,
    state: 'draft' as const,
    confirmedBy: null,
    confirmedAt: null,
  };
  ctx.db.insert(timesheets).values(row).run();
  ctx.audit({
    entity: 'timesheet',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
    subjectId: r.caredForId,
  });
  return { id: row.id, totalHours: total };
}

export function confirmTimesheet(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.confirmTimesheet'>,
): Output<'caregivers.confirmTimesheet'> {
  const sheet = ctx.db.select().from(timesheets).where(eq(timesheets.id, input.id)).get();
  if (!sheet) throw new AppError('NOT_FOUND');
  if (sheet.state === 'confirmed')
    throw new AppError('TIMESHEET_LOCKED', { params: { month: sheet.month.split('-').reverse().join('.') } });
  const by = ctx.actor?.userId ?? `${ctx.door}:system`;
  ctx.db
    .update(timesheets)
    .set({ state: 'confirmed', confirmedBy: by, confirmedAt: isoNow(ctx.clock), ...updateStamp(ctx) })
    .where(eq(timesheets.id, sheet.id))
    .run();
  const c = readContract(ctx.db, sheet.contractId);
  ctx.audit({
    entity: 'timesheet',
    entityId: sheet.id,
    action: 'confirm',
    changes: { state: ['draft', 'confirmed'] },
    subjectId: readRegistration(ctx.db, c.registrationId).caredForId,
  });
  return { id: sheet.id, state: 'confirmed' };
}

/** A correction of a confirmed month that is not paid yet: hours added or taken away, with why. */
export function adjustTimesheet(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.adjustTimesheet'>,
): Output<'caregivers.adjustTimesheet'> {
  const sheet = ctx.db.select().from(timesheets).where(eq(timesheets.id, input.timesheetId)).get();
  if (!sheet) throw new AppError('NOT_FOUND');
  if (sheet.state !== 'confirmed')
    throw new AppError('VALIDATION', { fields: { timesheetId: 'adjustDraft' } });
  if (monthPaid(ctx.db, sheet.month))
    throw new AppError('MONTH_PAID', { params: { month: sheet.month.split('-').reverse().join('.') } });
  const already =
    ctx.db
      .select({ n: sql<number>`coalesce(sum(${timesheetAdjustments.hours}), 0)` })
      .from(timesheetAdjustments)
      .where(eq(timesheetAdjustments.timesheetId, sheet.id))
      .get()?.n ?? 0;
  if (sheet.totalHours + already + input.hours < 0)
    throw new AppError('VALIDATION', { fields: { hours: 'belowZero' } });
  const row = { ...newEntityStamp(ctx), timesheetId: sheet.id, hours: input.hours, reason: input.reason };
  ctx.db.insert(timesheetAdjustments).values(row).run();
  const c = readContract(ctx.db, sheet.contractId);
  ctx.audit({
    entity: 'timesheet_adjustment',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
    subjectId: readRegistration(ctx.db, c.registrationId).caredForId,
  });
  return { id: row.id };
}
