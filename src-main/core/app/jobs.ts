import { type Clock, localToday, systemClock } from '../clock';
import { loadCalendar } from '../modules/calendar/service';
import { refreshOpenRegistrations } from '../modules/caregivers/registrations';
import { recomputeDueDates } from '../modules/cases/deadlines';
import { expireOverdueMeasures } from '../modules/disability/service';
import type { Router } from '../router/router';

// Work that happens because a day passed, not because someone typed: a measure whose portal
// order deadline is behind us expires (SC art. 168 p.2); cases' decision due dates are filled
// where missing (cases registered before deadlines existed). Long-running doors (the desktop app,
// `qamqor web`) run these once at start and again whenever the office's local date changes;
// each job is one transaction audited as "<door>:system".

export interface DailyJobs {
  /** Runs every job now (tests, and the first run at start). */
  runNow(): void;
  stop(): void;
}

const JOBS: readonly { name: string; run: Parameters<Router['runSystem']>[1] }[] = [
  { name: 'system.expireMeasures', run: expireOverdueMeasures },
  // Fills the due dates of cases registered before deadlines existed (and keeps them right).
  { name: 'system.caseDeadlines', run: (ctx) => recomputeDueDates(ctx.db, loadCalendar(ctx.db)) },
  // A caregiver's status moves with the date too: a contract runs out, a medical certificate
  // ends; each registration in force is re-derived (a change is audited as a status change).
  { name: 'system.caregiverStatus', run: refreshOpenRegistrations },
];

export function startDailyJobs(
  router: Router,
  opts: { onError: (job: string, err: unknown) => void; clock?: Clock; tickMs?: number },
): DailyJobs {
  const clock = opts.clock ?? systemClock;
  let lastDay: string | null = null;
  function runNow() {
    if (!router.host.isOpen) return;
    lastDay = localToday(clock);
    for (const job of JOBS) {
      try {
        router.runSystem(job.name, job.run);
      } catch (err) {
        opts.onError(job.name, err);
      }
    }
  }
  runNow();
  const timer = setInterval(() => {
    if (localToday(clock) !== lastDay) runNow();
  }, opts.tickMs ?? 60_000);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
