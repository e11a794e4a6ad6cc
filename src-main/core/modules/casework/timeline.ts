import { and, eq, isNull } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { ServiceContext } from '../../shared/context';
import { users } from '../accounts/schema';
import { readApplicant } from '../applicants/person';
import { householdMembers } from '../applicants/schema';
import { caseViewOf } from '../cases/service';
import { actsOf, actViews } from './acts';
import { decisionViews } from './decisions';
import { effectiveDecision, mayChooseProvider } from './domain';
import { readCase, recordsOf } from './records';
import { eventViews, plansOf, planViews, referralsOf, referralViews } from './steps';

// The case's timeline: every record in the order it happened, and the steps the case allows now
// (the screen shows a button for each; the services refuse any other).

type Action = Output<'casework.timeline'>['actions'][number];

export function caseActions(status: string, r: ReturnType<typeof recordsOf>, hasPlan: boolean): Action[] {
  const out: Action[] = [];
  const closed = status === 'withdrawn' || status === 'terminated';
  if (closed) return out;
  const draft = r.decisionRows.find((d) => d.state !== 'approved');
  const inForce = effectiveDecision(r.decisionRows);
  const early = status === 'registered' || status === 'assessment' || status === 'awaiting_decision';
  if (early) out.push('act');
  if (r.needsDecision) {
    if (draft) {
      out.push('reviseDecision');
      if (draft.state === 'pending') out.push('reviewDecision');
    } else if (!inForce) out.push('draftDecision');
    else out.push('correctDecision');
  }
  if (mayChooseProvider(status as never, r.needsDecision)) out.push('chooseProvider');
  if (status === 'provider_chosen') out.push('issueReferral');
  if (status === 'referred' || status === 'in_service' || status === 'suspended') out.push('plan');
  if (status === 'referred' && hasPlan) out.push('start');
  if (status === 'in_service' || status === 'suspended') out.push('monitor', 'terminate');
  if (status === 'in_service') out.push('suspend');
  if (status === 'suspended') out.push('resume');
  return out;
}

export function timeline(
  ctx: ServiceContext,
  input: ParsedInput<'casework.timeline'>,
): Output<'casework.timeline'> {
  const c = readCase(ctx.db, input.caseId);
  const person = readApplicant(ctx, c.applicantId);
  const r = recordsOf(ctx.db, c);
  const plans = plansOf(ctx.db, c.id);
  ctx.auditRead({ entity: 'case', entityId: c.id, action: 'read', subjectId: c.applicantId });
  return {
    case: caseViewOf(ctx.db, c, localToday(ctx.clock)),
    person: {
      id: person.id,
      lastName: person.lastName,
      firstName: person.firstName,
      patronymic: person.patronymic,
      iin: person.iin,
      birthDate: person.birthDate,
      address: person.address,
      household: ctx.db
        .select({
          fullName: householdMembers.fullName,
          relation: householdMembers.relation,
          birthYear: householdMembers.birthYear,
          occupation: householdMembers.occupation,
        })
        .from(householdMembers)
        .where(and(eq(householdMembers.applicantId, person.id), isNull(householdMembers.removedAt)))
        .all(),
    },
    acts: actViews(ctx.db, actsOf(ctx.db, c.id)),
    decisions: decisionViews(ctx.db, r.decisionRows),
    referrals: referralViews(ctx.db, referralsOf(ctx.db, c.id), ctx.locale),
    plans: planViews(ctx.db, plans),
    events: eventViews(ctx.db, r.eventRows, ctx.locale),
    actions: caseActions(c.status, r, plans.length > 0),
  };
}

/** Active users who work cases (caseworkers and heads), by name. */
export function staff(ctx: ServiceContext): Output<'casework.staff'> {
  return ctx.db
    .select({ id: users.id, fullName: users.fullName, roles: users.roles, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(users.fullName)
    .all()
    .filter(
      (u) =>
        !u.disabledAt && (JSON.parse(u.roles) as string[]).some((r) => r === 'caseworker' || r === 'head'),
    )
    .map((u) => ({ id: u.id, fullName: u.fullName }));
}
