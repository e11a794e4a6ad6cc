import { and, asc, eq } from 'drizzle-orm';
import { type Output, type ParsedInput, type WorklistView, worklistFilters } from '../../api/contract';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import { newEntityStamp, updateStamp } from '../../shared/stamps';
import { worklists } from './schema';

// Saved work lists: each user keeps their own named searches ("my re-examinations this month").
// A list belongs to its author alone; nobody else sees, changes or removes it.

const nameKey = (name: string) => name.trim().toLocaleLowerCase('kk');

type Row = typeof worklists.$inferSelect;

function view(row: Pick<Row, 'id' | 'name' | 'filters' | 'updatedAt'>): WorklistView {
  // Filters saved by an older version may name a filter that no longer exists: parse drops it.
  const parsed = worklistFilters.safeParse(JSON.parse(row.filters));
  return { id: row.id, name: row.name, filters: parsed.success ? parsed.data : {}, updatedAt: row.updatedAt };
}

export function listWorklists(ctx: ServiceContext): Output<'worklists.list'> {
  const actor = requireActor(ctx);
  return ctx.db
    .select()
    .from(worklists)
    .where(eq(worklists.userId, actor.userId))
    .orderBy(asc(worklists.nameKey))
    .all()
    .map(view);
}

export function saveWorklist(
  ctx: ServiceContext,
  input: ParsedInput<'worklists.save'>,
): Output<'worklists.save'> {
  const actor = requireActor(ctx);
  const key = nameKey(input.name);
  // Absent and empty filters are the same list: store only what narrows it.
  const filters = Object.fromEntries(
    Object.entries(input.filters).filter(([, v]) => v !== undefined && v !== '' && v !== false),
  );
  const json = JSON.stringify(filters);
  const existing = ctx.db
    .select()
    .from(worklists)
    .where(and(eq(worklists.userId, actor.userId), eq(worklists.nameKey, key)))
    .get();
  if (existing) {
    const patch = {
      name: input.name,
      filters: json,
      ...updateStamp(ctx),
    };
    ctx.db.update(worklists).set(patch).where(eq(worklists.id, existing.id)).run();
    ctx.audit({
      entity: 'worklist',
      entityId: existing.id,
      action: 'update',
      changes: { name: [existing.name, input.name], filters: [existing.filters, json] },
    });
    return view({ ...existing, ...patch });
  }
  const row = { ...newEntityStamp(ctx), userId: actor.userId, name: input.name, nameKey: key, filters: json };
  ctx.db.insert(worklists).values(row).run();
  ctx.audit({
    entity: 'worklist',
    entityId: row.id,
    action: 'create',
    changes: { name: [null, row.name], filters: [null, json] },
  });
  return view(row);
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
