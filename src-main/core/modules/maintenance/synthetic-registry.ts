import { addDays } from '../../domain/calendar';
import {
  ageOn,
  categoryForAge,
  type DisabilityCause,
  type DisabilityTerm,
  orderDeadline,
  TERMS_BY_CATEGORY,
  validUntil,
} from '../disability/domain';
import { rng } from './synthetic-people';

// What the registry holds around synthetic people: household members, incomes, a disability
// record for about a third, and a programme with measures for half of those. Deterministic per
// seed, with dates around "today" so alerts (re-examination, portal deadlines) have work to show.
// Every row passes the app's own rules (tests/integration/seed-rules.test.ts): terms and causes
// fit the age, an individual assistant only with group I and difficulty moving (one per
// programme), grounds fit the age, a minor's application comes from a representative.

export interface SyntheticAround {
  household: { fullName: string; relation: string; birthYear: number }[];
  incomes: { kind: string; amount: number; periodFrom: string }[];
  disability: {
    category: string;
    groupNo: number | null;
    cause: DisabilityCause;
    term: DisabilityTerm;
    establishedOn: string;
    validUntil: string | null;
    mseDecisionNo: string;
    movementDifficulty: boolean;
  } | null;
  ipr: {
    number: string;
    issuedOn: string;
    measures: {
      kind: string;
      hoursPerDay: number | null;
      status: string;
      sentOn: string | null;
      notifiedOn: string | null;
      orderDeadline: string | null;
    }[];
  } | null;
  /** An application (a case) for about one person in ten: most still active, some closed. */
  application: {
    appliedOn: string;
    channel: string;
    appliedBy: string;
    applicantName: string | null;
    onBehalfReason: string | null;
    proactiveConsentOn: string | null;
    grounds: string[];
    /**
     * How far the case has gone (a status name). The seed writes the records that take a case
     * there (act, decision, provider, referral, plan, service events) and derives the status
     * from them, as the services do; a route without a decision stops short of one.
     */
    target: string;
    /** The form asked for. */
    requestedForm: string;
  } | null;
}

const RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'grandchild'];
const NAMES = ['Айгүл', 'Ерлан', 'Марат', 'Гүлнар', 'Дана', 'Асқар', 'Ольга', 'Сергей'];
const MEASURES = ['technical_aid', 'movement_means', 'sanatorium', 'individual_assistant', 'hearing'];

export function syntheticAround(
  seed: number,
  index: number,
  person: { lastName: string; birthDate: string },
  today: string,
): SyntheticAround {
  const r = rng(seed * 1_000_003 + index);
  const household = Array.from({ length: Math.floor(r() * 4) }, () => ({
    fullName: `${person.lastName} ${NAMES[Math.floor(r() * NAMES.length)]}`,
    relation: RELATIONS[Math.floor(r() * RELATIONS.length)] ?? 'other',
    birthYear: 1940 + Math.floor(r() * 80),
  }));
  const incomes = Array.from({ length: Math.floor(r() * 3) }, () => ({
    kind: r() < 0.5 ? 'pension' : 'disability_allowance',
    amount: 30_000 + Math.floor(r() * 150_000),
    periodFrom: addDays(today, -Math.floor(r() * 2000)),
  }));
  let disability: SyntheticAround['disability'] = null;
  let ipr: SyntheticAround['ipr'] = null;
  if (r() < 0.33) {
    // Established within the last 2 years (and after birth), so terms end around today.
    let establishedOn = addDays(today, -Math.floor(r() * 730));
    if (establishedOn < person.birthDate) establishedOn = addDays(person.birthDate, 30);
    const age = ageOn(person.birthDate, establishedOn);
    const category = categoryForAge(age);
    // Terms the Code allows for the category (art. 155 p.7), mostly the long ones.
    const terms = TERMS_BY_CATEGORY[category].slice(1);
    const term: DisabilityTerm = terms[Math.floor(r() * terms.length)] ?? '1y';
    const cause: DisabilityCause =
      category === 'child_under7'
        ? 'child_under7'
        : category === 'child_7_18'
          ? 'child_7_18'
          : r() < 0.8
            ? 'general_disease'
            : 'work_injury';
    const groupNo = category === 'child_under7' ? null : 1 + Math.floor(r() * 3);
    disability = {
      category,
      groupNo,
      movementDifficulty: groupNo === 1 && r() < 0.6,
      cause,
      term,
      establishedOn,
      validUntil: validUntil(term, establishedOn, person.birthDate),
      mseDecisionNo: `МСЭ-${1000 + index}`,
    };
    if (r() < 0.5) {
      const issuedOn = addDays(establishedOn, 10);
      let assistant = false;
      ipr = {
        number: `ИПАР-${10_000 + index}`,
        issuedOn: issuedOn > today ? today : issuedOn,
        measures: Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
          let kind = MEASURES[Math.floor(r() * MEASURES.length)] ?? 'technical_aid';
          // Art. 163 p.2: an assistant only for an adult of group I with difficulty moving.
          const d = disability;
          if (
            kind === 'individual_assistant' &&
            (assistant || !(d?.groupNo === 1 && d.movementDifficulty && d.category === 'adult'))
          )
            kind = 'technical_aid';
          if (kind === 'individual_assistant') assistant = true;
          const roll = r();
          let status =
            roll < 0.4 ? 'recommended' : roll < 0.7 ? 'sent_to_portal' : roll < 0.9 ? 'ordered' : 'delivered';
          const sentOn = status === 'recommended' ? null : addDays(today, -Math.floor(r() * 70));
          // The 2 months count from the notice (here the day of sending); past it, unordered expires.
          const deadline = sentOn ? orderDeadline(sentOn) : null;
          if (status === 'sent_to_portal' && deadline && deadline < today) status = 'expired';
          return {
            kind,
            hoursPerDay: kind === 'individual_assistant' ? 2 + Math.floor(r() * 7) : null,
            status,
            sentOn,
            notifiedOn: sentOn,
            orderDeadline: deadline,
          };
        }),
      };
    }
  }
  // Drawn from a stream of its own, so adding applications left every other draw (and the
  // seeded registry tests rely on) as it was.
  const c = rng(seed * 7_000_001 + index + 17);
  let application: SyntheticAround['application'] = null;
  if (c() < (disability ? 0.2 : 0.07)) {
    let appliedOn = addDays(today, -Math.floor(c() * 400));
    if (appliedOn < person.birthDate) appliedOn = person.birthDate;
    const roll = c();
    // Every status a case can reach, roughly as a district's register holds them.
    const TARGETS: [number, string][] = [
      [0.2, 'registered'],
      [0.32, 'assessment'],
      [0.4, 'awaiting_decision'],
      [0.45, 'approved'],
      [0.48, 'provider_chosen'],
      [0.52, 'referred'],
      [0.77, 'in_service'],
      [0.8, 'suspended'],
      [0.88, 'terminated'],
      [0.94, 'withdrawn'],
      [1.01, 'refused'],
    ];
    const target = TARGETS.find(([p]) => roll < p)?.[1] ?? 'registered';
    const age = ageOn(person.birthDate, appliedOn);
    const channel =
      (['department', 'state_corporation', 'egov', 'proactive'] as const)[Math.floor(c() * 4)] ?? 'egov';
    const roll2 = c();
    // Grounds that fit the age (art. 133): never the old-age ground for the young.
    const grounds = disability
      ? ['disability']
      : age < 18
        ? [roll2 < 0.5 ? 'no_parental_care' : 'neglect_of_minors']
        : age >= 60 && roll2 < 0.7
          ? ['old_age_self_care']
          : ['homelessness'];
    // A minor's application comes from the legal representative (art. 139).
    const minor = age < 18;
    application = {
      appliedOn,
      channel,
      appliedBy: minor ? 'family_member' : 'self',
      applicantName: minor ? `${person.lastName} (законный представитель)` : null,
      onBehalfReason: minor ? 'Несовершеннолетний: заявление подаёт законный представитель' : null,
      proactiveConsentOn: channel === 'proactive' ? appliedOn : null,
      grounds,
      target,
      requestedForm:
        grounds[0] === 'homelessness'
          ? 'temporary_stay'
          : grounds[0] === 'old_age_self_care' || disability
            ? 'home'
            : 'inpatient',
    };
  }
  return { household, incomes, disability, ipr, application };
}
