// This module's procedure names without their schemas, for the sandboxed preload (which must
// stay tiny). api/contract.ts proves at compile time that the names and the contract agree.
export const BACKUPS_PROCEDURES = [
  'backups.list',
  'backups.create',
  'backups.restore',
  'recovery.status',
  'recovery.restore',
  'backups.copyTo',
  'backups.restoreFrom',
] as const;
