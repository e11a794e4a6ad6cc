import { and, count, eq, gte, lte } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import { addDays } from '../../domain/calendar';
import type { ServiceContext } from '../../shared/context';
import { applicantCountQuery } from '../applicants/list';
import { loadCalendar } from '../calendar/service';
import { affectedRegistrations, expiringChecks } from '../caregivers/registrations';
import { caregivers } from '../caregivers/schema';
import { caseListQueries, dueWindow } from '../cases/service';
import { decisions } from '../casework/schema';
import { exportOverdue } from '../exchange/service';
import { casesWithUnreliable } from '../providers/service';
import { alertHorizons, certificateHorizons } from '../settings/policies';
import { specialists } from '../specialists/schema';

// The home screen: what needs doing soon, counted with the same filters the list uses, so a
// click on an alert shows exactly the people it counted.

/** A caregiver's evidence (a medical certificate) is flagged this many days before it ends. */
const CHECKS_EXPIRING_DAYS = 30;

export function alertSummary(ctx: ServiceContext): Output<'alerts.summary'> {
  const today = localToday(ctx.clock);
  // How far ahead each alert looks is the office's setting (Settings → Alerts).
  const h = alertHorizons(ctx.db);
  const n = (filters: Partial<ParsedInput<'applicants.list'>>) =>
    applicantCountQuery(
      ctx.db,
      { query: '', page: 1, pageSize: 25, sortBy: 'name', sortDir: 'asc', ...filters },
      today,
    ).get()?.n ?? 0;
  // Counted with the register's own filter, so the alert opens exactly the cases it counted.
  const due = dueWindow(loadCalendar(ctx.db), today);
  const cases = (which: 'soon' | 'overdue') =>
    caseListQueries(
      ctx.db,
      { query: '', due: which, page: 1, pageSize: 25, sortBy: 'dueOn', sortDir: 'asc' },
      null,
      due,
    ).count.get()?.n ?? 0;
  // Active specialists whose certificate (or category) ends within each of the office's bands
  // (7 / 30 / 90 days by default), counted as the register's "ending within N days" filter does.
  const horizons = certificateHorizons(ctx.db);
  const bands = (column: typeof specialists.certValidUntil | typeof specialists.categoryValidUntil) =>
    [horizons.urgentDays, horizons.warnDays, horizons.noticeDays].map((days) => ({
      days,
      n:
        ctx.db
          .select({ n: count() })
          .from(specialists)
          .where(and(eq(specialists.active, true), gte(column, today), lte(column, addDays(today, days))))
          .get()?.n ?? 0,
    }));
  return {
    decisionsDueSoon: cases('soon'),
    decisionsOverdue: cases('overdue'),
    // Drafts awaiting a head (the queue counts the same rows).
    decisionsToApprove:
      ctx.db.select({ n: count() }).from(decisions).where(eq(decisions.state, 'pending')).get()?.n ?? 0,
    // Certificates ending within the horizon (the list's "expiring" state), and specialists
    // without a valid one who are responsible for an active case's plan.
    certificateBands: bands(specialists.certValidUntil),
    categoryBands: bands(specialists.categoryValidUntil),
    certificatesExpiredActive: ctx.sqlite
      .prepare(
        `SELECT count(DISTINCT s.id) FROM specialists s JOIN work_plans p ON p.responsible_id = s.id
         JOIN cases c ON c.id = p.case_id AND c.status NOT IN ('refused', 'terminated', 'withdrawn')
         WHERE s.cert_valid_until IS NULL OR s.cert_valid_until < ?`,
      )
      .pluck()
      .get(today) as number,
    // Caregivers: registrations waiting for documents, checks whose evidence ends within 30 days,
    // and registrations whose person cared for no longer qualifies (group, move, death).
    caregiversAwaiting:
      ctx.db.select({ n: count() }).from(caregivers).where(eq(caregivers.status, 'awaiting_documents')).get()
        ?.n ?? 0,
    caregiverChecksExpiring: expiringChecks(ctx, CHECKS_EXPIRING_DAYS),
    caregiversAffected: affectedRegistrations(ctx).length,
    // Open cases whose provider the complaints commission removed: the caseworker acts on them.
    casesWithUnreliableProvider: casesWithUnreliable(ctx),
    exportOverdueDays: exportOverdue(ctx),
    reexamDue: n({ reexamWithinDays: h.reexamDays }),
    iprExpiring: n({ iprExpiringWithinDays: h.iprDays }),
    portalDeadline: n({ portalDeadlineWithinDays: h.portalDays }),
    consentMissing: n({ consentMissing: true }),
    days: { reexam: h.reexamDays, ipr: h.iprDays, portal: h.portalDays },
  };
}
