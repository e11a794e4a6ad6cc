import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { pickLocale } from '../../api/messages';
import { localToday } from '../../clock';
import { dmy, OfficeDocument, officeHeader, tenge } from '../../documents/layout';
import { requireActor, type ServiceContext } from '../../shared/context';
import { officeIdentity } from '../settings/policies';
import { caregiverCard } from './card';
import { ELIGIBILITY_CHECKS } from './domain';
import { CARD_TEXTS } from './texts';

// The caregiver's registration card with the contract, as an A4 PDF in kk, ru or en: the
// registration, each check with its document (or why it is awaited), the contract and the
// signature blocks of the department's specialist and the caregiver.

export async function caregiverCardPdf(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.cardPdf'>,
): Promise<Output<'caregivers.cardPdf'>> {
  const actor = requireActor(ctx);
  const locale = pickLocale(input.locale);
  const T = CARD_TEXTS[locale];
  const e = (group: string, v: string | null | undefined) => enumLabel(locale, group, v);
  const card = caregiverCard(ctx, { id: input.id });
  const r = card.registration;
  const doc = new OfficeDocument({
    ...officeHeader(officeIdentity(ctx.db), locale),
    title: T.title,
    numberLine: `${T.asOf} ${dmy(localToday(ctx.clock))}`,
  });
  doc.row(T.caregiver, `${r.caregiverName}${r.caregiverIin ? `, ${T.iin} ${r.caregiverIin}` : ''}`);
  doc.row(T.caredFor, r.caredForName);
  doc.row(T.relation, e('caregiverRelation', r.relation));
  doc.row(T.role, e('caregiverRole', r.role));
  doc.row(T.hours, String(r.hoursPerDay));
  doc.row(T.basis, r.basis);
  doc.row(T.registered, dmy(r.registeredOn));
  doc.row(T.status, e('caregiverStatus', r.status));
  doc.heading(T.checks);
  const latest = new Map(card.checks.map((c) => [c.check, c] as const).reverse());
  doc.list(
    ELIGIBILITY_CHECKS.map((c) => {
      const rec = latest.get(c);
      const state = card.eligibility.failed.includes(c)
        ? e('checkResult', 'fail')
        : card.eligibility.missing.includes(c)
          ? T.missing
          : e('checkResult', 'pass');
      const evidence = rec
        ? ` — ${e('evidenceKind', rec.evidenceKind)} ${rec.evidenceNo}, ${dmy(rec.evidenceOn)}${rec.validUntil ? ` – ${dmy(rec.validUntil)}` : ''}`
        : c === 'adult' || c === 'pension_age'
          ? ` — ${T.fromBirth}`
          : '';
      return `${e('eligibilityCheck', c)}: ${state}${evidence}`;
    }),
    T.none,
  );
  doc.heading(T.contract);
  const c = r.contract;
  if (c) {
    doc.line(`№ ${c.number}, ${dmy(c.signedOn)}; ${dmy(c.fromOn)} – ${dmy(c.toOn)}`);
    doc.line(`${tenge(c.hourlyRate)} ₸ ${T.rate}, ${c.hoursPerDay} × ${T.hours.toLowerCase()}`);
    doc.row(T.account, c.iban);
  } else doc.line(T.none);
  doc.signatures(
    [
      { role: T.caseworker, name: actor.fullName },
      { role: T.signCaregiver, name: r.caregiverName },
    ],
    T.signature,
  );
  doc.footer(`${T.printed}: ${dmy(ctx.clock.now().toISOString())} · ${actor.fullName}`);
  const pdf = await doc.finish();
  ctx.audit({ entity: 'caregiver', entityId: r.id, action: 'print', subjectId: r.caredForId });
  return {
    fileName: `qamqor-caregiver-${c?.number.replace(/[^\w-]+/g, '_') ?? r.id.slice(0, 8)}-${locale}.pdf`,
    base64: pdf.toString('base64'),
  };
}
