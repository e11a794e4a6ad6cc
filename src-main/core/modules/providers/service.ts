import { and, asc, count, desc, eq, gt, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { addDays, addMonths } from '../../domain/calendar';
import { foldText } from '../../domain/search-key';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { changedFields, createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { auditPage } from '../audit/service';
import { legalRules } from '../settings/policies';
import { providers, unreliableSuppliers } from './schema';

// The register of providers and the list of unreliable suppliers.

type Row = typeof providers.$inferSelect;
type View = Output<'providers.save'>;

const parse = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

function view(r: Row, unreliableUntil: string | null): View {
  return {
    id: r.id,
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    kind: r.kind,
    bin: r.bin,
    address: r.address,
    phone: r.phone,
    active: r.active,
    licenceNo: r.licenceNo,
    licenceOn: r.licenceOn,
    licenceUntil: r.licenceUntil,
    licenceForms: parse<string[]>(r.licenceForms, []),
    licenceSsuTypes: parse<View['licenceSsuTypes']>(r.licenceSsuTypes, []),
    katoCode: r.katoCode,
    capacity: parse<Record<string, number>>(r.capacity, {}),
    email: r.email,
    contactPerson: r.contactPerson,
    bankName: r.bankName,
    iban: r.iban,
    activeFrom: r.activeFrom,
    activeTo: r.activeTo,
    unreliableUntil,
  };
}

/** Each listed provider's ban end, if it is on the unreliable list on `day`. */
function bansOn(db: Db, ids: readonly string[], day: string): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ providerId: unreliableSuppliers.providerId, returnOn: unreliableSuppliers.returnOn })
    .from(unreliableSuppliers)
    .where(
      and(
        inArray(unreliableSuppliers.providerId, [...new Set(ids)]),
        lte(unreliableSuppliers.removedOn, day),
        gt(unreliableSuppliers.returnOn, day),
      ),
    )
    .all();
  const out = new Map<string, string>();
  for (const r of rows) if ((out.get(r.providerId) ?? '') < r.returnOn) out.set(r.providerId, r.returnOn);
  return out;
}

function views(ctx: ServiceContext, rows: readonly Row[]): View[] {
  const bans = bansOn(
    ctx.db,
    rows.map((r) => r.id),
    localToday(ctx.clock),
  );
  return rows.map((r) => view(r, bans.get(r.id) ?? null));
}

export function listProviders(
  ctx: ServiceContext,
  input: ParsedInput<'providers.list'>,
): Output<'providers.list'> {
  const q = ctx.db.select().from(providers);
  return views(
    ctx,
    (input.activeOnly ? q.where(eq(providers.active, true)) : q)
      .orderBy(desc(providers.active), asc(providers.nameRu))
      .all(),
  );
}

const dmy = (iso: string) => iso.split('-').reverse().join('.');

/**
 * A provider a person may choose, or a referral may name, on `day`: in the register, active,
 * and not on the list of unreliable suppliers then (SC art. 167). Otherwise a typed error naming
 * the rule and the day it may return.
 */
export function requireActiveProvider(db: Db, id: string, field: string, day?: string): Row {
  const row = db.select().from(providers).where(eq(providers.id, id)).get();
  if (!row?.active) throw new AppError('VALIDATION', { fields: { [field]: 'unknownProvider' } });
  if (day) {
    const ban = db
      .select()
      .from(unreliableSuppliers)
      .where(
        and(
          eq(unreliableSuppliers.providerId, id),
          lte(unreliableSuppliers.removedOn, day),
          gt(unreliableSuppliers.returnOn, day),
        ),
      )
      .orderBy(desc(unreliableSuppliers.returnOn))
      .get();
    if (ban)
      throw new AppError('PROVIDER_UNRELIABLE', {
        fields: { [field]: 'providerUnreliable' },
        params: { until: dmy(ban.returnOn), decision: `${ban.decisionNo} ${dmy(ban.decisionOn)}` },
      });
  }
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
    licenceNo: input.licenceNo ?? null,
    licenceOn: input.licenceOn ?? null,
    licenceUntil: input.licenceUntil ?? null,
    licenceForms: JSON.stringify(input.licenceForms),
    licenceSsuTypes: JSON.stringify(input.licenceSsuTypes),
    katoCode: input.katoCode ?? null,
    capacity: JSON.stringify(input.capacity),
    email: input.email ?? null,
    contactPerson: input.contactPerson ?? null,
    bankName: input.bankName ?? null,
    iban: input.iban ?? null,
    activeFrom: input.activeFrom ?? null,
    activeTo: input.activeTo ?? null,
    searchKey: `${foldText(input.nameKk)} ${foldText(input.nameRu)} ${input.bin}`,
  };
  if (!input.id) {
    const row: Row = { ...newEntityStamp(ctx), ...values };
    ctx.db.insert(providers).values(row).run();
    ctx.audit({
      entity: 'provider',
      entityId: row.id,
      action: 'create',
      changes: createdChanges(row, ['searchKey']),
    });
    return views(ctx, [row])[0] as View;
  }
  const old = ctx.db.select().from(providers).where(eq(providers.id, input.id)).get();
  if (!old) throw new AppError('NOT_FOUND');
  const changes = changedFields(old, values);
  delete changes.searchKey;
  if (Object.keys(changes).length === 0) return views(ctx, [old])[0] as View;
  ctx.db
    .update(providers)
    .set({ ...values, ...updateStamp(ctx) })
    .where(eq(providers.id, old.id))
    .run();
  ctx.audit({ entity: 'provider', entityId: old.id, action: 'update', changes });
  return views(ctx, [{ ...old, ...values }])[0] as View;
}

export function searchProviders(
  ctx: ServiceContext,
  input: ParsedInput<'providers.search'>,
): Output<'providers.search'> {
  const today = localToday(ctx.clock);
  const conds: SQL[] = [];
  for (const w of foldText(input.query).split(' ').filter(Boolean))
    conds.push(sql`${providers.searchKey} LIKE ${`%${w}%`}`);
  if (input.kind) conds.push(eq(providers.kind, input.kind));
  if (input.form)
    conds.push(sql`EXISTS (SELECT 1 FROM json_each(${providers.licenceForms}) WHERE value = ${input.form})`);
  if (input.district) conds.push(sql`substr(${providers.katoCode}, 1, 4) = ${input.district}`);
  if (input.licenceEndingWithinDays)
    conds.push(
      gte(providers.licenceUntil, today),
      lte(providers.licenceUntil, addDays(today, input.licenceEndingWithinDays)),
    );
  if (input.unreliable)
    conds.push(
      sql`EXISTS (SELECT 1 FROM unreliable_suppliers u WHERE u.provider_id = ${providers.id}
            AND u.removed_on <= ${today} AND u.return_on > ${today})`,
    );
  if (input.activeOnly) conds.push(eq(providers.active, true));
  const where = conds.length ? and(...conds) : undefined;
  const dir = input.sortDir === 'asc' ? asc : desc;
  const order =
    input.sortBy === 'licenceUntil'
      ? [sql`${providers.licenceUntil} IS NULL`, dir(providers.licenceUntil), asc(providers.nameRu)]
      : [dir(providers.nameRu), asc(providers.id)];
  const total = ctx.db.select({ n: count() }).from(providers).where(where).get()?.n ?? 0;
  const rows = total
    ? ctx.db
        .select()
        .from(providers)
        .where(where)
        .orderBy(...order)
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize)
        .all()
    : [];
  return { total, rows: views(ctx, rows) };
}

export function listUnreliable(
  ctx: ServiceContext,
  input: ParsedInput<'providers.unreliable'>,
): Output<'providers.unreliable'> {
  const rows = ctx.db
    .select({ u: unreliableSuppliers, nameRu: providers.nameRu, nameKk: providers.nameKk })
    .from(unreliableSuppliers)
    .innerJoin(providers, eq(providers.id, unreliableSuppliers.providerId))
    .where(input.providerId ? eq(unreliableSuppliers.providerId, input.providerId) : undefined)
    .orderBy(desc(unreliableSuppliers.removedOn))
    .all();
  return rows.map(({ u, nameRu, nameKk }) => ({
    id: u.id,
    providerId: u.providerId,
    providerName: ctx.locale === 'kk' ? nameKk : nameRu,
    reason: u.reason,
    decisionNo: u.decisionNo,
    decisionOn: u.decisionOn,
    removedOn: u.removedOn,
    returnOn: u.returnOn,
  }));
}

/**
 * Enters a supplier the commission removed. It may return no earlier than the ban after the
 * removal (SC art. 167: 1 year; the office's setting).
 */
export function markUnreliable(
  ctx: ServiceContext,
  input: ParsedInput<'providers.markUnreliable'>,
): Output<'providers.markUnreliable'> {
  const p = readProvider(ctx.db, input.providerId);
  if (!p) throw new AppError('NOT_FOUND');
  if (input.removedOn < input.decisionOn)
    throw new AppError('VALIDATION', { fields: { removedOn: 'beforeDecision' } });
  if (input.decisionOn > localToday(ctx.clock))
    throw new AppError('VALIDATION', { fields: { decisionOn: 'dateFuture' } });
  const returnOn = addMonths(input.removedOn, legalRules(ctx.db).supplierBanMonths);
  const row = { ...newEntityStamp(ctx), ...input, returnOn };
  ctx.db.insert(unreliableSuppliers).values(row).run();
  ctx.audit({
    entity: 'unreliable_supplier',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
  });
  return {
    id: row.id,
    providerId: p.id,
    providerName: ctx.locale === 'kk' ? p.nameKk : p.nameRu,
    reason: row.reason,
    decisionNo: row.decisionNo,
    decisionOn: row.decisionOn,
    removedOn: row.removedOn,
    returnOn,
  };
}

/** Open cases served (or to be served) by a supplier on the unreliable list today. */
export function casesWithUnreliable(ctx: ServiceContext): number {
  const today = localToday(ctx.clock);
  return (
    (ctx.sqlite
      .prepare(
        `SELECT count(*) FROM cases c WHERE c.provider_id IS NOT NULL
           AND c.status NOT IN ('refused', 'terminated', 'withdrawn')
           AND EXISTS (SELECT 1 FROM unreliable_suppliers u WHERE u.provider_id = c.provider_id
                         AND u.removed_on <= ? AND u.return_on > ?)`,
      )
      .pluck()
      .get(today, today) as number) ?? 0
  );
}

export function providerCard(
  ctx: ServiceContext,
  input: ParsedInput<'providers.card'>,
): Output<'providers.card'> {
  const row = readProvider(ctx.db, input.id);
  if (!row) throw new AppError('NOT_FOUND');
  return {
    provider: views(ctx, [row])[0] as View,
    unreliable: listUnreliable(ctx, { providerId: row.id }),
    openCases: ctx.sqlite
      .prepare(
        `SELECT count(*) FROM cases WHERE provider_id = ? AND status NOT IN ('refused', 'terminated', 'withdrawn')`,
      )
      .pluck()
      .get(row.id) as number,
  };
}

export function providerHistory(
  ctx: ServiceContext,
  input: ParsedInput<'providers.history'>,
): Output<'providers.history'> {
  const entries = ctx.sqlite
    .prepare('SELECT id FROM unreliable_suppliers WHERE provider_id = ?')
    .pluck()
    .all(input.id) as string[];
  return auditPage(
    ctx,
    {
      records: [
        { entity: 'provider', id: input.id },
        ...entries.map((id) => ({ entity: 'unreliable_supplier', id })),
      ],
    },
    input,
  );
}
