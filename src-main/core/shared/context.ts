import type { Door } from '../api/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import type { DatabaseHost } from '../db/host';
import type { Sqlite } from '../db/open';
import type { Actor, SessionStore } from './sessions';

export interface AuditNote {
  entity: string;
  entityId: string;
  action: string;
  /** field → [old, new]; for a create, old is null. */
  changes?: Record<string, [unknown, unknown]>;
  /** For public procedures (first run, login) the actor becomes known inside the service. */
  actor?: { id: string; login: string };
  /** The person the entry concerns, for the person card's history and the audit filter. */
  subjectId?: string;
}

/** What every service receives: the database, who acts, through which door, and when. */
export interface ServiceContext {
  /** The open database (throws DB_CORRUPT in recovery mode, where only recovery runs). */
  readonly db: Db;
  readonly sqlite: Sqlite;
  /** Owner of the database file: backups, restore and recovery go through it. */
  host: DatabaseHost;
  /** Every session of this process: the accounts service ends or updates other users' ones. */
  sessions: SessionStore;
  actor: Actor | null;
  door: Door;
  /** The caller's language, for files the service generates (exports, printouts). */
  locale: string;
  clock: Clock;
  session: string | undefined;
  /** Records what the write did; the router stores it in the audit log in the same transaction. */
  audit(note: AuditNote): void;
  /**
   * Records a read that names a person (lookup by IIN, duplicate check, history). Coalesced and
   * written within seconds by the router, so a keystroke never waits for an fsync.
   */
  auditRead(note: AuditNote): void;
  /** Opens a login session (only the auth service uses it). */
  openSession(actor: Actor): string;
  closeSession(): void;
  updateSession(patch: Partial<Actor>): void;
  lockSession(): void;
  unlockSession(): void;
}

/** The actor of a procedure that requires one; the router has already checked it exists. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new Error('service called without an actor');
  return ctx.actor;
}
