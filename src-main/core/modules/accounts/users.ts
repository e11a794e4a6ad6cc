import { eq, sql } from 'drizzle-orm';
import type { Output, ParsedInput, UserView } from '../../api/contract';
import { pickLocale } from '../../api/messages';
import type { Role } from '../../api/roles';
import { isoNow } from '../../clock';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import type { Actor } from '../../shared/sessions';
import { newEntityStamp, updateStamp } from '../../shared/stamps';
import { hashPassword } from './passwords';
import { users } from './schema';

// Accounts: the administrator's user management, and the lookups login needs.

export type UserRow = typeof users.$inferSelect;

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    roles: parseRoles(row.roles),
    locale: pickLocale(row.locale),
  };
}

export function toActor(row: UserRow): Actor {
  return {
    userId: row.id,
    login: row.login,
    fullName: row.fullName,
    roles: parseRoles(row.roles),
    locale: pickLocale(row.locale),
    mustChangePassword: row.mustChangePassword,
  };
}

const parseRoles = (json: string) => JSON.parse(json) as Role[];

export function findUserByLogin(ctx: Pick<ServiceContext, 'db'>, login: string): UserRow | undefined {
  return ctx.db.select().from(users).where(sql`lower(${users.login}) = lower(${login})`).get();
}

export function findUserById(ctx: Pick<ServiceContext, 'db'>, id: string): UserRow | undefined {
  return ctx.db.select().from(users).where(eq(users.id, id)).get();
}

function requireUser(ctx: ServiceContext, id: string): UserRow {
  const row = findUserById(ctx, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function createUser(
  ctx: ServiceContext,
  input: {
    login: string;
    fullName: string;
    password: string;
    roles: Role[];
    locale: string;
    mustChangePassword?: boolean;
  },
): UserRow {
  if (findUserByLogin(ctx, input.login)) {
    throw new AppError('CONFLICT_LOGIN', { fields: { login: 'loginTaken' } });
  }
  const row: UserRow = {
    ...newEntityStamp(ctx),
    login: input.login,
    fullName: input.fullName,
    passwordHash: hashPassword(input.password),
    roles: JSON.stringify(input.roles),
    locale: pickLocale(input.locale),
    disabledAt: null,
    failedAttempts: 0,
    lockedUntil: null,
    mustChangePassword: input.mustChangePassword ?? false,
    lastLoginAt: null,
  };
  ctx.db.insert(users).values(row).run();
  ctx.audit({
    entity: 'user',
    entityId: row.id,
    action: 'create',
    // The password is never written to the audit log, only the fact that one was set.
    changes: {
      login: [null, row.login],
      fullName: [null, row.fullName],
      roles: [null, input.roles],
      password: [null, '***'],
    },
  });
  return row;
}

export function toAdminView(row: UserRow, now: string): Output<'users.list'>['rows'][number] {
  return {
    ...toUserView(row),
    disabled: row.disabledAt !== null,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

export function listUsers(ctx: ServiceContext): Output<'users.list'> {
  const now = isoNow(ctx.clock);
  const rows = ctx.db.select().from(users).orderBy(sql`lower(${users.login})`).all();
  return { rows: rows.map((r) => toAdminView(r, now)) };
}

export function adminCreateUser(
  ctx: ServiceContext,
  input: ParsedInput<'users.create'>,
): Output<'users.create'> {
  // A password chosen by the administrator is a temporary one: the user replaces it at first login.
  const row = createUser(ctx, { ...input, mustChangePassword: true });
  return toAdminView(row, isoNow(ctx.clock));
}

export function updateUser(ctx: ServiceContext, input: ParsedInput<'users.update'>): Output<'users.update'> {
  const row = requireUser(ctx, input.id);
  const before = parseRoles(row.roles);
  if (before.includes('admin') && !input.roles.includes('admin')) ensureAnotherAdmin(ctx, row.id);
  const changes: Record<string, [unknown, unknown]> = {};
  if (row.fullName !== input.fullName) changes.fullName = [row.fullName, input.fullName];
  if (JSON.stringify([...before].sort()) !== JSON.stringify([...input.roles].sort())) {
    changes.roles = [before, input.roles];
  }
  if (Object.keys(changes).length === 0) return toAdminView(row, isoNow(ctx.clock));
  const next = { ...row, fullName: input.fullName, roles: JSON.stringify(input.roles), ...updateStamp(ctx) };
  ctx.db.update(users).set(next).where(eq(users.id, row.id)).run();
  // Roles take effect at once, in every open session of that user.
  ctx.sessions.updateUser(row.id, { roles: input.roles, fullName: input.fullName });
  ctx.audit({ entity: 'user', entityId: row.id, action: 'update', changes });
  return toAdminView(next, isoNow(ctx.clock));
}

export function setDisabled(
  ctx: ServiceContext,
  input: ParsedInput<'users.setDisabled'>,
): Output<'users.setDisabled'> {
  const row = requireUser(ctx, input.id);
  const disabledAt = input.disabled ? (row.disabledAt ?? isoNow(ctx.clock)) : null;
  if (input.disabled && parseRoles(row.roles).includes('admin')) ensureAnotherAdmin(ctx, row.id);
  if ((row.disabledAt !== null) === input.disabled) return toAdminView(row, isoNow(ctx.clock));
  const next = { ...row, disabledAt, ...updateStamp(ctx) };
  ctx.db.update(users).set(next).where(eq(users.id, row.id)).run();
  if (input.disabled) ctx.sessions.closeUser(row.id);
  ctx.audit({
    entity: 'user',
    entityId: row.id,
    action: input.disabled ? 'disable' : 'enable',
    changes: { disabledAt: [row.disabledAt, disabledAt] },
  });
  return toAdminView(next, isoNow(ctx.clock));
}

export function resetPassword(
  ctx: ServiceContext,
  input: ParsedInput<'users.resetPassword'>,
): Output<'users.resetPassword'> {
  const row = requireUser(ctx, input.id);
  const next = {
    ...row,
    passwordHash: hashPassword(input.password),
    mustChangePassword: true,
    failedAttempts: 0,
    lockedUntil: null,
    ...updateStamp(ctx),
  };
  ctx.db.update(users).set(next).where(eq(users.id, row.id)).run();
  ctx.sessions.closeUser(row.id, row.id === requireActor(ctx).userId ? ctx.session : undefined);
  ctx.audit({
    entity: 'user',
    entityId: row.id,
    action: 'reset_password',
    changes: { password: ['***', '***'] },
  });
  return toAdminView(next, isoNow(ctx.clock));
}

export function unlockUser(ctx: ServiceContext, input: ParsedInput<'users.unlock'>): Output<'users.unlock'> {
  const row = requireUser(ctx, input.id);
  const next = { ...row, failedAttempts: 0, lockedUntil: null };
  ctx.db.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, row.id)).run();
  ctx.audit({
    entity: 'user',
    entityId: row.id,
    action: 'unlock_account',
    changes: { lockedUntil: [row.lockedUntil, null] },
  });
  return toAdminView(next, isoNow(ctx.clock));
}

export function setLocale(ctx: ServiceContext, input: ParsedInput<'users.setLocale'>): UserView {
  const actor = requireActor(ctx);
  const row = ctx.db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!row) throw new AppError('NOT_FOUND');
  if (row.locale !== input.locale) {
    ctx.db
      .update(users)
      .set({ locale: input.locale, ...updateStamp(ctx) })
      .where(eq(users.id, row.id))
      .run();
    ctx.audit({
      entity: 'user',
      entityId: row.id,
      action: 'update',
      changes: { locale: [row.locale, input.locale] },
    });
  }
  ctx.updateSession({ locale: input.locale });
  return toUserView({ ...row, locale: input.locale });
}

/** An office must always keep one enabled administrator, or nobody could manage accounts. */
function ensureAnotherAdmin(ctx: ServiceContext, exceptId: string): void {
  const others = ctx.db
    .select({ id: users.id, roles: users.roles })
    .from(users)
    .where(sql`${users.disabledAt} IS NULL AND ${users.id} <> ${exceptId}`)
    .all();
  if (!others.some((u) => parseRoles(u.roles).includes('admin'))) throw new AppError('LAST_ADMIN');
}
