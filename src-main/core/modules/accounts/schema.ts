import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';

export const users = sqliteTable(
  'users',
  {
    ...entityColumns(),
    login: text('login').notNull(),
    fullName: text('full_name').notNull(),
    /** scrypt$N$r$p$salt$hash — parameters live beside the hash so they can be raised later. */
    passwordHash: text('password_hash').notNull(),
    /** JSON array of role codes; a user may hold several. */
    roles: text('roles').notNull(),
    locale: text('locale').notNull().default('kk'),
    disabledAt: text('disabled_at'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    /** Set when an administrator (re)sets the password: the user must choose their own next. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    lastLoginAt: text('last_login_at'),
  },
  (t) => [uniqueIndex('users_login_uq').on(sql`lower(${t.login})`)],
);
