import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import { enumLabel } from '../../../api/enum-labels';
import { fieldLabel, pickLocale } from '../../../api/messages';
import type { Locale } from '../../../api/roles';
import { dmy, OfficeDocument } from '../../../documents/layout';
import { AppError } from '../../../errors';
import { requireActor, type ServiceContext } from '../../../shared/context';
import { readApplicant } from '../../applicants/person';
import { catalogueByCode, catalogueName, ssuFormName } from '../../references/service';
import { officeIdentity } from '../../settings/policies';
import { readSpecialist } from '../../specialists/service';
import { actViews, readAct } from '../acts';
import { decisionViews, readDecision } from '../decisions';
import { caseDecisions, readCase, userNames } from '../records';
import { referrals, workPlans } from '../schema';
import { planViews, referralViews } from '../steps';
import { DOC_TEXTS } from './texts';

// The case documents as A4 PDFs in the reader's language: the act, the decision (or refusal),
// the referral and the work plan. Printing is recorded in the audit log under the person.

type Line = { code: string; volume: number; periodicity: string };

export async function documentPdf(
  ctx: ServiceContext,
  input: ParsedInput<'casework.documentPdf'>,
): Promise<Output<'casework.documentPdf'>> {
  const actor = requireActor(ctx);
  const locale = pickLocale(input.locale);
  const T = DOC_TEXTS[locale];
  const e = (group: string, v: string | null | undefined) => enumLabel(locale, group, v);
  const office = officeIdentity(ctx.db);
  const kk = locale === 'kk';
  const header = (title: string, number: string | null, date: string | null) => ({
    akimat: kk ? office.akimatKk || office.akimatRu : office.akimatRu || office.akimatKk,
    office: kk ? office.nameKk || office.nameRu : office.nameRu || office.nameKk,
    title,
    numberLine: `${T.no} ${number ?? '—'} ${T.dated} ${dmy(date)}`,
    author: kk ? office.nameKk : office.nameRu,
  });
  const headPosition = (kk ? office.headPositionKk : office.headPositionRu) || T.head;
  const catalogue = catalogueByCode(ctx.db);
  const lineText = (l: Line) => {
    const item = catalogue.get(l.code);
    const unit = item ? e('serviceUnit', item.unit) : '';
    // "5 × visit a week": the unit's word stays in its dictionary form whatever the number.
    return `${item ? catalogueName(item, locale) : l.code} — ${l.volume} × ${unit} ${e('periodicity', l.periodicity)}`.trim();
  };

  let caseId: string;
  let doc: OfficeDocument;
  let number: string;
  const personBlock = (d: OfficeDocument, applicantId: string, caseNumber: string, appliedOn: string) => {
    const p = readApplicant(ctx, applicantId);
    d.row(T.person, [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' '));
    d.row(T.iin, p.iin);
    d.row(T.birthDate, dmy(p.birthDate));
    d.row(T.address, p.address);
    d.row(T.application, `${T.no} ${caseNumber} ${T.dated} ${dmy(appliedOn)}`);
  };

  if (input.kind === 'act') {
    const row = readAct(ctx.db, input.id);
    const act = actViews(ctx.db, [row])[0] as NonNullable<ReturnType<typeof actViews>[number]>;
    const c = readCase(ctx.db, row.caseId);
    caseId = c.id;
    number = act.number;
    doc = new OfficeDocument(header(T.actTitle, act.number, act.visitOn));
    personBlock(doc, c.applicantId, c.number, c.appliedOn);
    doc.row(T.visitDate, dmy(act.visitOn));
    doc.heading(T.housing);
    doc.row(fieldWord(locale, 'housingType'), e('housingType', act.housingType));
    if (act.floor !== null) doc.row(T.floorLift, `${act.floor} / ${act.hasLift ? T.yes : T.no_}`);
    doc.row(fieldWord(locale, 'heating'), e('heating', act.heating));
    doc.row(fieldWord(locale, 'water'), e('insideOutside', act.water));
    doc.row(fieldWord(locale, 'toilet'), e('insideOutside', act.toilet));
    doc.row(fieldWord(locale, 'sanitary'), e('sanitary', act.sanitary));
    doc.row(fieldWord(locale, 'accessibility'), e('accessibility', act.accessibility));
    doc.row(fieldWord(locale, 'plot'), act.plot);
    doc.heading(T.household);
    doc.list(
      act.household.map(
        (m) =>
          `${m.fullName} — ${e('relation', m.relation)}${m.birthYear ? `, ${m.birthYear}` : ''}${m.occupation ? `, ${m.occupation}` : ''}`,
      ),
      '—',
    );
    doc.heading(T.income);
    doc.row(
      fieldWord(locale, 'incomeMonthly'),
      act.incomeMonthly !== null ? `${act.incomeMonthly.toLocaleString('ru-RU')} ${T.tenge}` : null,
    );
    doc.row(fieldWord(locale, 'incomeNote'), act.incomeNote);
    doc.heading(T.health);
    doc.row(fieldWord(locale, 'mobility'), e('mobility', act.mobility));
    doc.row(fieldWord(locale, 'selfCare'), e('selfCare', act.selfCare));
    doc.row(fieldWord(locale, 'complaints'), act.complaints);
    doc.row(T.needs, act.servicesNeeded.map((t) => e('ssuType', t)).join(', '));
    doc.heading(T.criteria);
    for (const [code, v] of Object.entries(act.criteria))
      doc.line(`${e('needCriterion', code)}: ${v.met ? T.met : T.notMet}${v.note ? ` — ${v.note}` : ''}`);
    doc.heading(T.mac);
    doc.line(`${e('macConclusion', act.macConclusion)}${act.macNote ? ` (${act.macNote})` : ''}`);
    doc.heading(T.conclusion);
    doc.line(e('actConclusion', act.conclusion));
    if (act.conclusionNote) doc.para(act.conclusionNote);
    const pos = (id: string) => {
      const s = readSpecialist(ctx.db, id);
      return s ? e('specialistPosition', s.position) : T.specialist;
    };
    doc.signatures(
      [
        { role: pos(act.specialist1.id), name: act.specialist1.name },
        { role: pos(act.specialist2.id), name: act.specialist2.name },
      ],
      T.signature,
    );
  } else if (input.kind === 'decision') {
    const row = readDecision(ctx.db, input.id);
    const c = readCase(ctx.db, row.caseId);
    caseId = c.id;
    const all = decisionViews(ctx.db, caseDecisions(ctx.db, c.id));
    const d = all.find((x) => x.id === row.id) as (typeof all)[number];
    number = d.number ?? 'draft';
    const refuse = d.kind === 'refuse';
    doc = new OfficeDocument(header(refuse ? T.refuseTitle : T.approveTitle, d.number, d.decidedOn));
    personBlock(doc, c.applicantId, c.number, c.appliedOn);
    if (d.supersedesId) {
      const old = all.find((x) => x.id === d.supersedesId);
      if (old) doc.row(T.supersedes, `${T.no} ${old.number} ${T.dated} ${dmy(old.decidedOn)}`);
    }
    doc.heading(T.decided);
    if (refuse) {
      doc.row(T.reason, e('refusalReason', d.refusalReason));
      doc.para(T.article);
      if (d.explanation) doc.row(T.explanation, d.explanation);
      doc.para(T.appeal);
    } else {
      doc.row(T.ssuTypes, d.ssuTypes.map((t) => e('ssuType', t)).join(', '));
      doc.row(T.form, d.form ? ssuFormName(ctx.db, d.form, locale) : null);
      doc.row(T.volume, e('serviceVolume', d.volume));
      doc.row(T.period, `${T.from} ${dmy(d.startOn)} ${T.to} ${dmy(d.endOn)}`);
      doc.heading(T.services);
      doc.list(d.services.map(lineText), '—');
      if (d.explanation) doc.row(T.explanation, d.explanation);
      doc.para(T.article);
    }
    const names = userNames(ctx.db, [row.draftedBy, row.reviewedBy]);
    doc.signatures(
      [
        {
          role: headPosition,
          name: office.headName || (row.reviewedBy ? (names.get(row.reviewedBy) ?? '') : ''),
        },
        { role: T.drafted, name: names.get(row.draftedBy) ?? '' },
      ],
      T.signature,
    );
  } else if (input.kind === 'referral') {
    const row = ctx.db.select().from(referrals).where(eq(referrals.id, input.id)).get();
    if (!row) throw new AppError('NOT_FOUND');
    const r = referralViews(ctx.db, [row], locale)[0] as ReturnType<typeof referralViews>[number];
    const c = readCase(ctx.db, row.caseId);
    caseId = c.id;
    number = r.number;
    doc = new OfficeDocument(header(T.referralTitle, r.number, r.issuedOn));
    doc.row(T.provider, r.providerName);
    personBlock(doc, c.applicantId, c.number, c.appliedOn);
    if (row.decisionId) {
      const d = readDecision(ctx.db, row.decisionId);
      doc.row(T.decisionRef, `${T.no} ${d.number} ${T.dated} ${dmy(d.decidedOn)}`);
      doc.row(T.ssuTypes, (JSON.parse(d.ssuTypes) as string[]).map((t) => e('ssuType', t)).join(', '));
      doc.row(T.volume, e('serviceVolume', d.volume));
      doc.row(T.period, `${T.from} ${dmy(d.startOn)} ${T.to} ${dmy(d.endOn)}`);
      doc.heading(T.services);
      doc.list((JSON.parse(d.services) as Line[]).map(lineText), '—');
    }
    doc.row(T.form, r.form ? ssuFormName(ctx.db, r.form, locale) : null);
    doc.signatures([{ role: headPosition, name: office.headName }], T.signature);
  } else {
    const row = ctx.db.select().from(workPlans).where(eq(workPlans.id, input.id)).get();
    if (!row) throw new AppError('NOT_FOUND');
    const p = planViews(ctx.db, [row])[0] as ReturnType<typeof planViews>[number];
    const c = readCase(ctx.db, row.caseId);
    caseId = c.id;
    number = p.number;
    doc = new OfficeDocument(header(T.planTitle, p.number, p.fromOn));
    personBlock(doc, c.applicantId, c.number, c.appliedOn);
    const ref = ctx.db.select().from(referrals).where(eq(referrals.id, row.referralId)).get();
    if (ref) {
      const rv = referralViews(ctx.db, [ref], locale)[0] as ReturnType<typeof referralViews>[number];
      doc.row(T.referralRef, `${T.no} ${rv.number} ${T.dated} ${dmy(rv.issuedOn)}`);
      doc.row(T.provider, rv.providerName);
    }
    doc.row(T.period, `${T.from} ${dmy(p.fromOn)} ${T.to} ${dmy(p.toOn)}`);
    doc.row(T.responsible, p.responsible.name);
    doc.heading(T.services);
    doc.list(p.items.map(lineText), '—');
    if (p.note) doc.para(p.note);
    doc.signatures(
      [
        { role: T.responsible, name: p.responsible.name },
        { role: T.recipientSign, name: '' },
      ],
      T.signature,
    );
  }
  doc.footer(`${T.printed}: ${dmy(ctx.clock.now().toISOString())} · ${actor.fullName}`);
  const pdf = await doc.finish();
  const c = readCase(ctx.db, caseId);
  ctx.audit({
    entity: input.kind === 'act' ? 'assessment_act' : input.kind === 'plan' ? 'work_plan' : input.kind,
    entityId: input.id,
    action: 'print',
    subjectId: c.applicantId,
  });
  return { fileName: `qamqor-${input.kind}-${number}-${locale}.pdf`, base64: pdf.toString('base64') };
}

/** A form field's label in the document's language (the forms and the act use the same words). */
function fieldWord(locale: Locale, field: string): string {
  return fieldLabel(field, locale);
}
