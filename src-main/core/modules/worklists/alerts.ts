import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import { applicants } from '../../db/schema';
import { applicantCountQuery } from '../applicants/list';
import { candidateColumns } from '../applicants/person';
import type { ServiceContext } from '../../shared/context';

// The home screen: what needs doing soon, counted with the same filters the list uses, so a
// click on an alert shows exactly the people it counted.

export const ALERT_DAYS = { reexam: 30, ipr: 30, portal: 14 } as const;

export function alertSummary(ctx: ServiceContext): Output<'alerts.summary'> {
  const today = localToday(ctx.clock);
  const n = (filters: Partial<ParsedInput<'applicants.list'>>) =>
    applicantCountQuery(
      ctx.db,
      { query: '', page: 1, pageSize: 25, sortBy: 'name', sortDir: 'asc', ...filters },
      today,
    ).get()?.n ?? 0;
  return {
    reexamDue: n({ reexamWithinDays: ALERT_DAYS.reexam }),
    iprExpiring: n({ iprExpiringWithinDays: ALERT_DAYS.ipr }),
    portalDeadline: n({ portalDeadlineWithinDays: ALERT_DAYS.portal }),
    consentMissing: n({ consentMissing: true }),
    days: { ...ALERT_DAYS },
  };
}

/**
 * Groups of live people sharing a Latin name key and a birth date (the registration check's
 * rule, applied to the whole registry). The GROUP BY walks the duplicate index in order.
 */
export function duplicateReport(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.duplicateReport'>,
): Output<'applicants.duplicateReport'> {
  const keys = ctx.db
    .select({ latinKey: applicants.latinKey, birthDate: applicants.birthDate, n: count() })
    .from(applicants)
    .where(isNull(applicants.deletedAt))
    .groupBy(applicants.latinKey, applicants.birthDate)
    .having(sql`count(*) > 1`)
    .all();
  const groups = keys.slice(0, input.limit).map((k) =>
    ctx.db
      .select(candidateColumns)
      .from(applicants)
      .where(
        and(
          eq(applicants.latinKey, k.latinKey),
          eq(applicants.birthDate, k.birthDate),
          isNull(applicants.deletedAt),
        ),
      )
      .all(),
  );
  return { groups, totalGroups: keys.length };
}
