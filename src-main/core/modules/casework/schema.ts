import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { cases } from '../cases/schema';
import {
  ACCESSIBILITY,
  ACT_CONCLUSIONS,
  DECISION_KINDS,
  DECISION_STATES,
  EVENT_KINDS,
  HEATING_KINDS,
  HOUSING_TYPES,
  INSIDE_OUTSIDE,
  MAC_CONCLUSIONS,
  MOBILITY,
  MONITORING_RESULTS,
  REFUSAL_REASONS,
  SANITARY_STATES,
  SELF_CARE,
  SERVICE_VOLUMES,
} from './domain';

// Records of a case after its application. Every table here is insert-only (triggers in
// migration 0017 refuse UPDATE and DELETE, except a decision's review while it is not approved):
// a correction is a new row, and the case's status is derived from what exists.

/** The act of examination of living conditions; the newest act of a case is the one in force. */
export const assessmentActs = sqliteTable(
  'assessment_acts',
  {
    ...entityColumns(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    number: text('number').notNull(),
    visitOn: text('visit_on').notNull(),
    housingType: text('housing_type', { enum: HOUSING_TYPES }).notNull(),
    floor: integer('floor'),
    hasLift: integer('has_lift', { mode: 'boolean' }),
    heating: text('heating', { enum: HEATING_KINDS }).notNull(),
    water: text('water', { enum: INSIDE_OUTSIDE }).notNull(),
    toilet: text('toilet', { enum: INSIDE_OUTSIDE }).notNull(),
    sanitary: text('sanitary', { enum: SANITARY_STATES }).notNull(),
    accessibility: text('accessibility', { enum: ACCESSIBILITY }).notNull(),
    plot: text('plot'),
    /** JSON array of {fullName, relation, birthYear, occupation}: as found on the visit. */
    household: text('household').notNull(),
    /** Monthly income of the household in tenge, and benefits as text. */
    incomeMonthly: integer('income_monthly'),
    incomeNote: text('income_note'),
    mobility: text('mobility', { enum: MOBILITY }).notNull(),
    selfCare: text('self_care', { enum: SELF_CARE }).notNull(),
    complaints: text('complaints'),
    /** JSON array of SSU type codes the person needs. */
    servicesNeeded: text('services_needed').notNull(),
    conclusion: text('conclusion', { enum: ACT_CONCLUSIONS }).notNull(),
    conclusionNote: text('conclusion_note'),
    /** JSON object: criterion code → {met: boolean, note: string|null} (art. 140). */
    criteria: text('criteria').notNull(),
    macConclusion: text('mac_conclusion', { enum: MAC_CONCLUSIONS }).notNull(),
    macNote: text('mac_note'),
    specialist1Id: text('specialist1_id').notNull(),
    specialist2Id: text('specialist2_id').notNull(),
  },
  (t) => [
    uniqueIndex('assessment_acts_number_uq').on(t.number),
    index('assessment_acts_case_idx').on(t.caseId),
  ],
);

/** The akimat's decision: drafted by a caseworker, approved (or returned) by a head. */
export const decisions = sqliteTable(
  'decisions',
  {
    ...entityColumns(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    /** Given on approval ("2026-00012"); null while a draft. */
    number: text('number'),
    kind: text('kind', { enum: DECISION_KINDS }).notNull(),
    state: text('state', { enum: DECISION_STATES }).notNull(),
    /** Approve: JSON array of SSU types, the form code, the volume, JSON service lines, dates. */
    ssuTypes: text('ssu_types').notNull().default('[]'),
    form: text('form'),
    volume: text('volume', { enum: SERVICE_VOLUMES }),
    services: text('services').notNull().default('[]'),
    startOn: text('start_on'),
    endOn: text('end_on'),
    /** Refuse: one of the three legal reasons and its explanation. */
    refusalReason: text('refusal_reason', { enum: REFUSAL_REASONS }),
    explanation: text('explanation'),
    /** The approved decision this one corrects (it stays, superseded). */
    supersedesId: text('supersedes_id'),
    draftedBy: text('drafted_by').notNull(),
    revisedBy: text('revised_by'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    returnComment: text('return_comment'),
    /** The day the head approved it: the decision's date. */
    decidedOn: text('decided_on'),
  },
  (t) => [
    uniqueIndex('decisions_number_uq').on(t.number),
    index('decisions_case_idx').on(t.caseId),
    index('decisions_state_idx').on(t.state),
  ],
);

/** The service's own events: provider chosen, start, monitoring, suspension, resumption, end. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    ...entityColumns(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    on: text('on').notNull(),
    providerId: text('provider_id'),
    result: text('result', { enum: MONITORING_RESULTS }),
    planCorrected: integer('plan_corrected', { mode: 'boolean' }),
    /** A termination's reason code, or a suspension's reason as text. */
    reason: text('reason'),
    note: text('note'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.on)],
);

/** The referral (жолдама / направление) to the chosen provider. */
export const referrals = sqliteTable(
  'referrals',
  {
    ...entityColumns(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    decisionId: text('decision_id'),
    providerId: text('provider_id').notNull(),
    number: text('number').notNull(),
    issuedOn: text('issued_on').notNull(),
    form: text('form'),
  },
  (t) => [uniqueIndex('referrals_number_uq').on(t.number), index('referrals_case_idx').on(t.caseId)],
);

/** The individual work plan; the newest plan of a case is the one in force (a correction is a new plan). */
export const workPlans = sqliteTable(
  'work_plans',
  {
    ...entityColumns(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    referralId: text('referral_id').notNull(),
    number: text('number').notNull(),
    responsibleId: text('responsible_id').notNull(),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on').notNull(),
    /** JSON service lines: {code, volume, periodicity}. */
    items: text('items').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('work_plans_number_uq').on(t.number), index('work_plans_case_idx').on(t.caseId)],
);
