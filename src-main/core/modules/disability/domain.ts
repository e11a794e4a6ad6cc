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

/**
 * At most 8 hours a day of an individual assistant (group I with difficulty moving), counted
 * over all of a programme's live assistant measures together (SC art. 163 p.2).
 */
export const ASSISTANT_MAX_HOURS_PER_DAY = 8;
/** At most 60 hours a year of a sign-language specialist, per programme (SC art. 163 p.3). */
export const SIGN_LANGUAGE_MAX_HOURS_PER_YEAR = 60;
/** The person must order a measure on the Social Services Portal within 2 months of notice. */
export const PORTAL_ORDER_MONTHS = 2;

/** Degrees of loss of work capacity (SC art. 155 p.7): general 30–100 %, professional 5–100 %. */
export const GENERAL_CAPACITY_LOSS = { min: 30, max: 100 } as const;
export const PROFESSIONAL_CAPACITY_LOSS = { min: 5, max: 100 } as const;

/**
 * Measures that never go through the Social Services Portal, so they never get its 2-month
 * order deadline: invataxi needs the medical advisory commission's conclusion, and vocational
 * measures go through the career centre (SC art. 165, 168).
 */
export const OFF_PORTAL_MEASURES: readonly IprMeasureKind[] = ['invataxi', 'vocational'];

/** Statuses in which a measure still counts against the programme's limits. */
export const LIVE_MEASURE_STATUSES: readonly IprMeasureStatus[] = [
  'recommended',
  'sent_to_portal',
  'ordered',
  'delivered',
];

/**
 * The terms the expertise may set for each category (SC art. 155 p.7): a child under 7 gets
 * 6 months, 1, 2 or 5 years or "until 7"; a child of 7–18 the same or "until 18"; only an
 * adult may get an indefinite term.
 */
export const TERMS_BY_CATEGORY: Readonly<Record<DisabilityCategory, readonly DisabilityTerm[]>> = {
  child_under7: ['6m', '1y', '2y', '5y', 'until7'],
  child_7_18: ['6m', '1y', '2y', '5y', 'until18'],
  adult: ['6m', '1y', '2y', '5y', 'indefinite'],
};

export function termFitsCategory(term: DisabilityTerm, category: DisabilityCategory): boolean {
  return TERMS_BY_CATEGORY[category].includes(term);
}

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
 * the day it was established; a group goes with children 7–18 and adults only; the term must be
 * one the Code allows for the category (art. 155 p.7); the two child causes go with their own
 * category.
 */
export function checkDisability(facts: DisabilityFacts, birthDate: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const age = ageOn(birthDate, facts.establishedOn);
  if (facts.establishedOn < birthDate) problems.establishedOn = 'beforeBirth';
  else if (categoryForAge(age) !== facts.category) problems.category = 'categoryAge';
  if (facts.category === 'child_under7' && facts.group !== null) problems.group = 'groupNotForUnder7';
  if (facts.category !== 'child_under7' && facts.group === null) problems.group = 'required';
  if (!termFitsCategory(facts.term, facts.category)) problems.term = 'termCategory';
  if (facts.cause === 'child_under7' && facts.category !== 'child_under7') problems.cause = 'causeCategory';
  if (facts.cause === 'child_7_18' && facts.category !== 'child_7_18') problems.cause = 'causeCategory';
  return problems;
}

export interface AssistantBasis {
  category: DisabilityCategory;
  group: number | null;
  movementDifficulty: boolean;
}

/**
 * Whether the current disability record allows an individual assistant (SC art. 163 p.2):
 * group I with difficulty moving. A child of 7–18 with group I qualifies only where the office
 * has decided so (the law is unsettled: a setting, off by default). Null when it does; else the
 * message key of the reason.
 */
export function assistantRefusal(
  basis: AssistantBasis | null,
  opts: { childrenWithGroupI: boolean },
): string | null {
  if (basis?.group !== 1) return 'assistantGroupI';
  if (!basis.movementDifficulty) return 'assistantMovement';
  if (basis.category !== 'adult' && !opts.childrenWithGroupI) return 'assistantChild';
  return null;
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

/** Off-portal measures skip the portal: recommended → ordered (career centre, VKK route). */
const OFF_PORTAL_NEXT: Readonly<Record<IprMeasureStatus, readonly IprMeasureStatus[]>> = {
  ...MEASURE_NEXT,
  recommended: ['ordered', 'cancelled'],
};

export function canMoveMeasure(from: IprMeasureStatus, to: IprMeasureStatus, kind?: IprMeasureKind): boolean {
  const next = kind && OFF_PORTAL_MEASURES.includes(kind) ? OFF_PORTAL_NEXT : MEASURE_NEXT;
  return next[from].includes(to);
}

/** The last day to order on the portal: 2 months from the day the person was notified (art. 168). */
export function orderDeadline(notifiedOn: string): string {
  return addMonths(notifiedOn, PORTAL_ORDER_MONTHS);
}

/** A measure sent to the portal and not ordered by its deadline expires the day after it. */
export function isOrderOverdue(
  m: { status: IprMeasureStatus; orderDeadline: string | null },
  today: string,
): boolean {
  return m.status === 'sent_to_portal' && m.orderDeadline !== null && m.orderDeadline < today;
}
