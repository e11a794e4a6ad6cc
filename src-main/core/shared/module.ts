import type { Contract, Output, ParsedInput, ProcedureName } from '../api/contract';
import type { ServiceContext } from './context';

// What a module gives the router: the service that runs each of its procedures, the namespaces
// it owns, and which fields of the entities it writes the audit log must mask.

export type Handler<P extends ProcedureName> = (
  ctx: ServiceContext,
  input: ParsedInput<P>,
  /** What the procedure's preparer returned, if it has one. */
  prepared?: unknown,
) => Contract[P]['kind'] extends 'task' ? Promise<Output<P>> : Output<P>;

export type Handlers = { [P in ProcedureName]: Handler<P> };

/**
 * Asynchronous work a write needs before its transaction (reading an uploaded spreadsheet):
 * it runs outside the transaction, may refuse with an AppError, and what it returns is passed to
 * the handler as its third argument. The handler itself stays synchronous, so the write and its
 * audit entries still commit or roll back together.
 */
export type Preparer = (ctx: ServiceContext, input: never) => Promise<unknown>;

export interface ServerModule<C extends object> {
  /** The part before the dot of every procedure this module declares (`cases` in `cases.list`). */
  namespaces: readonly string[];
  handlers: { [P in keyof C & ProcedureName]: Handler<P> };
  prepare?: {
    [P in keyof C & ProcedureName]?: (ctx: ServiceContext, input: ParsedInput<P>) => Promise<unknown>;
  };
  /**
   * Per entity this module writes: fields whose values the audit log masks (health details,
   * grounds that name a disease or prison, free text). The fact that they changed is kept.
   */
  sensitive?: Record<string, readonly string[]>;
}

/** Ties a module's services to its own contract: a missing or extra handler is a type error. */
export function defineModule<C extends object>(_contract: C, module: ServerModule<C>): ServerModule<C> {
  return module;
}
