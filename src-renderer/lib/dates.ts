import dayjs from 'dayjs';

/** A date typed by hand: 15.07.1985, 5.7.1985, 15/07/1985 or ISO; null if it is not a date. */
export function parseTypedDate(value: string): string | null {
  const d = dayjs(value.trim(), ['DD.MM.YYYY', 'D.M.YYYY', 'DD/MM/YYYY', 'YYYY-MM-DD'], true);
  return d.isValid() ? d.format('YYYY-MM-DD') : null;
}

/** Today on this workstation (its own time zone, as the office sees it), as YYYY-MM-DD. */
export function todayLocal(): string {
  return dayjs().format('YYYY-MM-DD');
}
