import { z } from 'zod';
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

export const applicantView = z.object({
  id: z.string(),
  iin: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(['M', 'F']),
  katoCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  createdAt: z.string(),
});

export const applicantInput = z.object({
  iin: f.iin,
  lastName: f.personName,
  firstName: f.personName,
  patronymic: f.optionalPersonName,
  birthDate: f.birthDate,
  sex: f.sex,
  katoCode: f.katoCode,
  address: f.shortText(300),
  phone: f.phone,
});

export const APPLICANT_SORTS = ['name', 'birthDate', 'iin', 'createdAt'] as const;

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
});

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
    output: z.object({ rows: z.array(applicantView), total: z.number().int() }),
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
  'applicants.create': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: applicantInput,
    output: applicantView,
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
}

export type CallResult<T = unknown> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Sent beside every call: which session, and which language to answer errors in. */
export interface CallMeta {
  session?: string | undefined;
  locale?: string | undefined;
}

export type ApplicantView = z.output<typeof applicantView>;
export type UserView = z.output<typeof userView>;
export type MeView = z.output<typeof meView>;
export type UserAdminView = z.output<typeof userAdminView>;
export type AuditEntryView = z.output<typeof auditEntryView>;
export type BackupEntryView = z.output<typeof backupEntryView>;

// Compile-time proof that the preload's name list and the contract agree, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesAgree: Same<ProcedureName, import('./procedure-names').ProcedureNameFromList> = true;
void namesAgree;

// Pure rules the forms use for hints (never for refusal): re-exported so the renderer's only
// door into core stays this module and messages.ts.
export { iinFacts, isValidIin } from '../domain/iin';
export { OBLAST_PREFIXES } from '../domain/kato';
