import { z } from 'zod';
import * as f from './fields';
import { LOCALES, ROLES, type Role } from './roles';

// The one api contract. Every procedure is declared here once — name, input, output, who may
// call it — and the Electron IPC binding, the web bridge, the CLI and the renderer's client are
// all derived from this object. The renderer imports this file (and messages.ts) and nothing
// else from core.

export type Access = 'public' | 'authenticated' | readonly Role[];

export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** 'write' runs in an IMMEDIATE transaction and is audited; 'read' in a deferred one. */
  kind: 'read' | 'write';
  access: Access;
  input: I;
  output: O;
}

const def = <I extends z.ZodType, O extends z.ZodType>(d: ProcedureDef<I, O>) => d;

const REGISTRY_READERS: readonly Role[] = ['admin', 'caseworker', 'head', 'auditor'];
const REGISTRY_WRITERS: readonly Role[] = ['admin', 'caseworker', 'head'];

export const locale = z.enum(LOCALES);

export const userView = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale,
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
    output: z.object({ sessionToken: z.string(), user: userView }),
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
    output: userView,
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
    access: REGISTRY_READERS,
    input: z.object({ id: z.string().uuid() }),
    output: applicantView,
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

// Compile-time proof that the preload's name list and the contract agree, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesAgree: Same<ProcedureName, import('./procedure-names').ProcedureNameFromList> = true;
void namesAgree;

// Pure rules the forms use for hints (never for refusal): re-exported so the renderer's only
// door into core stays this module and messages.ts.
export { iinFacts, isValidIin } from '../domain/iin';
export { OBLAST_PREFIXES } from '../domain/kato';
