import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Output } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { ageOn } from '../../domain/calendar';
import type { ServiceContext } from '../../shared/context';
import { updateStamp } from '../../shared/stamps';
import { refreshRegistryFacts } from '../applicants/facts';
import { applicants } from '../applicants/schema';
import { type CaseGround, CLOSED_CASE_STATUSES, checkApplication } from '../cases/domain';
import { cases } from '../cases/schema';
import {
  ASSISTANT_MAX_HOURS_PER_DAY,
  assistantRefusal,
  type DisabilityTerm,
  LIVE_MEASURE_STATUSES,
  OFF_PORTAL_MEASURES,
  SIGN_LANGUAGE_MAX_HOURS_PER_YEAR,
  termFitsCategory,
  validUntil,
} from '../disability/domain';
import { disabilityRecords, iprMeasures, iprs } from '../disability/schema';
import { legalRules } from '../settings/policies';

// Stored data that the rules before the legal review (2026-11) let in. Where the right value
// follows from the law, it is corrected (audited; nothing is deleted); where it needs a person's
// judgement, it is listed for review and left as it is. `planLegalFixes` is the dry run: it
// writes nothing. `applyLegalFixes` makes exactly the planned changes in one transaction.

type Plan = Output<'maintenance.legalFixesPlan'>;
type Change = Plan['changes'][number];

/** The child terms that fit a category, for a term the old rules let through. */
function childTerm(category: string, term: DisabilityTerm): DisabilityTerm | null {
  if (category === 'child_under7' && (term === 'indefinite' || term === 'until18')) return 'until7';
  if (category === 'child_7_18' && (term === 'indefinite' || term === 'until7')) return 'until18';
  return null;
}

export function planLegalFixes(db: Db, today: string): Plan {
  const changes: Change[] = [];
  const reviews: Plan['reviews'] = [];

  // 1. Terms by age (art. 155 p.7), current records only: the history stays as it was decided.
  const records = db
    .select({
      id: disabilityRecords.id,
      applicantId: disabilityRecords.applicantId,
      category: disabilityRecords.category,
      group: disabilityRecords.groupNo,
      term: disabilityRecords.term,
      establishedOn: disabilityRecords.establishedOn,
      validUntil: disabilityRecords.validUntil,
      movementDifficulty: disabilityRecords.movementDifficulty,
      birthDate: applicants.birthDate,
    })
    .from(disabilityRecords)
    .innerJoin(applicants, eq(applicants.id, disabilityRecords.applicantId))
    .where(isNull(disabilityRecords.replacedAt))
    .all();
  for (const r of records) {
    if (termFitsCategory(r.term, r.category)) continue;
    const term = childTerm(r.category, r.term);
    if (!term) {
      reviews.push({ entity: 'disability', id: r.id, subjectId: r.applicantId, rule: 'termCategory' });
      continue;
    }
    const until = validUntil(term, r.establishedOn, r.birthDate);
    changes.push({
      entity: 'disability',
      id: r.id,
      subjectId: r.applicantId,
      field: 'term',
      from: r.term,
      to: term,
      rule: 'termCategory',
    });
    changes.push({
      entity: 'disability',
      id: r.id,
      subjectId: r.applicantId,
      field: 'validUntil',
      from: r.validUntil,
      to: until,
      rule: 'termCategory',
    });
    // The current programme runs for the disability's term.
    for (const p of db
      .select({ id: iprs.id, validUntil: iprs.validUntil })
      .from(iprs)
      .where(and(eq(iprs.disabilityRecordId, r.id), isNull(iprs.replacedAt)))
      .all()) {
      if (p.validUntil !== until)
        changes.push({
          entity: 'ipr',
          id: p.id,
          subjectId: r.applicantId,
          field: 'validUntil',
          from: p.validUntil,
          to: until,
          rule: 'termCategory',
        });
    }
  }

  // 2. Invataxi and vocational measures never had a portal deadline (art. 165, 168).
  for (const m of db
    .select({
      id: iprMeasures.id,
      applicantId: iprMeasures.applicantId,
      status: iprMeasures.status,
      orderDeadline: iprMeasures.orderDeadline,
    })
    .from(iprMeasures)
    .where(
      and(
        inArray(iprMeasures.kind, [...OFF_PORTAL_MEASURES]),
        inArray(iprMeasures.status, ['sent_to_portal', 'expired']),
      ),
    )
    .all()) {
    changes.push({
      entity: 'ipr_measure',
      id: m.id,
      subjectId: m.applicantId,
      field: 'status',
      from: m.status,
      to: 'recommended',
      rule: 'offPortal',
    });
    if (m.orderDeadline !== null)
      changes.push({
        entity: 'ipr_measure',
        id: m.id,
        subjectId: m.applicantId,
        field: 'orderDeadline',
        from: m.orderDeadline,
        to: null,
        rule: 'offPortal',
      });
  }

  // 3. For review: assistants without the basis, and programmes over the hour limits (art. 163).
  const rules = legalRules(db);
  const basisOf = new Map(records.map((r) => [r.applicantId, r]));
  const live = db
    .select()
    .from(iprMeasures)
    .innerJoin(iprs, eq(iprs.id, iprMeasures.iprId))
    .where(and(isNull(iprs.replacedAt), inArray(iprMeasures.status, [...LIVE_MEASURE_STATUSES])))
    .all();
  const sums = new Map<string, { applicantId: string; assistant: number; sign: number }>();
  for (const { ipr_measures: m } of live) {
    const s = sums.get(m.iprId) ?? { applicantId: m.applicantId, assistant: 0, sign: 0 };
    if (m.kind === 'individual_assistant') {
      s.assistant += m.hoursPerDay ?? 0;
      const why = assistantRefusal(basisOf.get(m.applicantId) ?? null, {
        childrenWithGroupI: rules.assistantForChildrenGroupI,
      });
      if (why) reviews.push({ entity: 'ipr_measure', id: m.id, subjectId: m.applicantId, rule: why });
    }
    if (m.kind === 'sign_language') s.sign += m.hoursPerYear ?? 0;
    sums.set(m.iprId, s);
  }
  for (const [id, s] of sums) {
    if (s.assistant > ASSISTANT_MAX_HOURS_PER_DAY)
      reviews.push({ entity: 'ipr', id, subjectId: s.applicantId, rule: 'assistantHours' });
    if (s.sign > SIGN_LANGUAGE_MAX_HOURS_PER_YEAR)
      reviews.push({ entity: 'ipr', id, subjectId: s.applicantId, rule: 'signHours' });
  }

  // 4. For review: open applications whose grounds or applicant the Code does not allow (art. 133, 139).
  for (const c of db
    .select({
      id: cases.id,
      applicantId: cases.applicantId,
      appliedBy: cases.appliedBy,
      channel: cases.channel,
      grounds: cases.grounds,
      appliedOn: cases.appliedOn,
      birthDate: applicants.birthDate,
    })
    .from(cases)
    .innerJoin(applicants, eq(applicants.id, cases.applicantId))
    .where(notInArray(cases.status, [...CLOSED_CASE_STATUSES]))
    .all()) {
    const problems = checkApplication(
      {
        appliedBy: c.appliedBy,
        channel: c.channel,
        grounds: JSON.parse(c.grounds) as CaseGround[],
        appliedOn: c.appliedOn,
        // Fields the old form did not ask for are not a fault of the stored application.
        proactiveConsentOn: c.appliedOn,
        onBehalfReason: '-',
      },
      ageOn(c.birthDate, c.appliedOn),
    );
    if (problems.grounds)
      reviews.push({ entity: 'case', id: c.id, subjectId: c.applicantId, rule: problems.grounds });
  }
  return { changes, reviews, checkedOn: today, applied: false };
}

export function legalFixesPlan(ctx: ServiceContext): Plan {
  return planLegalFixes(ctx.db, localToday(ctx.clock));
}

/** Applies the plan's changes, each row audited as one update with the rule in its changes. */
export function applyLegalFixes(ctx: ServiceContext): Plan {
  const plan = planLegalFixes(ctx.db, localToday(ctx.clock));
  const byRow = new Map<string, Change[]>();
  for (const c of plan.changes)
    byRow.set(`${c.entity}:${c.id}`, [...(byRow.get(`${c.entity}:${c.id}`) ?? []), c]);
  const people = new Set<string>();
  for (const group of byRow.values()) {
    const { entity, id, subjectId } = group[0] as Change;
    const set = Object.fromEntries(group.map((c) => [c.field, c.to]));
    const table = entity === 'disability' ? disabilityRecords : entity === 'ipr' ? iprs : iprMeasures;
    ctx.db
      .update(table)
      .set({ ...set, ...updateStamp(ctx) })
      .where(eq(table.id, id))
      .run();
    ctx.audit({
      entity,
      entityId: id,
      action: 'legal_fix',
      changes: Object.fromEntries(group.map((c) => [c.field, [c.from, c.to]])),
      subjectId,
    });
    people.add(subjectId);
  }
  for (const p of people) refreshRegistryFacts(ctx.db, p);
  return { ...plan, applied: true };
}
