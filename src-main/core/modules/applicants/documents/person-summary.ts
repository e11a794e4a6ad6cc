import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Output } from '../../../api/contract';
import { enumLabel } from '../../../api/enum-labels';
import { fieldLabel, pickLocale } from '../../../api/messages';
import { closeReasonGroup } from '../../casework/domain';
import { SUMMARY_LABELS } from './labels';

// The printable person summary (A4 PDF) in kk, ru or en. DejaVu Sans is embedded because the
// Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) must print on any workstation, whatever fonts it has.

type Card = Output<'applicants.card'>;

const requireHere = createRequire(import.meta.url);
const FONT = requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface SummaryContext {
  locale: string;
  officeName: string;
  printedAt: Date;
  printedBy: string;
  /** A form of provision's name in the document's language (from the reference table). */
  formName(code: string): string;
}

const dmy = (iso: string | null | undefined) => (iso ? iso.slice(0, 10).split('-').reverse().join('.') : '');
const name = (p: { lastName: string; firstName: string; patronymic?: string | null }) =>
  [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ');

export function personSummaryPdf(card: Card, sc: SummaryContext): Promise<Buffer> {
  const locale = pickLocale(sc.locale);
  const L = SUMMARY_LABELS[locale];
  const f = (field: string) => fieldLabel(field, locale);
  const e = (group: string, value: string | number | null | undefined) =>
    enumLabel(locale, group, value === null || value === undefined ? null : String(value));
  const p = card.person;
  // Words about the person agree with their sex in Russian («Дееспособна», «Гражданка РК»).
  const ep = (group: string, value: string | null | undefined) =>
    enumLabel(locale, group, value, { female: p.sex === 'F' });
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 56, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: `${L.title}: ${name(p)}`, Author: sc.officeName, Creator: 'Qamqor' },
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => {
    doc
      .moveDown(0.6)
      .font('bold')
      .fontSize(12)
      .fillColor('#0b5d57')
      .text(text)
      .fillColor('black')
      .moveDown(0.2);
  };
  const row = (label: string, value: string | null | undefined) => {
    if (!value) return;
    doc.font('bold').fontSize(9.5).text(`${label}: `, { continued: true }).font('body').text(value);
  };
  const line = (text: string) => doc.font('body').fontSize(9.5).text(text);

  doc.font('body').fontSize(9).fillColor('#555').text(sc.officeName).fillColor('black');
  doc
    .moveDown(0.3)
    .font('bold')
    .fontSize(15)
    .text(L.title ?? '');
  doc.font('bold').fontSize(13).text(name(p));
  doc
    .font('body')
    .fontSize(8.5)
    .fillColor('#555')
    .text(`${L.printed}: ${dmy(sc.printedAt.toISOString())} · ${L.by}: ${sc.printedBy}`)
    .fillColor('black');

  heading(L.profile ?? '');
  row(f('iin'), p.iin ?? (p.iinMissingReason ? `— (${p.iinMissingReason})` : '—'));
  row(f('birthDate'), dmy(p.birthDate));
  row(L.sex ?? '', p.sex === 'M' ? L.male : L.female);
  row(f('address'), `${p.address} (${f('katoCode')} ${p.katoCode})`);
  row(f('phone'), p.phone);
  row(f('citizenship'), ep('citizenship', p.citizenship));
  row(
    f('docType'),
    p.docType
      ? `${e('docType', p.docType)} ${p.docNumber ?? ''} ${dmy(p.docDate)} ${p.docIssuer ?? ''}`.trim()
      : null,
  );
  row(f('maritalStatus'), ep('marital', p.maritalStatus));
  row(
    f('legalCapacity'),
    `${ep('capacity', p.legalCapacity)}${p.capacityCourtDecision ? `, ${p.capacityCourtDecision} ${dmy(p.capacityCourtDate)}` : ''}`,
  );
  row(f('deathDate'), dmy(p.deathDate));
  row(
    f('consentDate'),
    p.consentDate
      ? `${dmy(p.consentDate)} ${e('consentForm', p.consentForm)} ${p.consentRef ?? ''}`.trim()
      : L.none,
  );

  heading(L.representatives ?? '');
  if (card.representatives.length === 0) line(L.none ?? '');
  for (const r of card.representatives) {
    line(
      `${e('representative', r.kind)}: ${r.fullName}${r.iin ? `, ${f('iin')} ${r.iin}` : ''} — ${r.basisDocument}${r.basisDate ? ` ${dmy(r.basisDate)}` : ''}`,
    );
  }

  heading(L.household ?? '');
  if (card.household.length === 0) line(L.none ?? '');
  for (const m of card.household) {
    line(
      `${m.fullName} — ${e('relation', m.relation)}${m.birthYear ? `, ${m.birthYear}` : ''}${m.occupation ? `, ${m.occupation}` : ''}`,
    );
  }

  heading(L.incomes ?? '');
  if (card.incomes.length === 0) line(L.none ?? '');
  for (const x of card.incomes) {
    line(
      `${e('income', x.kind)}: ${x.amount.toLocaleString('ru-RU')} ${L.tenge}, ${dmy(x.periodFrom)} — ${dmy(x.periodTo)}`,
    );
  }

  heading(L.disability ?? '');
  if (card.disability.length === 0) line(L.none ?? '');
  for (const d of card.disability) {
    const group = d.groupNo ? `, ${e('group', d.groupNo)}` : '';
    const until = d.validUntil ? dmy(d.validUntil) : L.indefinite;
    line(
      `${d.replacedAt ? `(${L.history}) ` : ''}${e('category', d.category)}${group}; ${f('cause')}: ${e('cause', d.cause)}; ${f('term')}: ${e('term', d.term)}; ${dmy(d.establishedOn)} — ${until}; ${f('mseDecisionNo')} ${d.mseDecisionNo}`,
    );
  }

  const ipr = card.iprs.find((x) => x.replacedAt === null);
  heading(L.ipr ?? '');
  if (!ipr) line(L.none ?? '');
  else {
    line(
      `№ ${ipr.number}, ${dmy(ipr.issuedOn)} — ${ipr.validUntil ? dmy(ipr.validUntil) : L.indefinite}; ${ipr.parts.map((x) => e('iprPart', x)).join(', ')}`,
    );
    doc
      .moveDown(0.2)
      .font('bold')
      .fontSize(10)
      .text(L.measures ?? '');
    for (const m of ipr.measures) {
      const detail = [
        m.hoursPerDay ? (L.perDay ?? '').replace('{n}', String(m.hoursPerDay)) : '',
        m.hoursPerYear ? (L.perYear ?? '').replace('{n}', String(m.hoursPerYear)) : '',
        m.ssuForm ? sc.formName(m.ssuForm) : '',
        m.classifierCode ? `${m.classifierCode} × ${m.quantity}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      line(
        `• ${e('measureKind', m.kind)}${detail ? ` (${detail})` : ''} — ${e('measureStatus', m.status)}${m.orderDeadline ? `, ${L.deadline} ${dmy(m.orderDeadline)}` : ''}`,
      );
    }
  }

  heading(L.cases ?? '');
  if (card.cases.length === 0) line(L.none ?? '');
  for (const c of card.cases) {
    // A refusal's or a termination's reason is a code: printed in words.
    const group = closeReasonGroup(c.status);
    const reason = group && c.closeReason ? e(group, c.closeReason) : c.closeReason;
    const closed = c.closedOn ? ` ${dmy(c.closedOn)}${reason ? `: ${reason}` : ''}` : '';
    line(
      `№ ${c.number}, ${dmy(c.appliedOn)}, ${e('caseChannel', c.channel)} — ${e('caseStatus', c.status)}${closed}; ${c.grounds.map((g) => e('caseGround', g)).join('; ')}`,
    );
  }

  // Footer on every page: the confidentiality note and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - 40;
    doc
      .font('body')
      .fontSize(7.5)
      .fillColor('#777')
      .text(`${L.confidential}   ${L.page} ${i + 1}/${range.count}`, 56, bottom, {
        width: doc.page.width - 112,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
