import type { Door } from '../api/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import type { Sqlite } from '../db/open';
import type { Actor } from './sessions';

export interface AuditNote {
  entity: string;
  entityId: string;
  action: string;
  /** field → [old, new]; for a create, old is null. */
  changes?: Record<string, [unknown, unknown]>;
  /** For public procedures (first run, login) the actor becomes known inside the service. */
  actor?: { id: string; login: string };
}

/** What every service receives: the database, who acts, through which door, and when. */
export interface ServiceContext {
  db: Db;
  sqlite: Sqlite;
  actor: Actor | null;
  door: Door;
  clock: Clock;
  session: string | undefined;
  /** Records what the write did; the router stores it in the audit log in the same transaction. */
  audit(note: AuditNote): void;
  /** Opens a login session (only the auth service uses it). */
  openSession(actor: Actor): string;
  closeSession(): void;
  updateSession(patch: Partial<Actor>): void;
}

/** The actor of a procedure that requires one; the router has already checked it exists. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new Error('service called without an actor');
  return ctx.actor;
}
