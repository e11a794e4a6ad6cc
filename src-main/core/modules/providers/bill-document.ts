import ExcelJS from 'exceljs';
import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { pickLocale } from '../../api/messages';
import { dmy, MONTH_NAMES, OfficeDocument, officeHeader, tenge } from '../../documents/layout';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import { ssuFormName } from '../references/service';
import { officeIdentity } from '../settings/policies';
import { BILL_TEXTS } from './bill-texts';
import { bill } from './bills';
import { readProvider } from './service';

// The month's per-capita bill of a provider as a document: each recipient's line (days served of
// the month's days, the tariff, the amount), the total, and the comparison with the provider's
// act of services rendered. The PDF is for signing; the .xlsx keeps numbers as numbers and the
// total as a formula over the lines. An unconfirmed month is marked as a draft.

const asTenge = (tiyn: number) => tiyn / 100;

export async function billDocument(
  ctx: ServiceContext,
  input: ParsedInput<'providers.billDocument'>,
): Promise<Output<'providers.billDocument'>> {
  const actor = requireActor(ctx);
  const locale = pickLocale(input.locale);
  const T = BILL_TEXTS[locale];
  const p = readProvider(ctx.db, input.providerId);
  if (!p) throw new AppError('NOT_FOUND');
  const b = bill(ctx, { providerId: p.id, month: input.month });
  const office = officeIdentity(ctx.db);
  const name = locale === 'kk' ? p.nameKk : p.nameRu;
  const monthWords = `${MONTH_NAMES[locale][Number(input.month.slice(5, 7)) - 1]} ${input.month.slice(0, 4)}`;
  const title = `${T.title}: ${monthWords}`;
  const state = b.confirmed ? T.confirmed : T.draft;
  const forms = new Map<string, string>();
  const formName = (code: string) => {
    if (!forms.has(code)) forms.set(code, ssuFormName(ctx.db, code, locale));
    return forms.get(code) as string;
  };
  const slug = `${p.bin}-${input.month}-${locale}`;
  let base64: string;
  let fileName: string;
  if (input.format === 'xlsx') {
    const book = new ExcelJS.Workbook();
    book.creator = 'Qamqor';
    book.created = ctx.clock.now();
    const sheet = book.addWorksheet(T.sheet);
    sheet.addRow([officeHeader(office, locale).office]);
    sheet.addRow([`${title} (${state})`]).font = { bold: true };
    sheet.addRow([`${T.provider}: ${name}, ${T.bin} ${p.bin}`]);
    const head = sheet.addRow([
      T.no,
      T.recipient,
      T.iin,
      T.caseNo,
      T.category,
      T.form,
      T.days,
      T.tariff,
      T.amount,
    ]);
    head.font = { bold: true };
    const first = head.number + 1;
    b.lines.forEach((l, i) => {
      sheet.addRow([
        i + 1,
        l.person,
        l.iin ?? '',
        l.caseNumber,
        enumLabel(locale, 'tariffCategory', l.category),
        formName(l.form),
        `${l.days}/${l.monthDays}`,
        l.tariff === null ? T.noTariff : asTenge(l.tariff),
        asTenge(l.amount),
      ]);
    });
    const last = first + b.lines.length - 1;
    const total = sheet.addRow([
      '',
      T.total,
      '',
      '',
      '',
      '',
      '',
      '',
      b.lines.length ? { formula: `SUM(I${first}:I${last})`, result: asTenge(b.total) } : 0,
    ]);
    total.font = { bold: true };
    sheet.addRow([]);
    sheet.addRow(['', T.act]).font = { bold: true };
    sheet.addRow([
      '',
      T.billAmount,
      '',
      '',
      '',
      '',
      '',
      '',
      { formula: `I${total.number}`, result: asTenge(b.total) },
    ]);
    if (b.actAmount !== null) {
      const act = sheet.addRow(['', T.actAmount, '', '', '', '', '', '', asTenge(b.actAmount)]);
      sheet.addRow([
        '',
        T.difference,
        '',
        '',
        '',
        '',
        '',
        '',
        { formula: `I${act.number}-I${total.number}`, result: asTenge(b.actAmount - b.total) },
      ]);
    } else sheet.addRow(['', T.noAct]);
    sheet.getColumn(2).width = 34;
    sheet.getColumn(3).width = 15;
    sheet.getColumn(3).numFmt = '@';
    sheet.getColumn(4).width = 12;
    sheet.getColumn(5).width = 26;
    sheet.getColumn(6).width = 24;
    for (const c of [8, 9]) {
      sheet.getColumn(c).numFmt = '#,##0.00';
      sheet.getColumn(c).width = 15;
    }
    sheet.views = [{ state: 'frozen', ySplit: head.number }];
    base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    fileName = `qamqor-bill-${slug}.xlsx`;
  } else {
    const doc = new OfficeDocument(
      { ...officeHeader(office, locale), title, numberLine: `${name}, ${T.bin} ${p.bin} · ${state}` },
      { layout: 'landscape' },
    );
    doc.table(
      [T.no, T.recipient, T.caseNo, T.category, T.form, T.days, T.tariff, T.amount],
      [0.04, 0.24, 0.1, 0.16, 0.16, 0.07, 0.11, 0.12],
      [
        ...b.lines.map((l, i) => [
          String(i + 1),
          `${l.person}\n${l.iin ?? ''}`,
          l.caseNumber,
          enumLabel(locale, 'tariffCategory', l.category),
          formName(l.form),
          `${l.days}/${l.monthDays}`,
          l.tariff === null ? T.noTariff : tenge(l.tariff),
          tenge(l.amount),
        ]),
        ['', T.total, '', '', '', '', '', tenge(b.total)],
      ],
    );
    doc.heading(T.act);
    doc.row(T.billAmount, tenge(b.total));
    if (b.actAmount !== null && b.difference !== null) {
      doc.row(T.actAmount, tenge(b.actAmount));
      doc.row(T.difference, tenge(b.difference));
    } else doc.line(T.noAct);
    const kk = locale === 'kk';
    doc.signatures(
      [
        { role: T.accountant, name: '' },
        { role: (kk ? office.headPositionKk : office.headPositionRu) || T.head, name: office.headName },
        { role: T.providerSign, name: p.contactPerson ?? '' },
      ],
      T.signature,
    );
    doc.footer(`${T.printed}: ${dmy(ctx.clock.now().toISOString())} · ${actor.fullName}`);
    base64 = (await doc.finish()).toString('base64');
    fileName = `qamqor-bill-${slug}.pdf`;
  }
  ctx.audit({
    entity: 'provider_bill',
    entityId: `${p.id}:${input.month}`,
    action: 'print',
    changes: { rows: [null, b.lines.length], format: [null, input.format], confirmed: [null, b.confirmed] },
  });
  return { fileName, base64, rows: b.lines.length };
}
