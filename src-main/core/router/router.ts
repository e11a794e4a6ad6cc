import { type ApiError, type CallMeta, type CallResult, contract, type ProcedureName } from '../api/contract';
import { errorMessage, fieldMessage, issuesToFieldKeys, pickLocale } from '../api/messages';
import type { Door } from '../api/roles';
import { type Clock, isoNow, systemClock } from '../clock';
import type { DatabaseHost } from '../db/host';
import { AppError, type ErrorCode } from '../errors';
import { securityPolicy } from '../modules/settings/policies';
import { type AuditRecord, appendAudit, appendAuditEntries } from '../shared/audit-log';

/** How long a recorded read may wait for its audit entry at most. */
const READ_FLUSH_MS = 5_000;

import type { AuditNote, ServiceContext } from '../shared/context';
import type { Handlers } from '../shared/module';
import { type Actor, type ResolvedSession, type SessionPolicy, SessionStore } from '../shared/sessions';
import { maskChanges } from './audit-policy';
import { handlers as defaultHandlers, preparers } from './modules';

export interface RouterDeps {
  host: DatabaseHost;
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
  readonly host: DatabaseHost;
  call(name: string, input: unknown, meta?: CallMeta): Promise<CallResult>;
  /** Writes the reads recorded since the last write or tick (shutdown, tests). */
  flushReads(): void;
  /** For the CLI: run a procedure as a fixed actor without a login session. */
  callAs(actor: Actor, name: string, input: unknown, locale?: string): Promise<CallResult>;
  /**
   * A write nobody typed (a deadline passing): runs `job` in one IMMEDIATE transaction with its
   * audit entries, recorded as "<door>:system" under `job` as the procedure name.
   */
  runSystem<T>(job: string, work: (ctx: ServiceContext) => T): T;
}

const isProcedure = (name: string): name is ProcedureName => Object.hasOwn(contract, name);

/** What a locked session may still do: unlock, or leave. */
const WHILE_LOCKED: ReadonlySet<string> = new Set(['auth.unlock', 'auth.logout']);
/** What a user whose password was set by an administrator may do before choosing their own. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  'auth.changePassword',
  'auth.logout',
  'auth.me',
  'auth.lock',
  'auth.unlock',
  'users.setLocale',
]);
/** Procedures that may run while the database file is damaged (the host is in recovery). */
const IN_RECOVERY: ReadonlySet<string> = new Set([
  'recovery.status',
  'recovery.restore',
  'backups.restoreFrom',
]);

/**
 * The router every door calls: validate input → check the session and the actor's roles → run
 * the service in one transaction → audit the write → validate and return the output, or a
 * typed error whose message is in the caller's language.
 */
export function createRouter(deps: RouterDeps): Router {
  const clock = deps.clock ?? systemClock;
  const handlers = deps.handlers ?? defaultHandlers;
  const host = deps.host;

  let policy: SessionPolicy = readPolicy();
  function readPolicy(): SessionPolicy {
    if (!host.isOpen) return { idleLockMs: 15 * 60_000, expireMs: 8 * 3_600_000 };
    const p = securityPolicy(host.app.db);
    return { idleLockMs: p.idleLockMinutes * 60_000, expireMs: p.sessionHours * 3_600_000 };
  }
  const sessions =
    deps.sessions ??
    new SessionStore(
      () => policy,
      () => clock.now().getTime(),
    );

  function fail(
    code: ErrorCode,
    locale: string,
    fields?: Record<string, string>,
    params?: Record<string, string | number>,
  ): CallResult {
    const error: ApiError = { code, message: errorMessage(code, locale, params) };
    if (params) error.params = params;
    if (fields) {
      error.fields = Object.fromEntries(
        Object.entries(fields).map(([k, v]) => [k, fieldMessage(k, v, locale)]),
      );
    }
    return { ok: false, error };
  }

  // Reads that name a person (a lookup by IIN, the duplicate check, a card's history) are
  // recorded without an fsync each: they wait here, one entry per actor, person and action,
  // and are written by the next write's transaction or a tick at most READ_FLUSH_MS later.
  // A process killed in between loses those few seconds of read entries, never a write's.
  const readBuffer = new Map<string, { record: AuditRecord; note: AuditNote }>();
  let readTimer: ReturnType<typeof setTimeout> | null = null;

  function bufferRead(name: string, actor: Actor | null, note: AuditNote): void {
    const record = toRecord(name, actor, note);
    const key = [record.actorLogin, record.procedure, record.action, record.entity, record.entityId].join(
      '|',
    );
    if (!readBuffer.has(key)) readBuffer.set(key, { record, note });
    if (!readTimer) {
      readTimer = setTimeout(flushReads, READ_FLUSH_MS);
      readTimer.unref?.();
    }
  }

  /** Inside a transaction: appends the buffered reads (before the write's own entries). */
  function drainReads(): void {
    if (readBuffer.size === 0 || !host.isOpen) return;
    for (const { record } of readBuffer.values()) appendAudit(host.app.db, record, host.auditKey());
    readBuffer.clear();
    if (readTimer) clearTimeout(readTimer);
    readTimer = null;
  }

  function flushReads(): void {
    if (readBuffer.size === 0) return;
    if (!host.isOpen) {
      readBuffer.clear();
      return;
    }
    host.app.sqlite.transaction(drainReads).immediate();
  }

  function systemContext(notes: AuditNote[]): ServiceContext {
    const none = () => {
      throw new Error('a system job has no session');
    };
    return {
      get db() {
        return host.app.db;
      },
      get sqlite() {
        return host.app.sqlite;
      },
      host,
      sessions,
      actor: null,
      door: deps.door,
      locale: 'ru',
      clock,
      session: undefined,
      audit: (note) => notes.push(note),
      auditRead: () => {},
      openSession: none,
      closeSession: none,
      updateSession: none,
      lockSession: none,
      unlockSession: none,
    };
  }

  function runSystem<T>(job: string, work: (ctx: ServiceContext) => T): T {
    const notes: AuditNote[] = [];
    const system = { id: `${deps.door}:system`, login: `${deps.door}:system` };
    return host.app.sqlite
      .transaction(() => {
        const result = work(systemContext(notes));
        drainReads();
        for (const note of notes)
          appendAudit(host.app.db, toRecord(job, null, { ...note, actor: system }), host.auditKey());
        return result;
      })
      .immediate();
  }

  function toRecord(name: string, actor: Actor | null, note: AuditNote): AuditRecord {
    return {
      at: isoNow(clock),
      actorId: note.actor?.id ?? actor?.userId ?? null,
      actorLogin: note.actor?.login ?? actor?.login ?? `${deps.door}:anonymous`,
      door: deps.door,
      procedure: name,
      entity: note.entity || null,
      entityId: note.entityId || null,
      action: note.action,
      changes: note.changes ? JSON.stringify(maskChanges(note.entity, note.changes)) : null,
      subjectId: note.subjectId ?? null,
    };
  }

  function writeNotes(name: string, actor: Actor | null, notes: AuditNote[]): void {
    const { db } = host.app;
    drainReads();
    appendAuditEntries(
      db,
      notes.map((note) => toRecord(name, actor, note)),
      host.auditKey(),
    );
  }

  async function run(
    name: string,
    rawInput: unknown,
    resolved: ResolvedSession | null,
    session: string | undefined,
    locale: string,
  ): Promise<CallResult> {
    if (!isProcedure(name)) return fail('UNKNOWN_PROCEDURE', locale);
    const proc = contract[name];
    if (host.problem && !IN_RECOVERY.has(name))
      return fail(host.problem, locale, undefined, { objects: host.problemDetail });
    const actor = resolved?.actor ?? null;
    if (proc.access !== 'public') {
      if (!actor) return fail('UNAUTHENTICATED', locale);
      if (resolved?.locked && !WHILE_LOCKED.has(name)) return fail('SESSION_LOCKED', locale);
      if (actor.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(name)) {
        return fail('PASSWORD_CHANGE_REQUIRED', locale);
      }
      if (proc.access !== 'authenticated' && !actor.roles.some((r) => proc.access.includes(r))) {
        return fail('FORBIDDEN', locale);
      }
    }
    if ('doors' in proc && proc.doors && !proc.doors.includes(deps.door)) return fail('FORBIDDEN', locale);
    const parsed = proc.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('VALIDATION', locale, issuesToFieldKeys(parsed.error.issues));

    const notes: AuditNote[] = [];
    let sessionActor = actor;
    const ctx: ServiceContext = {
      get db() {
        return host.app.db;
      },
      get sqlite() {
        return host.app.sqlite;
      },
      host,
      sessions,
      actor,
      door: deps.door,
      locale,
      clock,
      session,
      audit: (note) => notes.push(note),
      auditRead: (note) => bufferRead(name, actor, note),
      openSession: (a) => sessions.open(a),
      closeSession: () => sessions.close(session),
      updateSession: (patch) => {
        if (session) sessions.update(session, patch);
        if (sessionActor) sessionActor = { ...sessionActor, ...patch };
      },
      lockSession: () => sessions.lock(session),
      unlockSession: () => sessions.unlock(session),
    };
    const handler = handlers[name] as (c: ServiceContext, i: unknown, prepared?: unknown) => unknown;
    const prepare = preparers[name] as ((c: ServiceContext, i: unknown) => Promise<unknown>) | undefined;
    const audited = proc.kind !== 'read' || ('auditRead' in proc && proc.auditRead === true);
    try {
      let result: unknown;
      let committedError: AppError | null = null;
      if (!host.isOpen) {
        // Recovery mode: no database to hold a transaction or an audit entry; the recovery
        // procedures touch files only, and the restore's entry is written once a file is open.
        result = await handler(ctx, parsed.data);
        if (host.isOpen && notes.length > 0) {
          host.app.sqlite.transaction(() => writeNotes(name, actor, notes)).immediate();
        }
      } else if (proc.kind === 'task') {
        // Reads recorded before a task (a restore may replace the file) go into this file first.
        flushReads();
        // Long or file-level work (backup, restore) cannot sit inside a transaction of the
        // connection it replaces; its audit entries are written afterwards, into the database
        // that is open when it finishes (after a restore: the restored one).
        result = await handler(ctx, parsed.data);
        if (notes.length === 0) notes.push({ entity: '', entityId: '', action: name });
        if (host.isOpen) host.app.sqlite.transaction(() => writeNotes(name, actor, notes)).immediate();
      } else {
        // A write that first reads a file does so here, outside the transaction it then runs in.
        const prepared = prepare ? await prepare(ctx, parsed.data) : undefined;
        const body = () => {
          try {
            result = handler(ctx, parsed.data, prepared);
          } catch (err) {
            if (!(err instanceof AppError && err.commit)) throw err;
            committedError = err;
          }
          if (audited) {
            if (notes.length === 0) notes.push({ entity: '', entityId: '', action: name });
            writeNotes(name, actor, notes);
          }
        };
        const tx = host.app.sqlite.transaction(body);
        if (audited) tx.immediate();
        else tx.deferred();
      }
      if (proc.kind !== 'read' && (name.startsWith('settings.') || name.endsWith('.restore'))) {
        policy = readPolicy();
      }
      const failure = committedError as AppError | null;
      if (failure) return fail(failure.code, locale, failure.fields, failure.params);
      const out = proc.output.safeParse(result);
      if (!out.success) {
        deps.onInternalError?.(name, new Error(`output of ${name} does not match the contract`));
        return fail('INTERNAL', locale);
      }
      return { ok: true as const, data: out.data };
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, locale, err.fields, err.params);
      deps.onInternalError?.(name, err);
      return fail('INTERNAL', locale);
    }
  }

  return {
    door: deps.door,
    sessions,
    host,
    async call(name, input, meta = {}) {
      const resolved = sessions.resolve(meta.session);
      const locale = pickLocale(meta.locale ?? resolved?.actor.locale);
      return run(name, input, resolved, meta.session, locale);
    },
    flushReads,
    runSystem,
    async callAs(actor, name, input, locale) {
      return run(name, input, { actor, locked: false }, undefined, pickLocale(locale ?? actor.locale));
    },
  };
}
