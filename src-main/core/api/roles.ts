// Roles a user may hold (several at once). Issue "Accounts, roles, audit" deepens their rules;
// the router already enforces them for every procedure and every door.
export const ROLES = [
  'admin',
  'caseworker',
  'head',
  'commission_secretary',
  'commission_member',
  'accountant',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DOORS = ['electron', 'web', 'cli'] as const;
export type Door = (typeof DOORS)[number];
