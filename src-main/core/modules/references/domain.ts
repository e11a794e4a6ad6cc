// The catalogue of services (docs/domain.md): concrete services under each of the 8 types, with the
// unit their volume is counted in. Decisions and work plans name services by code with a volume
// and how often it is given.

/** What one unit of a service's volume is. */
export const SERVICE_UNITS = ['service', 'hour', 'visit', 'day'] as const;
export type ServiceUnit = (typeof SERVICE_UNITS)[number];

/** How often the volume is given: once, per day, per week, per month. */
export const PERIODICITIES = ['once', 'daily', 'weekly', 'monthly'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];
