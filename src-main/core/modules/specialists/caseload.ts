import type { Output, ParsedInput } from '../../api/contract';
import type { Db } from '../../db/database';
import type { ServiceContext } from '../../shared/context';
import { CLOSED_CASE_STATUSES, sqlList } from '../cases/domain';
import { catalogueByCode } from '../references/service';
import { SPECIALIST_POSITIONS, type SpecialistPosition } from './domain';

// Case load: who carries which open cases. A specialist carries a case when they are responsible
// for the case's plan in force (the newest plan); the plan's hour-based lines give the planned
// hours a week. The district's ratio is recipients per specialist of each position, the figure
// the seeds compare across countries (docs/domain.md).

export interface Load {
  activeCases: number;
  recipients: number;
  hoursPerWeek: number;
  visitsPerWeek: number;
}

interface PlanRow {
  responsibleId: string;
  caseId: string;
  applicantId: string;
  items: string;
}

// How many times a week a periodicity repeats. "Daily" is every day of the week; a monthly
// volume is spread over the 52/12 weeks of an average month; a one-off service is not a weekly
// load at all.
const PER_WEEK: Record<string, number> = { daily: 7, weekly: 1, monthly: 12 / 52, once: 0 };

/** The plans in force of open cases, optionally of one specialist. */
function plansInForce(ctx: ServiceContext, specialistId?: string): PlanRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT p.responsible_id AS responsibleId, p.case_id AS caseId, c.applicant_id AS applicantId,
              p.items AS items
         FROM work_plans p JOIN cases c ON c.id = p.case_id
        WHERE c.status NOT IN ${sqlList(CLOSED_CASE_STATUSES)}
          ${specialistId ? 'AND p.responsible_id = @specialistId' : ''}
          AND p.id = (SELECT p2.id FROM work_plans p2 WHERE p2.case_id = p.case_id
                       ORDER BY p2.created_at DESC, p2.id DESC LIMIT 1)`,
    )
    .all(specialistId ? { specialistId } : {}) as PlanRow[];
}

/** Sums the plans' loads per responsible specialist. */
function loads(db: Db, plans: readonly PlanRow[]): Map<string, Load> {
  const catalogue = catalogueByCode(db);
  const acc = new Map<string, { cases: Set<string>; people: Set<string>; hours: number; visits: number }>();
  for (const p of plans) {
    let a = acc.get(p.responsibleId);
    if (!a) {
      a = { cases: new Set(), people: new Set(), hours: 0, visits: 0 };
      acc.set(p.responsibleId, a);
    }
    a.cases.add(p.caseId);
    a.people.add(p.applicantId);
    for (const line of JSON.parse(p.items) as { code: string; volume: number; periodicity: string }[]) {
      const unit = catalogue.get(line.code)?.unit;
      const weekly = line.volume * (PER_WEEK[line.periodicity] ?? 0);
      if (unit === 'hour') a.hours += weekly;
      else if (unit === 'visit') a.visits += weekly;
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return new Map(
    [...acc].map(([id, a]) => [
      id,
      {
        activeCases: a.cases.size,
        recipients: a.people.size,
        hoursPerWeek: round(a.hours),
        visitsPerWeek: round(a.visits),
      },
    ]),
  );
}

// One collator for the whole sort: localeCompare would build one per comparison.
const BY_NAME = new Intl.Collator('ru');

const NONE: Load = { activeCases: 0, recipients: 0, hoursPerWeek: 0, visitsPerWeek: 0 };

/** One specialist's load (the card). */
export function specialistLoad(ctx: ServiceContext, specialistId: string): Load {
  return loads(ctx.db, plansInForce(ctx, specialistId)).get(specialistId) ?? NONE;
}

/**
 * The dashboard: per position, the active specialists, the recipients their plans cover and the
 * ratio; and the most loaded specialists (of a position, when asked).
 */
export function caseLoad(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.caseLoad'>,
): Output<'specialists.caseLoad'> {
  const plans = plansInForce(ctx);
  const byId = loads(ctx.db, plans);
  const staff = ctx.sqlite
    .prepare(
      `SELECT id, last_name AS lastName, first_name AS firstName, patronymic, position
         FROM specialists WHERE active = 1`,
    )
    .all() as {
    id: string;
    lastName: string;
    firstName: string;
    patronymic: string | null;
    position: SpecialistPosition;
  }[];
  const positions = new Map<
    SpecialistPosition,
    { specialists: number; recipients: Set<string>; cases: number; hours: number }
  >();
  for (const s of staff) {
    const p = positions.get(s.position) ?? {
      specialists: 0,
      recipients: new Set<string>(),
      cases: 0,
      hours: 0,
    };
    p.specialists += 1;
    positions.set(s.position, p);
  }
  // Recipients are counted once per position even when two of its specialists share a person.
  const positionOf = new Map(staff.map((s) => [s.id, s.position]));
  for (const plan of plans) {
    const pos = positionOf.get(plan.responsibleId);
    if (pos) positions.get(pos)?.recipients.add(plan.applicantId);
  }
  for (const [id, l] of byId) {
    const pos = positionOf.get(id);
    const p = pos ? positions.get(pos) : undefined;
    if (p) {
      p.cases += l.activeCases;
      p.hours += l.hoursPerWeek;
    }
  }
  const allRecipients = new Set(plans.map((p) => p.applicantId)).size;
  const rows = staff
    .filter((s) => !input.position || s.position === input.position)
    .map((s) => ({ ...s, ...(byId.get(s.id) ?? NONE) }))
    .sort(
      (a, b) =>
        b.recipients - a.recipients ||
        b.hoursPerWeek - a.hoursPerWeek ||
        BY_NAME.compare(a.lastName, b.lastName),
    )
    .slice(0, input.limit);
  return {
    byPosition: SPECIALIST_POSITIONS.filter((p) => positions.has(p)).map((position) => {
      const p = positions.get(position) as NonNullable<ReturnType<typeof positions.get>>;
      return {
        position,
        specialists: p.specialists,
        activeCases: p.cases,
        recipients: p.recipients.size,
        hoursPerWeek: Math.round(p.hours * 10) / 10,
        recipientsPerSpecialist: p.specialists
          ? Math.round((p.recipients.size / p.specialists) * 10) / 10
          : 0,
      };
    }),
    district: {
      specialists: staff.length,
      recipients: allRecipients,
      recipientsPerSpecialist: staff.length ? Math.round((allRecipients / staff.length) * 10) / 10 : 0,
    },
    top: rows,
  };
}

/** The open cases a specialist is responsible for, with the person and the plan's term (the card). */
export function specialistCases(ctx: ServiceContext, specialistId: string) {
  return ctx.sqlite
    .prepare(
      `SELECT c.id AS caseId, c.number, c.status, a.last_name || ' ' || a.first_name AS person,
              p.from_on AS fromOn, p.to_on AS toOn
         FROM work_plans p JOIN cases c ON c.id = p.case_id JOIN applicants a ON a.id = c.applicant_id
        WHERE p.responsible_id = @specialistId AND c.status NOT IN ${sqlList(CLOSED_CASE_STATUSES)}
          AND p.id = (SELECT p2.id FROM work_plans p2 WHERE p2.case_id = p.case_id
                       ORDER BY p2.created_at DESC, p2.id DESC LIMIT 1)
        ORDER BY c.number`,
    )
    .all({ specialistId }) as {
    caseId: string;
    number: string;
    status: string;
    person: string;
    fromOn: string;
    toOn: string;
  }[];
}
