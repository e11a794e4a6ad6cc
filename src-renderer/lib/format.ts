// Dates and numbers as people in each language expect them (dates are stored as ISO text).
const TAGS: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/**
 * 15.07.1985 in Kazakh and Russian (as on Kazakh official papers), 15/07/1985 in English.
 * Not Intl: Chromium's ICU build has no Kazakh date patterns and falls back to ISO order.
 */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const sep = locale === 'en' ? '/' : '.';
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

/**
 * 2 000 in Kazakh and Russian, 2,000 in English. Kazakh is formatted with the Russian rules
 * (the same grouping and decimal comma): Chromium's ICU has no Kazakh number data and would
 * fall back to "2,000".
 */
export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'kk' ? 'ru-RU' : (TAGS[locale] ?? 'ru-RU')).format(n);
}

export function fullName(p: { lastName: string; firstName: string; patronymic?: string | null }): string {
  return [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ');
}

/** A UTC instant shown in the workstation's local time: 22.11.2026 14:05. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(local, locale)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatBytes(n: number, locale: string): string {
  const mb = n / (1024 * 1024);
  return mb >= 1
    ? `${new Intl.NumberFormat(TAGS[locale] ?? 'ru-RU', { maximumFractionDigits: 1 }).format(mb)} MB`
    : `${new Intl.NumberFormat(TAGS[locale] ?? 'ru-RU', { maximumFractionDigits: 0 }).format(n / 1024)} KB`;
}

/** Sorts a small list that lives in the browser (users, backups) by one column. */
export function sortBy<T>(rows: readonly T[], key: keyof T, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return String(x).localeCompare(String(y), 'ru') * sign;
  });
}
