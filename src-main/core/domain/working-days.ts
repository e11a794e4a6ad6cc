import { addDays, type IsoDay, parseDay } from './calendar';

// Working days in Kazakhstan: Monday to Friday, except the days a calendar marks off (holidays,
// holidays moved off a weekend, days off transferred by the labour ministry's order), plus the
// weekend days a transfer makes working (Law No. 267 "On holidays" art. 5, Labour Code art. 84–85; docs/domain.md). Every deadline counts in these days;
// the day of submission does not count, so "N working days after D" starts on the day after D
// and always ends on a working day (a deadline never falls on a day off).

export interface CalendarException {
  day: IsoDay;
  /** true: a day off (even if a weekday); false: a working day (even if a weekend day). */
  off: boolean;
}

const isWeekend = (day: IsoDay): boolean => {
  const { y, m, d } = parseDay(day);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 || wd === 6;
};

const dayNumber = (day: IsoDay): number => {
  const { y, m, d } = parseDay(day);
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
};

/** Monday–Friday days in the day numbers (a, b] (1970-01-01, day 0, was a Thursday). */
const weekdaysIn = (a: number, b: number): number => {
  const upTo = (n: number) => {
    // Weekdays in days 0..n: whole weeks have 5; the partial week starts on a Thursday.
    const weeks = Math.floor((n + 1) / 7);
    const rest = (n + 1) % 7; // Thu, Fri, Sat, Sun, Mon, Tue, Wed
    return weeks * 5 + [0, 1, 2, 2, 2, 3, 4][rest]!;
  };
  return upTo(b) - upTo(a);
};

export class WorkCalendar {
  private readonly exceptions: ReadonlyMap<IsoDay, boolean>;
  /** The exceptions that change a day's kind, by day number, sorted: +1 a working weekend day, −1 a weekday off. */
  private readonly shifts: readonly { n: number; delta: number }[];

  constructor(entries: readonly CalendarException[]) {
    this.exceptions = new Map(entries.map((e) => [e.day, e.off]));
    this.shifts = [...this.exceptions]
      .map(([day, off]) => ({ n: dayNumber(day), delta: off === isWeekend(day) ? 0 : off ? -1 : 1 }))
      .filter((x) => x.delta !== 0)
      .sort((x, y) => x.n - y.n);
  }

  isWorkingDay(day: IsoDay): boolean {
    const off = this.exceptions.get(day);
    return off === undefined ? !isWeekend(day) : !off;
  }

  /** The n-th working day after `from` (from itself not counted); n ≥ 1. */
  addWorkingDays(from: IsoDay, n: number): IsoDay {
    if (!Number.isInteger(n) || n < 1) throw new Error('addWorkingDays: n must be a whole number ≥ 1');
    let day = from;
    let left = n;
    while (left > 0) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /**
   * Working days after `from` up to and including `to` (from not counted): how many are left
   * until a deadline. Negative when `to` is before `from`: how many the deadline is overdue.
   */
  workingDaysBetween(from: IsoDay, to: IsoDay): number {
    if (to === from) return 0;
    const forward = to > from;
    const [a, b] = forward ? [dayNumber(from), dayNumber(to)] : [dayNumber(to), dayNumber(from)];
    // Weekdays by arithmetic, then the calendar's exceptions inside the range: a register page
    // shows 25 of these, some a year overdue, so no day-by-day walk.
    let n = weekdaysIn(a, b);
    for (const s of this.shifts) if (s.n > a && s.n <= b) n += s.delta;
    return forward ? n : -n;
  }
}
