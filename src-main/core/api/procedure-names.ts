// Procedure names only, without schemas, for the sandboxed preload: it builds window.qamqor from
// this list and must stay tiny. contract.ts asserts at compile time that the lists agree.
export const PROCEDURE_LIST = [
  'setup.status',
  'setup.initialize',
  'auth.login',
  'auth.logout',
  'auth.me',
  'auth.lock',
  'auth.unlock',
  'auth.changePassword',
  'users.setLocale',
  'users.list',
  'users.create',
  'users.update',
  'users.setDisabled',
  'users.resetPassword',
  'users.unlock',
  'audit.list',
  'audit.export',
  'settings.get',
  'settings.setSecurity',
  'settings.setBackup',
  'backups.list',
  'backups.create',
  'backups.restore',
  'recovery.status',
  'recovery.restore',
  'applicants.list',
  'applicants.get',
  'applicants.history',
  'applicants.create',
  'maintenance.seed',
] as const;

export type ProcedureNameFromList = (typeof PROCEDURE_LIST)[number];

/** IPC channel for one procedure: one channel per procedure, never a generic "call anything". */
export const ipcChannel = (name: string): string => `qamqor:${name}`;
