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

/**
 * What the user typed, as the form should hold it: '' when empty; 'YYYY-MM-DD' from D.M.YYYY
 * with any of . / - or space between (not checked: 31.02.2021 becomes 2021-02-31 so the
 * contract can say that day does not exist); anything else as typed (the contract says how a
 * date is written). Never a date the user did not type.
 */
export function typedToIso(typed: string): string {
  const t = typed.trim();
  if (t === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(t);
  if (!m) return t;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** The form's value as the field shows it: DD.MM.YYYY for a YYYY-MM-DD value, else as it is. */
export function isoToTyped(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}
