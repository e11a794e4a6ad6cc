import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import { requireActor, type ServiceContext } from '../../shared/context';
import { casesOf } from '../cases/service';
import { disabilityOf } from '../disability/service';
import { ssuFormName } from '../references/service';
import { officeName } from '../settings/policies';
import { personSummaryPdf } from './documents/person-summary';
import { readApplicant } from './person';
import { applicants, householdMembers, incomes, representatives } from './schema';

// The person card: everything about one person in one audited read, and its printable summary.

export function personCard(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.card'>,
): Output<'applicants.card'> {
  const card = loadCard(ctx, input.id);
  // Opening the card is a read of health data: the router records it.
  ctx.audit({ entity: 'applicant', entityId: card.person.id, action: 'read', subjectId: card.person.id });
  return card;
}

/** Everything the card shows, without recording a read (the caller records what it does). */
export function loadCard(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  personId: string,
): Output<'applicants.card'> {
  const person = readApplicant(ctx, personId);
  const id = person.id;
  const household = ctx.db
    .select({
      id: householdMembers.id,
      fullName: householdMembers.fullName,
      relation: householdMembers.relation,
      birthYear: householdMembers.birthYear,
      occupation: householdMembers.occupation,
    })
    .from(householdMembers)
    .where(and(eq(householdMembers.applicantId, id), isNull(householdMembers.removedAt)))
    .orderBy(householdMembers.createdAt)
    .all();
  const reps = ctx.db
    .select({
      id: representatives.id,
      kind: representatives.kind,
      representativeId: representatives.representativeId,
      fullName: representatives.fullName,
      iin: representatives.iin,
      phone: representatives.phone,
      basisDocument: representatives.basisDocument,
      basisDate: representatives.basisDate,
      validUntil: representatives.validUntil,
    })
    .from(representatives)
    .where(and(eq(representatives.applicantId, id), isNull(representatives.removedAt)))
    .orderBy(representatives.createdAt)
    .all();
  const represents = ctx.db
    .select({
      id: applicants.id,
      kind: representatives.kind,
      fullName: sql<string>`${applicants.lastName} || ' ' || ${applicants.firstName}`,
    })
    .from(representatives)
    .innerJoin(applicants, eq(applicants.id, representatives.applicantId))
    .where(and(eq(representatives.representativeId, id), isNull(representatives.removedAt)))
    .all();
  const incomeRows = ctx.db
    .select({
      id: incomes.id,
      kind: incomes.kind,
      amount: incomes.amount,
      periodFrom: incomes.periodFrom,
      periodTo: incomes.periodTo,
      note: incomes.note,
    })
    .from(incomes)
    .where(and(eq(incomes.applicantId, id), isNull(incomes.removedAt)))
    .orderBy(desc(incomes.periodFrom))
    .all();
  const { disability, iprs } = disabilityOf(ctx.db, id);
  return {
    person,
    household: household,
    representatives: reps,
    represents: represents,
    incomes: incomeRows,
    disability,
    iprs,
    cases: casesOf(ctx.db, id, localToday(ctx.clock)),
  };
}

/** The printable summary; printing is recorded like opening the card. */
export async function summaryPdf(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.summaryPdf'>,
): Promise<Output<'applicants.summaryPdf'>> {
  const card = loadCard(ctx, input.id);
  const actor = requireActor(ctx);
  const pdf = await personSummaryPdf(card, {
    locale: input.locale,
    officeName: officeName(ctx.db, input.locale),
    printedAt: ctx.clock.now(),
    printedBy: actor.fullName,
    formName: (code) => ssuFormName(ctx.db, code, input.locale),
  });
  ctx.audit({ entity: 'applicant', entityId: card.person.id, action: 'print', subjectId: card.person.id });
  const base = (card.person.iin ?? card.person.lastName).replace(/[^\p{L}\p{N}-]+/gu, '_');
  return { fileName: `qamqor-${base}-${input.locale}.pdf`, base64: pdf.toString('base64') };
}
