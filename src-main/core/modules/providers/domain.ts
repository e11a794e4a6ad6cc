// Providers of special social services (docs/domain.md). This first part is what casework needs:
// the person chooses a provider, the referral names it. Licences, tariffs, bills and the list of
// unreliable suppliers are the register's own issue and extend these rows.

export const PROVIDER_KINDS = ['state_centre', 'ngo', 'private', 'individual_entrepreneur'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The cost items a tariff is built from; their sum is the tariff (docs/domain.md). */
export const COST_ITEMS = [
  'wages',
  'allowances',
  'utilities',
  'rent',
  'fuel',
  'is_support',
  'other',
] as const;
export type CostItem = (typeof COST_ITEMS)[number];

/** Recipient categories a tariff is set for. */
export const TARIFF_CATEGORIES = ['adult_disability', 'child_disability', 'elderly', 'other'] as const;
export type TariffCategory = (typeof TARIFF_CATEGORIES)[number];
