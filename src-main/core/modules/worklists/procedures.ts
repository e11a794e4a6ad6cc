// This module's procedure names without their schemas, for the sandboxed preload (which must
// stay tiny). api/contract.ts proves at compile time that the names and the contract agree.
export const WORKLISTS_PROCEDURES = [
  'alerts.summary',
  'worklists.list',
  'worklists.save',
  'worklists.specialistLists',
  'worklists.saveSpecialistList',
  'worklists.remove',
] as const;
