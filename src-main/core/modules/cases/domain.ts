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

/** A provider may apply on a person's behalf only on these grounds (SC art. 139 p.3). */
export const PROVIDER_GROUNDS: readonly CaseGround[] = ['cruel_treatment', 'homelessness'];

/** Grounds that only a minor can have (SC art. 133): their wording is about children. */
export const MINOR_GROUNDS: readonly CaseGround[] = [
  'orphanhood',
  'no_parental_care',
  'neglect_of_minors',
  'special_regime_education',
];

/** Early developmental limitation is a ground for children from birth up to 3 years (art. 133). */
export const EARLY_LIMITATION_MAX_AGE = 3;

export interface ApplicationFacts {
  appliedBy: (typeof CASE_APPLICANT_KINDS)[number];
  channel: (typeof CASE_CHANNELS)[number];
  grounds: readonly CaseGround[];
  appliedOn: string;
  proactiveConsentOn: string | null;
  onBehalfReason: string | null;
}

/**
 * Refusals of an application under SC art. 133 and 139, as field → message key: a provider
 * applies only for cruel treatment or homelessness; whoever applies for someone says why the
 * person does not apply personally; a proactive application is dated by the consent to the
 * notification; grounds must fit the person's age on the day of the application.
 */
export function checkApplication(facts: ApplicationFacts, ageOnApplication: number): Record<string, string> {
  const problems: Record<string, string> = {};
  if (facts.appliedBy === 'provider' && facts.grounds.some((g) => !PROVIDER_GROUNDS.includes(g)))
    problems.grounds = 'providerGrounds';
  else if (
    facts.grounds.includes('early_developmental_limitation') &&
    ageOnApplication >= EARLY_LIMITATION_MAX_AGE
  )
    problems.grounds = 'earlyLimitationAge';
  else if (facts.grounds.some((g) => MINOR_GROUNDS.includes(g)) && ageOnApplication >= 18)
    problems.grounds = 'minorGroundAge';
  if (facts.appliedBy !== 'self' && !facts.onBehalfReason) problems.onBehalfReason = 'onBehalfReason';
  if (facts.channel === 'proactive') {
    if (!facts.proactiveConsentOn) problems.proactiveConsentOn = 'proactiveConsent';
    else if (facts.proactiveConsentOn !== facts.appliedOn) problems.appliedOn = 'proactiveDate';
  }
  return problems;
}

/**
 * What the office should double-check but may accept: a minor, or a person without full legal
 * capacity, recorded as applying personally (art. 139: their legal representative applies).
 */
export function applicationWarnings(
  appliedBy: ApplicationFacts['appliedBy'],
  ageOnApplication: number,
  legalCapacity: string,
): string[] {
  if (appliedBy !== 'self') return [];
  const warnings: string[] = [];
  if (ageOnApplication < 18) warnings.push('selfMinor');
  if (legalCapacity !== 'capable') warnings.push('selfIncapable');
  return warnings;
}

/**
 * How a case proceeds, by its grounds (SC art. 141 p.1, art. 139 p.2; docs/domain.md):
 * - portal: disability alone goes by the person's programme through the Social Services Portal;
 * - on_application: homelessness, release from prison and probation are served on the
 *   application, without an akimat decision;
 * - interior_criteria: cruel treatment is assessed by the interior ministry's criteria, then
 *   decided by the akimat;
 * - akimat_decision: every other ground (and any mix that includes one) needs the akimat's decision.
 */
export const CASE_ROUTES = ['akimat_decision', 'interior_criteria', 'portal', 'on_application'] as const;
export type CaseRoute = (typeof CASE_ROUTES)[number];

const ON_APPLICATION: readonly CaseGround[] = ['homelessness', 'release_from_prison', 'probation'];

export function caseRoute(grounds: readonly CaseGround[]): CaseRoute {
  if (grounds.length > 0 && grounds.every((g) => g === 'disability')) return 'portal';
  if (grounds.length > 0 && grounds.every((g) => ON_APPLICATION.includes(g))) return 'on_application';
  if (grounds.every((g) => g === 'cruel_treatment' || ON_APPLICATION.includes(g))) return 'interior_criteria';
  return 'akimat_decision';
}

/** Whether the akimat decides the case (and so whether a decision deadline runs). */
export function needsAkimatDecision(route: CaseRoute): boolean {
  return route === 'akimat_decision' || route === 'interior_criteria';
}

/** Cruel treatment and homelessness are served regardless of registered residence (art. 139 p.2). */
export function residenceWaived(grounds: readonly CaseGround[]): boolean {
  return grounds.includes('cruel_treatment') || grounds.includes('homelessness');
}
