import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { ServiceContext } from '../../shared/context';
import { applicantCountQuery } from '../applicants/list';

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
