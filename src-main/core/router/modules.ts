import { accountsModule } from '../modules/accounts';
import { applicantsModule } from '../modules/applicants';
import { auditModule } from '../modules/audit';
import { backupsModule } from '../modules/backups';
import { calendarModule } from '../modules/calendar';
import { caregiversModule } from '../modules/caregivers';
import { casesModule } from '../modules/cases';
import { caseworkModule } from '../modules/casework';
import { complaintsModule } from '../modules/complaints';
import { disabilityModule } from '../modules/disability';
import { exchangeModule } from '../modules/exchange';
import { maintenanceModule } from '../modules/maintenance';
import { providersModule } from '../modules/providers';
import { referencesModule } from '../modules/references';
import { registryImportModule } from '../modules/registry-import';
import { settingsModule } from '../modules/settings';
import { specialistsModule } from '../modules/specialists';
import { worklistsModule } from '../modules/worklists';
import type { Handlers, Preparer } from '../shared/module';

// Every module the router serves. A new module adds one line here (and one in each of the
// api's combiners: contract.ts, procedure-names.ts, messages.ts, enum-labels.ts).
export const MODULES = [
  accountsModule,
  auditModule,
  settingsModule,
  backupsModule,
  applicantsModule,
  disabilityModule,
  casesModule,
  caseworkModule,
  specialistsModule,
  caregiversModule,
  providersModule,
  complaintsModule,
  exchangeModule,
  registryImportModule,
  referencesModule,
  calendarModule,
  worklistsModule,
  maintenanceModule,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** Which service runs each procedure; a procedure without one is a type error here. */
export const handlers = Object.assign({}, ...MODULES.map((m) => m.handlers)) as UnionToIntersection<
  (typeof MODULES)[number]['handlers']
> satisfies Handlers;

/** The asynchronous steps some writes take before their transaction (see shared/module.ts). */
export const preparers: Partial<Record<string, Preparer>> = Object.assign(
  {},
  ...MODULES.map((m) => ('prepare' in m ? m.prepare : {}) ?? {}),
);
