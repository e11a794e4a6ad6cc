import type { z } from 'zod';
import { accountsContract } from '../modules/accounts/contract';
import { applicantsContract } from '../modules/applicants/contract';
import { auditContract } from '../modules/audit/contract';
import { backupsContract } from '../modules/backups/contract';
import { calendarContract } from '../modules/calendar/contract';
import { caregiversContract } from '../modules/caregivers/contract';
import { casesContract } from '../modules/cases/contract';
import { caseworkContract } from '../modules/casework/contract';
import { complaintsContract } from '../modules/complaints/contract';
import { disabilityContract } from '../modules/disability/contract';
import { exchangeContract } from '../modules/exchange/contract';
import { maintenanceContract } from '../modules/maintenance/contract';
import { providersContract } from '../modules/providers/contract';
import { referencesContract } from '../modules/references/contract';
import { registryImportContract } from '../modules/registry-import/contract';
import { settingsContract } from '../modules/settings/contract';
import { specialistsContract } from '../modules/specialists/contract';
import { worklistsContract } from '../modules/worklists/contract';

// The one api contract: every module's procedures, combined. Each module declares its own in
// `modules/<module>/contract.ts` (name, input, output, who may call it); the Electron IPC
// binding, the web bridge, the CLI and the renderer's client are all derived from this object.
// The renderer imports this file, messages.ts and enum-labels.ts, and nothing else from core
// (tests/unit/layering.test.ts enforces it). A new module adds one line here.

export const contract = {
  ...accountsContract,
  ...auditContract,
  ...settingsContract,
  ...backupsContract,
  ...applicantsContract,
  ...disabilityContract,
  ...casesContract,
  ...caseworkContract,
  ...specialistsContract,
  ...caregiversContract,
  ...providersContract,
  ...complaintsContract,
  ...exchangeContract,
  ...registryImportContract,
  ...referencesContract,
  ...calendarContract,
  ...worklistsContract,
  ...maintenanceContract,
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type Input<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ParsedInput<P extends ProcedureName> = z.output<Contract[P]['input']>;
export type Output<P extends ProcedureName> = z.output<Contract[P]['output']>;

export interface ApiError {
  code: string;
  message: string;
  fields?: Record<string, string>;
  /** Codes and ids only (e.g. the existing card's id for CONFLICT_IIN), never personal data. */
  params?: Record<string, string | number>;
}

export type CallResult<T = unknown> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Sent beside every call: which session, and which language to answer errors in. */
export interface CallMeta {
  session?: string | undefined;
  locale?: string | undefined;
}

export type ApplicantView = Output<'applicants.get'>;
export type CaseView = Output<'cases.withdraw'>;
export type CaseListRow = Output<'cases.list'>['rows'][number];
export type TimelineView = Output<'casework.timeline'>;
export type UserView = Output<'users.setLocale'>;
export type MeView = Output<'auth.me'>;
export type UserAdminView = Output<'users.create'>;
export type AuditEntryView = Output<'audit.list'>['rows'][number];
export type BackupEntryView = Output<'backups.create'>;
export type {
  SpecialistListFilters,
  SpecialistListView,
  WorklistFilters,
  WorklistView,
} from '../modules/worklists/contract';

// Compile-time proof that the preload's name list and the contract agree, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesAgree: Same<ProcedureName, import('./procedure-names').ProcedureNameFromList> = true;
void namesAgree;

export { iinFacts, isValidIin } from '../domain/iin';
export { OBLAST_PREFIXES } from '../domain/kato';
export {
  APPLICANT_SORTS,
  applicantInput,
  applicantListInput,
  applicantUpdateInput,
} from '../modules/applicants/contract';
export * from '../modules/applicants/domain';
export { calendarDayInput } from '../modules/calendar/contract';
export { CALENDAR_CONFIDENCES, CALENDAR_KINDS } from '../modules/calendar/domain';
export {
  allowanceInput,
  checkInput,
  contractInput,
  payFiguresInput,
  rateInput,
  registerInput,
} from '../modules/caregivers/contract';
export {
  ALLOWANCE_END_REASONS,
  CAREGIVER_RELATIONS,
  CAREGIVER_ROLES,
  CAREGIVER_STATUSES,
  CHECK_RESULTS,
  CONTRACT_END_REASONS,
  ELIGIBILITY_CHECKS,
  EVIDENCE_KINDS,
  PAY_COMPONENTS,
} from '../modules/caregivers/domain';
export { CASE_LIST_STATUSES, caseRegisterInput } from '../modules/cases/contract';
export * from '../modules/cases/domain';
export {
  actInput,
  CASE_ACTIONS,
  DECISION_APPROVERS,
  DOCUMENT_KINDS,
  decisionInput,
} from '../modules/casework/contract';
export * from '../modules/casework/domain';
export { complaintInput } from '../modules/complaints/contract';
export {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  type ComplaintStatus,
  OUTCOMES,
  REVIEW_READING_KEYS,
  VOTES,
} from '../modules/complaints/domain';
export { disabilityInput, iprMeasureInput } from '../modules/disability/contract';
export * from '../modules/disability/domain';
export { providerInput } from '../modules/providers/contract';
export { COST_ITEMS, PROVIDER_KINDS, TARIFF_CATEGORIES } from '../modules/providers/domain';
export { catalogueItemInput, ssuFormInput } from '../modules/references/contract';
export { PERIODICITIES, SERVICE_UNITS } from '../modules/references/domain';
export {
  MAX_REGISTER_BYTES,
  REGISTER_FIELDS,
  REQUIRED_REGISTER_FIELDS,
} from '../modules/registry-import/domain';
export {
  alertHorizonsInput,
  backupPolicyInput,
  deadlinesInput,
  legalRulesInput,
  securityPolicyInput,
  settingsView,
} from '../modules/settings/contract';
export {
  categoryInput,
  certificateInput,
  educationInput,
  qualificationCategoryInput,
  specialistInput,
  trainingInput,
} from '../modules/specialists/contract';
export {
  CERTIFICATION_STATES,
  EDUCATION_LEVELS,
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  SPECIALIST_POSITIONS,
} from '../modules/specialists/domain';
export { specialistListFilters, worklistFilters } from '../modules/worklists/contract';
// What the screens may use beside the procedures: schemas for form validation, the fixed lists
// for option lists, and pure rules for hints (never for refusal; the router refuses).
export { ROLES, type Role } from './roles';
