import { addDays, type IsoDay, parseDay } from './calendar';

// Working days in Kazakhstan: Monday to Friday, except the days a calendar marks off (holidays,
// holidays moved off a weekend, days off transferred by the labour ministry's order), plus the
// weekend days a transfer makes working (DOMAIN.md §13). Every deadline counts in these days;
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

export class WorkCalendar {
  private readonly exceptions: ReadonlyMap<IsoDay, boolean>;

  constructor(entries: readonly CalendarException[]) {
    this.exceptions = new Map(entries.map((e) => [e.day, e.off]));
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
    const [a, b] = forward ? [from, to] : [to, from];
    let n = 0;
    for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (this.isWorkingDay(day)) n++;
    return forward ? n : -n;
  }
}
