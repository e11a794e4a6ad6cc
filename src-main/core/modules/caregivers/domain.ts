// Family members registered as paid caregivers (docs/domain.md; SC art. 163 and
// 187–189). Fixed lists and the pure rules of eligibility: no database, no clock.

import { ageOn } from '../../domain/calendar';

export const CAREGIVER_ROLES = ['individual_assistant', 'home_care_worker'] as const;
export type CaregiverRole = (typeof CAREGIVER_ROLES)[number];

/** The parts of a caregiver's pay: withheld (ОПВ, ВОСМС, ИПН) and the employer's (ОПВР, СО, ООСМС). */
export const PAY_COMPONENTS = ['opv', 'vosms', 'ipn', 'opvr', 'so', 'oosms'] as const;
export type PayComponent = (typeof PAY_COMPONENTS)[number];

/** How the caregiver is related to the person cared for (the household's relations). */
export const CAREGIVER_RELATIONS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other',
] as const;
export type CaregiverRelation = (typeof CAREGIVER_RELATIONS)[number];

/** Spouse and close relatives (Code on marriage and family, art. 1): the pension-age exception. */
export const CLOSE_RELATIONS: readonly CaregiverRelation[] = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
];

/**
 * The checks recorded before registration (SC art. 163 p.2 and the assistant rules). Each is
 * passed or failed on evidence; one without a record keeps the registration awaiting documents.
 * `adult` and `pension_age` are also computed from the caregiver's birth date.
 */
export const ELIGIBILITY_CHECKS = [
  'adult',
  'mental_health',
  'medical',
  'training',
  'pension_age',
  'conviction',
  'legal_capacity',
] as const;
export type EligibilityCheck = (typeof ELIGIBILITY_CHECKS)[number];

export const CHECK_RESULTS = ['pass', 'fail'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/** Evidence documents the checks rest on. */
export const EVIDENCE_KINDS = [
  'identity_document',
  'psychiatric_certificate',
  'medical_certificate',
  'training_certificate',
  'pension_record',
  'criminal_record_certificate',
  'court_decision',
  'other',
] as const;

/** Where a registration stands, derived from its checks, contract and end. */
export const CAREGIVER_STATUSES = ['awaiting_documents', 'refused', 'eligible', 'active', 'ended'] as const;
export type CaregiverStatus = (typeof CAREGIVER_STATUSES)[number];

export const CONTRACT_END_REASONS = [
  'term_expired',
  'caregiver_request',
  'disability_changed',
  'moved_away',
  'death',
  'allowance_chosen',
  'other',
] as const;

export const ALLOWANCE_END_REASONS = [
  'group_changed',
  'moved_away',
  'death',
  'no_account_activity',
  'assistant_chosen',
  'other',
] as const;

/** Pension age by sex (SC art. 212; women's age is frozen at 61 until 2028). Office settings. */
export interface PensionAges {
  men: number;
  women: number;
}
export const PENSION_AGES: PensionAges = { men: 63, women: 61 };

/** At most this many hours a day for an individual assistant (SC art. 163 p.2). */
export const ASSISTANT_MAX_HOURS = 8;

export interface CheckRecord {
  check: EligibilityCheck;
  result: CheckResult;
  /** The evidence's end (a medical certificate lasts a year): past it the check is missing again. */
  validUntil: string | null;
}

export interface EligibilityFacts {
  caregiverBirthDate: string | null;
  caregiverSex: 'M' | 'F' | null;
  relation: CaregiverRelation;
  /** Null when the registry has it, else the refusal key of the person cared for's record. */
  careRecipientRefusal: string | null;
  checks: readonly CheckRecord[];
  on: string;
  pensionAges?: PensionAges;
}

export interface Eligibility {
  /** refused: a check failed (named); awaiting: some have no valid record; eligible: all pass. */
  state: 'eligible' | 'awaiting_documents' | 'refused';
  failed: string[];
  missing: EligibilityCheck[];
}

/**
 * The registration's eligibility on a day. A failed check refuses it and is named; a check with
 * no record, or whose evidence has expired, keeps it awaiting documents. Age comes from the birth
 * date as well as from the evidence: under 18 fails whatever is recorded; a caregiver of pension
 * age fails unless a spouse or close relative.
 */
export function eligibility(f: EligibilityFacts): Eligibility {
  const failed: string[] = [];
  const missing: EligibilityCheck[] = [];
  if (f.careRecipientRefusal) failed.push(f.careRecipientRefusal);
  const ages = f.pensionAges ?? PENSION_AGES;
  const age = f.caregiverBirthDate ? ageOn(f.caregiverBirthDate, f.on) : null;
  const latest = new Map<EligibilityCheck, CheckRecord>();
  for (const c of f.checks) latest.set(c.check, c);
  for (const check of ELIGIBILITY_CHECKS) {
    if (check === 'adult' && age !== null) {
      if (age < 18) failed.push('adult');
      continue;
    }
    if (check === 'pension_age' && age !== null && f.caregiverSex) {
      const pension = age >= (f.caregiverSex === 'F' ? ages.women : ages.men);
      if (pension && !CLOSE_RELATIONS.includes(f.relation)) failed.push('pension_age');
      continue;
    }
    const r = latest.get(check);
    if (!r || (r.validUntil !== null && r.validUntil < f.on)) missing.push(check);
    else if (r.result === 'fail') failed.push(check);
  }
  return {
    state: failed.length ? 'refused' : missing.length ? 'awaiting_documents' : 'eligible',
    failed,
    missing,
  };
}

export { monthDays } from '../../domain/calendar';
