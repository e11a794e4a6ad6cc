// Providers of special social services (docs/domain.md). This first part is what casework needs:
// the person chooses a provider, the referral names it. Licences, tariffs, bills and the list of
// unreliable suppliers are the register's own issue and extend these rows.

export const PROVIDER_KINDS = ['state_centre', 'ngo', 'private', 'individual_entrepreneur'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
