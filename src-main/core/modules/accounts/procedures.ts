// This module's procedure names without their schemas, for the sandboxed preload (which must
// stay tiny). api/contract.ts proves at compile time that the names and the contract agree.
export const ACCOUNTS_PROCEDURES = [
  'setup.status',
  'setup.initialize',
  'auth.login',
  'auth.logout',
  'auth.me',
  'auth.lock',
  'auth.unlock',
  'auth.changePassword',
  'users.list',
  'users.create',
  'users.update',
  'users.setDisabled',
  'users.resetPassword',
  'users.unlock',
  'users.setLocale',
] as const;
