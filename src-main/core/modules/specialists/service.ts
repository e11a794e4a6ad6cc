import { asc, desc, eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { changedFields, createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { providers } from '../providers/schema';
import { specialists } from './schema';

type Row = typeof specialists.$inferSelect;
type View = Output<'specialists.save'>;

function view(r: Row): View {
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
  return rows.map(view);
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

export function readSpecialist(db: Db, id: string): Row | undefined {
  return db.select().from(specialists).where(eq(specialists.id, id)).get();
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
  const values = {
    iin: input.iin,
    lastName: input.lastName,
    firstName: input.firstName,
    patronymic: input.patronymic ?? null,
    position: input.position,
    providerId: input.providerId ?? null,
    phone: input.phone ?? null,
    active: input.active,
  };
  if (!input.id) {
    const row: Row = { ...newEntityStamp(ctx), ...values };
    ctx.db.insert(specialists).values(row).run();
    ctx.audit({ entity: 'specialist', entityId: row.id, action: 'create', changes: createdChanges(row, []) });
    return view(row);
  }
  const old = ctx.db.select().from(specialists).where(eq(specialists.id, input.id)).get();
  if (!old) throw new AppError('NOT_FOUND');
  const changes = changedFields(old, values);
  if (Object.keys(changes).length === 0) return view(old);
  ctx.db
    .update(specialists)
    .set({ ...values, ...updateStamp(ctx) })
    .where(eq(specialists.id, old.id))
    .run();
  ctx.audit({ entity: 'specialist', entityId: old.id, action: 'update', changes });
  return view({ ...old, ...values });
}
