import { addMonths, ageOn } from '../../domain/calendar';

// Disability records and individual programmes (IPR): the rules of the Social Code as the
// medical-social expertise applies them (SC art. 155, 163, 168). Pure functions over ISO dates.

// Date arithmetic lives in core/domain/calendar.ts; re-exported for the callers of these rules.
export { addMonths, ageOn };

export const DISABILITY_CATEGORIES = ['child_under7', 'child_7_18', 'adult'] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

export const DISABILITY_CAUSES = [
  'general_disease',
  'work_injury',
  'occupational_disease',
  'since_childhood',
  'child_under7',
  'child_7_18',
  'service_injury',
  'ecological_disaster',
] as const;
export type DisabilityCause = (typeof DISABILITY_CAUSES)[number];

export const DISABILITY_TERMS = ['6m', '1y', '2y', '5y', 'until7', 'until18', 'indefinite'] as const;
export type DisabilityTerm = (typeof DISABILITY_TERMS)[number];

export const IPR_MEASURE_KINDS = [
  'technical_aid',
  'movement_means',
  'prosthetic',
  'hearing',
  'sanatorium',
  'individual_assistant',
  'sign_language',
  'special_social_services',
  'invataxi',
  'vocational',
  'other',
] as const;
export type IprMeasureKind = (typeof IPR_MEASURE_KINDS)[number];

/** The parts of a programme (social, professional, medical rehabilitation). */
export const IPR_PARTS = ['social', 'professional', 'medical'] as const;
export type IprPart = (typeof IPR_PARTS)[number];

export const IPR_MEASURE_STATUSES = [
  'recommended',
  'sent_to_portal',
  'ordered',
  'delivered',
  'cancelled',
  'expired',
] as const;
export type IprMeasureStatus = (typeof IPR_MEASURE_STATUSES)[number];

/** At most 8 hours a day of an individual assistant (group I with difficulty moving). */
export const ASSISTANT_MAX_HOURS_PER_DAY = 8;
/** At most 60 hours a year of a sign-language specialist. */
export const SIGN_LANGUAGE_MAX_HOURS_PER_YEAR = 60;
/** The person must order a measure on the Social Services Portal within 2 months of notice. */
export const PORTAL_ORDER_MONTHS = 2;

/** The category the age at establishment calls for. */
export function categoryForAge(age: number): DisabilityCategory {
  if (age < 7) return 'child_under7';
  if (age < 18) return 'child_7_18';
  return 'adult';
}

/** Until when the disability (and its programme) runs; null for an indefinite term. */
export function validUntil(term: DisabilityTerm, establishedOn: string, birthDate: string): string | null {
  switch (term) {
    case '6m':
      return addMonths(establishedOn, 6);
    case '1y':
      return addMonths(establishedOn, 12);
    case '2y':
      return addMonths(establishedOn, 24);
    case '5y':
      return addMonths(establishedOn, 60);
    case 'until7':
      return addMonths(birthDate, 7 * 12);
    case 'until18':
      return addMonths(birthDate, 18 * 12);
    case 'indefinite':
      return null;
  }
}

export interface DisabilityFacts {
  category: DisabilityCategory;
  group: number | null;
  cause: DisabilityCause;
  term: DisabilityTerm;
  establishedOn: string;
}

/**
 * Problems with a disability record, as field → message key. The category must fit the age on
 * the day it was established; a group goes with children 7–18 and adults only; the terms "until
 * 7" and "until 18" only fit children who have not reached that age; the two child causes go
 * with their own category.
 */
export function checkDisability(facts: DisabilityFacts, birthDate: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const age = ageOn(birthDate, facts.establishedOn);
  if (facts.establishedOn < birthDate) problems.establishedOn = 'beforeBirth';
  else if (categoryForAge(age) !== facts.category) problems.category = 'categoryAge';
  if (facts.category === 'child_under7' && facts.group !== null) problems.group = 'groupNotForUnder7';
  if (facts.category !== 'child_under7' && facts.group === null) problems.group = 'required';
  if (facts.term === 'until7' && age >= 7) problems.term = 'termAge';
  if (facts.term === 'until18' && age >= 18) problems.term = 'termAge';
  if (facts.cause === 'child_under7' && facts.category !== 'child_under7') problems.cause = 'causeCategory';
  if (facts.cause === 'child_7_18' && facts.category !== 'child_7_18') problems.cause = 'causeCategory';
  return problems;
}

/** Which status may follow which; "expired" is set when the portal deadline passes unordered. */
export const MEASURE_NEXT: Readonly<Record<IprMeasureStatus, readonly IprMeasureStatus[]>> = {
  recommended: ['sent_to_portal', 'cancelled'],
  sent_to_portal: ['ordered', 'cancelled', 'expired'],
  ordered: ['delivered', 'cancelled'],
  delivered: [],
  cancelled: [],
  expired: [],
};

export function canMoveMeasure(from: IprMeasureStatus, to: IprMeasureStatus): boolean {
  return MEASURE_NEXT[from].includes(to);
}

export function orderDeadline(sentOn: string): string {
  return addMonths(sentOn, PORTAL_ORDER_MONTHS);
}
