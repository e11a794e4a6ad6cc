import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  formatDay,
  localDay,
  parseDay,
} from '../../src-main/core/domain/calendar';

// Properties of the calendar every deadline, term and age in the app is computed with.

const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const daysBetween = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe('calendar', () => {
  it('addDays moves by exactly n days and back', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(daysBetween(d, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(d);
      }),
    );
  });

  it('addMonths lands in the right month, on the same day or the month end', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const from = parseDay(d);
        const to = parseDay(addMonths(d, n));
        expect(to.y * 12 + to.m - (from.y * 12 + from.m)).toBe(n);
        const monthEnd = new Date(Date.UTC(to.y, to.m, 0)).getUTCDate();
        expect(to.d).toBe(Math.min(from.d, monthEnd));
      }),
    );
  });

  it('known month ends and leap years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('ageOn grows by one on each birthday and never before', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 100 }), (birth, years) => {
        const birthday = addYears(birth, years);
        expect(ageOn(birth, birthday)).toBe(
          parseDay(birth).d === 29 && parseDay(birthday).d === 28 ? years - 1 : years,
        );
        expect(ageOn(birth, addDays(birthday, -1))).toBe(years - 1 < 0 ? -1 : years - 1);
      }),
    );
    expect(ageOn('2019-11-29', '2026-11-28')).toBe(6);
    expect(ageOn('2019-11-29', '2026-11-29')).toBe(7);
  });

  it('localDay is the day on the clock of the given offset', () => {
    const at = new Date('2026-11-28T20:30:00Z');
    expect(localDay(at, 0)).toBe('2026-11-28');
    expect(localDay(at, 5 * 60)).toBe('2026-11-29'); // Almaty, UTC+5
    fc.assert(
      fc.property(day, fc.integer({ min: -12 * 60, max: 14 * 60 }), (d, offset) => {
        // Noon UTC is the same calendar day everywhere between UTC-12 and UTC+11:59.
        if (offset >= 12 * 60) return;
        expect(localDay(new Date(`${d}T12:00:00Z`), offset)).toBe(d);
      }),
    );
  });

  it('parseDay and formatDay are inverse', () => {
    fc.assert(
      fc.property(day, (d) => {
        const { y, m, d: dd } = parseDay(d);
        expect(formatDay(y, m, dd)).toBe(d);
      }),
    );
  });
});
