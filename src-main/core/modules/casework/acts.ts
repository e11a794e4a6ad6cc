import { asc, eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { createdChanges, newEntityStamp } from '../../shared/stamps';
import { requireCertified } from '../specialists/certification';
import { requireActiveSpecialist, specialistName, specialistsByIds } from '../specialists/service';
import { nextNumber, readCase, refreshCase, requireOpen, userNames } from './records';
import { assessmentActs } from './schema';

// The act of examination of living conditions (SC art. 140; docs/domain.md): one visit,
// signed by two different specialists of the register. A repeated visit is a new act; the
// newest is the one in force.

type ActRow = typeof assessmentActs.$inferSelect;
type ActView = Output<'casework.saveAct'>;

export function actViews(db: Db, rows: ActRow[]): ActView[] {
  const names = userNames(
    db,
    rows.map((r) => r.createdBy),
  );
  const signers = specialistsByIds(
    db,
    rows.flatMap((r) => [r.specialist1Id, r.specialist2Id]),
  );
  const who = (id: string) => {
    const s = signers.get(id);
    return { id, name: s ? specialistName(s) : id };
  };
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    number: r.number,
    visitOn: r.visitOn,
    housingType: r.housingType,
    floor: r.floor,
    hasLift: r.hasLift,
    heating: r.heating,
    water: r.water,
    toilet: r.toilet,
    sanitary: r.sanitary,
    accessibility: r.accessibility,
    plot: r.plot,
    household: JSON.parse(r.household) as ActView['household'],
    incomeMonthly: r.incomeMonthly,
    incomeNote: r.incomeNote,
    mobility: r.mobility,
    selfCare: r.selfCare,
    complaints: r.complaints,
    servicesNeeded: JSON.parse(r.servicesNeeded) as ActView['servicesNeeded'],
    conclusion: r.conclusion,
    conclusionNote: r.conclusionNote,
    criteria: JSON.parse(r.criteria) as ActView['criteria'],
    macConclusion: r.macConclusion,
    macNote: r.macNote,
    specialist1: who(r.specialist1Id),
    specialist2: who(r.specialist2Id),
    createdAt: r.createdAt,
    createdByName: names.get(r.createdBy) ?? r.createdBy,
  }));
}

export function actsOf(db: Db, caseId: string): ActRow[] {
  return db
    .select()
    .from(assessmentActs)
    .where(eq(assessmentActs.caseId, caseId))
    .orderBy(asc(assessmentActs.createdAt))
    .all();
}

export function readAct(db: Db, id: string): ActRow {
  const row = db.select().from(assessmentActs).where(eq(assessmentActs.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function saveAct(
  ctx: ServiceContext,
  input: ParsedInput<'casework.saveAct'>,
): Output<'casework.saveAct'> {
  const c = readCase(ctx.db, input.caseId);
  requireOpen(c);
  if (c.status === 'refused') throw new AppError('VALIDATION', { fields: { caseId: 'caseClosed' } });
  if (input.visitOn > localToday(ctx.clock))
    throw new AppError('VALIDATION', { fields: { visitOn: 'dateFuture' } });
  if (input.visitOn < c.appliedOn) throw new AppError('VALIDATION', { fields: { visitOn: 'beforeApplied' } });
  if (input.specialist1Id === input.specialist2Id)
    throw new AppError('VALIDATION', { fields: { specialist2Id: 'sameSpecialist' } });
  requireActiveSpecialist(ctx.db, input.specialist1Id, 'specialist1Id');
  requireActiveSpecialist(ctx.db, input.specialist2Id, 'specialist2Id');
  // Only certified specialists sign (docs/domain.md), on the day of the visit.
  requireCertified(
    ctx,
    input.specialist1Id,
    input.visitOn,
    'specialist1Id',
    input.overrideReason,
    c.applicantId,
  );
  requireCertified(
    ctx,
    input.specialist2Id,
    input.visitOn,
    'specialist2Id',
    input.overrideReason,
    c.applicantId,
  );
  const row: ActRow = {
    ...newEntityStamp(ctx),
    caseId: c.id,
    number: nextNumber(ctx, 'act', Number(input.visitOn.slice(0, 4))),
    visitOn: input.visitOn,
    housingType: input.housingType,
    floor: input.floor ?? null,
    hasLift: input.hasLift ?? null,
    heating: input.heating,
    water: input.water,
    toilet: input.toilet,
    sanitary: input.sanitary,
    accessibility: input.accessibility,
    plot: input.plot ?? null,
    household: JSON.stringify(input.household),
    incomeMonthly: input.incomeMonthly ?? null,
    incomeNote: input.incomeNote ?? null,
    mobility: input.mobility,
    selfCare: input.selfCare,
    complaints: input.complaints ?? null,
    servicesNeeded: JSON.stringify(input.servicesNeeded),
    conclusion: input.conclusion,
    conclusionNote: input.conclusionNote ?? null,
    criteria: JSON.stringify(input.criteria),
    macConclusion: input.macConclusion,
    macNote: input.macNote ?? null,
    specialist1Id: input.specialist1Id,
    specialist2Id: input.specialist2Id,
  };
  ctx.db.insert(assessmentActs).values(row).run();
  ctx.audit({
    entity: 'assessment_act',
    entityId: row.id,
    action: 'create',
    changes: createdChanges(row),
    subjectId: c.applicantId,
  });
  refreshCase(ctx, c.id);
  return actViews(ctx.db, [row])[0] as ActView;
}
