import { ACCOUNTS_PROCEDURES } from '../modules/accounts/procedures';
import { APPLICANTS_PROCEDURES } from '../modules/applicants/procedures';
import { AUDIT_PROCEDURES } from '../modules/audit/procedures';
import { BACKUPS_PROCEDURES } from '../modules/backups/procedures';
import { CALENDAR_PROCEDURES } from '../modules/calendar/procedures';
import { CAREGIVERS_PROCEDURES } from '../modules/caregivers/procedures';
import { CASES_PROCEDURES } from '../modules/cases/procedures';
import { CASEWORK_PROCEDURES } from '../modules/casework/procedures';
import { COMPLAINTS_PROCEDURES } from '../modules/complaints/procedures';
import { DISABILITY_PROCEDURES } from '../modules/disability/procedures';
import { EXCHANGE_PROCEDURES } from '../modules/exchange/procedures';
import { MAINTENANCE_PROCEDURES } from '../modules/maintenance/procedures';
import { PROVIDERS_PROCEDURES } from '../modules/providers/procedures';
import { REFERENCES_PROCEDURES } from '../modules/references/procedures';
import { REGISTRY_IMPORT_PROCEDURES } from '../modules/registry-import/procedures';
import { SETTINGS_PROCEDURES } from '../modules/settings/procedures';
import { SPECIALISTS_PROCEDURES } from '../modules/specialists/procedures';
import { WORKLISTS_PROCEDURES } from '../modules/worklists/procedures';

// Procedure names only, without schemas, for the sandboxed preload: it builds window.qamqor from
// this list and must stay tiny. Each module lists its own names; contract.ts asserts at compile
// time that this list and the contract agree. A new module adds one line here.
export const PROCEDURE_LIST = [
  ...ACCOUNTS_PROCEDURES,
  ...AUDIT_PROCEDURES,
  ...SETTINGS_PROCEDURES,
  ...BACKUPS_PROCEDURES,
  ...APPLICANTS_PROCEDURES,
  ...WORKLISTS_PROCEDURES,
  ...DISABILITY_PROCEDURES,
  ...CASES_PROCEDURES,
  ...CASEWORK_PROCEDURES,
  ...SPECIALISTS_PROCEDURES,
  ...CAREGIVERS_PROCEDURES,
  ...PROVIDERS_PROCEDURES,
  ...COMPLAINTS_PROCEDURES,
  ...EXCHANGE_PROCEDURES,
  ...REGISTRY_IMPORT_PROCEDURES,
  ...REFERENCES_PROCEDURES,
  ...CALENDAR_PROCEDURES,
  ...MAINTENANCE_PROCEDURES,
] as const;

export type ProcedureNameFromList = (typeof PROCEDURE_LIST)[number];

/** IPC channel for one procedure: one channel per procedure, never a generic "call anything". */
export const ipcChannel = (name: string): string => `qamqor:${name}`;
