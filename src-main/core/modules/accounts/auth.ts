import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { pickLocale } from '../../api/messages';
import { isoNow } from '../../clock';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import { updateStamp } from '../../shared/stamps';
import { securityPolicy } from '../settings/policies';
import { hashPassword, verifyPassword } from './passwords';
import { users } from './schema';
import { isInitialized } from './setup';
import { findUserById, findUserByLogin, toActor, toUserView, type UserRow } from './users';

// Login, lockout after repeated failures, the idle lock and changing one's own password.
// A failed attempt is committed (AppError with commit) so the count and its audit entry stay
// even though the call fails.

export function login(ctx: ServiceContext, input: ParsedInput<'auth.login'>): Output<'auth.login'> {
  if (!isInitialized(ctx)) throw new AppError('NOT_INITIALIZED');
  const row = findUserByLogin(ctx, input.login);
  // Verify even for an unknown login so timing does not reveal which logins exist.
  const ok = verifyPassword(input.password, row?.passwordHash ?? DUMMY_HASH);
  if (!row) {
    // Recorded without the name typed (people sometimes type their password into the login
    // box), so that guessing at logins still shows in the audit log.
    ctx.audit({ entity: 'user', entityId: '', action: 'login_unknown' });
    throw new AppError('BAD_CREDENTIALS', { commit: true });
  }
  checkNotLocked(ctx, row, { audit: 'login_while_locked' });
  if (!ok) throw recordFailure(ctx, row, 'login_failed');
  if (row.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  const now = isoNow(ctx.clock);
  ctx.db
    .update(users)
    .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now })
    .where(eq(users.id, row.id))
    .run();
  const actor = toActor(row);
  const sessionToken = ctx.openSession(actor);
  ctx.audit({ entity: 'user', entityId: row.id, action: 'login', actor: { id: row.id, login: row.login } });
  return { sessionToken, user: sessionView(ctx, row) };
}

export function logout(ctx: ServiceContext): Output<'auth.logout'> {
  const actor = requireActor(ctx);
  ctx.audit({ entity: 'user', entityId: actor.userId, action: 'logout' });
  ctx.closeSession();
  return { ok: true };
}

export function me(ctx: ServiceContext): Output<'auth.me'> {
  const actor = requireActor(ctx);
  const row = findUserById(ctx, actor.userId);
  if (!row) {
    // The CLI's actor, or a user removed by a restore: answer from the session itself.
    return {
      id: actor.userId,
      login: actor.login,
      fullName: actor.fullName,
      roles: actor.roles,
      locale: pickLocale(actor.locale),
      mustChangePassword: false,
      idleLockMinutes: securityPolicy(ctx.db).idleLockMinutes,
    };
  }
  return sessionView(ctx, row);
}

/** The renderer asks for the lock when the user has been idle; the session refuses all but unlock. */
export function lock(ctx: ServiceContext): Output<'auth.lock'> {
  const actor = requireActor(ctx);
  ctx.lockSession();
  ctx.audit({ entity: 'user', entityId: actor.userId, action: 'lock' });
  return { ok: true };
}

export function unlock(ctx: ServiceContext, input: ParsedInput<'auth.unlock'>): Output<'auth.unlock'> {
  const actor = requireActor(ctx);
  const row = findUserById(ctx, actor.userId);
  if (!row || row.disabledAt) {
    ctx.closeSession();
    throw new AppError('ACCOUNT_DISABLED');
  }
  checkNotLocked(ctx, row, { closeSession: true, audit: 'unlock_while_locked' });
  if (!verifyPassword(input.password, row.passwordHash)) {
    throw recordFailure(ctx, row, 'unlock_failed', { password: 'passwordWrong' });
  }
  ctx.db.update(users).set({ failedAttempts: 0 }).where(eq(users.id, row.id)).run();
  ctx.unlockSession();
  ctx.audit({ entity: 'user', entityId: row.id, action: 'unlock' });
  return sessionView(ctx, row);
}

export function changePassword(
  ctx: ServiceContext,
  input: ParsedInput<'auth.changePassword'>,
): Output<'auth.changePassword'> {
  const actor = requireActor(ctx);
  const row = findUserById(ctx, actor.userId);
  if (!row) throw new AppError('NOT_FOUND');
  checkNotLocked(ctx, row, { closeSession: true, audit: 'change_password_while_locked' });
  // A wrong current password is a guess like a wrong login: counted toward the lockout, audited.
  if (!verifyPassword(input.currentPassword, row.passwordHash)) {
    throw recordFailure(ctx, row, 'change_password_failed', { currentPassword: 'passwordWrong' });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('VALIDATION', { fields: { newPassword: 'passwordSame' } });
  }
  ctx.db
    .update(users)
    .set({
      passwordHash: hashPassword(input.newPassword),
      mustChangePassword: false,
      ...updateStamp(ctx),
    })
    .where(eq(users.id, row.id))
    .run();
  // Other sessions of this user (another workstation, a forgotten browser tab) end.
  ctx.sessions.closeUser(row.id, ctx.session);
  ctx.updateSession({ mustChangePassword: false });
  ctx.audit({
    entity: 'user',
    entityId: row.id,
    action: 'change_password',
    changes: { password: ['***', '***'] },
  });
  return sessionView(ctx, { ...row, mustChangePassword: false });
}

function sessionView(ctx: ServiceContext, row: UserRow): Output<'auth.me'> {
  return {
    ...toUserView(row),
    mustChangePassword: row.mustChangePassword,
    idleLockMinutes: securityPolicy(ctx.db).idleLockMinutes,
  };
}

/**
 * Refuses a locked account. The attempt is audited and committed (the refusal rolls nothing
 * else back), so password guessing against a locked account still shows in the log.
 */
function checkNotLocked(
  ctx: ServiceContext,
  row: UserRow,
  opts: {
    closeSession?: boolean;
    audit: 'login_while_locked' | 'unlock_while_locked' | 'change_password_while_locked';
  },
): void {
  if (row.lockedUntil && row.lockedUntil > isoNow(ctx.clock)) {
    const minutes = Math.max(
      1,
      Math.ceil((Date.parse(row.lockedUntil) - ctx.clock.now().getTime()) / 60_000),
    );
    if (opts.closeSession) ctx.closeSession();
    ctx.audit({
      entity: 'user',
      entityId: row.id,
      action: opts.audit,
      actor: { id: row.id, login: row.login },
    });
    throw new AppError('ACCOUNT_LOCKED', { params: { minutes }, commit: true });
  }
}

/** Counts a wrong password; at the policy's limit the account locks. Returns the error to throw. */
function recordFailure(
  ctx: ServiceContext,
  row: UserRow,
  action: 'login_failed' | 'unlock_failed' | 'change_password_failed',
  fields?: Record<string, string>,
): AppError {
  const policy = securityPolicy(ctx.db);
  // A lock that has run out starts a fresh count.
  const expired = row.lockedUntil !== null && row.lockedUntil <= isoNow(ctx.clock);
  const attempts = (expired ? 0 : row.failedAttempts) + 1;
  const locks = attempts >= policy.lockoutAttempts;
  const lockedUntil = locks
    ? new Date(ctx.clock.now().getTime() + policy.lockoutMinutes * 60_000).toISOString()
    : expired
      ? null
      : row.lockedUntil;
  ctx.db
    .update(users)
    .set({ failedAttempts: locks ? 0 : attempts, lockedUntil })
    .where(eq(users.id, row.id))
    .run();
  ctx.audit({
    entity: 'user',
    entityId: row.id,
    action: locks ? 'locked_out' : action,
    actor: { id: row.id, login: row.login },
    changes: { failedAttempts: [row.failedAttempts, attempts] },
  });
  if (locks) {
    if (action !== 'login_failed') ctx.closeSession();
    return new AppError('ACCOUNT_LOCKED', { params: { minutes: policy.lockoutMinutes }, commit: true });
  }
  return action === 'login_failed'
    ? new AppError('BAD_CREDENTIALS', { commit: true })
    : new AppError('VALIDATION', { fields: fields ?? {}, commit: true });
}

// A real scrypt hash of a random string, so a wrong login costs the same as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$2bq0Fh0p3mUrtq5tJ0vQk0Yk2r3wq0Lq4J0q9a0P8mI=';
