import { join } from 'node:path';
import { openAppDatabase } from '../src-main/core/db/database';
import { DatabaseHost } from '../src-main/core/db/host';
import { resolveMigrationsFolder } from '../src-main/core/paths';
import { createRouter } from '../src-main/core/router/router';

// A fresh install for the benches: a database file in `dir`, set up for a district, with the
// administrator signed in through the cli door.

export const migrationsFolder = resolveMigrationsFolder(join(__dirname, 'x'));

export async function openInstall(dir: string, name: string, districtKato: string) {
  const app = await openAppDatabase({ path: join(dir, `${name}.sqlite`), migrationsFolder });
  const host = DatabaseHost.wrap(app, { migrationsFolder, backupDir: () => join(dir, `${name}-backups`) });
  const router = createRouter({ host, door: 'cli' });
  await router.call('setup.initialize', {
    officeName: name,
    districtKato,
    locale: 'ru',
    admin: { login: 'admin', fullName: 'Bench Admin', password: 'bench-password' },
  });
  const login = await router.call('auth.login', { login: 'admin', password: 'bench-password' });
  if (!login.ok) throw new Error('login failed');
  return { app, host, router, session: (login.data as { sessionToken: string }).sessionToken };
}

/** The same install opened again (after another process wrote to it), the administrator signed in. */
export async function reopenInstall(dir: string, name: string) {
  const app = await openAppDatabase({ path: join(dir, `${name}.sqlite`), migrationsFolder });
  const host = DatabaseHost.wrap(app, { migrationsFolder, backupDir: () => join(dir, `${name}-backups`) });
  const router = createRouter({ host, door: 'cli' });
  const login = await router.call('auth.login', { login: 'admin', password: 'bench-password' });
  if (!login.ok) throw new Error('login failed');
  return { app, host, router, session: (login.data as { sessionToken: string }).sessionToken };
}
