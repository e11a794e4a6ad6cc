import { and, asc, eq, gte, isNull, lte, ne } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow } from '../../clock';
import type { Db } from '../../db/database';
import { WorkCalendar } from '../../domain/working-days';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { recomputeDueDates } from '../cases/deadlines';
import { calendarDays } from './schema';

// The working-day calendar: the shipped days, an administrator's corrections, and the one
// WorkCalendar every deadline is counted with.

type DayRow = typeof calendarDays.$inferSelect;

const view = (r: DayRow): Output<'calendar.list'>[number] => ({
  id: r.id,
  day: r.day,
  off: r.off,
  kind: r.kind,
  nameKk: r.nameKk,
  nameRu: r.nameRu,
  basis: r.basis,
  confidence: r.confidence,
});

/** The calendar as it stands in the database (removed days left out). */
export function loadCalendar(db: Db): WorkCalendar {
  return new WorkCalendar(
    db
      .select({ day: calendarDays.day, off: calendarDays.off })
      .from(calendarDays)
      .where(isNull(calendarDays.removedAt))
      .all(),
  );
}

export function listCalendar(
  ctx: ServiceContext,
  input: ParsedInput<'calendar.list'>,
): Output<'calendar.list'> {
  const live = isNull(calendarDays.removedAt);
  const where = input.year
    ? and(live, gte(calendarDays.day, `${input.year}-01-01`), lte(calendarDays.day, `${input.year}-12-31`))
    : live;
  return ctx.db.select().from(calendarDays).where(where).orderBy(asc(calendarDays.day)).all().map(view);
}

export function saveCalendarDay(
  ctx: ServiceContext,
  input: ParsedInput<'calendar.save'>,
): Output<'calendar.save'> {
  // One entry per day: a second one for the same date would make the day ambiguous.
  const clash = ctx.db
    .select({ id: calendarDays.id })
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.day, input.day),
        isNull(calendarDays.removedAt),
        ...(input.id ? [ne(calendarDays.id, input.id)] : []),
      ),
    )
    .get();
  if (clash) throw new AppError('VALIDATION', { fields: { day: 'calendarDayTaken' } });
  const values = {
    day: input.day,
    off: input.off,
    kind: input.kind,
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    basis: input.basis,
    confidence: input.confidence,
  };
  let row: DayRow;
  if (!input.id) {
    row = { ...newEntityStamp(ctx), ...values, removedAt: null };
    ctx.db.insert(calendarDays).values(row).run();
    ctx.audit({ entity: 'calendar_day', entityId: row.id, action: 'create', changes: createdChanges(row) });
  } else {
    const old = ctx.db.select().from(calendarDays).where(eq(calendarDays.id, input.id)).get();
    if (!old || old.removedAt) throw new AppError('NOT_FOUND');
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [k, v] of Object.entries(values)) {
      const before = old[k as keyof DayRow];
      if (before !== v) changes[k] = [before, v];
    }
    row = { ...old, ...values };
    if (Object.keys(changes).length > 0) {
      ctx.db
        .update(calendarDays)
        .set({ ...values, ...updateStamp(ctx) })
        .where(eq(calendarDays.id, old.id))
        .run();
      ctx.audit({
        entity: 'calendar_day',
        entityId: old.id,
        action: changes.day ? 'move' : 'update',
        changes,
      });
    }
  }
  return { day: view(row), recomputed: recomputeDueDates(ctx.db, loadCalendar(ctx.db)) };
}

export function removeCalendarDay(
  ctx: ServiceContext,
  input: ParsedInput<'calendar.remove'>,
): Output<'calendar.remove'> {
  const old = ctx.db.select().from(calendarDays).where(eq(calendarDays.id, input.id)).get();
  if (!old || old.removedAt) throw new AppError('NOT_FOUND');
  const at = isoNow(ctx.clock);
  ctx.db
    .update(calendarDays)
    .set({ removedAt: at, ...updateStamp(ctx) })
    .where(eq(calendarDays.id, old.id))
    .run();
  ctx.audit({
    entity: 'calendar_day',
    entityId: old.id,
    action: 'remove',
    changes: { day: [old.day, null], removedAt: [null, at] },
  });
  return { recomputed: recomputeDueDates(ctx.db, loadCalendar(ctx.db)) };
}
