import { z } from 'zod';
import { type Door, LOCALES, type Role } from './roles';

// What a module's contract is made of: `def` declares one procedure (kind, who may call it,
// input and output schemas); the role groups name who reads and who writes the registry.

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
  /**
   * Only these doors may call it (absent: every door). Procedures that take a file path on this
   * machine are for the CLI alone: the window and the browser pick backups by name from a list.
   */
  doors?: readonly Door[];
  input: I;
  output: O;
}

export const def = <I extends z.ZodType, O extends z.ZodType, K extends ProcedureKind>(
  d: ProcedureDef<I, O, K>,
) => d;

export const REGISTRY_READERS: readonly Role[] = ['admin', 'caseworker', 'head', 'auditor'];
export const REGISTRY_WRITERS: readonly Role[] = ['admin', 'caseworker', 'head'];
export const ADMIN: readonly Role[] = ['admin'];
export const AUDIT_READERS: readonly Role[] = ['admin', 'auditor'];

export const locale = z.enum(LOCALES);
export const uuid = z.string().uuid();
