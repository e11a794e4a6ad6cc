import { and, asc, eq, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, newEntityStamps, updateStamp } from '../../shared/stamps';
import { CAREGIVER_ROLES, type CaregiverRole } from './domain';
import { ALL_APPLY, type Applicability, computePay, type PayFigures, SHIPPED_FIGURES } from './pay';
import { payApplicability, payFigures, payLines, payrolls } from './schema';
import { monthPaid } from './timesheets';

// The month's pay: every confirmed timesheet (plus its adjustments) × the contract's rate, with
// the deductions and contributions of the year's figures and the office's applicability of each
// component per role. Computed on demand until the accountant pays the month; then its lines are
// written once and locked, and the month is closed.

type Line = Output<'caregivers.payroll'>['lines'][number];
const ZERO = { hours: 0, gross: 0, opv: 0, vosms: 0, ipn: 0, net: 0, opvr: 0, so: 0, oosms: 0 };

/** The year's figures: the office's edited row, else the shipped one, else none. */
export function figuresFor(db: Db, year: number): (PayFigures & { basis: string }) | null {
  const row = db.select().from(payFigures).where(eq(payFigures.year, year)).get();
  if (row) return { ...(JSON.parse(row.figures) as PayFigures), year, basis: row.basis };
  return SHIPPED_FIGURES.find((f) => f.year === year) ?? null;
}

export function applicability(db: Db): Record<CaregiverRole, Applicability> {
  const out = Object.fromEntries(CAREGIVER_ROLES.map((r) => [r, { ...ALL_APPLY }])) as Record<
    CaregiverRole,
    Applicability
  >;
  for (const row of db.select().from(payApplicability).all()) out[row.role][row.component] = row.applies;
  return out;
}

export function listPayFigures(ctx: ServiceContext): Output<'caregivers.payFigures'> {
  const stored = ctx.db.select().from(payFigures).orderBy(asc(payFigures.year)).all();
  const years = new Set([...SHIPPED_FIGURES.map((f) => f.year), ...stored.map((r) => r.year)]);
  return {
    years: [...years].sort().map((y) => figuresFor(ctx.db, y) as PayFigures & { basis: string }),
    applicability: applicability(ctx.db),
  };
}

export function savePayFigures(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.savePayFigures'>,
): Output<'caregivers.savePayFigures'> {
  const { year, basis, ...figures } = input;
  const json = JSON.stringify({ year, ...figures });
  const old = ctx.db.select().from(payFigures).where(eq(payFigures.year, year)).get();
  if (old) {
    ctx.db
      .update(payFigures)
      .set({ figures: json, basis, ...updateStamp(ctx) })
      .where(eq(payFigures.id, old.id))
      .run();
    ctx.audit({
      entity: 'pay_figures',
      entityId: old.id,
      action: 'update',
      changes: { figures: [old.figures, json], basis: [old.basis, basis] },
    });
  } else {
    const row = { ...newEntityStamp(ctx), year, figures: json, basis };
    ctx.db.insert(payFigures).values(row).run();
    ctx.audit({ entity: 'pay_figures', entityId: row.id, action: 'create', changes: createdChanges(row) });
  }
  return { year };
}

export function setApplicability(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.setApplicability'>,
): Output<'caregivers.setApplicability'> {
  const old = ctx.db
    .select()
    .from(payApplicability)
    .where(and(eq(payApplicability.role, input.role), eq(payApplicability.component, input.component)))
    .get();
  if (old) {
    ctx.db
      .update(payApplicability)
      .set({ applies: input.applies, ...updateStamp(ctx) })
      .where(eq(payApplicability.id, old.id))
      .run();
  } else
    ctx.db
      .insert(payApplicability)
      .values({ ...newEntityStamp(ctx), ...input })
      .run();
  ctx.audit({
    entity: 'pay_applicability',
    entityId: `${input.role}:${input.component}`,
    action: 'update',
    changes: { applies: [old?.applies ?? true, input.applies] },
  });
  return applicability(ctx.db);
}

interface SheetRow {
  contractId: string;
  registrationId: string;
  caregiverId: string;
  role: CaregiverRole;
  iban: string;
  hourlyRate: number;
  hours: number;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  iin: string | null;
}

/** The confirmed timesheets of the month with their adjustments, one row per contract. */
function confirmedSheets(ctx: ServiceContext, month: string): SheetRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT k.id AS contractId, g.id AS registrationId, g.caregiver_id AS caregiverId, g.role, k.iban,
              k.hourly_rate AS hourlyRate,
              t.total_hours + coalesce((SELECT sum(a.hours) FROM timesheet_adjustments a WHERE a.timesheet_id = t.id), 0) AS hours,
              p.last_name AS lastName, p.first_name AS firstName, p.patronymic, p.iin
         FROM timesheets t JOIN caregiver_contracts k ON k.id = t.contract_id
         JOIN caregivers g ON g.id = k.registration_id JOIN applicants p ON p.id = g.caregiver_id
        WHERE t.month = ? AND t.state = 'confirmed'
        ORDER BY p.last_name, p.first_name, k.number`,
    )
    .all(month) as SheetRow[];
}

/** Each caregiver's income already paid this year before `month` (the ИПН threshold). */
function incomeBefore(ctx: ServiceContext, month: string): Map<string, number> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT g.caregiver_id AS id, sum(l.gross) AS gross FROM pay_lines l JOIN payrolls r ON r.id = l.payroll_id
         JOIN caregiver_contracts k ON k.id = l.contract_id JOIN caregivers g ON g.id = k.registration_id
        WHERE r.month >= ? AND r.month < ? GROUP BY g.caregiver_id`,
    )
    .all(`${month.slice(0, 4)}-01`, month) as { id: string; gross: number }[];
  return new Map(rows.map((r) => [r.id, r.gross]));
}

/** The month's lines computed now (not written). */
export function computeMonth(ctx: ServiceContext, month: string): Line[] {
  const year = Number(month.slice(0, 4));
  const f = figuresFor(ctx.db, year);
  if (!f) throw new AppError('NO_PAY_FIGURES', { params: { year } });
  const applies = applicability(ctx.db);
  const before = incomeBefore(ctx, month);
  return confirmedSheets(ctx, month).map((s) => {
    const pay = computePay(
      { hours: s.hours, hourlyRate: s.hourlyRate, incomeBeforeThisYear: before.get(s.caregiverId) ?? 0 },
      f,
      applies[s.role],
    );
    return {
      contractId: s.contractId,
      registrationId: s.registrationId,
      caregiverName: [s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' '),
      caregiverIin: s.iin,
      iban: s.iban,
      role: s.role,
      hours: s.hours,
      hourlyRate: s.hourlyRate,
      gross: pay.gross,
      opv: pay.opv,
      vosms: pay.vosms,
      ipn: pay.ipn,
      net: pay.net,
      opvr: pay.opvr,
      so: pay.so,
      oosms: pay.oosms,
    };
  });
}

/** The lines as written when the month was paid. */
function paidLines(ctx: ServiceContext, payrollId: string): Line[] {
  return ctx.sqlite
    .prepare(
      `SELECT l.contract_id AS contractId, g.id AS registrationId, k.iban, g.role,
              p.last_name || ' ' || p.first_name || coalesce(' ' || p.patronymic, '') AS caregiverName, p.iin AS caregiverIin,
              l.hours, l.hourly_rate AS hourlyRate, l.gross, l.opv, l.vosms, l.ipn, l.net, l.opvr, l.so, l.oosms
         FROM pay_lines l JOIN caregiver_contracts k ON k.id = l.contract_id
         JOIN caregivers g ON g.id = k.registration_id JOIN applicants p ON p.id = g.caregiver_id
        WHERE l.payroll_id = ? ORDER BY p.last_name, p.first_name, k.number`,
    )
    .all(payrollId) as Line[];
}

export function totalsOf(lines: readonly Line[]) {
  const t = { ...ZERO };
  for (const l of lines) for (const k of Object.keys(t) as (keyof typeof ZERO)[]) t[k] += l[k];
  return t;
}

function unconfirmedCount(ctx: ServiceContext, month: string): number {
  return (
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(sql`timesheets`)
      .where(sql`month = ${month} AND state = 'draft' AND total_hours > 0`)
      .get()?.n ?? 0
  );
}

export function payroll(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.payroll'>,
): Output<'caregivers.payroll'> {
  const paid = ctx.db.select().from(payrolls).where(eq(payrolls.month, input.month)).get();
  const lines = paid ? paidLines(ctx, paid.id) : computeMonth(ctx, input.month);
  return {
    month: input.month,
    paid: !!paid,
    paidOn: paid?.paidOn ?? null,
    lines,
    totals: totalsOf(lines),
    unconfirmed: paid ? 0 : unconfirmedCount(ctx, input.month),
    figuresYear: figuresFor(ctx.db, Number(input.month.slice(0, 4))) ? Number(input.month.slice(0, 4)) : null,
  };
}

/** Rows per INSERT of pay lines (16 columns). */
const BATCH = 200;

export function closePayroll(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.closePayroll'>,
): Output<'caregivers.closePayroll'> {
  if (monthPaid(ctx.db, input.month))
    throw new AppError('MONTH_PAID', { params: { month: input.month.split('-').reverse().join('.') } });
  const waiting = unconfirmedCount(ctx, input.month);
  if (waiting > 0)
    throw new AppError('VALIDATION', { fields: { month: `unconfirmedTimesheets:${waiting}` } });
  if (input.paidOn < `${input.month}-01`)
    throw new AppError('VALIDATION', { fields: { paidOn: 'paidBeforeMonth' } });
  const lines = computeMonth(ctx, input.month);
  if (lines.length === 0) throw new AppError('VALIDATION', { fields: { month: 'nothingToPay' } });
  const totals = totalsOf(lines);
  const [head, ...stamps] = newEntityStamps(ctx, lines.length + 1);
  const run = {
    ...(head as NonNullable<typeof head>),
    month: input.month,
    paidOn: input.paidOn,
    lines: lines.length,
    gross: totals.gross,
    net: totals.net,
  };
  ctx.db.insert(payrolls).values(run).run();
  const rows = lines.map((l, i) => ({
    ...(stamps[i] as NonNullable<(typeof stamps)[number]>),
    payrollId: run.id,
    contractId: l.contractId,
    hours: l.hours,
    hourlyRate: l.hourlyRate,
    gross: l.gross,
    opv: l.opv,
    vosms: l.vosms,
    ipn: l.ipn,
    net: l.net,
    opvr: l.opvr,
    so: l.so,
    oosms: l.oosms,
  }));
  for (let i = 0; i < rows.length; i += BATCH)
    ctx.db
      .insert(payLines)
      .values(rows.slice(i, i + BATCH))
      .run();
  // One entry for the run (its lines are in the database, locked): month, count and totals.
  ctx.audit({
    entity: 'payroll',
    entityId: run.id,
    action: 'pay',
    changes: {
      month: [null, input.month],
      paidOn: [null, input.paidOn],
      lines: [null, lines.length],
      gross: [null, totals.gross],
      net: [null, totals.net],
    },
  });
  return { month: input.month, lines: lines.length, gross: totals.gross, net: totals.net };
}
