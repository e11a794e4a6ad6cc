import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Door } from '../../src-main/core/api/roles';
import type { Clock } from '../../src-main/core/clock';
import { type AppDatabase, openAppDatabase } from '../../src-main/core/db/database';
import { DatabaseHost } from '../../src-main/core/db/host';
import { createRouter, type Router } from '../../src-main/core/router/router';
import { MIGRATIONS, tempDir } from './paths';

export interface TestApp {
  app: AppDatabase;
  host: DatabaseHost;
  router: Router;
  dir: string;
  /** Session token of the administrator created by setup. */
  admin: string;
  close(): void;
  /** Calls a procedure (as the administrator unless a session is given) and unwraps its data. */
  call<T>(name: string, input: unknown, session?: string): Promise<T>;
}

/** A real SQLite file in a temp folder, real migrations, the real router — first run done. */
/** A clock the test moves by hand (lockout minutes, idle lock, retention days). */
export function manualClock(start = new Date('2026-11-20T09:00:00Z')) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export async function makeTestApp(
  opts: { door?: Door; initialize?: boolean; clock?: Clock } = {},
): Promise<TestApp> {
  const dir = tempDir();
  const app = await openAppDatabase({ path: join(dir, 'qamqor.sqlite'), migrationsFolder: MIGRATIONS });
  const host = DatabaseHost.wrap(app, {
    migrationsFolder: MIGRATIONS,
    backupDir: () => join(dir, 'backups'),
  });
  const router = createRouter({
    host,
    door: opts.door ?? 'web',
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  let admin = '';
  if (opts.initialize !== false) {
    const init = await router.call('setup.initialize', {
      officeName: 'Отдел занятости и социальных программ Талгарского района',
      districtKato: '196000000',
      locale: 'ru',
      admin: { login: 'admin', fullName: 'Әлия Серікқызы', password: 'correct horse 1' },
    });
    if (!init.ok) throw new Error(`setup failed: ${JSON.stringify(init.error)}`);
    const login = await router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
    if (!login.ok) throw new Error(`login failed: ${JSON.stringify(login.error)}`);
    admin = (login.data as { sessionToken: string }).sessionToken;
  }
  return {
    app,
    host,
    router,
    dir,
    admin,
    close: () => host.close(),
    call: async (name, input, session = admin) => {
      const r = await router.call(name, input, { session });
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${JSON.stringify(r.error.fields ?? {})}`);
      return r.data as never;
    },
  };
}

/**
 * A new user with these roles, signed in with their own password (an administrator-set one must
 * be replaced first): the user's id, session and a fresh login for after the clock moves.
 */
export async function userSession(app: TestApp, login: string, roles: readonly string[]) {
  const temporary = 'temporary-pass-1';
  const own = 'own-password-22';
  const user = await app.call<{ id: string }>('users.create', {
    login,
    fullName: `Пайдаланушы ${login}`,
    password: temporary,
    roles,
    locale: 'ru',
  });
  const signIn = async (password: string) => {
    const r = await app.router.call('auth.login', { login, password });
    if (!r.ok) throw new Error(`login ${login}: ${r.error.code}`);
    return (r.data as { sessionToken: string }).sessionToken;
  };
  const first = await signIn(temporary);
  await app.call('auth.changePassword', { currentPassword: temporary, newPassword: own }, first);
  return { id: user.id, session: await signIn(own), relogin: () => signIn(own) };
}

/**
 * Test apps at the cli door (the exchange's own door) made by `app()` and closed after each test;
 * `closeNow` closes one early (a process that ends mid-run) and keeps it off that list.
 */
export function cliAppsPerTest() {
  const open = new Set<TestApp>();
  afterEach(() => {
    for (const a of open) a.close();
    open.clear();
  });
  return {
    app: async (opts: { clock?: Clock } = {}) => {
      const a = await makeTestApp({ door: 'cli', ...opts });
      open.add(a);
      return a;
    },
    closeNow: (a: TestApp) => {
      open.delete(a);
      a.close();
    },
  };
}
