import { randomBytes } from 'node:crypto';
import type { Role } from '../api/roles';

export interface Actor {
  userId: string;
  login: string;
  fullName: string;
  roles: Role[];
  locale: string;
  /** An administrator set this password: only changing it (or leaving) is allowed. */
  mustChangePassword?: boolean;
}

export interface SessionPolicy {
  /** Idle time after which the session locks and wants the password again. */
  idleLockMs: number;
  /** Idle time after which the session ends altogether. */
  expireMs: number;
}

export interface ResolvedSession {
  actor: Actor;
  locked: boolean;
}

interface Session {
  actor: Actor;
  lastSeen: number;
  locked: boolean;
}

/**
 * Logged-in sessions of one running app, in memory: a restart logs everybody out, which is what
 * a shared workstation wants. The idle lock is enforced here as well as in the renderer, so a
 * browser tab left open on the web bridge locks even if its page was tampered with.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly policy: () => SessionPolicy = () => ({
      idleLockMs: 15 * 60_000,
      expireMs: 8 * 60 * 60_000,
    }),
    private readonly now: () => number = Date.now,
  ) {}

  open(actor: Actor): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { actor, lastSeen: this.now(), locked: false });
    return token;
  }

  /** The session behind a token, or null when unknown or expired. Counts as activity. */
  resolve(token: string | undefined): ResolvedSession | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session) return null;
    const { idleLockMs, expireMs } = this.policy();
    const idle = this.now() - session.lastSeen;
    if (idle > expireMs) {
      this.sessions.delete(token);
      return null;
    }
    if (idle > idleLockMs) session.locked = true;
    // A locked session does not count as active: only unlocking restarts its clock.
    if (!session.locked) session.lastSeen = this.now();
    return { actor: session.actor, locked: session.locked };
  }

  lock(token: string | undefined): void {
    const session = token ? this.sessions.get(token) : undefined;
    if (session) session.locked = true;
  }

  unlock(token: string | undefined): void {
    const session = token ? this.sessions.get(token) : undefined;
    if (session) {
      session.locked = false;
      session.lastSeen = this.now();
    }
  }

  update(token: string, patch: Partial<Actor>): void {
    const session = this.sessions.get(token);
    if (session) session.actor = { ...session.actor, ...patch };
  }

  /** Applies a change made by an administrator (roles, name) to every session of that user. */
  updateUser(userId: string, patch: Partial<Actor>): void {
    for (const session of this.sessions.values()) {
      if (session.actor.userId === userId) session.actor = { ...session.actor, ...patch };
    }
  }

  /** Ends every session of a user (disabled, or their password reset by an administrator). */
  closeUser(userId: string, except?: string): void {
    for (const [token, session] of this.sessions) {
      if (session.actor.userId === userId && token !== except) this.sessions.delete(token);
    }
  }

  close(token: string | undefined): void {
    if (token) this.sessions.delete(token);
  }

  /** After a restore the users table may differ: everyone signs in again. */
  closeAll(): void {
    this.sessions.clear();
  }
}
