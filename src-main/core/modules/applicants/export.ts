import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { pickLocale } from '../../api/messages';
import { localToday } from '../../clock';
import type { ServiceContext } from '../../shared/context';
import { registryExportLabels } from './export-labels';
import { connectionAsk, listPage } from './list';
import { applicants } from './schema';

// The registry list as it is filtered and ordered on screen, to a spreadsheet a caseworker can
// hand on (a re-examination list, people with pending measures…). The rows come from the list's
// own plan, so the file holds exactly the people the screen counts, in the same order.

/** A file holds at most this many people; a larger list says so and writes the first ones. */
export const REGISTRY_EXPORT_LIMIT = 10_000;

const COLUMNS = {
  lastName: applicants.lastName,
  firstName: applicants.firstName,
  patronymic: applicants.patronymic,
  iin: applicants.iin,
  birthDate: applicants.birthDate,
  sex: applicants.sex,
  katoCode: applicants.katoCode,
  address: applicants.address,
  phone: applicants.phone,
  category: applicants.curDisabilityCategory,
  group: applicants.curDisabilityGroup,
  reexam: applicants.curDisabilityUntil,
  iprUntil: applicants.curIprUntil,
  pending: applicants.iprPending,
  portalDeadline: applicants.portalDeadline,
  activeCase: applicants.activeCase,
  consentDate: applicants.consentDate,
  rowid: sql<number>`${applicants}.rowid`,
};

/** An ISO date as a spreadsheet date (midnight UTC: ExcelJS counts days in UTC). */
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function exportRegistry(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.export'>,
): Promise<Output<'applicants.export'>> {
  const today = localToday(ctx.clock);
  const listInput: ParsedInput<'applicants.list'> = {
    ...input,
    page: 1,
    pageSize: REGISTRY_EXPORT_LIMIT + 1,
  };
  // One read snapshot for the count, the ids and the rows.
  const rows = ctx.sqlite.transaction(() => {
    const { ids } = listPage(connectionAsk(ctx.sqlite), ctx.db, listInput, today);
    if (ids.length === 0) return [];
    const found = ctx.db
      .select(COLUMNS)
      .from(applicants)
      .where(sql`${applicants}.rowid IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`)
      .all();
    const at = new Map(ids.map((id, i) => [id, i]));
    return found.sort((a, b) => at.get(a.rowid)! - at.get(b.rowid)!);
  })();
  const capped = rows.length > REGISTRY_EXPORT_LIMIT;
  const people = capped ? rows.slice(0, REGISTRY_EXPORT_LIMIT) : rows;

  const locale = pickLocale(ctx.locale);
  const L = registryExportLabels(locale);
  const book = new ExcelJS.Workbook();
  book.creator = 'Qamqor';
  book.created = ctx.clock.now();
  const sheet = book.addWorksheet(L.sheet);
  const dateColumn = { width: 14, style: { numFmt: 'dd.mm.yyyy' } };
  sheet.columns = [
    { header: L.lastName, key: 'lastName', width: 20 },
    { header: L.firstName, key: 'firstName', width: 16 },
    { header: L.patronymic, key: 'patronymic', width: 18 },
    // Text, so Excel keeps the leading zeros of an IIN and does not show it as 9.0E+11.
    { header: L.iin, key: 'iin', width: 15, style: { numFmt: '@' } },
    { header: L.birthDate, key: 'birthDate', ...dateColumn },
    { header: L.sex, key: 'sex', width: 8 },
    { header: L.katoCode, key: 'katoCode', width: 12, style: { numFmt: '@' } },
    { header: L.address, key: 'address', width: 32 },
    { header: L.phone, key: 'phone', width: 16 },
    { header: L.category, key: 'category', width: 28 },
    { header: L.group, key: 'group', width: 10 },
    { header: L.reexam, key: 'reexam', ...dateColumn },
    { header: L.iprUntil, key: 'iprUntil', ...dateColumn },
    { header: L.pending, key: 'pending', width: 14 },
    { header: L.portalDeadline, key: 'portalDeadline', ...dateColumn },
    { header: L.activeCase, key: 'activeCase', width: 12 },
    { header: L.consentDate, key: 'consentDate', ...dateColumn },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const p of people) {
    sheet.addRow({
      lastName: p.lastName,
      firstName: p.firstName,
      patronymic: p.patronymic ?? '',
      iin: p.iin ?? '',
      birthDate: asDate(p.birthDate),
      sex: enumLabel(locale, 'sex', p.sex),
      katoCode: p.katoCode,
      address: p.address,
      phone: p.phone ?? '',
      category: enumLabel(locale, 'category', p.category),
      group: p.group ? enumLabel(locale, 'group', String(p.group)) : '',
      reexam: asDate(p.reexam),
      iprUntil: asDate(p.iprUntil),
      pending: p.pending ? L.yes : '',
      portalDeadline: asDate(p.portalDeadline),
      activeCase: p.activeCase ? L.yes : '',
      consentDate: asDate(p.consentDate),
    });
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  // Handing personal data to a file is on the record: how many people and which filters, but not
  // the search text (it may be a name).
  const filters = Object.keys(input).filter(
    (k) => !['query', 'sortBy', 'sortDir'].includes(k) && input[k as keyof typeof input] !== undefined,
  );
  ctx.audit({
    entity: 'applicant',
    entityId: '',
    action: 'export',
    changes: { rows: [null, people.length], filters: [null, filters.join(',')] },
  });
  return {
    fileName: `qamqor-registry-${today}.xlsx`,
    base64: buffer.toString('base64'),
    rows: people.length,
    capped,
  };
}
