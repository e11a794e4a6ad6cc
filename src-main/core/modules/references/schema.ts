import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { SERVICE_UNITS } from './domain';

// Reference lists an administrator extends. Forms of provision of special social services:
// the Code names stationary, semi-stationary, home-based and temporary stay, and the ministry
// adds new ones by standard (small-capacity homes, day-stay departments in 2026), so they are
// rows with kk/ru names and a basis, not a fixed list. Rows are never deleted: a form no longer
// offered is made inactive, and cases and programmes that name it keep their code.
export const ssuForms = sqliteTable(
  'ssu_forms',
  {
    ...entityColumns(),
    /** Stable code stored in cases and measures ("home"); lower-case latin, digits, underscore. */
    code: text('code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en'),
    /** The legal act that introduced the form (article, standard, order). */
    basis: text('basis').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(100),
    /** The four forms of the Code; their code cannot change. */
    builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('ssu_forms_code_uq').on(t.code)],
);

// The catalogue of services: concrete services under a type of SSU (docs/domain.md), with the forms
// they are given in and the unit of volume. Shipped with a starting list; an administrator edits
// it. Rows are never deleted (decisions and plans keep naming their codes).
export const serviceCatalogue = sqliteTable(
  'service_catalogue',
  {
    ...entityColumns(),
    /** Stable code stored in decisions and plans ("dom_meals"). */
    code: text('code').notNull(),
    /** One of the 8 SSU types (cases/domain.ts SSU_TYPES). */
    ssuType: text('ssu_type').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en'),
    /** JSON array of form codes (ssu_forms) the service is given in. */
    forms: text('forms').notNull(),
    unit: text('unit', { enum: SERVICE_UNITS }).notNull(),
    /** The most units one entry of a decision or plan may give (per its periodicity); null: no limit. */
    maxVolume: integer('max_volume'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(100),
  },
  (t) => [uniqueIndex('service_catalogue_code_uq').on(t.code)],
);
