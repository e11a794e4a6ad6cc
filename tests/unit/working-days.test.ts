import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/core/domain/calendar';
import { WorkCalendar } from '../../src-main/core/domain/working-days';
import { SHIPPED_CALENDAR } from '../../src-main/core/modules/calendar/domain';

// The working-day calendar (issue 14, item 1; docs/domain.md) with the shipped 2025–2027 data.

const cal = new WorkCalendar(SHIPPED_CALENDAR);

describe('Kazakhstan working days 2025–2027', () => {
  it('every fixed holiday on a weekday is a day off', () => {
    for (const day of [
      '2025-01-01',
      '2025-01-02',
      '2025-01-07',
      '2025-05-01',
      '2025-05-07',
      '2025-05-09',
      '2025-06-06',
      '2025-10-25',
      '2025-12-16',
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-23',
      '2026-05-01',
      '2026-05-07',
      '2026-05-27',
      '2026-07-06',
      '2026-12-16',
      '2027-03-15',
      '2027-03-22',
      '2027-03-23',
    ]) {
      if (['2025-10-25'].includes(day)) continue; // a Saturday
      expect(cal.isWorkingDay(day), day).toBe(false);
    }
  });
  it('holidays on a weekend move to the next working day (Law No. 267 art. 5)', () => {
    expect(cal.isWorkingDay('2026-03-09')).toBe(false); // 8 March 2026 is a Sunday
    expect(cal.isWorkingDay('2026-05-11')).toBe(false); // 9 May 2026 is a Saturday
    expect(cal.isWorkingDay('2026-10-26')).toBe(false); // 25 October 2026 is a Sunday
    expect(cal.isWorkingDay('2025-10-27')).toBe(false);
    expect(cal.isWorkingDay('2027-01-04')).toBe(false); // 2 January 2027 is a Saturday
  });
  it('the 2025 transfer: Friday 3 January off, Sunday 5 January a working day (order No. 436)', () => {
    expect(cal.isWorkingDay('2025-01-03')).toBe(false);
    expect(cal.isWorkingDay('2025-01-05')).toBe(true);
    // The 2 working days after 31 December 2024: 1–3 January off, 4 Saturday, then Sunday 5 and Monday 6.
    expect(cal.addWorkingDays('2024-12-31', 1)).toBe('2025-01-05');
    expect(cal.addWorkingDays('2024-12-31', 2)).toBe('2025-01-06');
  });
  it('Constitution Day: 30 August up to 2025, not in 2026, 15 March from 2027', () => {
    expect(cal.isWorkingDay('2025-09-01')).toBe(false); // 30 August 2025 (Saturday) moved
    expect(cal.isWorkingDay('2026-08-31')).toBe(true);
    expect(cal.isWorkingDay('2027-03-15')).toBe(false);
  });
  it('Nauryz: 21–23 March and its moved days', () => {
    for (const day of ['2026-03-23', '2026-03-24', '2026-03-25', '2025-03-21', '2025-03-24', '2025-03-25'])
      expect(cal.isWorkingDay(day), day).toBe(false);
    // 10 working days after 18 March 2026: 19, 20, 26, 27, 30, 31 March, 1, 2, 3, 6 April.
    expect(cal.addWorkingDays('2026-03-18', 10)).toBe('2026-04-06');
  });
  it('a deadline crossing the New Year skips 1 January, the moved 2 January and 7 January', () => {
    // Submitted Monday 28 December 2026: 29, 30, 31 December; 1 January off, 2–3 the weekend,
    // 4 January off (moved for 2 January), then 5, 6, and 8 (7 is Christmas) and 11 January.
    expect(cal.addWorkingDays('2026-12-28', 7)).toBe('2027-01-11');
    expect(cal.workingDaysBetween('2026-12-28', '2027-01-11')).toBe(7);
  });
  it('the day of submission does not count, and a deadline never falls on a day off', () => {
    // Submitted on Friday 27 November 2026: 14 working days → Thursday 17 December (16th off).
    expect(cal.addWorkingDays('2026-11-27', 14)).toBe('2026-12-18');
    expect(cal.isWorkingDay(cal.addWorkingDays('2026-12-15', 1))).toBe(true);
    expect(cal.addWorkingDays('2026-12-15', 1)).toBe('2026-12-17');
  });
  it('overdue counts come out negative', () => {
    expect(cal.workingDaysBetween('2026-11-30', '2026-11-27')).toBe(-1);
    expect(cal.workingDaysBetween('2026-11-27', '2026-11-27')).toBe(0);
  });
  it('adding then counting working days round-trips (every start day of 2025–2027, n = 1…40)', () => {
    for (let day = '2025-01-01'; day <= '2027-12-31'; day = addDays(day, 7)) {
      for (const n of [1, 2, 3, 10, 14, 17, 40]) {
        const due = cal.addWorkingDays(day, n);
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(cal.workingDaysBetween(day, due)).toBe(n);
        // One calendar day earlier has one working day fewer left.
        expect(cal.workingDaysBetween(day, addDays(due, -1))).toBe(n - 1);
      }
    }
  });
  it('a Saturday made working counts', () => {
    const transferred = new WorkCalendar([{ day: '2026-12-19', off: false }]);
    expect(transferred.isWorkingDay('2026-12-19')).toBe(true);
    expect(transferred.addWorkingDays('2026-12-18', 1)).toBe('2026-12-19');
  });
});
