import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { pickLocale } from '../../api/messages';
import { dmy, OfficeDocument, officeHeader } from '../../documents/layout';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import { readProvider } from '../providers/service';
import { legalRules, officeIdentity } from '../settings/policies';
import { complaintCard } from './service';
import { NOTICE_TEXTS } from './texts';

// The notice to the supplier (SC art. 167) as an A4 PDF: the complaint, the commission's
// conclusion, what must be fixed and by when, what happens if not, and the reimbursement rule;
// signed by the chair (the head) and the secretary.

export async function noticePdf(
  ctx: ServiceContext,
  input: ParsedInput<'complaints.noticePdf'>,
): Promise<Output<'complaints.noticePdf'>> {
  const actor = requireActor(ctx);
  const locale = pickLocale(input.locale);
  const T = NOTICE_TEXTS[locale];
  const c = complaintCard(ctx, { id: input.id });
  if (!c.noticeOn || !c.fixDueOn || !c.noticeDemand)
    throw new AppError('COMPLAINT_STEP', {
      params: { status: enumLabel(pickLocale(ctx.locale), 'complaintStatus', c.status) },
    });
  const p = readProvider(ctx.db, c.providerId);
  const office = officeIdentity(ctx.db);
  const doc = new OfficeDocument({
    ...officeHeader(office, locale),
    title: T.title,
    numberLine: `№ ${c.number} ${T.from} ${dmy(c.noticeOn)}`,
  });
  doc.row(T.to, p ? (locale === 'kk' ? p.nameKk : p.nameRu) : '');
  doc.row(T.bin, p?.bin);
  doc.row(T.address, p?.address);
  doc.heading(T.complaint);
  doc.row(T.received, `${dmy(c.receivedOn)} (${enumLabel(locale, 'complaintChannel', c.channel)})`);
  doc.row(T.complainant, c.complainantName);
  doc.row(T.subject, `${enumLabel(locale, 'complaintSubject', c.subjectKind)}: ${c.subject}`);
  doc.row(T.what, c.description);
  doc.heading(T.conclusion);
  doc.line(
    `${enumLabel(locale, 'complaintOutcome', c.outcome)} — ${dmy(c.concludedOn)}${c.signedOn ? `, ${T.signed} ${dmy(c.signedOn)}` : ''}`,
  );
  if (c.reasons) doc.para(c.reasons);
  doc.heading(T.demand);
  doc.para(c.noticeDemand);
  doc.row(T.fixBy, dmy(c.fixDueOn));
  doc.para(T.warning(legalRules(ctx.db).supplierBanMonths));
  doc.para(T.reimbursement);
  doc.signatures(
    [
      { role: T.head, name: c.signedByName ?? office.headName },
      { role: T.secretary, name: actor.roles.includes('commission_secretary') ? actor.fullName : '' },
    ],
    T.signature,
  );
  doc.footer(`${T.printed}: ${dmy(ctx.clock.now().toISOString())} · ${actor.fullName}`);
  const pdf = await doc.finish();
  ctx.audit({
    entity: 'complaint',
    entityId: c.id,
    action: 'print',
    ...(c.applicantId ? { subjectId: c.applicantId } : {}),
  });
  return { fileName: `qamqor-notice-${c.number}-${locale}.pdf`, base64: pdf.toString('base64') };
}
