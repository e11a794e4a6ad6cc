import { z } from 'zod';
import { localToday } from '../clock';
import { CASE_APPLICANT_KINDS, CASE_CHANNELS, CASE_GROUNDS, CASE_STATUSES, SSU_TYPES } from '../modules/cases/domain';
import {
  DISABILITY_CATEGORIES,
  DISABILITY_CAUSES,
  DISABILITY_TERMS,
  IPR_MEASURE_KINDS,
  IPR_MEASURE_STATUSES,
} from '../modules/disability/domain';
import * as f from './fields';
import { LOCALES, ROLES, type Role } from './roles';

// The one api contract. Every procedure is declared here once — name, input, output, who may
// call it — and the Electron IPC binding, the web bridge, the CLI and the renderer's client are
// all derived from this object. The renderer imports this file (and messages.ts) and nothing
// else from core.

export type Access = 'public' | 'authenticated' | readonly Role[];

export type ProcedureKind = 'read' | 'write' | 'task';

export interface ProcedureDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  K extends ProcedureKind = ProcedureKind,
> {
  /**
   * 'write' runs in an IMMEDIATE transaction and is audited; 'read' in a deferred one;
   * 'task' (backup, restore, export) runs outside a transaction and is audited after it ends.
   */
  kind: K;
  /** A read of personal data that leaves a trace in the audit log (opening a person's card). */
  auditRead?: boolean;
  access: Access;
  input: I;
  output: O;
}

const def = <I extends z.ZodType, O extends z.ZodType, K extends ProcedureKind>(d: ProcedureDef<I, O, K>) =>
  d;

const REGISTRY_READERS: readonly Role[] = ['admin', 'caseworker', 'head', 'auditor'];
const REGISTRY_WRITERS: readonly Role[] = ['admin', 'caseworker', 'head'];
const ADMIN: readonly Role[] = ['admin'];
const AUDIT_READERS: readonly Role[] = ['admin', 'auditor'];

export const locale = z.enum(LOCALES);

export const userView = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale,
});

export const meView = userView.extend({
  mustChangePassword: z.boolean(),
  idleLockMinutes: z.number().int(),
});

export const roleList = z.array(z.enum(ROLES)).min(1, { error: 'rolesEmpty' }).max(ROLES.length);

export const userAdminView = userView.extend({
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

const optionalDay = f.isoDate.optional();

export const auditFilters = z
  .object({
    actorId: z.string().max(100).optional(),
    entity: z.string().max(40).optional(),
    action: z.string().max(40).optional(),
    subjectId: z.string().max(100).optional(),
    /** A person's IIN: entries about that person. */
    personIin: f.iin.optional(),
    from: optionalDay,
    to: optionalDay,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'rangeOrder', path: ['to'] });

export const auditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorLogin: z.string(),
  actorName: z.string().nullable(),
  door: z.string(),
  procedure: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  subjectId: z.string().nullable(),
  subjectName: z.string().nullable(),
});

export const backupEntryView = z.object({
  file: z.string(),
  at: z.string(),
  reason: z.string(),
  size: z.number().int(),
  status: z.enum(['ok', 'failed']),
});

export const securityPolicyInput = z.object({
  lockoutAttempts: z.number().int().min(3).max(20),
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  idleLockMinutes: z.number().int().min(1).max(240),
  sessionHours: z.number().int().min(1).max(24),
});

export const backupPolicyInput = z.object({
  folder: z
    .string()
    .trim()
    .max(500, { error: 'tooLong' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  intervalHours: z.number().int().min(1).max(168),
  keepRecent: z.number().int().min(1).max(48),
  keepDaily: z.number().int().min(1).max(366),
  keepMax: z.number().int().min(3).max(1000),
});

export const settingsView = z.object({
  security: securityPolicyInput,
  backup: backupPolicyInput.extend({ folder: z.string().nullable() }),
  defaultBackupFolder: z.string(),
});

export const CITIZENSHIPS = ['citizen', 'kandas', 'foreigner_rp', 'stateless'] as const;
export const DOC_TYPES = [
  'id_card',
  'passport',
  'birth_certificate',
  'residence_permit',
  'stateless_certificate',
  'other',
] as const;
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export const LEGAL_CAPACITIES = ['capable', 'incapable', 'limited'] as const;
export const CONSENT_FORMS = ['paper', 'electronic'] as const;

export const applicantView = z.object({
  id: z.string(),
  iin: z.string().nullable(),
  iinMissingReason: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(['M', 'F']),
  katoCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  citizenship: z.enum(CITIZENSHIPS),
  docType: z.string().nullable(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  docIssuer: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  legalCapacity: z.enum(LEGAL_CAPACITIES),
  capacityCourtDecision: z.string().nullable(),
  capacityCourtDate: z.string().nullable(),
  deathDate: z.string().nullable(),
  consentDate: z.string().nullable(),
  consentForm: z.string().nullable(),
  consentRef: z.string().nullable(),
  createdAt: z.string(),
});

const applicantFields = z.object({
  iin: f.optionalIin,
  /** Why there is no IIN (e.g. homeless, without documents); required when the IIN is empty. */
  iinMissingReason: f.optionalText(300),
  lastName: f.personName,
  firstName: f.personName,
  patronymic: f.optionalPersonName,
  birthDate: f.birthDate,
  sex: f.sex,
  katoCode: f.katoCode,
  address: f.shortText(300),
  phone: f.phone,
  citizenship: z.enum(CITIZENSHIPS).default('citizen'),
  docType: z.enum(DOC_TYPES).nullable().optional(),
  docNumber: f.optionalText(40),
  docDate: f.optionalPastDate,
  docIssuer: f.optionalText(200),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable().optional(),
  legalCapacity: z.enum(LEGAL_CAPACITIES).default('capable'),
  capacityCourtDecision: f.optionalText(100),
  capacityCourtDate: f.optionalPastDate,
  deathDate: f.optionalPastDate,
  consentDate: f.optionalPastDate,
  consentForm: z.enum(CONSENT_FORMS).nullable().optional(),
  consentRef: f.optionalText(200),
});

type ApplicantFields = z.output<typeof applicantFields>;

/** Rules across fields of a person; each names the field it is about. */
function personRules(v: ApplicantFields, ctx: z.RefinementCtx): void {
  if (!v.iin && !v.iinMissingReason) ctx.addIssue({ code: 'custom', path: ['iin'], message: 'iinOrReason' });
  if (v.legalCapacity !== 'capable') {
    if (!v.capacityCourtDecision)
      ctx.addIssue({ code: 'custom', path: ['capacityCourtDecision'], message: 'required' });
    if (!v.capacityCourtDate)
      ctx.addIssue({ code: 'custom', path: ['capacityCourtDate'], message: 'required' });
  }
  if (v.deathDate && v.deathDate < v.birthDate) {
    ctx.addIssue({ code: 'custom', path: ['deathDate'], message: 'beforeBirth' });
  }
  if (v.consentDate && !v.consentForm)
    ctx.addIssue({ code: 'custom', path: ['consentForm'], message: 'required' });
}

export const applicantInput = applicantFields
  .extend({
    /** Why a person is registered although similar people exist (audited). */
    duplicateReason: f.optionalText(500),
  })
  .superRefine(personRules);

export const applicantUpdateInput = applicantFields
  .extend({ id: z.string().uuid() })
  .superRefine(personRules);

export const duplicateCandidate = applicantView.pick({
  id: true,
  iin: true,
  lastName: true,
  firstName: true,
  patronymic: true,
  birthDate: true,
  katoCode: true,
  address: true,
});

export const RELATIONS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other',
] as const;
export const REPRESENTATIVE_KINDS = ['parent', 'guardian', 'trustee', 'proxy'] as const;
export const INCOME_KINDS = [
  'pension',
  'disability_allowance',
  'care_allowance',
  'targeted_assistance',
  'other',
] as const;
export const IPR_PARTS = ['social', 'professional', 'medical'] as const;
export const SSU_FORMS = ['inpatient', 'semi_inpatient', 'home', 'temporary_stay'] as const;

export const householdMemberView = z.object({
  id: z.string(),
  fullName: z.string(),
  relation: z.enum(RELATIONS),
  birthYear: z.number().int().nullable(),
  occupation: z.string().nullable(),
});

export const representativeView = z.object({
  id: z.string(),
  kind: z.enum(REPRESENTATIVE_KINDS),
  representativeId: z.string().nullable(),
  fullName: z.string(),
  iin: z.string().nullable(),
  phone: z.string().nullable(),
  basisDocument: z.string(),
  basisDate: z.string().nullable(),
  validUntil: z.string().nullable(),
});

export const incomeView = z.object({
  id: z.string(),
  kind: z.enum(INCOME_KINDS),
  amount: z.number().int(),
  periodFrom: z.string(),
  periodTo: z.string().nullable(),
  note: z.string().nullable(),
});

export const disabilityView = z.object({
  id: z.string(),
  category: z.enum(DISABILITY_CATEGORIES),
  groupNo: z.number().int().nullable(),
  cause: z.enum(DISABILITY_CAUSES),
  term: z.enum(DISABILITY_TERMS),
  establishedOn: z.string(),
  validUntil: z.string().nullable(),
  mseDecisionNo: z.string(),
  workCapacityLossPct: z.number().int().nullable(),
  replacedAt: z.string().nullable(),
});

export const iprMeasureView = z.object({
  id: z.string(),
  kind: z.enum(IPR_MEASURE_KINDS),
  classifierCode: z.string().nullable(),
  quantity: z.number().int(),
  replacementMonths: z.number().int().nullable(),
  hoursPerDay: z.number().int().nullable(),
  hoursPerYear: z.number().int().nullable(),
  ssuForm: z.string().nullable(),
  status: z.enum(IPR_MEASURE_STATUSES),
  sentOn: z.string().nullable(),
  orderDeadline: z.string().nullable(),
  note: z.string().nullable(),
});

export const iprView = z.object({
  id: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  parts: z.array(z.enum(IPR_PARTS)),
  replacedAt: z.string().nullable(),
  measures: z.array(iprMeasureView),
});

export const caseView = z.object({
  id: z.string(),
  number: z.string(),
  applicantId: z.string(),
  appliedOn: z.string(),
  channel: z.enum(CASE_CHANNELS),
  appliedBy: z.enum(CASE_APPLICANT_KINDS),
  applicantName: z.string().nullable(),
  grounds: z.array(z.enum(CASE_GROUNDS)),
  ssuTypes: z.array(z.enum(SSU_TYPES)),
  requestedForm: z.enum(SSU_FORMS).nullable(),
  note: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  statusChangedAt: z.string(),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  createdAt: z.string(),
});

export const personCardView = z.object({
  person: applicantView,
  household: z.array(householdMemberView),
  representatives: z.array(representativeView),
  /** People this person represents (a mother's card lists her child). */
  represents: z.array(z.object({ id: z.string(), kind: z.enum(REPRESENTATIVE_KINDS), fullName: z.string() })),
  incomes: z.array(incomeView),
  /** Newest first; the current record is the one with replacedAt null. */
  disability: z.array(disabilityView),
  iprs: z.array(iprView),
  /** Newest application first. */
  cases: z.array(caseView),
});

const uuid = z.string().uuid();

export const disabilityInput = z.object({
  applicantId: uuid,
  category: z.enum(DISABILITY_CATEGORIES, { error: 'required' }),
  groupNo: z.number().int().min(1).max(3).nullable().optional(),
  cause: z.enum(DISABILITY_CAUSES, { error: 'required' }),
  term: z.enum(DISABILITY_TERMS, { error: 'required' }),
  establishedOn: f.isoDate.refine((v) => v <= localToday(), { error: 'dateFuture' }),
  mseDecisionNo: f.shortText(60),
  workCapacityLossPct: z.number().int().min(0).max(100).nullable().optional(),
});

export const iprMeasureInput = z.object({
  kind: z.enum(IPR_MEASURE_KINDS, { error: 'required' }),
  classifierCode: f.optionalText(40),
  quantity: z.number().int().min(1).max(1000).default(1),
  replacementMonths: z.number().int().min(1).max(600).nullable().optional(),
  hoursPerDay: z.number().int().min(1).nullable().optional(),
  hoursPerYear: z.number().int().min(1).nullable().optional(),
  ssuForm: z.enum(SSU_FORMS).nullable().optional(),
  note: f.optionalText(500),
});

export const caseRegisterInput = z
  .object({
    applicantId: uuid,
    appliedOn: f.isoDate,
    channel: z.enum(CASE_CHANNELS, { error: 'required' }),
    appliedBy: z.enum(CASE_APPLICANT_KINDS, { error: 'required' }),
    /** Required when someone applied on the person's behalf. */
    applicantName: f.optionalText(200),
    grounds: z
      .array(z.enum(CASE_GROUNDS))
      .min(1, { error: 'groundsRequired' })
      .max(CASE_GROUNDS.length)
      .refine((g) => new Set(g).size === g.length, { error: 'invalid' }),
    ssuTypes: z
      .array(z.enum(SSU_TYPES))
      .max(SSU_TYPES.length)
      .refine((g) => new Set(g).size === g.length, { error: 'invalid' })
      .default([]),
    requestedForm: z.enum(SSU_FORMS).nullable().optional(),
    note: f.optionalText(1000),
  })
  // Checked even while other fields are wrong (`when`), so the form shows every problem at once.
  .refine((v) => v.appliedBy === 'self' || !!v.applicantName, {
    path: ['applicantName'],
    error: 'onBehalfName',
    when: ({ issues }) => !issues.some((i) => i.path?.[0] === 'appliedBy' || i.path?.[0] === 'applicantName'),
  });

export const CASE_LIST_STATUSES = ['active', 'closed', ...CASE_STATUSES] as const;

export const caseListInput = z.object({
  /** A case number ("2026-00"), an IIN prefix, or the person's name (as the registry searches it). */
  query: z.string().trim().max(100, { error: 'tooLong' }).default(''),
  /** "active" (not closed), "closed" (refused, terminated, withdrawn) or one status. */
  status: z.enum(CASE_LIST_STATUSES).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sortBy: z.enum(['appliedOn', 'number']).default('appliedOn'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
});

export const caseListRow = caseView.extend({
  person: z.object({
    lastName: z.string(),
    firstName: z.string(),
    patronymic: z.string().nullable(),
    iin: z.string().nullable(),
    birthDate: z.string(),
  }),
});

/** 'relevance' ("best match"): people whose surname starts with the first word typed first. */
export const APPLICANT_SORTS = ['relevance', 'name', 'birthDate', 'iin', 'createdAt'] as const;

export const applicantListInput = z.object({
  query: z.string().max(100, { error: 'tooLong' }).default(''),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sortBy: z.enum(APPLICANT_SORTS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  sex: z.enum(['M', 'F']).optional(),
  /** 2 to 9 leading digits of a KATO code: an oblast, a district or a settlement. */
  katoPrefix: z
    .string()
    .regex(/^\d{2,9}$/, { error: 'katoFormat' })
    .optional(),
  /** Current disability record of this category (and group). */
  disabilityCategory: z.enum(DISABILITY_CATEGORIES).optional(),
  disabilityGroup: z.number().int().min(1).max(3).optional(),
  /** Re-examination (end of the disability term) from today to today + N days. */
  reexamWithinDays: z.number().int().min(0).max(3650).optional(),
  /** A current programme that ends from today to today + N days. */
  iprExpiringWithinDays: z.number().int().min(0).max(3650).optional(),
  /** A measure sent to the portal whose order deadline is at most N days away (or passed). */
  portalDeadlineWithinDays: z.number().int().min(0).max(3650).optional(),
  /** Programme measures not yet delivered (recommended, sent or ordered). */
  iprPending: z.boolean().optional(),
  /** No consent to personal-data processing on file. */
  consentMissing: z.boolean().optional(),
  /** A case that is neither refused, terminated nor withdrawn. */
  activeCase: z.boolean().optional(),
  ageFrom: z.number().int().min(0).max(120).optional(),
  ageTo: z.number().int().min(0).max(120).optional(),
});

/** What a saved work list remembers: the search and the filters, not the page. */
export const worklistFilters = applicantListInput
  .omit({ page: true, pageSize: true, query: true, sortBy: true, sortDir: true })
  .extend({
    query: z.string().max(100, { error: 'tooLong' }).optional(),
    sortBy: z.enum(APPLICANT_SORTS).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
  });
export type WorklistFilters = z.infer<typeof worklistFilters>;

export const worklistView = z.object({
  id: z.string(),
  name: z.string(),
  filters: worklistFilters,
  updatedAt: z.string(),
});
export type WorklistView = z.infer<typeof worklistView>;

export const contract = {
  'setup.status': def({
    kind: 'read',
    access: 'public',
    input: z.object({}),
    output: z.object({
      initialized: z.boolean(),
      officeName: z.string().nullable(),
      districtKato: z.string().nullable(),
    }),
  }),
  'setup.initialize': def({
    kind: 'write',
    access: 'public',
    input: z.object({
      officeName: f.shortText(200),
      districtKato: f.katoCode,
      locale,
      admin: z.object({ login: f.login, fullName: f.shortText(150), password: f.newPassword }),
    }),
    output: z.object({ adminId: z.string() }),
  }),
  'auth.login': def({
    kind: 'write',
    access: 'public',
    input: z.object({ login: f.shortText(64), password: z.string().min(1, { error: 'required' }).max(200) }),
    output: z.object({ sessionToken: z.string(), user: meView }),
  }),
  'auth.logout': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({}),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.me': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({}),
    output: meView,
  }),
  'auth.lock': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({}),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.unlock': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({ password: z.string().min(1, { error: 'required' }).max(200) }),
    output: meView,
  }),
  'auth.changePassword': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({
      currentPassword: z.string().min(1, { error: 'required' }).max(200),
      newPassword: f.newPassword,
    }),
    output: meView,
  }),
  'users.list': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: z.object({ rows: z.array(userAdminView) }),
  }),
  'users.create': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({
      login: f.login,
      fullName: f.shortText(150),
      password: f.newPassword,
      roles: roleList,
      locale,
    }),
    output: userAdminView,
  }),
  'users.update': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid(), fullName: f.shortText(150), roles: roleList }),
    output: userAdminView,
  }),
  'users.setDisabled': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid(), disabled: z.boolean() }),
    output: userAdminView,
  }),
  'users.resetPassword': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid(), password: f.newPassword }),
    output: userAdminView,
  }),
  'users.unlock': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid() }),
    output: userAdminView,
  }),
  'audit.list': def({
    kind: 'read',
    access: AUDIT_READERS,
    input: auditFilters.and(
      z.object({
        page: z.number().int().min(1).max(1_000_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
        sortDir: z.enum(['asc', 'desc']).default('desc'),
      }),
    ),
    output: z.object({
      rows: z.array(auditEntryView),
      total: z.number().int(),
      actors: z.array(z.object({ id: z.string(), login: z.string(), fullName: z.string() })),
    }),
  }),
  'audit.export': def({
    kind: 'task',
    access: AUDIT_READERS,
    input: auditFilters,
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
  }),
  'settings.get': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: settingsView,
  }),
  'settings.setSecurity': def({
    kind: 'write',
    access: ADMIN,
    input: securityPolicyInput,
    output: settingsView,
  }),
  'settings.setBackup': def({
    kind: 'write',
    access: ADMIN,
    input: backupPolicyInput,
    output: settingsView,
  }),
  'backups.list': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: z.object({
      folder: z.string(),
      policy: settingsView.shape.backup,
      rows: z.array(backupEntryView),
      undoFile: z.string().nullable(),
    }),
  }),
  'backups.create': def({
    kind: 'task',
    access: ADMIN,
    input: z.object({}),
    output: backupEntryView,
  }),
  'backups.restore': def({
    kind: 'task',
    access: ADMIN,
    input: z.object({ file: z.string().min(1).max(200) }),
    output: z.object({ restoredFrom: z.string(), undoFile: z.string() }),
  }),
  // Recovery runs without a login: the accounts live in the damaged file. It is reachable only
  // through a door the workstation user already controls (the app window, or the web bridge
  // with its per-run token), it only works while the database is damaged, and it deletes
  // nothing: the damaged file is kept aside.
  'recovery.status': def({
    kind: 'read',
    access: 'public',
    input: z.object({}),
    output: z.object({ problem: z.enum(['DB_CORRUPT']).nullable(), backups: z.array(backupEntryView) }),
  }),
  'recovery.restore': def({
    kind: 'task',
    access: 'public',
    input: z.object({ file: z.string().min(1).max(200).optional() }),
    output: z.object({ restoredFrom: z.string(), damagedFile: z.string() }),
  }),
  'users.setLocale': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({ locale }),
    output: userView,
  }),
  'applicants.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: applicantListInput,
    output: z.object({
      rows: z.array(applicantView),
      total: z.number().int(),
      /** A name search stopped counting at `total`: there are more matches. */
      totalCapped: z.boolean(),
    }),
  }),
  /** The list as it is filtered and ordered, to a spreadsheet (at most REGISTRY_EXPORT_LIMIT rows). */
  'applicants.export': def({
    kind: 'task',
    access: REGISTRY_WRITERS,
    input: applicantListInput.omit({ page: true, pageSize: true }),
    output: z.object({
      fileName: z.string(),
      base64: z.string(),
      rows: z.number().int(),
      /** More people matched than a file holds: the first REGISTRY_EXPORT_LIMIT were written. */
      capped: z.boolean(),
    }),
  }),
  'applicants.get': def({
    kind: 'read',
    auditRead: true,
    access: REGISTRY_READERS,
    input: z.object({ id: z.string().uuid() }),
    output: applicantView,
  }),
  'applicants.history': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({
      id: z.string().uuid(),
      page: z.number().int().min(1).max(100_000).default(1),
      pageSize: z.number().int().min(1).max(200).default(25),
      sortDir: z.enum(['asc', 'desc']).default('desc'),
    }),
    output: z.object({ rows: z.array(auditEntryView), total: z.number().int() }),
  }),
  'applicants.card': def({
    kind: 'read',
    auditRead: true,
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: personCardView,
  }),
  /** Counts for the home screen's alerts; each alert opens the list with the same filter. */
  'alerts.summary': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({}),
    output: z.object({
      reexamDue: z.number().int(),
      iprExpiring: z.number().int(),
      portalDeadline: z.number().int(),
      consentMissing: z.number().int(),
      days: z.object({ reexam: z.number().int(), ipr: z.number().int(), portal: z.number().int() }),
    }),
  }),
  /** The signed-in user's saved work lists, by name. */
  'worklists.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({}),
    output: z.array(worklistView),
  }),
  /** Saves the list under its name; the same name (any case) replaces that list's filters. */
  'worklists.save': def({
    kind: 'write',
    access: REGISTRY_READERS,
    input: z.object({ name: f.shortText(80), filters: worklistFilters }),
    output: worklistView,
  }),
  'worklists.remove': def({
    kind: 'write',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: z.object({ id: z.string() }),
  }),
  /** People who may be registered twice: same Latin name key and birth date. */
  'applicants.duplicateReport': def({
    kind: 'read',
    access: REGISTRY_WRITERS,
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({ groups: z.array(z.array(duplicateCandidate)), totalGroups: z.number().int() }),
  }),
  /** The card as an A4 PDF in kk, ru or en (printing personal data is recorded). */
  'applicants.summaryPdf': def({
    kind: 'task',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid, locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'household.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      applicantId: uuid,
      fullName: f.shortText(150),
      relation: z.enum(RELATIONS, { error: 'required' }),
      birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
      occupation: f.optionalText(150),
    }),
    output: householdMemberView,
  }),
  'household.remove': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ id: uuid }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'representatives.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      applicantId: uuid,
      kind: z.enum(REPRESENTATIVE_KINDS, { error: 'required' }),
      /** A person already in the registry; their name and IIN are then taken from the card. */
      representativeId: uuid.nullable().optional(),
      fullName: f.optionalText(150),
      iin: f.optionalIin,
      phone: f.phone,
      basisDocument: f.shortText(200),
      basisDate: f.optionalPastDate,
      validUntil: f.optionalIsoDate,
    }),
    output: representativeView,
  }),
  'representatives.remove': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ id: uuid }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'incomes.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z
      .object({
        applicantId: uuid,
        kind: z.enum(INCOME_KINDS, { error: 'required' }),
        amount: z.number().int().min(0).max(100_000_000),
        periodFrom: f.isoDate,
        periodTo: f.optionalIsoDate,
        note: f.optionalText(300),
      })
      .refine((v) => !v.periodTo || v.periodTo >= v.periodFrom, { error: 'rangeOrder', path: ['periodTo'] }),
    output: incomeView,
  }),
  'incomes.remove': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ id: uuid }),
    output: z.object({ ok: z.literal(true) }),
  }),
  /** A new disability record; the current one (if any) is kept in history as replaced. */
  'disability.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: disabilityInput,
    output: disabilityView,
  }),
  'ipr.create': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      applicantId: uuid,
      number: f.shortText(60),
      issuedOn: f.isoDate.refine((v) => v <= localToday(), { error: 'dateFuture' }),
      parts: z.array(z.enum(IPR_PARTS)).min(1, { error: 'required' }),
      measures: z.array(iprMeasureInput).max(100).default([]),
    }),
    output: iprView,
  }),
  'ipr.addMeasure': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: iprMeasureInput.extend({ iprId: uuid }),
    output: iprMeasureView,
  }),
  'ipr.setMeasureStatus': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      id: uuid,
      status: z.enum(IPR_MEASURE_STATUSES),
      /** The day it went to the portal (for sent_to_portal); today when absent. */
      on: f.optionalPastDate,
    }),
    output: iprMeasureView,
  }),
  /** The register of applications across the district, newest first. */
  'cases.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: caseListInput,
    output: z.object({ rows: z.array(caseListRow), total: z.number().int() }),
  }),
  /** Registers an application: opens a case for the person (status "registered"). */
  'cases.register': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: caseRegisterInput,
    output: caseView,
  }),
  /** The application is withdrawn before the service starts; the case closes with the reason. */
  'cases.withdraw': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      id: uuid,
      on: f.isoDate,
      reason: f.shortText(500),
    }),
    output: caseView,
  }),
  'applicants.create': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: applicantInput,
    output: applicantView,
  }),
  'applicants.update': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: applicantUpdateInput,
    output: applicantView,
  }),
  /** Before registering: the same IIN (blocks) and people with a similar name and the same birth date. */
  'applicants.checkDuplicates': def({
    kind: 'read',
    access: REGISTRY_WRITERS,
    input: z.object({
      iin: f.optionalIin,
      lastName: z.string().max(80).default(''),
      firstName: z.string().max(80).default(''),
      birthDate: f.optionalIsoDate,
      excludeId: z.string().uuid().optional(),
    }),
    output: z.object({ sameIin: duplicateCandidate.nullable(), similar: z.array(duplicateCandidate) }),
  }),
  'maintenance.seed': def({
    kind: 'write',
    access: ['admin'],
    input: z.object({
      applicants: z.number().int().min(1).max(2_000_000),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31)
        .default(1),
    }),
    output: z.object({ inserted: z.number().int() }),
  }),
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type Input<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ParsedInput<P extends ProcedureName> = z.output<Contract[P]['input']>;
export type Output<P extends ProcedureName> = z.output<Contract[P]['output']>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];

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

export type ApplicantView = z.output<typeof applicantView>;
export type CaseView = z.output<typeof caseView>;
export type CaseListRow = z.output<typeof caseListRow>;
export type UserView = z.output<typeof userView>;
export type MeView = z.output<typeof meView>;
export type UserAdminView = z.output<typeof userAdminView>;
export type AuditEntryView = z.output<typeof auditEntryView>;
export type BackupEntryView = z.output<typeof backupEntryView>;

// Compile-time proof that the preload's name list and the contract agree, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesAgree: Same<ProcedureName, import('./procedure-names').ProcedureNameFromList> = true;
void namesAgree;

export {
  CASE_APPLICANT_KINDS,
  CASE_CHANNELS,
  CASE_GROUNDS,
  CASE_STATUSES,
  canWithdraw,
  SSU_TYPES,
} from '../modules/cases/domain';
export {
  DISABILITY_CATEGORIES,
  DISABILITY_CAUSES,
  DISABILITY_TERMS,
  IPR_MEASURE_KINDS,
  IPR_MEASURE_STATUSES,
  type IprMeasureStatus,
} from '../modules/disability/domain';
// Pure rules the forms use for hints (never for refusal): re-exported so the renderer's only
// door into core stays this module and messages.ts.
export { iinFacts, isValidIin } from '../domain/iin';
export { OBLAST_PREFIXES } from '../domain/kato';
