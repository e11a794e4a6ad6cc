import ExcelJS from 'exceljs';
import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { fieldLabel, pickLocale } from '../../api/messages';
import { localToday } from '../../clock';
import type { ServiceContext } from '../../shared/context';
import { providers } from '../providers/schema';
import { certificationState } from './domain';
import { expiringWindow, specialistRows } from './service';

// The list of specialists as it is searched, filtered and sorted on screen, to a spreadsheet for
// the head or the oblast: headers in the caller's language, IINs as text, dates as dates.

export const SPECIALISTS_EXPORT_LIMIT = 10_000;

const WORDS = {
  kk: {
    sheet: 'Мамандар',
    employer: 'Жұмыс беруші',
    categoryUntil: 'Санат мерзімі',
    department: 'Бөлім',
    state: 'Сертификат',
    yes: 'иә',
    lastName: 'Тегі',
    firstName: 'Аты',
    patronymic: 'Әкесінің аты',
    iin: 'ЖСН',
  },
  ru: {
    sheet: 'Специалисты',
    employer: 'Работодатель',
    categoryUntil: 'Категория до',
    department: 'Отдел',
    state: 'Сертификат',
    yes: 'да',
    lastName: 'Фамилия',
    firstName: 'Имя',
    patronymic: 'Отчество',
    iin: 'ИИН',
  },
  en: {
    sheet: 'Specialists',
    employer: 'Employer',
    categoryUntil: 'Category until',
    department: 'Department',
    state: 'Certificate',
    yes: 'yes',
    lastName: 'Surname',
    firstName: 'Name',
    patronymic: 'Patronymic',
    iin: 'IIN',
  },
} as const;

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function exportSpecialists(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.export'>,
): Promise<Output<'specialists.export'>> {
  const today = localToday(ctx.clock);
  const { total, rows } = specialistRows(ctx, input, SPECIALISTS_EXPORT_LIMIT, 0);
  const locale = pickLocale(ctx.locale);
  const W = WORDS[locale];
  const employers = new Map(
    ctx.db
      .select({ id: providers.id, nameKk: providers.nameKk, nameRu: providers.nameRu })
      .from(providers)
      .all()
      .map((p) => [p.id, locale === 'kk' ? p.nameKk : p.nameRu]),
  );
  const book = new ExcelJS.Workbook();
  book.creator = 'Qamqor';
  book.created = ctx.clock.now();
  const sheet = book.addWorksheet(W.sheet);
  const date = { width: 14, style: { numFmt: 'dd.mm.yyyy' } };
  sheet.columns = [
    { header: W.lastName, key: 'lastName', width: 20 },
    { header: W.firstName, key: 'firstName', width: 16 },
    { header: W.patronymic, key: 'patronymic', width: 18 },
    // Text, so a spreadsheet keeps an IIN's leading zeros.
    { header: W.iin, key: 'iin', width: 15, style: { numFmt: '@' } },
    { header: fieldLabel('position', locale), key: 'position', width: 36 },
    { header: W.employer, key: 'employer', width: 30 },
    { header: W.state, key: 'state', width: 22 },
    { header: fieldLabel('certValidUntil', locale), key: 'certValidUntil', ...date },
    { header: W.categoryUntil, key: 'categoryValidUntil', ...date },
    { header: fieldLabel('employedFrom', locale), key: 'employedFrom', ...date },
    { header: fieldLabel('publishConsent', locale), key: 'publishConsent', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const { soon } = expiringWindow(ctx);
  for (const r of rows) {
    sheet.addRow({
      lastName: r.lastName,
      firstName: r.firstName,
      patronymic: r.patronymic ?? '',
      iin: r.iin,
      position: enumLabel(locale, 'specialistPosition', r.position),
      employer: r.providerId ? (employers.get(r.providerId) ?? '') : W.department,
      state: enumLabel(locale, 'certificationState', certificationState(r.certValidUntil, today, soon)),
      certValidUntil: asDate(r.certValidUntil),
      categoryValidUntil: asDate(r.categoryValidUntil),
      employedFrom: asDate(r.employedFrom),
      publishConsent: r.publishConsent ? W.yes : '',
    });
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  ctx.audit({ entity: 'specialist', entityId: '', action: 'export', changes: { rows: [null, rows.length] } });
  return {
    fileName: `qamqor-specialists-${today}.xlsx`,
    base64: buffer.toString('base64'),
    rows: rows.length,
    capped: total > rows.length,
  };
}
