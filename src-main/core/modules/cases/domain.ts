// The case of special social services: from the application to the service (SC art. 133,
// 139–141; docs/domain.md). The fixed lists of the Code and the statuses a case goes
// through. Pure data and rules; the services keep cases in the database.

/** The 8 types of special social services (fixed by the Code). */
export const SSU_TYPES = [
  'social_domestic',
  'social_medical',
  'social_psychological',
  'social_pedagogical',
  'social_labour',
  'social_cultural',
  'social_economic',
  'social_legal',
] as const;
export type SsuType = (typeof SSU_TYPES)[number];

/** The 4 forms in which special social services are given. */
export const SSU_FORMS = ['inpatient', 'semi_inpatient', 'home', 'temporary_stay'] as const;
export type SsuForm = (typeof SSU_FORMS)[number];

/** The 12 grounds for recognising a person as in need of special social services (art. 133). */
export const CASE_GROUNDS = [
  'orphanhood',
  'no_parental_care',
  'neglect_of_minors',
  'special_regime_education',
  'early_developmental_limitation',
  'disability',
  'socially_significant_disease',
  'old_age_self_care',
  'cruel_treatment',
  'homelessness',
  'release_from_prison',
  'probation',
] as const;
export type CaseGround = (typeof CASE_GROUNDS)[number];

/** Where the application came in. A proactive one is the consent given to a notification. */
export const CASE_CHANNELS = ['department', 'state_corporation', 'egov', 'proactive'] as const;

/** Who applied: the person or someone on their behalf (art. 139). */
export const CASE_APPLICANT_KINDS = [
  'self',
  'family_member',
  'guardian',
  'rural_akim',
  'proxy',
  'provider',
  'prevention_body',
] as const;

/**
 * The statuses, in the order a case goes through them. Refused, terminated and withdrawn close
 * a case; every other status is an active case (the registry's "has an active case" filter).
 */
export const CASE_STATUSES = [
  'registered',
  'assessment',
  'awaiting_decision',
  'approved',
  'provider_chosen',
  'referred',
  'in_service',
  'suspended',
  'refused',
  'terminated',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLOSED_CASE_STATUSES: readonly CaseStatus[] = ['refused', 'terminated', 'withdrawn'];

/** A fixed list as an SQL value list: ('refused', 'terminated', 'withdrawn'). Values are our own codes. */
export function sqlList(values: readonly string[]): string {
  return `(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
}

export function isActiveCase(status: CaseStatus): boolean {
  return !CLOSED_CASE_STATUSES.includes(status);
}

/** An application may be withdrawn at any point before the service starts (SC art. 139–141). */
export function canWithdraw(status: CaseStatus): boolean {
  return CASE_STATUSES.indexOf(status) < CASE_STATUSES.indexOf('in_service');
}

/** "2026-00042": the year of the application and its order among that year's applications. */
export function caseNumber(year: number, seq: number): string {
  return `${year}-${String(seq).padStart(5, '0')}`;
}
