import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src-main/core/domain/working-days';
import { SHIPPED_CALENDAR } from '../../src-main/core/modules/calendar/domain';
import { filingDeadline, majority, reviewDeadline } from '../../src-main/core/modules/complaints/domain';

// The commission's deadlines (SC art. 167; docs/domain.md §9, §13) on the shipped calendar.
const cal = new WorkCalendar(SHIPPED_CALENDAR);

describe('the 14 calendar days to complain', () => {
  it('counts calendar days and moves a last day off to the next working day', () => {
    // 14 days after 1 December: Tuesday 15 December, a working day.
    expect(filingDeadline('2026-12-01', cal)).toBe('2026-12-15');
    // After 2 December: Wednesday 16 December is Independence Day → Thursday 17 December.
    expect(filingDeadline('2026-12-02', cal)).toBe('2026-12-17');
    // After 19 December: Saturday 2 January 2027 (New Year); Monday 4 January is off in its place
    // (computed calendar), so Tuesday 5 January.
    expect(filingDeadline('2026-12-19', cal)).toBe('2027-01-05');
    // After 7 March 2026: Saturday 21 March (Nauryz), Sunday 22, Monday 23, moved 24 and 25 → 26 March.
    expect(filingDeadline('2026-03-07', cal)).toBe('2026-03-26');
  });
});

describe('the review term in working days', () => {
  it('skips weekends and holidays, the day of receipt not counted', () => {
    // 10 working days from Thursday 10 December 2026, Independence Day skipped.
    expect(reviewDeadline('2026-12-10', 'code', cal)).toBe('2026-12-25');
    expect(reviewDeadline('2026-12-10', 'ministry', cal)).toBe('2026-12-18');
    // From Friday 20 March 2026 across Nauryz (21–23) and its moved days (24–25 March).
    expect(reviewDeadline('2026-03-20', 'ministry', cal)).toBe('2026-04-01');
    // Received on a Saturday: the count starts on Monday.
    expect(reviewDeadline('2026-11-28', 'ministry', cal)).toBe('2026-12-04');
  });
});

describe('the commission’s majority', () => {
  it('needs more than half the members to vote and no tie', () => {
    expect(majority(3, ['uphold'])).toEqual({ outcome: null, problem: 'quorum' });
    expect(majority(3, ['uphold', 'uphold'])).toEqual({ outcome: 'upheld', problem: null });
    expect(majority(4, ['uphold', 'reject'])).toEqual({ outcome: null, problem: 'quorum' });
    expect(majority(4, ['uphold', 'reject', 'reject'])).toEqual({ outcome: 'rejected', problem: null });
    expect(majority(4, ['uphold', 'reject', 'reject', 'uphold'])).toEqual({ outcome: null, problem: 'tie' });
    expect(majority(0, [])).toEqual({ outcome: null, problem: 'quorum' });
  });
});
