import type { Sqlite } from '../../db/open';

/**
 * For `qamqor doctor`: cases whose copy of the person's row number (applicant_rid, kept by the
 * triggers of migration 0032) is not their person's. The register's name search reaches cases
 * through it, so such a case would be missing from the search, silently.
 */
export function checkCaseApplicantRids(sqlite: Sqlite): string[] {
  const has = sqlite.prepare("SELECT 1 FROM pragma_table_info('cases') WHERE name = 'applicant_rid'").get();
  if (!has) return [];
  const wrong = sqlite
    .prepare(
      `SELECT count(*) FROM cases c LEFT JOIN applicants a ON a.id = c.applicant_id
        WHERE c.applicant_rid IS NOT a.rid`,
    )
    .pluck()
    .get() as number;
  return wrong > 0
    ? [`${wrong} case${wrong === 1 ? '' : 's'} point at the wrong person in the register's name search`]
    : [];
}
