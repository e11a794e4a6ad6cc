import ExcelJS from 'exceljs';
import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { pickLocale } from '../../api/messages';
import { dmy, MONTH_NAMES, OfficeDocument, officeHeader, tenge } from '../../documents/layout';
import { requireActor, type ServiceContext } from '../../shared/context';
import { officeIdentity } from '../settings/policies';
import { payroll } from './payroll';
import { REGISTER_TEXTS } from './texts';

// The payment register for the accountant: the month's lines (frozen once paid, else computed
// now and marked as a draft), each caregiver's account, hours, gross, every deduction, net and the
// employer's contributions, with totals. The .xlsx keeps numbers as numbers and the totals as
// formulas, so the accountant's spreadsheet recalculates them; the PDF is for signing.

/** Tiyn as a number of tenge, for spreadsheet cells. */
const asTenge = (tiyn: number) => tiyn / 100;
const COLUMNS = [
  'hours',
  'hourlyRate',
  'gross',
  'opv',
  'vosms',
  'ipn',
  'net',
  'opvr',
  'so',
  'oosms',
] as const;

export async function paymentRegister(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.paymentRegister'>,
): Promise<Output<'caregivers.paymentRegister'>> {
  const actor = requireActor(ctx);
  const locale = pickLocale(input.locale);
  const T = REGISTER_TEXTS[locale];
  const p = payroll(ctx, { month: input.month });
  const office = officeIdentity(ctx.db);
  const monthWords = `${MONTH_NAMES[locale][Number(input.month.slice(5, 7)) - 1]} ${input.month.slice(0, 4)}`;
  const title = `${T.title}: ${monthWords}${p.paid ? '' : ` (${T.draft})`}`;
  const heads = [T.no, T.caregiver, T.iin, T.iban, T.role, ...COLUMNS.map((c) => T[c])];
  let base64: string;
  let fileName: string;
  if (input.format === 'xlsx') {
    const book = new ExcelJS.Workbook();
    book.creator = 'Qamqor';
    book.created = ctx.clock.now();
    const sheet = book.addWorksheet(T.sheet);
    const header = officeHeader(office, locale);
    sheet.addRow([header.office]);
    sheet.addRow([title]).font = { bold: true };
    sheet.addRow([p.paid ? `${T.paidOn}: ${dmy(p.paidOn)}` : T.notPaid]);
    const headRow = sheet.addRow(heads);
    headRow.font = { bold: true };
    const first = headRow.number + 1;
    p.lines.forEach((l, i) => {
      sheet.addRow([
        i + 1,
        l.caregiverName,
        l.caregiverIin ?? '',
        l.iban,
        enumLabel(locale, 'caregiverRole', l.role),
        l.hours,
        ...COLUMNS.slice(1).map((c) => asTenge(l[c])),
      ]);
    });
    const last = first + p.lines.length - 1;
    // Totals as formulas over the lines, with our own figures as their cached results.
    const totals = sheet.addRow([
      '',
      T.total,
      '',
      '',
      '',
      ...COLUMNS.map((c, i) => {
        const col = String.fromCharCode('F'.charCodeAt(0) + i);
        const result = c === 'hourlyRate' ? undefined : c === 'hours' ? p.totals.hours : asTenge(p.totals[c]);
        return c === 'hourlyRate' || p.lines.length === 0
          ? ''
          : { formula: `SUM(${col}${first}:${col}${last})`, result };
      }),
    ]);
    totals.font = { bold: true };
    sheet.getColumn(2).width = 34;
    sheet.getColumn(3).width = 15;
    sheet.getColumn(3).numFmt = '@';
    sheet.getColumn(4).width = 24;
    sheet.getColumn(5).width = 22;
    for (let c = 7; c <= 15; c++) {
      sheet.getColumn(c).numFmt = '#,##0.00';
      sheet.getColumn(c).width = 13;
    }
    sheet.views = [{ state: 'frozen', ySplit: headRow.number }];
    base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    fileName = `qamqor-payments-${input.month}-${locale}.xlsx`;
  } else {
    const doc = new OfficeDocument(
      {
        ...officeHeader(office, locale),
        title,
        numberLine: p.paid ? `${T.paidOn}: ${dmy(p.paidOn)}` : T.notPaid,
      },
      { layout: 'landscape' },
    );
    doc.table(
      [T.no, T.caregiver, T.iban, ...COLUMNS.map((c) => T[c])],
      [0.03, 0.17, 0.16, 0.05, 0.06, 0.08, 0.06, 0.06, 0.06, 0.08, 0.06, 0.06, 0.07],
      [
        ...p.lines.map((l, i) => [
          String(i + 1),
          `${l.caregiverName}\n${l.caregiverIin ?? ''}`,
          l.iban,
          String(l.hours),
          ...COLUMNS.slice(1).map((c) => tenge(l[c])),
        ]),
        [
          '',
          T.total,
          '',
          String(p.totals.hours),
          '',
          ...COLUMNS.slice(2).map((c) => tenge(p.totals[c as 'gross'])),
        ],
      ],
    );
    const kk = locale === 'kk';
    doc.signatures(
      [
        { role: T.accountant, name: '' },
        { role: (kk ? office.headPositionKk : office.headPositionRu) || T.head, name: office.headName },
      ],
      T.signature,
    );
    doc.footer(`${T.printed}: ${dmy(ctx.clock.now().toISOString())} · ${actor.fullName}`);
    base64 = (await doc.finish()).toString('base64');
    fileName = `qamqor-payments-${input.month}-${locale}.pdf`;
  }
  ctx.audit({
    entity: 'payroll',
    entityId: input.month,
    action: 'payment_register',
    changes: { rows: [null, p.lines.length], format: [null, input.format], paid: [null, p.paid] },
  });
  return { fileName, base64, rows: p.lines.length };
}
