import { and, asc, eq } from 'drizzle-orm';
import {
  type Output,
  type ParsedInput,
  type SpecialistListFilters,
  specialistListFilters,
  type WorklistFilters,
  worklistFilters,
} from '../../api/contract';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import { newEntityStamp, updateStamp } from '../../shared/stamps';
import { worklists } from './schema';

// Saved work lists: each user keeps their own named searches ("my re-examinations this month").
// A list belongs to its author alone; nobody else sees, changes or removes it.

const nameKey = (name: string) => name.trim().toLocaleLowerCase('kk');

type Row = typeof worklists.$inferSelect;

type Register = Row['register'];
type Filters<R extends Register> = R extends 'applicants' ? WorklistFilters : SpecialistListFilters;
type View<R extends Register> = { id: string; name: string; filters: Filters<R>; updatedAt: string };

// Each register's filter schema: what a saved list may hold, checked on the way in and out.
const SCHEMAS = { applicants: worklistFilters, specialists: specialistListFilters } as const;

function view<R extends Register>(
  register: R,
  row: Pick<Row, 'id' | 'name' | 'filters' | 'updatedAt'>,
): View<R> {
  // Filters saved by an older version may name a filter that no longer exists: parse drops it.
  const parsed = SCHEMAS[register].safeParse(JSON.parse(row.filters));
  return {
    id: row.id,
    name: row.name,
    filters: (parsed.success ? parsed.data : {}) as Filters<R>,
    updatedAt: row.updatedAt,
  };
}

function listsOf<R extends Register>(ctx: ServiceContext, register: R): View<R>[] {
  const actor = requireActor(ctx);
  return ctx.db
    .select()
    .from(worklists)
    .where(and(eq(worklists.userId, actor.userId), eq(worklists.register, register)))
    .orderBy(asc(worklists.nameKey))
    .all()
    .map((r) => view(register, r));
}

export function listWorklists(ctx: ServiceContext): Output<'worklists.list'> {
  return listsOf(ctx, 'applicants');
}

export function listSpecialistLists(ctx: ServiceContext): Output<'worklists.specialistLists'> {
  return listsOf(ctx, 'specialists');
}

export function saveWorklist(
  ctx: ServiceContext,
  input: ParsedInput<'worklists.save'>,
): Output<'worklists.save'> {
  return saveList(ctx, 'applicants', input.name, input.filters);
}

export function saveSpecialistList(
  ctx: ServiceContext,
  input: ParsedInput<'worklists.saveSpecialistList'>,
): Output<'worklists.saveSpecialistList'> {
  return saveList(ctx, 'specialists', input.name, input.filters);
}

function saveList<R extends Register>(
  ctx: ServiceContext,
  register: R,
  name: string,
  given: Filters<R>,
): View<R> {
  const actor = requireActor(ctx);
  const key = nameKey(name);
  // Absent and empty filters are the same list: store only what narrows it.
  const filters = Object.fromEntries(
    Object.entries(given).filter(([, v]) => v !== undefined && v !== '' && v !== false),
  );
  const json = JSON.stringify(filters);
  const existing = ctx.db
    .select()
    .from(worklists)
    .where(
      and(eq(worklists.userId, actor.userId), eq(worklists.register, register), eq(worklists.nameKey, key)),
    )
    .get();
  if (existing) {
    const patch = {
      name,
      filters: json,
      ...updateStamp(ctx),
    };
    ctx.db.update(worklists).set(patch).where(eq(worklists.id, existing.id)).run();
    ctx.audit({
      entity: 'worklist',
      entityId: existing.id,
      action: 'update',
      changes: { name: [existing.name, name], filters: [existing.filters, json] },
    });
    return view(register, { ...existing, ...patch });
  }
  const row = { ...newEntityStamp(ctx), userId: actor.userId, name, nameKey: key, filters: json, register };
  ctx.db.insert(worklists).values(row).run();
  ctx.audit({
    entity: 'worklist',
    entityId: row.id,
    action: 'create',
    changes: { name: [null, row.name], filters: [null, json], register: [null, register] },
  });
  return view(register, row);
}

export function removeWorklist(
  ctx: ServiceContext,
  input: ParsedInput<'worklists.remove'>,
): Output<'worklists.remove'> {
  const actor = requireActor(ctx);
  const row = ctx.db
    .select()
    .from(worklists)
    .where(and(eq(worklists.id, input.id), eq(worklists.userId, actor.userId)))
    .get();
  // Someone else's list is reported exactly like a missing one.
  if (!row) throw new AppError('NOT_FOUND');
  ctx.db.delete(worklists).where(eq(worklists.id, row.id)).run();
  ctx.audit({
    entity: 'worklist',
    entityId: row.id,
    action: 'remove',
    changes: { name: [row.name, null], filters: [row.filters, null] },
  });
  return { id: row.id };
}
