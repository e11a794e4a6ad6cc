import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { ServiceContext } from '../../shared/context';
import { candidateColumns } from './person';
import { applicants } from './schema';

// The registry-wide duplicates report (the registration check is in person.ts).

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
