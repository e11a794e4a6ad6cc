import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { applicants } from '../applicants/schema';
import { CASE_APPLICANT_KINDS, CASE_CHANNELS, CASE_STATUSES, CLOSED_CASE_STATUSES, sqlList } from './domain';

/** The closed statuses as an SQL list, for the partial indexes over active cases. */
const CLOSED_SQL = sql.raw(sqlList(CLOSED_CASE_STATUSES));

// A case of special social services, opened by an application (SC art. 139). The application's
// own facts are kept as registered; the status moves as the case goes on, and a closed case
// (refused, terminated, withdrawn) keeps the day and the reason it closed. Rows are never deleted.
export const cases = sqliteTable(
  'cases',
  {
    ...entityColumns(),
    /** "2026-00042": unique, the year of the application and its order within that year. */
    number: text('number').notNull(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    appliedOn: text('applied_on').notNull(),
    channel: text('channel', { enum: CASE_CHANNELS }).notNull(),
    /** Who applied (self, family member, guardian, rural akim, proxy, provider, prevention body). */
    appliedBy: text('applied_by', { enum: CASE_APPLICANT_KINDS }).notNull(),
    /** The name of whoever applied on the person's behalf. */
    applicantName: text('applicant_name'),
    /** JSON array of art. 133 ground codes, at least one. */
    grounds: text('grounds').notNull(),
    /** JSON array of the SSU types asked for (may be empty: the assessment decides). */
    ssuTypes: text('ssu_types').notNull().default('[]'),
    /** Why the person does not apply personally, when someone applied for them (art. 139). */
    onBehalfReason: text('on_behalf_reason'),
    /** Proactive channel: the day the person consented to the notification = the application date. */
    proactiveConsentOn: text('proactive_consent_on'),
    /** A code from the forms-of-provision reference table (ssu_forms). */
    requestedForm: text('requested_form'),
    note: text('note'),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    statusChangedAt: text('status_changed_at').notNull(),
    closedOn: text('closed_on'),
    closeReason: text('close_reason'),
    /**
     * The day the decision is due: working days after the application (the day of submission
     * not counted) by the office's deadline setting and the working-day calendar. Derived: kept
     * up to date when the calendar or the setting changes; null once a decision is no longer due.
     */
    dueOn: text('due_on'),
    /** The caseworker responsible for the case (whoever registered it, unless reassigned). */
    responsibleId: text('responsible_id'),
    /** Derived from the case's records: the provider the person chose (the latest choice). */
    providerId: text('provider_id'),
    /** Derived: the form of the approved decision in force, else the form asked for. */
    serviceForm: text('service_form'),
    /**
     * The person's row number in this database (applicants.rid), set by triggers (migration
     * 0032) and never exported, like rid itself: a register search by name joins the trigram
     * index's row numbers to the cases directly instead of reading every matched person's row
     * for their id (a common name at an oblast of a million: 18,800 people, 77 ms).
     */
    applicantRid: integer('applicant_rid'),
  },
  (t) => [
    uniqueIndex('cases_number_uq').on(t.number),
    index('cases_applicant_idx').on(t.applicantId),
    index('cases_applicant_rid_idx').on(t.applicantRid),
    // Active cases by person: the registry fact active_case is recomputed through it.
    index('cases_active_idx').on(t.applicantId).where(sql`${t.status} NOT IN ${CLOSED_SQL}`),
    // The register of applications, newest first: all of them, the active ones, one status.
    index('cases_applied_idx').on(t.appliedOn),
    index('cases_active_applied_idx').on(t.appliedOn).where(sql`${t.status} NOT IN ${CLOSED_SQL}`),
    index('cases_status_applied_idx').on(t.status, t.appliedOn),
    // Deadlines: open cases by due date (the register's "due soon / overdue" and its sort).
    index('cases_due_idx').on(t.dueOn).where(sql`${t.dueOn} IS NOT NULL`),
    // The register's filters by provider and by responsible caseworker.
    index('cases_provider_idx').on(t.providerId).where(sql`${t.providerId} IS NOT NULL`),
    index('cases_responsible_idx').on(t.responsibleId, t.appliedOn),
  ],
);
