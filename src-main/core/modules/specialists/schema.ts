import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { EDUCATION_LEVELS, SPECIALIST_POSITIONS } from './domain';

// A specialist of the department or of a provider. Rows are never deleted: acts and plans name
// them; one who left is made inactive.
export const specialists = sqliteTable(
  'specialists',
  {
    ...entityColumns(),
    iin: text('iin').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic'),
    position: text('position', { enum: SPECIALIST_POSITIONS }).notNull(),
    /** The provider that employs them; null: the department itself. */
    providerId: text('provider_id'),
    phone: text('phone'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    employedFrom: text('employed_from'),
    employedTo: text('employed_to'),
    /** Consent to publication in the national register (SC art. 136): unpublished never leave as public. */
    publishConsent: integer('publish_consent', { mode: 'boolean' }).notNull().default(false),
    /** Folded "surname name patronymic" for search as you type (the applicants' folding). */
    searchKey: text('search_key').notNull().default(''),
    /**
     * Derived: the latest end among the specialist's live certificates of the independent
     * assessment (null: never certified). Kept in the same transaction as every certificate write.
     */
    certValidUntil: text('cert_valid_until'),
    /** Derived: the latest end among live qualification category assignments. */
    categoryValidUntil: text('category_valid_until'),
  },
  (t) => [
    uniqueIndex('specialists_iin_uq').on(t.iin),
    index('specialists_search_idx').on(t.searchKey),
    index('specialists_cert_idx').on(t.certValidUntil),
    index('specialists_category_idx').on(t.categoryValidUntil),
  ],
);

/** Certificates of the independent assessment of qualification; removed ones keep their row. */
export const specialistCertificates = sqliteTable(
  'specialist_certificates',
  {
    ...entityColumns(),
    specialistId: text('specialist_id')
      .notNull()
      .references(() => specialists.id),
    number: text('number').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: text('issued_on').notNull(),
    validUntil: text('valid_until').notNull(),
    scope: text('scope'),
    removedAt: text('removed_at'),
    removeReason: text('remove_reason'),
  },
  (t) => [index('specialist_certificates_idx').on(t.specialistId)],
);

/** Qualification categories: names and validity are reference data (docs/domain.md: configurable). */
export const qualificationCategories = sqliteTable(
  'qualification_categories',
  {
    ...entityColumns(),
    code: text('code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    /** How long an assignment lasts, in years. */
    validityYears: integer('validity_years').notNull(),
    basis: text('basis').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('qualification_categories_code_uq').on(t.code)],
);

/** A category assigned to a specialist by an order; removed ones keep their row. */
export const specialistCategories = sqliteTable(
  'specialist_categories',
  {
    ...entityColumns(),
    specialistId: text('specialist_id')
      .notNull()
      .references(() => specialists.id),
    categoryCode: text('category_code').notNull(),
    orderNo: text('order_no').notNull(),
    assignedOn: text('assigned_on').notNull(),
    validUntil: text('valid_until').notNull(),
    removedAt: text('removed_at'),
    removeReason: text('remove_reason'),
  },
  (t) => [index('specialist_categories_idx').on(t.specialistId)],
);

/** Education entries of the register (level, institution, speciality, diploma). */
export const specialistEducation = sqliteTable(
  'specialist_education',
  {
    ...entityColumns(),
    specialistId: text('specialist_id')
      .notNull()
      .references(() => specialists.id),
    level: text('level', { enum: EDUCATION_LEVELS }).notNull(),
    institution: text('institution').notNull(),
    speciality: text('speciality').notNull(),
    diplomaNo: text('diploma_no'),
    diplomaOn: text('diploma_on'),
  },
  (t) => [index('specialist_education_idx').on(t.specialistId)],
);

/** Qualification upgrades: course, hours, dates, certificate number. */
export const specialistTrainings = sqliteTable(
  'specialist_trainings',
  {
    ...entityColumns(),
    specialistId: text('specialist_id')
      .notNull()
      .references(() => specialists.id),
    course: text('course').notNull(),
    hours: integer('hours').notNull(),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on').notNull(),
    certificateNo: text('certificate_no'),
  },
  (t) => [index('specialist_trainings_idx').on(t.specialistId)],
);
