import { asc, eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { changedFields, createdChanges, newEntityStamp, updateStamp } from '../../shared/stamps';
import { serviceCatalogue, ssuForms } from './schema';

// Forms of provision: read by every form that offers them, checked by every write that stores
// one, extended by an administrator. Rows are never deleted (cases keep naming their form).

type FormRow = typeof ssuForms.$inferSelect;
type FormView = Output<'references.saveSsuForm'>;

function view(r: FormRow): FormView {
  return {
    id: r.id,
    code: r.code,
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    basis: r.basis,
    active: r.active,
    sortOrder: r.sortOrder,
    builtIn: r.builtIn,
  };
}

export function listSsuForms(ctx: ServiceContext): Output<'references.ssuForms'> {
  return ctx.db.select().from(ssuForms).orderBy(asc(ssuForms.sortOrder), asc(ssuForms.code)).all().map(view);
}

/**
 * Refuses a form code that is not in the table or no longer offered, naming the field. Stored
 * codes of inactive forms stay readable; only new writes must pick an active one.
 */
export function requireActiveForm(db: Db, code: string, field: string): void {
  const row = db.select({ active: ssuForms.active }).from(ssuForms).where(eq(ssuForms.code, code)).get();
  if (!row?.active) throw new AppError('VALIDATION', { fields: { [field]: 'unknownForm' } });
}

/** A form's name in the language of a document; the code itself when it is not in the table. */
export function ssuFormName(db: Db, code: string, locale: string): string {
  const row = db.select().from(ssuForms).where(eq(ssuForms.code, code)).get();
  if (!row) return code;
  if (locale === 'kk') return row.nameKk;
  if (locale === 'en') return row.nameEn ?? row.nameRu;
  return row.nameRu;
}

export function saveSsuForm(
  ctx: ServiceContext,
  input: ParsedInput<'references.saveSsuForm'>,
): Output<'references.saveSsuForm'> {
  const sameCode = ctx.db.select().from(ssuForms).where(eq(ssuForms.code, input.code)).get();
  const values = {
    code: input.code,
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    nameEn: input.nameEn ?? null,
    basis: input.basis,
    active: input.active,
    sortOrder: input.sortOrder,
  };
  if (!input.id) {
    if (sameCode) throw new AppError('VALIDATION', { fields: { code: 'formCodeTaken' } });
    const row: FormRow = { ...newEntityStamp(ctx), ...values, builtIn: false };
    ctx.db.insert(ssuForms).values(row).run();
    ctx.audit({
      entity: 'ssu_form',
      entityId: row.id,
      action: 'create',
      changes: createdChanges(row, ['builtIn']),
    });
    return view(row);
  }
  const old = ctx.db.select().from(ssuForms).where(eq(ssuForms.id, input.id)).get();
  if (!old) throw new AppError('NOT_FOUND');
  if (sameCode && sameCode.id !== old.id)
    throw new AppError('VALIDATION', { fields: { code: 'formCodeTaken' } });
  // Cases and measures store the code: a built-in form's code is what other installs know too.
  if (old.builtIn && input.code !== old.code)
    throw new AppError('VALIDATION', { fields: { code: 'formCodeBuiltIn' } });
  const changes = changedFields(old, values);
  if (Object.keys(changes).length === 0) return view(old);
  ctx.db
    .update(ssuForms)
    .set({ ...values, ...updateStamp(ctx) })
    .where(eq(ssuForms.id, old.id))
    .run();
  ctx.audit({ entity: 'ssu_form', entityId: old.id, action: 'update', changes });
  return view({ ...old, ...values });
}

type CatalogueRow = typeof serviceCatalogue.$inferSelect;
type CatalogueView = Output<'references.saveCatalogueItem'>;

function catalogueView(r: CatalogueRow): CatalogueView {
  return {
    id: r.id,
    code: r.code,
    ssuType: r.ssuType as CatalogueView['ssuType'],
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    forms: JSON.parse(r.forms) as string[],
    unit: r.unit,
    maxVolume: r.maxVolume,
    active: r.active,
    sortOrder: r.sortOrder,
  };
}

export function listCatalogue(ctx: ServiceContext): Output<'references.catalogue'> {
  return ctx.db
    .select()
    .from(serviceCatalogue)
    .orderBy(asc(serviceCatalogue.ssuType), asc(serviceCatalogue.sortOrder), asc(serviceCatalogue.code))
    .all()
    .map(catalogueView);
}

/** The catalogue by code, for checking the lines of a decision or a plan in one read. */
export function catalogueByCode(db: Db): Map<string, CatalogueView> {
  return new Map(
    db
      .select()
      .from(serviceCatalogue)
      .all()
      .map((r) => [r.code, catalogueView(r)]),
  );
}

/** A catalogue service's name in a document's language. */
export function catalogueName(
  item: Pick<CatalogueView, 'nameKk' | 'nameRu' | 'nameEn'>,
  locale: string,
): string {
  if (locale === 'kk') return item.nameKk;
  if (locale === 'en') return item.nameEn ?? item.nameRu;
  return item.nameRu;
}

export function saveCatalogueItem(
  ctx: ServiceContext,
  input: ParsedInput<'references.saveCatalogueItem'>,
): Output<'references.saveCatalogueItem'> {
  input.forms.forEach((code, i) => {
    requireActiveForm(ctx.db, code, `forms.${i}`);
  });
  const sameCode = ctx.db.select().from(serviceCatalogue).where(eq(serviceCatalogue.code, input.code)).get();
  if (sameCode && sameCode.id !== input.id)
    throw new AppError('VALIDATION', { fields: { code: 'serviceCodeTaken' } });
  const values = {
    code: input.code,
    ssuType: input.ssuType,
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    nameEn: input.nameEn ?? null,
    forms: JSON.stringify([...new Set(input.forms)]),
    unit: input.unit,
    maxVolume: input.maxVolume ?? null,
    active: input.active,
    sortOrder: input.sortOrder,
  };
  if (!input.id) {
    const row: CatalogueRow = { ...newEntityStamp(ctx), ...values };
    ctx.db.insert(serviceCatalogue).values(row).run();
    ctx.audit({
      entity: 'catalogue_service',
      entityId: row.id,
      action: 'create',
      changes: createdChanges(row),
    });
    return catalogueView(row);
  }
  const old = ctx.db.select().from(serviceCatalogue).where(eq(serviceCatalogue.id, input.id)).get();
  if (!old) throw new AppError('NOT_FOUND');
  // Decisions and plans store the code: it does not change once given.
  if (old.code !== input.code) throw new AppError('VALIDATION', { fields: { code: 'serviceCodeFixed' } });
  const changes = changedFields(old, values);
  if (Object.keys(changes).length === 0) return catalogueView(old);
  ctx.db
    .update(serviceCatalogue)
    .set({ ...values, ...updateStamp(ctx) })
    .where(eq(serviceCatalogue.id, old.id))
    .run();
  ctx.audit({ entity: 'catalogue_service', entityId: old.id, action: 'update', changes });
  return catalogueView({ ...old, ...values });
}
