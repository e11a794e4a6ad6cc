import { type Clock, isoNow, systemClock } from '../clock';
import type { AppDatabase } from '../db/database';
import { AppError, type ErrorCode } from '../errors';
import { appendAudit } from '../services/audit-log';
import type { AuditNote, ServiceContext } from '../services/context';
import { handlers as defaultHandlers, type Handlers } from '../services/handlers';
import { type Actor, SessionStore } from '../services/sessions';
import { type ApiError, type CallMeta, type CallResult, contract, type ProcedureName } from './contract';
import { errorMessage, fieldMessage, issuesToFieldKeys, pickLocale } from './messages';
import type { Door } from './roles';

export interface RouterDeps {
  app: AppDatabase;
  door: Door;
  sessions?: SessionStore;
  clock?: Clock;
  handlers?: Handlers;
  /** Where unexpected errors go. Gets the procedure name and the error — never the input. */
  onInternalError?: (procedure: string, err: unknown) => void;
}

export interface Router {
  readonly door: Door;
  readonly sessions: SessionStore;
  call(name: string, input: unknown, meta?: CallMeta): Promise<CallResult>;
  /** For the CLI: run a procedure as a fixed actor without a login session. */
  callAs(actor: Actor, name: string, input: unknown, locale?: string): Promise<CallResult>;
}

const isProcedure = (name: string): name is ProcedureName => Object.hasOwn(contract, name);

/**
 * The router every door calls: validate input → check the actor's role → run the service in
 * one transaction → audit the write → validate and return the output, or a typed error whose
 * message is in the caller's language.
 */
export function createRouter(deps: RouterDeps): Router {
  const sessions = deps.sessions ?? new SessionStore();
  const clock = deps.clock ?? systemClock;
  const handlers = deps.handlers ?? defaultHandlers;
  const { sqlite, db } = deps.app;

  function fail(code: ErrorCode, locale: string, fields?: Record<string, string>): CallResult {
    const error: ApiError = { code, message: errorMessage(code, locale) };
    if (fields) {
      error.fields = Object.fromEntries(
        Object.entries(fields).map(([k, v]) => [k, fieldMessage(k, v, locale)]),
      );
    }
    return { ok: false, error };
  }

  function run(
    name: string,
    rawInput: unknown,
    actor: Actor | null,
    session: string | undefined,
    locale: string,
  ) {
    if (!isProcedure(name)) return fail('UNKNOWN_PROCEDURE', locale);
    const proc = contract[name];
    if (proc.access !== 'public') {
      if (!actor) return fail('UNAUTHENTICATED', locale);
      if (proc.access !== 'authenticated' && !actor.roles.some((r) => proc.access.includes(r))) {
        return fail('FORBIDDEN', locale);
      }
    }
    const parsed = proc.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('VALIDATION', locale, issuesToFieldKeys(parsed.error.issues));

    const notes: AuditNote[] = [];
    let sessionActor = actor;
    const ctx: ServiceContext = {
      db,
      sqlite,
      actor,
      door: deps.door,
      clock,
      session,
      audit: (note) => notes.push(note),
      openSession: (a) => sessions.open(a),
      closeSession: () => sessions.close(session),
      updateSession: (patch) => {
        if (session) sessions.update(session, patch);
        if (sessionActor) sessionActor = { ...sessionActor, ...patch };
      },
    };
    const handler = handlers[name] as (c: ServiceContext, i: unknown) => unknown;
    const body = () => {
      const result = handler(ctx, parsed.data);
      if (proc.kind === 'write') {
        if (notes.length === 0) notes.push({ entity: '', entityId: '', action: name });
        for (const note of notes) {
          appendAudit(db, {
            at: isoNow(clock),
            actorId: note.actor?.id ?? actor?.userId ?? null,
            actorLogin: note.actor?.login ?? actor?.login ?? `${deps.door}:anonymous`,
            door: deps.door,
            procedure: name,
            entity: note.entity || null,
            entityId: note.entityId || null,
            action: note.action,
            changes: note.changes ? JSON.stringify(note.changes) : null,
          });
        }
      }
      return result;
    };
    try {
      const tx = sqlite.transaction(body);
      const result = proc.kind === 'write' ? tx.immediate() : tx.deferred();
      const out = proc.output.safeParse(result);
      if (!out.success) {
        deps.onInternalError?.(name, new Error(`output of ${name} does not match the contract`));
        return fail('INTERNAL', locale);
      }
      return { ok: true as const, data: out.data };
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, locale, err.fields);
      deps.onInternalError?.(name, err);
      return fail('INTERNAL', locale);
    }
  }

  return {
    door: deps.door,
    sessions,
    async call(name, input, meta = {}) {
      const actor = sessions.resolve(meta.session);
      const locale = pickLocale(meta.locale ?? actor?.locale);
      return run(name, input, actor, meta.session, locale);
    },
    async callAs(actor, name, input, locale) {
      return run(name, input, actor, undefined, pickLocale(locale ?? actor.locale));
    },
  };
}
