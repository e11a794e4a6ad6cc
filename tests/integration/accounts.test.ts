import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Door, Role } from '../../src-main/core/api/roles';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// Accounts through the real router over a real SQLite file: who may do what, lockout, the
// idle lock, password changes and what an administrator can do to other accounts.

let t: TestApp;
afterEach(() => t?.close());

const MINUTE = 60_000;

async function addUser(app: TestApp, login: string, roles: Role[], password = 'temporary-pass-1') {
  const user = await app.call<{ id: string; mustChangePassword: boolean }>('users.create', {
    login,
    fullName: `Пайдаланушы ${login}`,
    password,
    roles,
    locale: 'kk',
  });
  return user;
}

/** Logs in with an administrator-set password and replaces it, as a new user must. */
async function signInFirstTime(app: TestApp, login: string, password = 'temporary-pass-1') {
  const r = await app.router.call('auth.login', { login, password });
  if (!r.ok) throw new Error(r.error.code);
  const session = (r.data as { sessionToken: string }).sessionToken;
  const blocked = await app.router.call('applicants.list', {}, { session });
  expect(blocked.ok ? 'ok' : blocked.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  await app.call(
    'auth.changePassword',
    { currentPassword: password, newPassword: `${password}-own` },
    session,
  );
  return session;
}

// One representative procedure per area, and — written out by hand, not derived from the
// contract — which roles may call it. A change to the contract's access lists fails here.
const AREAS: { procedure: string; input: unknown; allowed: Role[]; notFoundMeansAllowed?: boolean }[] = [
  { procedure: 'applicants.list', input: {}, allowed: ['admin', 'caseworker', 'head', 'auditor'] },
  {
    procedure: 'applicants.create',
    input: {
      iin: '850715300013',
      lastName: 'Сәрсенбаева',
      firstName: 'Әлия',
      birthDate: '1985-07-15',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар',
    },
    allowed: ['admin', 'caseworker', 'head'],
  },
  // Personal data to a file: not for the auditor, who reads the registry but hands nothing on.
  { procedure: 'applicants.export', input: {}, allowed: ['admin', 'caseworker', 'head'] },
  { procedure: 'cases.list', input: {}, allowed: ['admin', 'caseworker', 'head', 'auditor'] },
  { procedure: 'users.list', input: {}, allowed: ['admin'] },
  { procedure: 'casework.approvalQueue', input: {}, allowed: ['admin', 'caseworker', 'head', 'auditor'] },
  // Only a head approves the akimat's decisions (and never their own: casework.test.ts).
  {
    procedure: 'casework.approveDecision',
    input: { id: '01900000-0000-7000-8000-000000000000' },
    allowed: ['head'],
    notFoundMeansAllowed: true,
  },
  { procedure: 'specialists.list', input: {}, allowed: ['admin', 'caseworker', 'head', 'auditor'] },
  // The register itself (no personal data) also for the accountant and the commission.
  {
    procedure: 'providers.list',
    input: {},
    allowed: [
      'admin',
      'caseworker',
      'head',
      'auditor',
      'accountant',
      'commission_secretary',
      'commission_member',
    ],
  },
  // Who is in service with a provider is personal data: the registry's readers only.
  {
    procedure: 'providers.recipients',
    input: { id: '01900000-0000-7000-8000-000000000000' },
    allowed: ['admin', 'caseworker', 'head', 'auditor'],
    notFoundMeansAllowed: true,
  },
  // Pay: the accountant reads and pays the month; a head confirms the timesheet.
  {
    procedure: 'caregivers.payroll',
    input: { month: '2026-11' },
    allowed: ['admin', 'caseworker', 'head', 'auditor', 'accountant'],
  },
  {
    procedure: 'caregivers.confirmTimesheet',
    input: { id: '01900000-0000-7000-8000-000000000000' },
    allowed: ['admin', 'head'],
    notFoundMeansAllowed: true,
  },
  // The complaints commission: the secretary registers and prepares, members vote on their
  // meetings' complaints, the head signs; the auditor reads; caseworkers are not part of it.
  {
    procedure: 'complaints.queue',
    input: {},
    allowed: ['admin', 'head', 'commission_secretary', 'commission_member', 'auditor'],
  },
  {
    procedure: 'complaints.register',
    input: { providerId: '01900000-0000-7000-8000-000000000000' },
    allowed: ['admin', 'commission_secretary'],
    notFoundMeansAllowed: true,
  },
  {
    procedure: 'complaints.vote',
    input: { id: '01900000-0000-7000-8000-000000000000', vote: 'uphold' },
    allowed: ['head', 'commission_secretary', 'commission_member'],
    notFoundMeansAllowed: true,
  },
  {
    procedure: 'complaints.sign',
    input: { id: '01900000-0000-7000-8000-000000000000' },
    allowed: ['head'],
    notFoundMeansAllowed: true,
  },
  // Bills: the accountant reads them and confirms the month with the provider's act.
  {
    procedure: 'providers.bill',
    input: { providerId: '01900000-0000-7000-8000-000000000000', month: '2026-11' },
    allowed: ['admin', 'caseworker', 'head', 'auditor', 'accountant'],
    notFoundMeansAllowed: true,
  },
  {
    procedure: 'providers.confirmBill',
    input: { providerId: '01900000-0000-7000-8000-000000000000', month: '2026-11', actAmount: 1 },
    allowed: ['admin', 'head', 'accountant'],
    notFoundMeansAllowed: true,
  },
  { procedure: 'audit.list', input: {}, allowed: ['admin', 'auditor'] },
  { procedure: 'settings.get', input: {}, allowed: ['admin'] },
  { procedure: 'backups.list', input: {}, allowed: ['admin'] },
  { procedure: 'maintenance.seed', input: { applicants: 1 }, allowed: ['admin'] },
  {
    procedure: 'auth.me',
    input: {},
    allowed: [
      'admin',
      'caseworker',
      'head',
      'commission_secretary',
      'commission_member',
      'accountant',
      'auditor',
    ],
  },
];
const ALL_ROLES: Role[] = [
  'admin',
  'caseworker',
  'head',
  'commission_secretary',
  'commission_member',
  'accountant',
  'auditor',
];

describe.each<Door>(['electron', 'web', 'cli'])('role matrix through the %s door', (door) => {
  it('allows exactly the roles each area names and refuses the rest', async () => {
    t = await makeTestApp({ door });
    const sessions = new Map<Role, string>();
    for (const role of ALL_ROLES) {
      await addUser(t, `user.${role}`, [role]);
      sessions.set(role, await signInFirstTime(t, `user.${role}`));
    }
    const seen: string[] = [];
    for (const area of AREAS) {
      for (const role of ALL_ROLES) {
        const r = await t.router.call(area.procedure, area.input, { session: sessions.get(role) });
        const expected = area.allowed.includes(role);
        const outcome = r.ok ? 'allowed' : r.error.code;
        // A second create of the same IIN by another allowed role conflicts — still "allowed".
        const allowed =
          r.ok ||
          (!r.ok && r.error.code === 'CONFLICT_IIN') ||
          // A write on a record that does not exist got past the role check.
          // (or with an input the service itself then refuses).
          (!r.ok && ['NOT_FOUND', 'VALIDATION'].includes(r.error.code) && !!area.notFoundMeansAllowed);
        seen.push(`${area.procedure}:${role}:${allowed ? 'allowed' : outcome}`);
        expect(allowed, `${role} → ${area.procedure}: ${outcome}`).toBe(expected);
        if (!expected) expect(outcome).toBe('FORBIDDEN');
      }
    }
    expect(seen).toHaveLength(AREAS.length * ALL_ROLES.length);
  });
});

describe('accounts', () => {
  it('locks an account after the configured failures, keeps the count in the audit log and lets it in after the lockout', async () => {
    const clock = manualClock();
    t = await makeTestApp({ clock });
    await addUser(t, 'kairat', ['caseworker']);
    await signInFirstTime(t, 'kairat');
    await t.call('settings.setSecurity', {
      lockoutAttempts: 3,
      lockoutMinutes: 20,
      idleLockMinutes: 15,
      sessionHours: 8,
    });

    const wrong = () =>
      t.router.call('auth.login', { login: 'kairat', password: 'not-it' }, { locale: 'ru' });
    expect((await wrong()).ok ? 'ok' : 'BAD_CREDENTIALS').toBe('BAD_CREDENTIALS');
    const second = await wrong();
    expect(second.ok ? '' : second.error.code).toBe('BAD_CREDENTIALS');
    const third = await wrong();
    expect(third.ok ? '' : third.error.code).toBe('ACCOUNT_LOCKED');
    expect(third.ok ? '' : third.error.message).toContain('20 мин');

    // Even the right password is refused while locked.
    const right = await t.router.call('auth.login', { login: 'kairat', password: 'temporary-pass-1-own' });
    expect(right.ok ? '' : right.error.code).toBe('ACCOUNT_LOCKED');
    const listed = await t.call<{ rows: { login: string; lockedUntil: string | null }[] }>('users.list', {});
    expect(listed.rows.find((u) => u.login === 'kairat')?.lockedUntil).not.toBeNull();

    // The failed attempts were committed although the calls failed.
    const audit = await t.call<{ rows: { action: string }[] }>('audit.list', { entity: 'user' });
    const actions = audit.rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'login_failed')).toHaveLength(2);
    expect(actions).toContain('locked_out');

    // A login nobody has is refused the same way and recorded without the name typed.
    const unknown = await t.router.call('auth.login', { login: 'my-secret-pass', password: 'x' });
    expect(unknown.ok ? '' : unknown.error.code).toBe('BAD_CREDENTIALS');
    const db = join(t.dir, 'qamqor.sqlite');
    const entry = execFileSync(
      'sqlite3',
      [
        db,
        "SELECT actor_login || '|' || coalesce(entity_id, '-') || '|' || coalesce(changes, '-') FROM audit_log WHERE action = 'login_unknown'",
      ],
      { encoding: 'utf8' },
    ).trim();
    expect(entry).toBe('web:anonymous|-|-');
    expect(
      execFileSync(
        'sqlite3',
        [
          db,
          "SELECT count(*) FROM audit_log WHERE actor_login LIKE '%my-secret%' OR changes LIKE '%my-secret%'",
        ],
        { encoding: 'utf8' },
      ).trim(),
    ).toBe('0');

    clock.advance(21 * MINUTE);
    const later = await t.router.call('auth.login', { login: 'kairat', password: 'temporary-pass-1-own' });
    expect(later.ok).toBe(true);
  });

  it('audits attempts on a locked account, and counts a wrong current password toward the lockout', async () => {
    t = await makeTestApp();
    await addUser(t, 'saule', ['caseworker']);
    const session = await signInFirstTime(t, 'saule');
    // Guessing through "change password" is refused, recorded and counted like a wrong login.
    const guess = (currentPassword: string) =>
      t.router.call(
        'auth.changePassword',
        { currentPassword, newPassword: 'a-brand-new-one-9' },
        { session, locale: 'ru' },
      );
    const first = await guess('guess-number-1');
    expect(first.ok ? '' : first.error.fields?.currentPassword).toBe('Текущий пароль: неверный пароль');
    for (let i = 2; i <= 4; i++) await guess(`guess-number-${i}`);
    const fifth = await guess('guess-number-5');
    expect(fifth.ok ? '' : fifth.error.code).toBe('ACCOUNT_LOCKED');
    const actions = () =>
      execFileSync(
        'sqlite3',
        [join(t.dir, 'qamqor.sqlite'), "SELECT action FROM audit_log WHERE entity = 'user' ORDER BY seq"],
        { encoding: 'utf8' },
      )
        .trim()
        .split('\n');
    expect(actions().filter((a) => a === 'change_password_failed')).toHaveLength(4);
    expect(actions()).toContain('locked_out');
    // The session ended with the lockout; a login on the locked account is refused and recorded.
    const again = await t.router.call('auth.login', { login: 'saule', password: 'temporary-pass-1-own' });
    expect(again.ok ? '' : again.error.code).toBe('ACCOUNT_LOCKED');
    expect(actions().filter((a) => a === 'login_while_locked')).toHaveLength(1);
  });

  it('lets an administrator unlock a locked account at once', async () => {
    t = await makeTestApp();
    const user = await addUser(t, 'dana', ['caseworker']);
    for (let i = 0; i < 5; i++)
      await t.router.call('auth.login', { login: 'dana', password: 'wrong-password' });
    const locked = await t.router.call('auth.login', { login: 'dana', password: 'temporary-pass-1' });
    expect(locked.ok ? '' : locked.error.code).toBe('ACCOUNT_LOCKED');
    await t.call('users.unlock', { id: user.id });
    expect((await t.router.call('auth.login', { login: 'dana', password: 'temporary-pass-1' })).ok).toBe(
      true,
    );
  });

  it('locks an idle session on the server, unlocks it only with the password, and ends it after the session hours', async () => {
    const clock = manualClock();
    t = await makeTestApp({ clock });
    await addUser(t, 'aigul', ['caseworker']);
    const session = await signInFirstTime(t, 'aigul');
    expect((await t.router.call('applicants.list', {}, { session })).ok).toBe(true);

    clock.advance(16 * MINUTE);
    const idle = await t.router.call('applicants.list', {}, { session, locale: 'kk' });
    expect(idle.ok ? '' : idle.error.code).toBe('SESSION_LOCKED');
    expect(idle.ok ? '' : idle.error.message).toContain('бұғатталған');

    const bad = await t.router.call('auth.unlock', { password: 'guess' }, { session, locale: 'ru' });
    expect(bad.ok ? '' : bad.error.fields?.password).toBe('Пароль: неверный пароль');
    expect((await t.router.call('applicants.list', {}, { session })).ok).toBe(false);

    expect((await t.router.call('auth.unlock', { password: 'temporary-pass-1-own' }, { session })).ok).toBe(
      true,
    );
    expect((await t.router.call('applicants.list', {}, { session })).ok).toBe(true);

    // Asked for by the renderer when its own idle timer fires.
    await t.call('auth.lock', {}, session);
    const manual = await t.router.call('auth.me', {}, { session });
    expect(manual.ok ? '' : manual.error.code).toBe('SESSION_LOCKED');
    await t.call('auth.unlock', { password: 'temporary-pass-1-own' }, session);

    clock.advance(9 * 60 * MINUTE);
    const expired = await t.router.call('auth.me', {}, { session });
    expect(expired.ok ? '' : expired.error.code).toBe('UNAUTHENTICATED');
  });

  it('disables and re-enables a user, ending their sessions, and never disables the last administrator', async () => {
    t = await makeTestApp();
    const user = await addUser(t, 'marat', ['caseworker', 'head']);
    const session = await signInFirstTime(t, 'marat');
    await t.call('users.setDisabled', { id: user.id, disabled: true });
    const after = await t.router.call('auth.me', {}, { session });
    expect(after.ok ? '' : after.error.code).toBe('UNAUTHENTICATED');
    const login = await t.router.call('auth.login', { login: 'marat', password: 'temporary-pass-1-own' });
    expect(login.ok ? '' : login.error.code).toBe('ACCOUNT_DISABLED');
    await t.call('users.setDisabled', { id: user.id, disabled: false });
    expect((await t.router.call('auth.login', { login: 'marat', password: 'temporary-pass-1-own' })).ok).toBe(
      true,
    );

    const me = await t.call<{ id: string }>('auth.me', {});
    const self = await t.router.call(
      'users.setDisabled',
      { id: me.id, disabled: true },
      { session: t.admin },
    );
    expect(self.ok ? '' : self.error.code).toBe('LAST_ADMIN');
    const demote = await t.router.call(
      'users.update',
      { id: me.id, fullName: 'Әкімші', roles: ['caseworker'] },
      { session: t.admin },
    );
    expect(demote.ok ? '' : demote.error.code).toBe('LAST_ADMIN');
  });

  it('applies role changes to open sessions at once and makes a reset password temporary', async () => {
    t = await makeTestApp();
    const user = await addUser(t, 'gulnar', ['auditor']);
    const session = await signInFirstTime(t, 'gulnar');
    const before = await t.router.call(
      'applicants.create',
      {
        iin: '850715300013',
        lastName: 'Ким',
        firstName: 'Ольга',
        birthDate: '1985-07-15',
        sex: 'F',
        katoCode: '196020100',
        address: 'Талгар',
      },
      { session },
    );
    expect(before.ok ? '' : before.error.code).toBe('FORBIDDEN');
    await t.call('users.update', { id: user.id, fullName: 'Гүлнар Ахметова', roles: ['caseworker'] });
    const now = await t.router.call(
      'applicants.create',
      {
        iin: '850715300013',
        lastName: 'Ким',
        firstName: 'Ольга',
        birthDate: '1985-07-15',
        sex: 'F',
        katoCode: '196020100',
        address: 'Талгар',
      },
      { session },
    );
    expect(now.ok).toBe(true);

    const wrongCurrent = await t.router.call(
      'auth.changePassword',
      { currentPassword: 'nope', newPassword: 'another-pass-2' },
      { session, locale: 'kk' },
    );
    expect(wrongCurrent.ok ? '' : wrongCurrent.error.fields?.currentPassword).toBe(
      'Қазіргі құпиясөз: құпиясөз қате',
    );

    await t.call('users.resetPassword', { id: user.id, password: 'reset-by-admin-1' });
    const ended = await t.router.call('auth.me', {}, { session });
    expect(ended.ok ? '' : ended.error.code).toBe('UNAUTHENTICATED');
    await signInFirstTime(t, 'gulnar', 'reset-by-admin-1');

    // No password, hash or salt ever reaches the audit log.
    const raw = t.app.sqlite.prepare('SELECT group_concat(changes) AS c FROM audit_log').get() as {
      c: string;
    };
    for (const secret of ['temporary-pass-1', 'reset-by-admin-1', 'scrypt$'])
      expect(raw.c).not.toContain(secret);
  });
});
