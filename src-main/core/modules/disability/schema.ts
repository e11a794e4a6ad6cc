import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { applicants } from '../applicants/schema';
import {
  DISABILITY_CATEGORIES,
  DISABILITY_CAUSES,
  DISABILITY_TERMS,
  IPR_MEASURE_KINDS,
  IPR_MEASURE_STATUSES,
} from './domain';

// Disability records (with their history) and individual programmes with their measures.
// Rows are never deleted: a replaced disability record or programme gets replaced_at, so the
// card's history and the export keep the past.

export const disabilityRecords = sqliteTable(
  'disability_records',
  {
    ...entityColumns(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    category: text('category', { enum: DISABILITY_CATEGORIES }).notNull(),
    groupNo: integer('group_no'),
    cause: text('cause', { enum: DISABILITY_CAUSES }).notNull(),
    term: text('term', { enum: DISABILITY_TERMS }).notNull(),
    establishedOn: text('established_on').notNull(),
    /** Computed from the term; null for an indefinite one. Re-examination is due on this day. */
    validUntil: text('valid_until'),
    mseDecisionNo: text('mse_decision_no').notNull(),
    /**
     * Before the two degrees were told apart: one percentage 0–100. Kept as it was typed (never
     * deleted); migration 0014 copied it into the degree it fits. New records leave it null.
     */
    workCapacityLossPct: integer('work_capacity_loss_pct'),
    /** Degree of loss of general work capacity, 30–100 % (SC art. 155 p.7). */
    generalCapacityLossPct: integer('general_capacity_loss_pct'),
    /** Degree of loss of professional work capacity, 5–100 % (SC art. 155 p.7). */
    profCapacityLossPct: integer('prof_capacity_loss_pct'),
    /** The expertise found difficulty moving: with group I, the basis of an individual assistant. */
    movementDifficulty: integer('movement_difficulty', { mode: 'boolean' }).notNull().default(false),
    /** Set when a newer record replaced this one: the current record is the one without it. */
    replacedAt: text('replaced_at'),
  },
  (t) => [
    index('disability_applicant_idx').on(t.applicantId, t.establishedOn),
    // Work lists: current records by re-examination date, and by category/group.
    index('disability_current_reexam_idx').on(t.validUntil).where(sql`${t.replacedAt} IS NULL`),
    index('disability_current_group_idx')
      .on(t.category, t.groupNo, t.applicantId)
      .where(sql`${t.replacedAt} IS NULL`),
  ],
);

export const iprs = sqliteTable(
  'iprs',
  {
    ...entityColumns(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    disabilityRecordId: text('disability_record_id').references(() => disabilityRecords.id),
    number: text('number').notNull(),
    issuedOn: text('issued_on').notNull(),
    validUntil: text('valid_until'),
    /** JSON array of the parts present: social, professional, medical. */
    parts: text('parts').notNull(),
    replacedAt: text('replaced_at'),
  },
  (t) => [
    index('iprs_applicant_idx').on(t.applicantId, t.issuedOn),
    index('iprs_current_valid_idx').on(t.validUntil).where(sql`${t.replacedAt} IS NULL`),
  ],
);

export const iprMeasures = sqliteTable(
  'ipr_measures',
  {
    ...entityColumns(),
    iprId: text('ipr_id')
      .notNull()
      .references(() => iprs.id),
    /** Denormalised from the programme so work lists by person need no join through iprs. */
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    kind: text('kind', { enum: IPR_MEASURE_KINDS }).notNull(),
    classifierCode: text('classifier_code'),
    quantity: integer('quantity').notNull().default(1),
    replacementMonths: integer('replacement_months'),
    hoursPerDay: integer('hours_per_day'),
    hoursPerYear: integer('hours_per_year'),
    /** A code from the forms-of-provision reference table (ssu_forms). */
    ssuForm: text('ssu_form'),
    status: text('status', { enum: IPR_MEASURE_STATUSES }).notNull(),
    sentOn: text('sent_on'),
    /** The day the person was notified that the measure is on the portal: the 2 months count from it. */
    notifiedOn: text('notified_on'),
    orderDeadline: text('order_deadline'),
    statusChangedAt: text('status_changed_at').notNull(),
    note: text('note'),
  },
  (t) => [
    index('ipr_measures_ipr_idx').on(t.iprId),
    // Alerts: measures sent to the portal and not yet ordered, by deadline; pending by person.
    index('ipr_measures_deadline_idx').on(t.orderDeadline).where(sql`${t.status} = 'sent_to_portal'`),
    index('ipr_measures_pending_idx')
      .on(t.applicantId)
      .where(sql`${t.status} IN ('recommended', 'sent_to_portal', 'ordered')`),
  ],
);
