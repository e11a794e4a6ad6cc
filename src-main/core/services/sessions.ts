import { randomBytes } from 'node:crypto';
import type { Role } from '../api/roles';

export interface Actor {
  userId: string;
  login: string;
  fullName: string;
  roles: Role[];
  locale: string;
}

interface Session {
  actor: Actor;
  lastSeen: number;
}

/**
 * Logged-in sessions of one running app (in memory: a restart logs everybody out, which is what
 * a shared workstation wants). A session expires after `idleMs` without a request.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly idleMs = 8 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  open(actor: Actor): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { actor, lastSeen: this.now() });
    return token;
  }

  resolve(token: string | undefined): Actor | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session) return null;
    if (this.now() - session.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return null;
    }
    session.lastSeen = this.now();
    return session.actor;
  }

  update(token: string, patch: Partial<Actor>): void {
    const session = this.sessions.get(token);
    if (session) session.actor = { ...session.actor, ...patch };
  }

  close(token: string | undefined): void {
    if (token) this.sessions.delete(token);
  }
}
