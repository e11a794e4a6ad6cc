/** Time source passed to services so tests can pin "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const isoNow = (clock: Clock): string => clock.now().toISOString();

/**
 * Today's date where the office is: the workstation's own time zone (Kazakhstan is UTC+5), not
 * UTC, or between midnight and 05:00 "today" would still be yesterday and today's date would
 * be refused as a date in the future.
 */
export function localToday(clock: Clock = systemClock): string {
  const d = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
