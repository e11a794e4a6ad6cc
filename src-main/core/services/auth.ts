import type { Output, ParsedInput } from '../api/contract';
import { pickLocale } from '../api/messages';
import { AppError } from '../errors';
import { requireActor, type ServiceContext } from './context';
import { verifyPassword } from './passwords';
import { isInitialized } from './setup';
import { findUserByLogin, toUserView } from './users';

// Lockout after repeated failures and idle lock come with the accounts issue; this is the
// minimal login every door needs so the router always knows who acts.

export function login(ctx: ServiceContext, input: ParsedInput<'auth.login'>): Output<'auth.login'> {
  if (!isInitialized(ctx)) throw new AppError('NOT_INITIALIZED');
  const row = findUserByLogin(ctx, input.login);
  // Verify even for an unknown login so timing does not reveal which logins exist.
  const ok = verifyPassword(input.password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok) throw new AppError('BAD_CREDENTIALS');
  if (row.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  const user = toUserView(row);
  const sessionToken = ctx.openSession({
    userId: user.id,
    login: user.login,
    fullName: user.fullName,
    roles: user.roles,
    locale: user.locale,
  });
  ctx.audit({
    entity: 'user',
    entityId: user.id,
    action: 'login',
    actor: { id: user.id, login: user.login },
  });
  return { sessionToken, user };
}

export function logout(ctx: ServiceContext): Output<'auth.logout'> {
  const actor = requireActor(ctx);
  ctx.audit({ entity: 'user', entityId: actor.userId, action: 'logout' });
  ctx.closeSession();
  return { ok: true };
}

export function me(ctx: ServiceContext): Output<'auth.me'> {
  const actor = requireActor(ctx);
  return {
    id: actor.userId,
    login: actor.login,
    fullName: actor.fullName,
    roles: actor.roles,
    locale: pickLocale(actor.locale),
  };
}

// A real scrypt hash of a random string, so a wrong login costs the same as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$2bq0Fh0p3mUrtq5tJ0vQk0Yk2r3wq0Lq4J0q9a0P8mI=';
