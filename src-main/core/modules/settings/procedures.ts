// This module's procedure names without their schemas, for the sandboxed preload (which must
// stay tiny). api/contract.ts proves at compile time that the names and the contract agree.
export const SETTINGS_PROCEDURES = [
  'settings.get',
  'settings.setSecurity',
  'settings.setBackup',
  'settings.setOffice',
  'settings.setDeadlines',
  'settings.setAlerts',
  'settings.setCertAlerts',
  'settings.setRules',
] as const;
