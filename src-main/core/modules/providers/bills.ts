import { and, asc, desc, eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import { ageOn, monthDays } from '../../domain/calendar';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp } from '../../shared/stamps';
import { PENSION_AGES } from '../caregivers/domain';
import { proRated, type ServiceEvent, servedDays } from './billing';
import type { TariffCategory } from './domain';
import { providerBills, tariffs } from './schema';
import { readProvider } from './service';

// Tariffs and the monthly per-capita bill (docs/domain.md): for a month and a provider, every
// recipient in service (from the case's start, suspension and termination), the days served
// pro-rated over the month's calendar days, × the tariff in force on those days for the
// recipient's form and category. Confirming the month stores the bill with its lines and the
// provider's own act figure; a confirmed month does not change.

type TariffRow = typeof tariffs.$inferSelect;

function tariffView(r: TariffRow, supersededOn: string | null) {
  return {
    id: r.id,
    year: r.year,
    form: r.form,
    category: r.category,
    amount: r.amount,
    costItems: JSON.parse(r.costItems) as Record<string, number>,
    decreeNo: r.decreeNo,
    decreeOn: r.decreeOn,
    effectiveFrom: r.effectiveFrom,
    supersededOn,
  };
}

export function listTariffs(
  ctx: ServiceContext,
  input: ParsedInput<'providers.tariffs'>,
): Output<'providers.tariffs'> {
  const rows = ctx.db
    .select()
    .from(tariffs)
    .where(input.year ? eq(tariffs.year, input.year) : undefined)
    .orderBy(desc(tariffs.year), asc(tariffs.form), asc(tariffs.category), asc(tariffs.effectiveFrom))
    .all();
  // A row is superseded by the next decree for the same year, form and category.
  return rows.map((r, i) => {
    const next = rows
      .slice(i + 1)
      .find((x) => x.year === r.year && x.form === r.form && x.category === r.category);
    return tariffView(r, next?.effectiveFrom ?? null);
  }) as Output<'providers.tariffs'>;
}

export function saveTariff(
  ctx: ServiceContext,
  input: ParsedInput<'providers.saveTariff'>,
): Output<'providers.saveTariff'> {
  const same = ctx.db
    .select({ id: tariffs.id })
    .from(tariffs)
    .where(
      and(
        eq(tariffs.year, input.year),
        eq(tariffs.form, input.form),
        eq(tariffs.category, input.category),
        eq(tariffs.effectiveFrom, input.effectiveFrom),
      ),
    )
    .get();
  if (same) throw new AppError('VALIDATION', { fields: { effectiveFrom: 'tariffDateTaken' } });
  const row: TariffRow = {
    ...newEntityStamp(ctx),
    year: input.year,
    form: input.form,
    category: input.category,
    amount: input.amount,
    costItems: JSON.stringify(input.costItems),
    decreeNo: input.decreeNo,
    decreeOn: input.decreeOn,
    effectiveFrom: input.effectiveFrom,
  };
  ctx.db.insert(tariffs).values(row).run();
  ctx.audit({ entity: 'tariff', entityId: row.id, action: 'create', changes: createdChanges(row) });
  return tariffView(row, null) as Output<'providers.saveTariff'>;
}

/**
 * The tariffs of a year by form and category, latest decree first: a month's bill looks up the
 * tariff of each day served in memory (a large provider has thousands of recipient-days).
 */
function tariffBook(db: Db, year: number) {
  const book = new Map<string, TariffRow[]>();
  for (const r of db
    .select()
    .from(tariffs)
    .where(eq(tariffs.year, year))
    .orderBy(desc(tariffs.effectiveFrom))
    .all()) {
    const k = `${r.form}|${r.category}`;
    book.set(k, [...(book.get(k) ?? []), r]);
  }
  /** The tariff in force on a day for a form and category (the latest decree from before it). */
  return (form: string, category: TariffCategory, day: string): TariffRow | undefined =>
    book.get(`${form}|${category}`)?.find((r) => r.effectiveFrom <= day);
}

/** Who a tariff is for: a child or adult with a disability, an elderly person, or another. */
function categoryOf(
  p: { birthDate: string; sex: string; group: number | null },
  day: string,
): TariffCategory {
  const age = ageOn(p.birthDate, day);
  if (age < 18) return p.group !== null ? 'child_disability' : 'other';
  if (p.group !== null) return 'adult_disability';
  return age >= (p.sex === 'F' ? PENSION_AGES.women : PENSION_AGES.men) ? 'elderly' : 'other';
}

type Line = Output<'providers.bill'>['lines'][number];

/** The month's lines computed now. */
function computeLines(ctx: ServiceContext, providerId: string, month: string): Line[] {
  const days = monthDays(month);
  const first = days[0] as string;
  const last = days[days.length - 1] as string;
  const cases = ctx.sqlite
    .prepare(
      `SELECT c.id, c.number, c.service_form AS form, a.last_name || ' ' || a.first_name AS person, a.iin,
              a.birth_date AS birthDate, a.sex, a.cur_disability_group AS grp
         FROM cases c JOIN applicants a ON a.id = c.applicant_id
        WHERE c.provider_id = ? AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id
              AND e.kind = 'service_started' AND e."on" <= ?)
        ORDER BY a.last_name, a.first_name, c.number`,
    )
    .all(providerId, last) as {
    id: string;
    number: string;
    form: string | null;
    person: string;
    iin: string | null;
    birthDate: string;
    sex: string;
    grp: number | null;
  }[];
  // Every recipient's service events in one statement, grouped by case.
  const events = new Map<string, ServiceEvent[]>();
  for (const e of ctx.sqlite
    .prepare(
      `SELECT e.case_id AS caseId, e.kind, e."on" FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE c.provider_id = ? AND e."on" <= ?
          AND e.kind IN ('service_started', 'suspended', 'resumed', 'terminated')
        ORDER BY e.case_id, e."on", e.created_at`,
    )
    .all(providerId, last) as (ServiceEvent & { caseId: string })[]) {
    const list = events.get(e.caseId) ?? [];
    list.push({ kind: e.kind, on: e.on });
    events.set(e.caseId, list);
  }
  const tariffOn = tariffBook(ctx.db, Number(month.slice(0, 4)));
  const lines: Line[] = [];
  for (const c of cases) {
    const served = servedDays(month, events.get(c.id) ?? []);
    if (served.length === 0) continue;
    const form = c.form ?? '';
    const category = categoryOf({ birthDate: c.birthDate, sex: c.sex, group: c.grp }, first);
    // Days grouped by the tariff in force on each (a decree may take over mid-month).
    const byTariff = new Map<string, { row: TariffRow; n: number }>();
    let missing = false;
    for (const day of served) {
      const tf = tariffOn(form, category, day);
      if (!tf) {
        missing = true;
        continue;
      }
      const slot = byTariff.get(tf.id) ?? { row: tf, n: 0 };
      slot.n++;
      byTariff.set(tf.id, slot);
    }
    const amount = [...byTariff.values()].reduce((s, v) => s + proRated(v.row.amount, v.n, month), 0);
    lines.push({
      caseId: c.id,
      caseNumber: c.number,
      person: c.person,
      iin: c.iin,
      category,
      form,
      days: served.length,
      monthDays: days.length,
      tariff: tariffOn(form, category, served[0] as string)?.amount ?? null,
      amount,
      missingTariff: missing,
    });
  }
  return lines;
}

export function bill(ctx: ServiceContext, input: ParsedInput<'providers.bill'>): Output<'providers.bill'> {
  if (!readProvider(ctx.db, input.providerId)) throw new AppError('NOT_FOUND');
  const stored = ctx.db
    .select()
    .from(providerBills)
    .where(and(eq(providerBills.providerId, input.providerId), eq(providerBills.month, input.month)))
    .get();
  if (stored) {
    const lines = JSON.parse(stored.lines) as Line[];
    return {
      month: input.month,
      confirmed: true,
      lines,
      total: stored.amount,
      actAmount: stored.actAmount,
      difference: stored.actAmount - stored.amount,
    };
  }
  const lines = computeLines(ctx, input.providerId, input.month);
  return {
    month: input.month,
    confirmed: false,
    lines,
    total: lines.reduce((s, l) => s + l.amount, 0),
    actAmount: null,
    difference: null,
  };
}

export function confirmBill(
  ctx: ServiceContext,
  input: ParsedInput<'providers.confirmBill'>,
): Output<'providers.confirmBill'> {
  const current = bill(ctx, { providerId: input.providerId, month: input.month });
  if (current.confirmed) throw new AppError('VALIDATION', { fields: { month: 'billConfirmed' } });
  if (current.lines.length === 0) throw new AppError('VALIDATION', { fields: { month: 'nothingToBill' } });
  if (current.lines.some((l) => l.missingTariff))
    throw new AppError('VALIDATION', { fields: { month: 'tariffMissing' } });
  const row = {
    ...newEntityStamp(ctx),
    providerId: input.providerId,
    month: input.month,
    amount: current.total,
    actAmount: input.actAmount,
    lines: JSON.stringify(current.lines),
  };
  ctx.db.insert(providerBills).values(row).run();
  ctx.audit({
    entity: 'provider_bill',
    entityId: row.id,
    action: 'confirm',
    changes: {
      month: [null, input.month],
      amount: [null, current.total],
      actAmount: [null, input.actAmount],
      lines: [null, current.lines.length],
    },
  });
  return { total: current.total, difference: input.actAmount - current.total };
}
