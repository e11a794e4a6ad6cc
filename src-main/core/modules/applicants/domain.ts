// The fixed lists of a person's record in the registry. Each list lives here once: the contract
// validates with it, the drizzle columns are typed with it, and the labels are keyed by it.

export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];

export const CITIZENSHIPS = ['citizen', 'kandas', 'foreigner_rp', 'stateless'] as const;
export type Citizenship = (typeof CITIZENSHIPS)[number];

export const DOC_TYPES = [
  'id_card',
  'passport',
  'birth_certificate',
  'residence_permit',
  'stateless_certificate',
  'other',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** Legal capacity; "incapable" and "limited" need a court decision (Civil Code art. 26–27). */
export const LEGAL_CAPACITIES = ['capable', 'incapable', 'limited'] as const;
export type LegalCapacity = (typeof LEGAL_CAPACITIES)[number];

export const CONSENT_FORMS = ['paper', 'electronic'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export const RELATIONS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const REPRESENTATIVE_KINDS = ['parent', 'guardian', 'trustee', 'proxy'] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];

export const INCOME_KINDS = [
  'pension',
  'disability_allowance',
  'care_allowance',
  'targeted_assistance',
  'other',
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];
