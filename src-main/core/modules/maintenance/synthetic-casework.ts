import { v7 as uuidv7 } from 'uuid';
import { makeBin } from '../../domain/bin';
import { addDays } from '../../domain/calendar';
import { makeIin } from '../../domain/iin';
import { foldText, personSearchKey } from '../../domain/search-key';
import type { ServiceContext } from '../../shared/context';
import { type CaseGround, caseRoute, needsAkimatDecision } from '../cases/domain';
import { type CaseRecords, deriveStatus, type EventKind } from '../casework/domain';

// The records behind a seeded case, so its status is what the services would derive from them
// (casework/domain.ts deriveStatus): the act, the decision (drafted by the seeding user,
// approved by a marked synthetic reviewer), the provider chosen, the referral, the work plan and
// the service's events, dated in order after the application and never after today.

/** The synthetic reviewer of seeded decisions (not a user: seeded data must not pass for a head's act). */
export const SEED_REVIEWER = 'seed:reviewer';

const NAMES: [string, string][] = [
  ['Омарова', 'Гүлнар'],
  ['Ахметов', 'Ерлан'],
  ['Сейтқалиева', 'Дана'],
  ['Иванова', 'Ольга'],
  ['Жұмабеков', 'Асқар'],
  ['Тлеуова', 'Айгүл'],
  ['Ким', 'Сергей'],
  ['Нұрланова', 'Әсел'],
];
const POSITIONS = ['social_worker_assessment', 'home_care_worker', 'social_worker_care', 'psychologist'];
const PROVIDERS: [string, string, string][] = [
  ['«Қамқор» әлеуметтік қызмет көрсету орталығы', 'Центр социального обслуживания «Камкор»', 'state_centre'],
  ['«Мейірім» қоғамдық бірлестігі', 'Общественное объединение «Мейирим»', 'ngo'],
  ['«Шапағат» ЖШС', 'ТОО «Шапагат»', 'private'],
];

export interface SeedCase {
  id: string;
  appliedOn: string;
  grounds: string[];
  target: string;
  requestedForm: string;
}

export function caseworkSeeder(ctx: ServiceContext, at: string, by: string, today: string) {
  const db = ctx.sqlite;
  // Column names quoted: case_events has a column called "on".
  const q = (table: string, columns: string[]) =>
    db.prepare(
      `INSERT INTO ${table} (id, created_at, created_by, updated_at, updated_by, change_seq, ${columns.map((c) => `"${c}"`).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    );
  // The registers the records name: made once if the install has none (a fresh demo or bench).
  const seq = db.prepare("SELECT value FROM sequences WHERE name = 'change'").pluck();
  const stampNow = (id: string) => [id, at, by, at, by, (seq.get() as number | undefined) ?? 1] as const;
  let specialists = db
    .prepare('SELECT id FROM specialists WHERE active = 1 ORDER BY id')
    .pluck()
    .all() as string[];
  if (specialists.length < 2) {
    const add = q('specialists', ['iin', 'last_name', 'first_name', 'position', 'active', 'search_key']);
    NAMES.forEach(([last, first], i) => {
      const iin = makeIin(`1982-04-0${(i % 9) + 1}`, i % 2 ? 'M' : 'F', 900 + i);
      if (iin && !db.prepare('SELECT 1 FROM specialists WHERE iin = ?').get(iin))
        add.run(
          ...stampNow(uuidv7()),
          iin,
          last,
          first,
          POSITIONS[i % POSITIONS.length],
          1,
          personSearchKey(last, first),
        );
    });
    specialists = db
      .prepare('SELECT id FROM specialists WHERE active = 1 ORDER BY id')
      .pluck()
      .all() as string[];
    // Certified (docs/domain.md): the seeded cases' acts and plans name them.
    const cert = q('specialist_certificates', [
      'specialist_id',
      'number',
      'issuer',
      'issued_on',
      'valid_until',
    ]);
    const fact = db.prepare('UPDATE specialists SET cert_valid_until = ? WHERE id = ?');
    specialists.forEach((id, i) => {
      const until = addDays(today, 400 + i * 30);
      cert.run(
        ...stampNow(uuidv7()),
        id,
        `НОК-${1000 + i}`,
        'Центр независимой оценки квалификации',
        addDays(today, -700),
        until,
      );
      fact.run(until, id);
    });
  }
  let providers = db
    .prepare('SELECT id FROM providers WHERE active = 1 ORDER BY id')
    .pluck()
    .all() as string[];
  if (providers.length === 0) {
    const add = q('providers', ['name_kk', 'name_ru', 'kind', 'bin', 'active', 'search_key']);
    PROVIDERS.forEach(([kk, ru, kind], i) => {
      // An organisation's BIN; an individual entrepreneur registers under an IIN.
      const bin =
        kind === 'individual_entrepreneur'
          ? makeIin(`1985-06-1${i}`, 'M', 950 + i)
          : (makeBin('0506', 950 + i) ?? makeBin('0506', 960 + i));
      if (bin && !db.prepare('SELECT 1 FROM providers WHERE bin = ?').get(bin))
        add.run(...stampNow(uuidv7()), kk, ru, kind, bin, 1, `${foldText(kk)} ${foldText(ru)} ${bin}`);
    });
    providers = db.prepare('SELECT id FROM providers WHERE active = 1 ORDER BY id').pluck().all() as string[];
  }
  const numberOf = db.prepare(
    'INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value',
  );
  const next = (kind: string, day: string) => {
    const year = Number(day.slice(0, 4));
    return `${year}-${String(numberOf.pluck().get(`${kind}:${year}`) as number).padStart(5, '0')}`;
  };
  const act = q('assessment_acts', [
    'case_id',
    'number',
    'visit_on',
    'housing_type',
    'heating',
    'water',
    'toilet',
    'sanitary',
    'accessibility',
    'household',
    'mobility',
    'self_care',
    'services_needed',
    'conclusion',
    'criteria',
    'mac_conclusion',
    'specialist1_id',
    'specialist2_id',
  ]);
  const decision = q('decisions', [
    'case_id',
    'number',
    'kind',
    'state',
    'ssu_types',
    'form',
    'volume',
    'services',
    'start_on',
    'end_on',
    'refusal_reason',
    'explanation',
    'drafted_by',
    'reviewed_by',
    'reviewed_at',
    'decided_on',
  ]);
  const event = q('case_events', [
    'case_id',
    'kind',
    'on',
    'provider_id',
    'result',
    'plan_corrected',
    'reason',
  ]);
  const referral = q('referrals', ['case_id', 'decision_id', 'provider_id', 'number', 'issued_on', 'form']);
  const plan = q('work_plans', [
    'case_id',
    'referral_id',
    'number',
    'responsible_id',
    'from_on',
    'to_on',
    'items',
  ]);
  const criteria = JSON.stringify({
    life_activity_limitation: { met: true, note: null },
    social_disadaptation: { met: false, note: null },
    social_deprivation: { met: false, note: null },
    unfavourable_environment: { met: false, note: null },
  });
  // Every plan has hygiene and observation; some add hours of care at home or meal visits, so
  // the case load has hours and visits to count.
  const servicesOf = (n: number) =>
    JSON.stringify([
      { code: 'dom_hygiene', volume: 4, periodicity: 'weekly' },
      { code: 'med_observation', volume: 4, periodicity: 'monthly' },
      ...(n % 3 === 0
        ? [{ code: 'dom_home_care', volume: 2 + (n % 4), periodicity: n % 2 ? 'daily' : 'weekly' }]
        : []),
      ...(n % 5 === 0 ? [{ code: 'dom_meals', volume: 3, periodicity: 'weekly' }] : []),
    ]);

  /**
   * Plans the records that take a case to its target and derives the status they give. Returns
   * what the case row stores (status, close, provider, form) and a writer for the records, run
   * once the case row exists (they reference it).
   */
  return (c: SeedCase, seqOfPerson: number, n: number) => {
    const stamp = (id: string) => [id, at, by, at, by, seqOfPerson] as const;
    const day = (offset: number) => {
      const d = addDays(c.appliedOn, offset);
      return d > today ? today : d;
    };
    const needsDecision = needsAkimatDecision(caseRoute(c.grounds as CaseGround[]));
    const t = c.target;
    const serviceStages = ['provider_chosen', 'referred', 'in_service', 'suspended', 'terminated'];
    const wantsService = serviceStages.includes(t);
    const hasAct = t !== 'registered';
    const decisionKind: 'approve' | 'refuse' | null = !needsDecision
      ? null
      : t === 'refused'
        ? 'refuse'
        : t === 'approved' || wantsService
          ? 'approve'
          : t === 'awaiting_decision'
            ? 'approve'
            : null;
    const decisionState = t === 'awaiting_decision' ? 'pending' : 'approved';
    const events: EventKind[] = [];
    if (wantsService) events.push('provider_chosen');
    const referred = ['referred', 'in_service', 'suspended', 'terminated'].includes(t);
    const started = ['in_service', 'suspended', 'terminated'].includes(t);
    if (started) events.push('service_started', 'monitoring');
    if (t === 'suspended') events.push('suspended');
    if (t === 'terminated') events.push('terminated');
    const withdrawn = t === 'withdrawn' || (t === 'refused' && !needsDecision);
    const decisions: CaseRecords['decisions'] = decisionKind
      ? [{ id: 'd', kind: decisionKind, state: decisionState, supersedesId: null }]
      : [];
    const status = deriveStatus({
      withdrawn,
      needsDecision,
      hasAct,
      decisions,
      events,
      hasReferral: referred,
    });
    const providerId = wantsService ? (providers[n % providers.length] ?? null) : null;
    const decided = decisionKind && decisionState === 'approved' ? day(10) : null;
    const closedOn =
      status === 'withdrawn'
        ? day(5)
        : status === 'refused'
          ? decided
          : status === 'terminated'
            ? day(90)
            : null;
    const closeReason =
      status === 'withdrawn'
        ? 'Заявитель отозвал заявление'
        : status === 'refused'
          ? 'not_meeting_grounds'
          : status === 'terminated'
            ? 'end_of_term'
            : null;
    const row = {
      status,
      closedOn,
      closeReason,
      providerId,
      serviceForm: c.requestedForm,
    };
    const write = () => {
      const s1 = specialists[n % specialists.length] as string;
      const s2 = specialists[(n + 1) % specialists.length] as string;
      if (hasAct)
        act.run(
          ...stamp(uuidv7()),
          c.id,
          next('act', day(2)),
          day(2),
          'apartment',
          'central',
          'inside',
          'inside',
          'satisfactory',
          'partly',
          '[]',
          'with_aid',
          'limited',
          '["social_domestic","social_medical"]',
          'partial_loss',
          criteria,
          'no_contraindications',
          s1,
          s2,
        );
      let decisionId: string | null = null;
      if (decisionKind) {
        decisionId = uuidv7();
        const approve = decisionKind === 'approve';
        decision.run(
          ...stamp(decisionId),
          c.id,
          decided ? next('decision', decided) : null,
          decisionKind,
          decisionState,
          approve ? '["social_domestic","social_medical"]' : '[]',
          approve ? c.requestedForm : null,
          approve ? 'guaranteed' : null,
          approve ? servicesOf(n) : '[]',
          approve ? day(10) : null,
          approve ? addDays(day(10), 364) : null,
          approve ? null : 'not_meeting_grounds',
          approve ? null : 'Основания ст. 133 не подтверждены',
          by,
          decided ? SEED_REVIEWER : null,
          decided ? at : null,
          decided,
        );
      }
      if (wantsService)
        event.run(...stamp(uuidv7()), c.id, 'provider_chosen', day(11), providerId, null, null, null);
      if (referred) {
        const referralId = uuidv7();
        referral.run(
          ...stamp(referralId),
          c.id,
          decisionId,
          providerId,
          next('referral', day(12)),
          day(12),
          c.requestedForm,
        );
        if (started)
          plan.run(
            ...stamp(uuidv7()),
            c.id,
            referralId,
            next('plan', day(12)),
            s2,
            day(12),
            addDays(day(12), 180),
            servicesOf(n),
          );
      }
      if (started) {
        event.run(...stamp(uuidv7()), c.id, 'service_started', day(13), null, null, null, null);
        event.run(...stamp(uuidv7()), c.id, 'monitoring', day(40), null, 'no_change', 0, null);
      }
      if (t === 'suspended')
        event.run(...stamp(uuidv7()), c.id, 'suspended', day(60), null, null, null, 'Госпитализация');
      if (t === 'terminated')
        event.run(...stamp(uuidv7()), c.id, 'terminated', day(90), null, null, null, 'end_of_term');
    };
    return { row, write };
  };
}
