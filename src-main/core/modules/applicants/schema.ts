import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import * as lists from './domain';

/**
 * People who apply for (or are referred to) special social services. The folded search key
 * (see domain/search-key.ts) backs name search; a trigram FTS5 table over it, kept in step by
 * triggers in a hand-written migration, backs search by a fragment anywhere in the name.
 */
const { id: _entityId, ...stamps } = entityColumns();

export const applicants = sqliteTable(
  'applicants',
  {
    /**
     * The row's number, an INTEGER PRIMARY KEY so it *is* the rowid: the trigram index
     * (content_rowid) and the list's paging refer to rows by it, and unlike a plain rowid it
     * survives VACUUM, which may renumber rowids of a table without one (migration 0013).
     */
    rid: integer('rid').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    ...stamps,
    iin: text('iin'),
    iinMissingReason: text('iin_missing_reason'),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic'),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: lists.SEXES }).notNull(),
    katoCode: text('kato_code').notNull(),
    address: text('address').notNull(),
    phone: text('phone'),
    /** Digits of the phone only, so "8 701 123" and "+7701123…" are searched alike. */
    phoneDigits: text('phone_digits'),
    citizenship: text('citizenship', { enum: lists.CITIZENSHIPS }).notNull().default('citizen'),
    docType: text('doc_type', { enum: lists.DOC_TYPES }),
    docNumber: text('doc_number'),
    docDate: text('doc_date'),
    docIssuer: text('doc_issuer'),
    maritalStatus: text('marital_status', { enum: lists.MARITAL_STATUSES }),
    legalCapacity: text('legal_capacity', { enum: lists.LEGAL_CAPACITIES }).notNull().default('capable'),
    capacityCourtDecision: text('capacity_court_decision'),
    capacityCourtDate: text('capacity_court_date'),
    deathDate: text('death_date'),
    consentDate: text('consent_date'),
    consentForm: text('consent_form', { enum: lists.CONSENT_FORMS }),
    consentRef: text('consent_ref'),
    searchKey: text('search_key').notNull(),
    /** Latin spelling key (domain/search-key.ts latinKey) for duplicate checks across scripts. */
    latinKey: text('latin_key').notNull().default(''),
    deletedAt: text('deleted_at'),
    // Registry facts copied from the person's current records so the work-list filters are
    // conditions on this row, answered from one covering index, instead of joins through the
    // text ids of thousands of child rows (measured: 20–60 ms per filtered page at 100k).
    // services/registry-facts.ts recomputes them in the transaction of every registry write.
    curDisabilityCategory: text('cur_disability_category'),
    curDisabilityGroup: integer('cur_disability_group'),
    /** valid_until of the current disability record: the re-examination date. */
    curDisabilityUntil: text('cur_disability_until'),
    /** valid_until of the current programme. */
    curIprUntil: text('cur_ipr_until'),
    /** 1 when a measure is recommended, sent to the portal or ordered (not yet delivered). */
    iprPending: integer('ipr_pending').notNull().default(0),
    /** The earliest order deadline among measures sent to the portal and not yet ordered. */
    portalDeadline: text('portal_deadline'),
    /** 1 while the person has a case that is neither refused, terminated nor withdrawn. */
    activeCase: integer('active_case').notNull().default(0),
  },
  // List indexes are partial over live (not soft-deleted) rows: every list query carries
  // `deleted_at IS NULL`, so counts and sorted pages are answered from the index alone.
  // No index leads with sex: two values select nothing, and such an index lures the planner
  // away from the KATO range (measured: 120 ms instead of 2 ms at 100k people).
  (t) => [
    uniqueIndex('applicants_id_uq').on(t.id),
    uniqueIndex('applicants_iin_uq').on(t.iin).where(sql`${t.iin} IS NOT NULL`),
    index('applicants_live_key_idx').on(t.searchKey).where(sql`${t.deletedAt} IS NULL`),
    index('applicants_live_birth_idx').on(t.birthDate).where(sql`${t.deletedAt} IS NULL`),
    // Covers a district/settlement filter with any sort the list offers and any combination of
    // work-list filters, without table lookups: counts run over this index alone.
    index('applicants_live_kato_idx')
      .on(
        t.katoCode,
        t.sex,
        t.birthDate,
        t.searchKey,
        t.consentDate,
        t.curDisabilityCategory,
        t.curDisabilityGroup,
        t.curDisabilityUntil,
        t.curIprUntil,
        t.iprPending,
        t.portalDeadline,
        t.activeCase,
      )
      .where(sql`${t.deletedAt} IS NULL`),
    // Date windows of the alerts (re-examination, programme end, portal deadline).
    index('applicants_live_reexam_idx')
      .on(t.curDisabilityUntil)
      .where(sql`${t.deletedAt} IS NULL AND ${t.curDisabilityUntil} IS NOT NULL`),
    index('applicants_live_ipr_until_idx')
      .on(t.curIprUntil)
      .where(sql`${t.deletedAt} IS NULL AND ${t.curIprUntil} IS NOT NULL`),
    index('applicants_live_portal_idx')
      .on(t.portalDeadline)
      .where(sql`${t.deletedAt} IS NULL AND ${t.portalDeadline} IS NOT NULL`),
    index('applicants_change_seq_idx').on(t.changeSeq),
    // Duplicate check at registration: same Latin name key and birth date.
    index('applicants_live_dup_idx').on(t.latinKey, t.birthDate).where(sql`${t.deletedAt} IS NULL`),
    index('applicants_live_phone_idx').on(t.phoneDigits).where(sql`${t.deletedAt} IS NULL`),
    // IIN prefix search counts live people from the index alone (the unique index above also
    // holds removed people, so each match would need its row read).
    index('applicants_live_iin_idx').on(t.iin).where(sql`${t.deletedAt} IS NULL`),
    // The "consent missing" work list and alert, alone or with an age band (birth date range);
    // the KATO code beside it lets a district's band be counted from the index alone.
    index('applicants_live_noconsent_idx')
      .on(t.birthDate, t.katoCode)
      .where(sql`${t.deletedAt} IS NULL AND ${t.consentDate} IS NULL`),
    // The "has an active case" work list, alone or with an age band (and a district: list.ts).
    index('applicants_live_active_case_idx')
      .on(t.birthDate, t.katoCode)
      .where(sql`${t.deletedAt} IS NULL AND ${t.activeCase} = 1`),
    // Disability category and group without a district: a range counted from the index.
    index('applicants_live_category_idx')
      .on(t.curDisabilityCategory, t.curDisabilityGroup)
      .where(sql`${t.deletedAt} IS NULL AND ${t.curDisabilityCategory} IS NOT NULL`),
  ],
);

// Around a person: household, representatives, income and benefits. A removed row gets
// removed_at instead of being deleted, so the card's history and the export keep the past.
export const householdMembers = sqliteTable(
  'household_members',
  {
    ...entityColumns(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    fullName: text('full_name').notNull(),
    relation: text('relation', { enum: lists.RELATIONS }).notNull(),
    birthYear: integer('birth_year'),
    occupation: text('occupation'),
    removedAt: text('removed_at'),
  },
  (t) => [index('household_applicant_idx').on(t.applicantId).where(sql`${t.removedAt} IS NULL`)],
);

export const representatives = sqliteTable(
  'representatives',
  {
    ...entityColumns(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    kind: text('kind', { enum: lists.REPRESENTATIVE_KINDS }).notNull(),
    /** The representative when they are in the registry themselves (a mother, a guardian). */
    representativeId: text('representative_id').references(() => applicants.id),
    fullName: text('full_name').notNull(),
    iin: text('iin'),
    phone: text('phone'),
    basisDocument: text('basis_document').notNull(),
    basisDate: text('basis_date'),
    validUntil: text('valid_until'),
    removedAt: text('removed_at'),
  },
  (t) => [
    index('representatives_applicant_idx').on(t.applicantId).where(sql`${t.removedAt} IS NULL`),
    index('representatives_person_idx').on(t.representativeId).where(sql`${t.removedAt} IS NULL`),
  ],
);

export const incomes = sqliteTable(
  'incomes',
  {
    ...entityColumns(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    kind: text('kind', { enum: lists.INCOME_KINDS }).notNull(),
    /** Tenge a month. */
    amount: integer('amount').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to'),
    note: text('note'),
    removedAt: text('removed_at'),
  },
  (t) => [index('incomes_applicant_idx').on(t.applicantId).where(sql`${t.removedAt} IS NULL`)],
);
