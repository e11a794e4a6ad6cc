// Calendar days as ISO strings ("2026-11-29"): the one home of date arithmetic. Days are pure
// values without a time zone; the only link to the clock is `localDay`, which says what day a
// moment is on a workstation's clock. The working-day engine (holidays, transferred days off,
// deadlines in working days) belongs here too.

export type IsoDay = string;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Year, month (1–12) and day of an ISO day. */
export function parseDay(iso: IsoDay): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

export function formatDay(y: number, m: number, d: number): IsoDay {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Adds (or with a negative number, subtracts) calendar days. */
export function addDays(iso: IsoDay, days: number): IsoDay {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months; the 31st of a month without one becomes its last day. */
export function addMonths(iso: IsoDay, months: number): IsoDay {
  const { y, m, d } = parseDay(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return formatDay(ny, nm, Math.min(d, last));
}

export function addYears(iso: IsoDay, years: number): IsoDay {
  return addMonths(iso, years * 12);
}

/** Full years from `birthDate` to `on` (a birthday on 29 February counts from 1 March). */
export function ageOn(birthDate: IsoDay, on: IsoDay): number {
  const b = parseDay(birthDate);
  const o = parseDay(on);
  let age = o.y - b.y;
  if (o.m < b.m || (o.m === b.m && o.d < b.d)) age--;
  return age;
}

/** The calendar day of a moment on a clock `utcOffsetMinutes` east of UTC. */
export function localDay(at: Date, utcOffsetMinutes: number): IsoDay {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The instant a day begins on this workstation's clock, as UTC (the audit log stores UTC). */
export function localDayStart(day: IsoDay): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** "2026-03" → the days of the month as ISO dates (28 to 31 of them). */
export function monthDays(month: string): IsoDay[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function dayDiff(from: IsoDay, to: IsoDay): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}
