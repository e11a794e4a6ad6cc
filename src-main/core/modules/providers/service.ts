import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { changedFields, createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { providers } from './schema';

type Row = typeof providers.$inferSelect;
type View = Output<'providers.save'>;

function view(r: Row): View {
  return {
    id: r.id,
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    kind: r.kind,
    bin: r.bin,
    address: r.address,
    phone: r.phone,
    active: r.active,
  };
}

export function listProviders(
  ctx: ServiceContext,
  input: ParsedInput<'providers.list'>,
): Output<'providers.list'> {
  const q = ctx.db.select().from(providers);
  return (input.activeOnly ? q.where(eq(providers.active, true)) : q)
    .orderBy(desc(providers.active), asc(providers.nameRu))
    .all()
    .map(view);
}

/** A provider a person may choose today: exists and is active; else a field error. */
export function requireActiveProvider(db: Db, id: string, field: string): Row {
  const row = db.select().from(providers).where(eq(providers.id, id)).get();
  if (!row?.active) throw new AppError('VALIDATION', { fields: { [field]: 'unknownProvider' } });
  return row;
}

/** Providers by id, read in one statement. */
export function providersByIds(db: Db, ids: readonly (string | null)[]): Map<string, Row> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(providers)
      .where(inArray(providers.id, wanted))
      .all()
      .map((r) => [r.id, r]),
  );
}

export function readProvider(db: Db, id: string): Row | undefined {
  return db.select().from(providers).where(eq(providers.id, id)).get();
}

/** The provider's name in a document's language. */
export function providerName(r: Pick<Row, 'nameKk' | 'nameRu'>, locale: string): string {
  return locale === 'kk' ? r.nameKk : r.nameRu;
}

export function saveProvider(
  ctx: ServiceContext,
  input: ParsedInput<'providers.save'>,
): Output<'providers.save'> {
  const sameBin = ctx.db.select().from(providers).where(eq(providers.bin, input.bin)).get();
  if (sameBin && sameBin.id !== input.id) throw new AppError('VALIDATION', { fields: { bin: 'binTaken' } });
  const values = {
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    kind: input.kind,
    bin: input.bin,
    address: input.address ?? null,
    phone: input.phone ?? null,
    active: input.active,
  };
  if (!input.id) {
    const row: Row = { ...newEntityStamp(ctx), ...values };
    ctx.db.insert(providers).values(row).run();
    ctx.audit({ entity: 'provider', entityId: row.id, action: 'create', changes: createdChanges(row, []) });
    return view(row);
  }
  const old = ctx.db.select().from(providers).where(eq(providers.id, input.id)).get();
  if (!old) throw new AppError('NOT_FOUND');
  const changes = changedFields(old, values);
  if (Object.keys(changes).length === 0) return view(old);
  ctx.db
    .update(providers)
    .set({ ...values, ...updateStamp(ctx) })
    .where(eq(providers.id, old.id))
    .run();
  ctx.audit({ entity: 'provider', entityId: old.id, action: 'update', changes });
  return view({ ...old, ...values });
}
