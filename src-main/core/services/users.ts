import { eq, sql } from 'drizzle-orm';
import type { ParsedInput, UserView } from '../api/contract';
import { pickLocale } from '../api/messages';
import type { Role } from '../api/roles';
import { isoNow } from '../clock';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { requireActor, type ServiceContext } from './context';
import { hashPassword } from './passwords';
import { newEntityStamp, nextChangeSeq } from './stamps';

type UserRow = typeof users.$inferSelect;

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    roles: JSON.parse(row.roles) as Role[],
    locale: pickLocale(row.locale),
  };
}

export function findUserByLogin(ctx: Pick<ServiceContext, 'db'>, login: string): UserRow | undefined {
  return ctx.db.select().from(users).where(sql`lower(${users.login}) = lower(${login})`).get();
}

export function createUser(
  ctx: ServiceContext,
  input: { login: string; fullName: string; password: string; roles: Role[]; locale: string },
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
  };
  ctx.db.insert(users).values(row).run();
  ctx.audit({
    entity: 'user',
    entityId: row.id,
    action: 'create',
    // The password hash is never written to the audit log; only the fact of it.
    changes: {
      login: [null, row.login],
      fullName: [null, row.fullName],
      roles: [null, input.roles],
      password: [null, '***'],
    },
  });
  return row;
}

export function setLocale(ctx: ServiceContext, input: ParsedInput<'users.setLocale'>): UserView {
  const actor = requireActor(ctx);
  const row = ctx.db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!row) throw new AppError('NOT_FOUND');
  if (row.locale !== input.locale) {
    ctx.db
      .update(users)
      .set({
        locale: input.locale,
        updatedAt: isoNow(ctx.clock),
        updatedBy: actor.userId,
        changeSeq: nextChangeSeq(ctx),
      })
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
