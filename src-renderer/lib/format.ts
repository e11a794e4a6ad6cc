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

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(TAGS[locale] ?? 'ru-RU').format(n);
}

export function fullName(p: { lastName: string; firstName: string; patronymic?: string | null }): string {
  return [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ');
}
