import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { PROVIDER_KINDS, TARIFF_CATEGORIES } from './domain';

// A provider of special social services. Never deleted: referrals name it; one that stopped
// working is made inactive, and one the complaints commission removed is on the list of
// unreliable suppliers until it may return.
export const providers = sqliteTable(
  'providers',
  {
    ...entityColumns(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    kind: text('kind', { enum: PROVIDER_KINDS }).notNull(),
    /** BIN (an organisation) or IIN (an individual entrepreneur): 12 digits with a check digit. */
    bin: text('bin').notNull(),
    address: text('address'),
    phone: text('phone'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** The licence for special social services (required from 2025). */
    licenceNo: text('licence_no'),
    licenceOn: text('licence_on'),
    licenceUntil: text('licence_until'),
    /** JSON arrays: the forms of provision and SSU types the licence covers. */
    licenceForms: text('licence_forms').notNull().default('[]'),
    licenceSsuTypes: text('licence_ssu_types').notNull().default('[]'),
    katoCode: text('kato_code'),
    /** JSON object: places per form of provision. */
    capacity: text('capacity').notNull().default('{}'),
    email: text('email'),
    contactPerson: text('contact_person'),
    bankName: text('bank_name'),
    iban: text('iban'),
    activeFrom: text('active_from'),
    activeTo: text('active_to'),
    /** Folded names and the BIN, for search as you type. */
    searchKey: text('search_key').notNull().default(''),
  },
  (t) => [
    uniqueIndex('providers_bin_uq').on(t.bin),
    index('providers_search_idx').on(t.searchKey),
    index('providers_licence_idx').on(t.licenceUntil),
  ],
);

/**
 * The list of unreliable suppliers (SC art. 167): the complaints commission removed the supplier;
 * it may not be chosen nor receive referrals until `returnOn` (removal + the ban, 1 year by
 * default). Insert-only: a new removal is a new row.
 */
export const unreliableSuppliers = sqliteTable(
  'unreliable_suppliers',
  {
    ...entityColumns(),
    providerId: text('provider_id')
      .notNull()
      .references(() => providers.id),
    reason: text('reason').notNull(),
    decisionNo: text('decision_no').notNull(),
    decisionOn: text('decision_on').notNull(),
    removedOn: text('removed_on').notNull(),
    returnOn: text('return_on').notNull(),
  },
  (t) => [index('unreliable_provider_idx').on(t.providerId, t.returnOn)],
);

/**
 * The akimat's tariff per recipient per month, for a year, a form of provision and a recipient
 * category, with the decree and the cost items it is built from (JSON, summing to the amount).
 * Effective-dated: a later decree for the same year, form and category supersedes it from its own
 * date; the earlier row stays, so months already billed keep their figures.
 */
export const tariffs = sqliteTable(
  'tariffs',
  {
    ...entityColumns(),
    year: integer('year').notNull(),
    form: text('form').notNull(),
    category: text('category', { enum: TARIFF_CATEGORIES }).notNull(),
    /** Tiyn per recipient per month. */
    amount: integer('amount').notNull(),
    costItems: text('cost_items').notNull(),
    decreeNo: text('decree_no').notNull(),
    decreeOn: text('decree_on').notNull(),
    effectiveFrom: text('effective_from').notNull(),
  },
  (t) => [uniqueIndex('tariffs_uq').on(t.year, t.form, t.category, t.effectiveFrom)],
);

/** A provider's bill for a month, once confirmed: locked with its lines (triggers, migration 0024). */
export const providerBills = sqliteTable(
  'provider_bills',
  {
    ...entityColumns(),
    providerId: text('provider_id')
      .notNull()
      .references(() => providers.id),
    month: text('month').notNull(),
    amount: integer('amount').notNull(),
    /** The provider's own act of services rendered, as entered. */
    actAmount: integer('act_amount').notNull(),
    lines: text('lines').notNull(),
  },
  (t) => [uniqueIndex('provider_bills_uq').on(t.providerId, t.month)],
);
