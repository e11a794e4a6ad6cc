/** Tiyn as tenge with two decimals in the reader's language ("1 250,00 ₸"). */
export function money(tiyn: number, locale: string): string {
  // Kazakh writes numbers as Russian does (space groups, decimal comma); not every Chromium has kk data.
  const tag = locale === 'en' ? 'en-GB' : 'ru-RU';
  // Ordinary spaces between thousands, as the printed register has them.
  const n = (tiyn / 100).toLocaleString(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${n.replace(/[\u00a0\u202f]/g, ' ')} ₸`;
}
