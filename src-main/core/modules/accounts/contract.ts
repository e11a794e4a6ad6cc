import { z } from 'zod';
import { ADMIN, def, locale } from '../../api/define';
import * as f from '../../api/fields';
import { ROLES } from '../../api/roles';

// Accounts and sessions: the first run, sign-in, the idle lock, passwords and the
// administrator's user management.

export const userView = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale,
});

export const meView = userView.extend({
  mustChangePassword: z.boolean(),
  idleLockMinutes: z.number().int(),
});

export const roleList = z.array(z.enum(ROLES)).min(1, { error: 'rolesEmpty' }).max(ROLES.length);

export const userAdminView = userView.extend({
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export const accountsContract = {
  'setup.status': def({
    kind: 'read',
    access: 'public',
    input: z.object({}),
    output: z.object({
      initialized: z.boolean(),
      /** The Russian name (kept for older screens); the header shows the one of its language. */
      officeName: z.string().nullable(),
      officeNameKk: z.string().nullable(),
      officeNameRu: z.string().nullable(),
      districtKato: z.string().nullable(),
    }),
  }),
  'setup.initialize': def({
    kind: 'write',
    access: 'public',
    input: z.object({
      /** The office's name in Russian. */
      officeName: f.shortText(200),
      /** In Kazakh; the Russian one stands in for it when absent (an administrator edits it later). */
      officeNameKk: f.optionalText(200),
      districtKato: f.katoCode,
      locale,
      admin: z.object({ login: f.login, fullName: f.shortText(150), password: f.newPassword }),
    }),
    output: z.object({ adminId: z.string() }),
  }),
  'auth.login': def({
    kind: 'write',
    access: 'public',
    input: z.object({ login: f.shortText(64), password: z.string().min(1, { error: 'required' }).max(200) }),
    output: z.object({ sessionToken: z.string(), user: meView }),
  }),
  'auth.logout': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({}),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.me': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({}),
    output: meView,
  }),
  'auth.lock': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({}),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.unlock': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({ password: z.string().min(1, { error: 'required' }).max(200) }),
    output: meView,
  }),
  'auth.changePassword': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({
      currentPassword: z.string().min(1, { error: 'required' }).max(200),
      newPassword: f.newPassword,
    }),
    output: meView,
  }),
  'users.list': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: z.object({ rows: z.array(userAdminView) }),
  }),
  'users.create': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({
      login: f.login,
      fullName: f.shortText(150),
      password: f.newPassword,
      roles: roleList,
      locale,
    }),
    output: userAdminView,
  }),
  'users.update': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid(), fullName: f.shortText(150), roles: roleList }),
    output: userAdminView,
  }),
  'users.setDisabled': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid(), disabled: z.boolean() }),
    output: userAdminView,
  }),
  'users.resetPassword': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid(), password: f.newPassword }),
    output: userAdminView,
  }),
  'users.unlock': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: z.string().uuid() }),
    output: userAdminView,
  }),
  'users.setLocale': def({
    kind: 'write',
    access: 'authenticated',
    input: z.object({ locale }),
    output: userView,
  }),
} as const;
