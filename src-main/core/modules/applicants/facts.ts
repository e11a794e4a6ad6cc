import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { CLOSED_CASE_STATUSES, sqlList } from '../cases/domain';

// The registry facts kept on each applicants row (see db/schema/applicants.ts): current
// disability category, group and term end, current programme end, whether measures are pending,
// the earliest portal order deadline and whether a case is active. They are derived, never
// edited: every service that writes disability records, programmes, measures or cases calls
// refreshRegistryFacts for the person in the same transaction, the seed calls it for each batch, and migration 0009 filled them once
// with the same statement. Derived columns do not bump change_seq (exports carry the records).

// Spelt exactly as the partial index ipr_measures_pending_idx (applicant_id) is, so both the
// EXISTS and the portal deadline look measures up by person through it; without that term the
// deadline's subquery scans every measure for every person (minutes at 100k people).
const PENDING = sql.raw(`('recommended', 'sent_to_portal', 'ordered')`);

// Spelt as the partial index cases_active_idx is, so the EXISTS is one index probe.
const CLOSED = sql.raw(sqlList(CLOSED_CASE_STATUSES));

function currentDisability(column: string): SQL {
  return sql`(SELECT ${sql.raw(column)} FROM disability_records d WHERE d.applicant_id = applicants.id AND d.replaced_at IS NULL ORDER BY d.established_on DESC, d.rowid DESC LIMIT 1)`;
}

const SET = sql`
  cur_disability_category = ${currentDisability('category')},
  cur_disability_group = ${currentDisability('group_no')},
  cur_disability_until = ${currentDisability('valid_until')},
  cur_ipr_until = (SELECT p.valid_until FROM iprs p WHERE p.applicant_id = applicants.id AND p.replaced_at IS NULL ORDER BY p.issued_on DESC, p.rowid DESC LIMIT 1),
  ipr_pending = EXISTS (SELECT 1 FROM ipr_measures m WHERE m.applicant_id = applicants.id AND m.status IN ${PENDING}),
  portal_deadline = (SELECT min(m.order_deadline) FROM ipr_measures m WHERE m.applicant_id = applicants.id AND m.status IN ${PENDING} AND m.status = 'sent_to_portal'),
  active_case = EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id = applicants.id AND c.status NOT IN ${CLOSED})`;

/** Recomputes one person's facts (inside the caller's transaction). */
export function refreshRegistryFacts(db: Db, applicantId: string): void {
  db.run(sql`UPDATE applicants SET ${SET} WHERE id = ${applicantId}`);
}

/** Recomputes the facts of the people with rowids in [from, to] (the seed's batches). */
export function refreshRegistryFactsRange(db: Db, fromRowid: number, toRowid: number): void {
  db.run(sql`UPDATE applicants SET ${SET} WHERE rowid BETWEEN ${fromRowid} AND ${toRowid}`);
}
