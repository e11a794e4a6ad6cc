import { v7 as uuidv7 } from 'uuid';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow, localToday } from '../../clock';
import { LARGE_WRITE_ROWS, refreshPlannerStats } from '../../db/stats';
import { phoneKey } from '../../domain/phone';
import { personLatinKey, personSearchKey } from '../../domain/search-key';
import type { ServiceContext } from '../../shared/context';
import { reserveChangeSeqs } from '../../shared/stamps';
import { refreshRegistryFactsRange } from '../applicants/facts';
import { withNameIndexDeferred } from '../applicants/name-index';
import { applicants } from '../applicants/schema';
import { loadCalendar } from '../calendar/service';
import { dueDate } from '../cases/deadlines';
import { caseNumber } from '../cases/domain';
import { deadlinePolicy, readSetting } from '../settings/policies';
import { seedCaregivers } from './synthetic-caregivers';
import { caseworkSeeder } from './synthetic-casework';
import { syntheticPeople } from './synthetic-people';
import { seedProviders } from './synthetic-providers';
import { type SyntheticAround, syntheticAround } from './synthetic-registry';
import { seedSpecialists } from './synthetic-specialists';

const BATCH = 250;

/**
 * Fills the registry with synthetic people (demos, benchmarks, crash tests). Runs inside the
 * router's single transaction: a seed interrupted by a crash leaves all of it or none of it.
 */
export function seedApplicants(
  ctx: ServiceContext,
  input: ParsedInput<'maintenance.seed'>,
): Output<'maintenance.seed'> {
  const today = localToday(ctx.clock);
  const existing = new Set(
    ctx.sqlite.prepare('SELECT iin FROM applicants WHERE iin IS NOT NULL').pluck().all() as string[],
  );
  let batch: (typeof applicants.$inferInsert)[] = [];
  let inserted = 0;
  const at = isoNow(ctx.clock);
  const by = ctx.actor?.userId ?? `${ctx.door}:system`;
  const around = aroundWriter(ctx, at, by, today);
  // Rows around a person reference it, so they are written after its batch.
  let pending: [string, number, SyntheticAround][] = [];
  const flush = () => {
    if (batch.length) ctx.db.insert(applicants).values(batch).run();
    for (const [personId, personSeq, rows] of pending) around(personId, personSeq, rows);
    pending = [];
    inserted += batch.length;
    batch = [];
  };
  const firstRowid =
    ((ctx.sqlite.prepare('SELECT max(rowid) FROM applicants').pluck().get() as number | null) ?? 0) + 1;
  let seq = reserveChangeSeqs(ctx, input.applicants);
  let index = 0;
  // People live in the install's district, as a district office's registry does.
  const district = readSetting(ctx.db, 'office.districtKato') ?? undefined;
  // The name index is filled once for the new people at the end (name-index.ts): row by row,
  // its trigger made a million-person seed take 12 minutes.
  withNameIndexDeferred(ctx.sqlite, () => {
    for (const p of syntheticPeople(input.applicants, input.seed, today, district)) {
      index++;
      if (existing.has(p.iin)) continue;
      const id = uuidv7();
      // Related rows share the person's change number: they are written by the same seed.
      pending.push([id, seq, syntheticAround(input.seed, index, p, today)]);
      batch.push({
        id,
        createdAt: at,
        createdBy: by,
        updatedAt: at,
        updatedBy: by,
        changeSeq: seq++,
        ...p,
        iinMissingReason: null,
        citizenship: 'citizen',
        docType: null,
        docNumber: null,
        docDate: null,
        docIssuer: null,
        maritalStatus: null,
        legalCapacity: 'capable',
        capacityCourtDecision: null,
        capacityCourtDate: null,
        deathDate: null,
        consentDate: null,
        consentForm: null,
        consentRef: null,
        searchKey: personSearchKey(p.lastName, p.firstName, p.patronymic),
        latinKey: personLatinKey(p.lastName, p.firstName),
        phoneDigits: phoneKey(p.phone),
        deletedAt: null,
      });
      if (batch.length >= BATCH) flush();
    }
    flush();
  });
  // The seeded people's registry facts (current disability, programme, pending measures) in one
  // statement over the new rows, as the registry services do one person at a time.
  refreshRegistryFactsRange(
    ctx.db,
    firstRowid,
    (ctx.sqlite.prepare('SELECT max(rowid) FROM applicants').pluck().get() as number | null) ?? 0,
  );
  if (inserted >= LARGE_WRITE_ROWS) refreshPlannerStats(ctx.sqlite);
  const specialistsMade = seedSpecialists(ctx, input.specialists, input.seed, today, at, by);
  const caregiversMade = seedCaregivers(ctx, input.caregivers, today, at, by);
  const providersMade = seedProviders(ctx, input, today, at, by);
  // One audit entry for the batch: the people are synthetic, the fact of seeding is what matters.
  ctx.audit({
    entity: 'applicant',
    entityId: '*',
    action: 'seed',
    changes: {
      count: [null, inserted],
      seed: [null, input.seed],
      specialists: [null, specialistsMade],
      caregivers: [null, caregiversMade],
      providers: [null, providersMade],
    },
  });
  return { inserted };
}

/**
 * Household, income, disability and programme rows for one seeded person, through prepared
 * statements (a 100,000-person seed writes several hundred thousand of them).
 */
function aroundWriter(ctx: ServiceContext, at: string, by: string, today: string) {
  const casework = caseworkSeeder(ctx, at, by, today);
  let caseIndex = 0;
  const q = (table: string, columns: string[]) =>
    ctx.sqlite.prepare(
      `INSERT INTO ${table} (id, created_at, created_by, updated_at, updated_by, change_seq, ${columns.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    );
  const member = q('household_members', ['applicant_id', 'full_name', 'relation', 'birth_year']);
  const income = q('incomes', ['applicant_id', 'kind', 'amount', 'period_from']);
  const disability = q('disability_records', [
    'applicant_id',
    'category',
    'group_no',
    'cause',
    'term',
    'established_on',
    'valid_until',
    'mse_decision_no',
    'movement_difficulty',
  ]);
  const ipr = q('iprs', [
    'applicant_id',
    'disability_record_id',
    'number',
    'issued_on',
    'valid_until',
    'parts',
  ]);
  const measure = q('ipr_measures', [
    'ipr_id',
    'applicant_id',
    'kind',
    'quantity',
    'hours_per_day',
    'status',
    'sent_on',
    'notified_on',
    'order_deadline',
    'status_changed_at',
  ]);
  const application = q('cases', [
    'number',
    'applicant_id',
    'applied_on',
    'channel',
    'applied_by',
    'applicant_name',
    'on_behalf_reason',
    'proactive_consent_on',
    'grounds',
    'requested_form',
    'status',
    'status_changed_at',
    'closed_on',
    'close_reason',
    'due_on',
    'responsible_id',
    'provider_id',
    'service_form',
  ]);
  // Due dates as registration computes them (the working-day calendar, the office's deadlines).
  const calendar = loadCalendar(ctx.db);
  const policy = deadlinePolicy(ctx.db);
  // Case numbers continue each year's counter (sequences 'case:YYYY'), as registrations do.
  const caseCounter = ctx.sqlite.prepare(
    'INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value',
  );
  return (personId: string, seq: number, a: SyntheticAround) => {
    const stamp = (id: string) => [id, at, by, at, by, seq] as const;
    if (a.application) {
      const year = Number(a.application.appliedOn.slice(0, 4));
      const n = caseCounter.pluck().get(`case:${year}`) as number;
      const caseId = uuidv7();
      const records = casework(
        {
          id: caseId,
          appliedOn: a.application.appliedOn,
          grounds: a.application.grounds,
          target: a.application.target,
          requestedForm: a.application.requestedForm,
        },
        seq,
        caseIndex++,
      );
      application.run(
        ...stamp(caseId),
        caseNumber(year, n),
        personId,
        a.application.appliedOn,
        a.application.channel,
        a.application.appliedBy,
        a.application.applicantName,
        a.application.onBehalfReason,
        a.application.proactiveConsentOn,
        JSON.stringify(a.application.grounds),
        a.application.requestedForm,
        records.row.status,
        at,
        records.row.closedOn,
        records.row.closeReason,
        dueDate(
          {
            appliedOn: a.application.appliedOn,
            requestedForm: a.application.requestedForm,
            status: records.row.status,
            grounds: JSON.stringify(a.application.grounds),
          },
          calendar,
          policy,
        ),
        ctx.actor?.userId ?? null,
        records.row.providerId,
        records.row.serviceForm,
      );
      records.write();
    }
    for (const m of a.household)
      member.run(...stamp(uuidv7()), personId, m.fullName, m.relation, m.birthYear);
    for (const x of a.incomes) income.run(...stamp(uuidv7()), personId, x.kind, x.amount, x.periodFrom);
    if (!a.disability) return;
    const d = a.disability;
    const disabilityId = uuidv7();
    disability.run(
      ...stamp(disabilityId),
      personId,
      d.category,
      d.groupNo,
      d.cause,
      d.term,
      d.establishedOn,
      d.validUntil,
      d.mseDecisionNo,
      d.movementDifficulty ? 1 : 0,
    );
    if (!a.ipr) return;
    const iprId = uuidv7();
    ipr.run(
      ...stamp(iprId),
      personId,
      disabilityId,
      a.ipr.number,
      a.ipr.issuedOn,
      d.validUntil,
      '["social"]',
    );
    for (const m of a.ipr.measures) {
      measure.run(
        ...stamp(uuidv7()),
        iprId,
        personId,
        m.kind,
        1,
        m.hoursPerDay,
        m.status,
        m.sentOn,
        m.notifiedOn,
        m.orderDeadline,
        at,
      );
    }
  };
}
