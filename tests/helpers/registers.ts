import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { personLatinKey } from '../../src-main/core/domain/search-key';
import { syntheticPeople } from '../../src-main/core/modules/maintenance/synthetic-people';

// Legacy registers as district offices keep them in Excel today, for the import's tests, its
// end-to-end walk and its bench: Russian headers, dates as DD.MM.YYYY text or date cells, the
// disability group in Roman numerals, and about two people in three with a disability record.

export const REGISTER_HEADERS = [
  '№',
  'ИИН',
  'Фамилия',
  'Имя',
  'Отчество',
  'Дата рождения',
  'Пол',
  'КАТО',
  'Адрес',
  'Телефон',
  'Группа инвалидности',
  'Причина инвалидности',
  'Срок',
  'Дата установления',
  '№ решения МСЭ',
] as const;

const ROMAN = ['I', 'II', 'III'];
const dmy = (iso: string) => iso.split('-').reverse().join('.');

/**
 * `count` adults of the district (no two share a name and birth date, as a clean register has
 * none), each a row of REGISTER_HEADERS' cells as text. Those born since 2000 (IINs that begin
 * with 0) have no disability record.
 */
export function registerRows(count: number, seed: number, districtKato = '196000000'): string[][] {
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const p of syntheticPeople(count * 3, seed, '2026-01-01', districtKato)) {
    if (rows.length === count) break;
    const key = `${personLatinKey(p.lastName, p.firstName)}|${p.birthDate}`;
    // Children need a child's category and term: this register holds adults only.
    if (seen.has(key) || p.birthDate > '2006-01-01') continue;
    seen.add(key);
    const n = rows.length;
    // A record established in 2015–2024 is an adult's only for people born by 1996.
    const disabled = n % 3 !== 2 && p.birthDate < '1997-01-01';
    const established = `20${String(15 + (n % 10)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`;
    rows.push([
      String(n + 1),
      p.iin,
      p.lastName,
      p.firstName,
      p.patronymic ?? '',
      dmy(p.birthDate),
      p.sex === 'M' ? 'М' : 'Ж',
      p.katoCode,
      p.address,
      p.phone ?? '',
      disabled ? (ROMAN[n % 3] as string) : '',
      disabled ? 'общее заболевание' : '',
      disabled ? 'бессрочно' : '',
      disabled ? dmy(established) : '',
      disabled ? `МСЭ-${1000 + n}` : '',
    ]);
  }
  return rows;
}

export function registerCsv(rows: readonly (readonly string[])[], headers = REGISTER_HEADERS): string {
  const quote = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [headers, ...rows].map((r) => r.map(quote).join(';')).join('\r\n');
}

/** An .xlsx written as a stream (a 100,000-row file in a few seconds), with a title row above. */
export async function registerXlsx(
  rows: readonly (readonly (string | number | Date)[])[],
  options: { headers?: readonly string[]; sheet?: string; title?: string; extraSheet?: string } = {},
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  // ExcelJS's commit resolves on the stream's 'finish' (all written into it); the last chunks may
  // still be on their way out of its readable side. Under load the file came back cut short (its
  // workbook part missing, so the sheets had no names): wait for 'end', when every chunk is read.
  const read = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  if (options.extraSheet) {
    const other = book.addWorksheet(options.extraSheet);
    other.addRow(['Справка', 'не реестр']).commit();
    other.commit();
  }
  const sheet = book.addWorksheet(options.sheet ?? 'Реестр');
  if (options.title) {
    sheet.addRow([options.title]).commit();
    sheet.addRow([]).commit();
  }
  sheet.addRow([...(options.headers ?? REGISTER_HEADERS)]).commit();
  for (const r of rows) {
    const row = sheet.addRow([...r]);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
    });
    row.commit();
  }
  sheet.commit();
  await book.commit();
  await read;
  return Buffer.concat(chunks);
}
