import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { applicants } from '../applicants/schema';
import {
  ALLOWANCE_END_REASONS,
  CAREGIVER_RELATIONS,
  CAREGIVER_ROLES,
  CAREGIVER_STATUSES,
  CHECK_RESULTS,
  CONTRACT_END_REASONS,
  ELIGIBILITY_CHECKS,
  EVIDENCE_KINDS,
  PAY_COMPONENTS,
} from './domain';

// Family members registered as paid caregivers: the registration with its checks, the contract,
// the monthly timesheets and the pay. Money is integer tiyn. Records that pay rests on are never
// deleted: a confirmed timesheet and a paid payroll are locked by triggers (migration 0022).

/** A family member registered to care for a person (SC art. 163; docs/domain.md). */
export const caregivers = sqliteTable(
  'caregivers',
  {
    ...entityColumns(),
    caredForId: text('cared_for_id')
      .notNull()
      .references(() => applicants.id),
    caregiverId: text('caregiver_id')
      .notNull()
      .references(() => applicants.id),
    relation: text('relation', { enum: CAREGIVER_RELATIONS }).notNull(),
    role: text('role', { enum: CAREGIVER_ROLES }).notNull(),
    hoursPerDay: integer('hours_per_day').notNull(),
    /** What it rests on: the programme's measure or the akimat's decision, as written. */
    basis: text('basis').notNull(),
    registeredOn: text('registered_on').notNull(),
    /** Derived from the checks, the contract and the end; refreshed by every write. */
    status: text('status', { enum: CAREGIVER_STATUSES }).notNull(),
    endedOn: text('ended_on'),
    endReason: text('end_reason', { enum: CONTRACT_END_REASONS }),
    /** Search key of the caregiver's name (folded), for the list. */
    searchKey: text('search_key').notNull(),
  },
  (t) => [
    index('caregivers_cared_for_idx').on(t.caredForId),
    index('caregivers_caregiver_idx').on(t.caregiverId),
    index('caregivers_status_idx').on(t.status),
    index('caregivers_search_idx').on(t.searchKey),
    // One registration in force per person cared for and role.
    uniqueIndex('caregivers_open_uq')
      .on(t.caredForId, t.role)
      .where(sql`${t.endedOn} IS NULL AND ${t.status} <> 'refused'`),
  ],
);

/** One check of eligibility with its evidence; a newer record of the same check replaces it. */
export const caregiverChecks = sqliteTable(
  'caregiver_checks',
  {
    ...entityColumns(),
    registrationId: text('registration_id')
      .notNull()
      .references(() => caregivers.id),
    check: text('check', { enum: ELIGIBILITY_CHECKS }).notNull(),
    result: text('result', { enum: CHECK_RESULTS }).notNull(),
    evidenceKind: text('evidence_kind', { enum: EVIDENCE_KINDS }).notNull(),
    evidenceNo: text('evidence_no').notNull(),
    evidenceOn: text('evidence_on').notNull(),
    /** When the evidence stops being good (a medical certificate): the check is missing after it. */
    validUntil: text('valid_until'),
    note: text('note'),
  },
  (t) => [index('caregiver_checks_idx').on(t.registrationId, t.check)],
);

/** The care allowance paid for a person (SC art. 187–189): one recipient at a time. */
export const careAllowances = sqliteTable(
  'care_allowances',
  {
    ...entityColumns(),
    caredForId: text('cared_for_id')
      .notNull()
      .references(() => applicants.id),
    recipientName: text('recipient_name').notNull(),
    recipientIin: text('recipient_iin'),
    fromOn: text('from_on').notNull(),
    endedOn: text('ended_on'),
    endReason: text('end_reason', { enum: ALLOWANCE_END_REASONS }),
  },
  (t) => [uniqueIndex('care_allowances_open_uq').on(t.caredForId).where(sql`${t.endedOn} IS NULL`)],
);

/** The akimat's hourly rates per role, effective from a date (a new decree adds a row). */
export const caregiverRates = sqliteTable(
  'caregiver_rates',
  {
    ...entityColumns(),
    role: text('role', { enum: CAREGIVER_ROLES }).notNull(),
    effectiveFrom: text('effective_from').notNull(),
    /** Tiyn per hour. */
    hourlyRate: integer('hourly_rate').notNull(),
    basis: text('basis').notNull(),
  },
  (t) => [uniqueIndex('caregiver_rates_uq').on(t.role, t.effectiveFrom)],
);

/** The civil-law contract with the caregiver. */
export const caregiverContracts = sqliteTable(
  'caregiver_contracts',
  {
    ...entityColumns(),
    registrationId: text('registration_id')
      .notNull()
      .references(() => caregivers.id),
    number: text('number').notNull(),
    signedOn: text('signed_on').notNull(),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on').notNull(),
    /** Tiyn per hour, from the rate table on the first day. */
    hourlyRate: integer('hourly_rate').notNull(),
    hoursPerDay: integer('hours_per_day').notNull(),
    /** The caregiver's bank account (IBAN) the pay goes to. */
    iban: text('iban').notNull(),
    endedOn: text('ended_on'),
    endReason: text('end_reason', { enum: CONTRACT_END_REASONS }),
  },
  (t) => [
    uniqueIndex('caregiver_contracts_number_uq').on(t.number),
    index('caregiver_contracts_reg_idx').on(t.registrationId),
  ],
);

/** A month's hours per day under a contract; confirmed by a head, then locked. */
export const timesheets = sqliteTable(
  'timesheets',
  {
    ...entityColumns(),
    contractId: text('contract_id')
      .notNull()
      .references(() => caregiverContracts.id),
    /** "2026-11" */
    month: text('month').notNull(),
    /** JSON array: hours for each day of the month (0 for none). */
    days: text('days').notNull(),
    totalHours: integer('total_hours').notNull(),
    state: text('state', { enum: ['draft', 'confirmed'] }).notNull(),
    confirmedBy: text('confirmed_by'),
    confirmedAt: text('confirmed_at'),
  },
  (t) => [
    uniqueIndex('timesheets_contract_month_uq').on(t.contractId, t.month),
    index('timesheets_month_idx').on(t.month),
  ],
);

/** A correction to a confirmed month: hours added or taken away, with the reason. */
export const timesheetAdjustments = sqliteTable(
  'timesheet_adjustments',
  {
    ...entityColumns(),
    timesheetId: text('timesheet_id')
      .notNull()
      .references(() => timesheets.id),
    hours: integer('hours').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('timesheet_adjustments_idx').on(t.timesheetId)],
);

/** A year's figures (МРП, МЗП, rates and caps) as JSON checked by the contract, with the basis. */
export const payFigures = sqliteTable(
  'pay_figures',
  {
    ...entityColumns(),
    year: integer('year').notNull(),
    figures: text('figures').notNull(),
    basis: text('basis').notNull(),
  },
  (t) => [uniqueIndex('pay_figures_year_uq').on(t.year)],
);

/** Whether a component applies to a role's pay (the law is unsettled: the office decides). */
export const payApplicability = sqliteTable(
  'pay_applicability',
  {
    ...entityColumns(),
    role: text('role', { enum: CAREGIVER_ROLES }).notNull(),
    component: text('component', { enum: PAY_COMPONENTS }).notNull(),
    applies: integer('applies', { mode: 'boolean' }).notNull(),
  },
  (t) => [uniqueIndex('pay_applicability_uq').on(t.role, t.component)],
);

/** A month's payroll once paid: its lines are frozen (triggers refuse UPDATE and DELETE). */
export const payrolls = sqliteTable(
  'payrolls',
  {
    ...entityColumns(),
    month: text('month').notNull(),
    paidOn: text('paid_on').notNull(),
    lines: integer('lines').notNull(),
    gross: integer('gross').notNull(),
    net: integer('net').notNull(),
  },
  (t) => [uniqueIndex('payrolls_month_uq').on(t.month)],
);

export const payLines = sqliteTable(
  'pay_lines',
  {
    ...entityColumns(),
    payrollId: text('payroll_id')
      .notNull()
      .references(() => payrolls.id),
    contractId: text('contract_id')
      .notNull()
      .references(() => caregiverContracts.id),
    hours: integer('hours').notNull(),
    hourlyRate: integer('hourly_rate').notNull(),
    gross: integer('gross').notNull(),
    opv: integer('opv').notNull(),
    vosms: integer('vosms').notNull(),
    ipn: integer('ipn').notNull(),
    net: integer('net').notNull(),
    opvr: integer('opvr').notNull(),
    so: integer('so').notNull(),
    oosms: integer('oosms').notNull(),
  },
  (t) => [index('pay_lines_payroll_idx').on(t.payrollId), index('pay_lines_contract_idx').on(t.contractId)],
);
