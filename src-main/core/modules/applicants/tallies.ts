import { type SQL, sql } from 'drizzle-orm';
import type { ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import type { Sqlite } from '../../db/open';
import { setFilters } from './list-plan';

// The registry list's totals from applicant_tallies (migration 0029): live people counted per
// six-digit KATO prefix and the work-list facts that sit on the person's row, kept in step by
// triggers. A filtered page whose filters are all among these dimensions sums a few hundred or
// thousand tally rows instead of counting a district's people one index entry at a time.

/** The first KATO digits a tally row keeps: oblast (2), district (2), rural okrug (2). */
export const TALLY_KATO_DIGITS = 6;

/** The filters the tallies answer. */
const ANSWERED = new Set([
  'sex',
  'katoPrefix',
  'disabilityCategory',
  'disabilityGroup',
  'iprPending',
  'activeCase',
  'consentMissing',
]);

/**
 * The total of a filtered list from the tallies, or null when a filter is not among their
 * dimensions (a name or number search, an age band, a date window, a settlement's nine digits):
 * those are counted from the people. Any filter added to the list later is outside ANSWERED and
 * so counted from the people until the tallies learn it.
 */
export function tallyCountQuery(db: Db, input: ParsedInput<'applicants.list'>) {
  if (input.query !== '') return null;
  for (const [key] of setFilters(input)) if (!ANSWERED.has(key)) return null;
  if (input.katoPrefix && input.katoPrefix.length > TALLY_KATO_DIGITS) return null;
  const where: SQL[] = [];
  if (input.katoPrefix)
    where.push(sql`kato6 >= ${input.katoPrefix} AND kato6 < ${`${input.katoPrefix}\uffff`}`);
  if (input.sex) where.push(sql`sex = ${input.sex}`);
  if (input.disabilityCategory) where.push(sql`category = ${input.disabilityCategory}`);
  if (input.disabilityGroup) where.push(sql`grp = ${input.disabilityGroup}`);
  if (input.iprPending) where.push(sql`ipr_pending = 1`);
  if (input.activeCase) where.push(sql`active_case = 1`);
  if (input.consentMissing) where.push(sql`no_consent = 1`);
  return db
    .select({ n: sql<number>`coalesce(sum(n), 0)` })
    .from(sql`applicant_tallies`)
    .where(where.length > 0 ? sql.join(where, sql` AND `) : undefined);
}

/** The registry's widest index holds every column the tallies count, for the live people. */
const COVERING_INDEX = 'applicants_live_kato_idx';

/**
 * The tallies counted from the people. Read from the covering KATO index when it is there: a
 * quarter of the pages of the table (0.18 s against 0.26-0.58 s at 100,000 people); a database
 * missing it (a damaged one under `qamqor doctor`) is still counted, from the table.
 */
function recountSql(sqlite: Sqlite): string {
  const covered = sqlite
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?")
    .get(COVERING_INDEX);
  return `SELECT substr(kato_code, 1, ${TALLY_KATO_DIGITS}) AS kato6, sex, coalesce(cur_disability_category, '') AS category,
       coalesce(cur_disability_group, 0) AS grp, ipr_pending, active_case, consent_date IS NULL AS no_consent, count(*) AS n
  FROM applicants ${covered ? `INDEXED BY ${COVERING_INDEX} ` : ''}WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

/**
 * For `qamqor doctor`: the tallies against a recount of the people (a full pass over the
 * registry: about a second at a million). Rows that count zero are not differences.
 */
export function checkTallies(sqlite: Sqlite): string[] {
  const has = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'applicant_tallies'").get();
  if (!has) return [];
  const recount = recountSql(sqlite);
  const differing = sqlite
    .prepare(
      `SELECT count(*) FROM (SELECT DISTINCT kato6, sex, category, grp, ipr_pending, active_case, no_consent FROM (
         SELECT kato6, sex, category, grp, ipr_pending, active_case, no_consent, n FROM applicant_tallies WHERE n <> 0
         EXCEPT ${recount}
         UNION ALL
         SELECT * FROM (${recount} EXCEPT SELECT kato6, sex, category, grp, ipr_pending, active_case, no_consent, n FROM applicant_tallies)))`,
    )
    .pluck()
    .get() as number;
  return differing > 0
    ? [`registry tallies differ from the people in ${differing} combination${differing === 1 ? '' : 's'}`]
    : [];
}

/**
 * For a write of many people (an oblast importing a district's registry): the tally triggers
 * are set aside and the tallies counted again in one pass when `recount` is called (about a
 * second at a million, against an upsert per person), with the same triggers (their exact SQL)
 * put back. Both inside the caller's transaction: a failure leaves the triggers as they were.
 */
export function setTalliesAside(sqlite: Sqlite): { recount(): void } {
  const triggers = sqlite
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'applicant\\_tallies\\_%' ESCAPE '\\'",
    )
    .all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  return {
    recount() {
      if (triggers.length === 0) return;
      sqlite.exec('DELETE FROM applicant_tallies');
      sqlite.exec(`INSERT INTO applicant_tallies ${recountSql(sqlite)}`);
      for (const t of triggers) sqlite.exec(t.sql);
    },
  };
}
