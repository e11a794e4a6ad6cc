import { join } from 'node:path';
import { openAppDatabase } from './src-main/core/db/database';
import { DatabaseHost } from './src-main/core/db/host';
import { resolveMigrationsFolder } from './src-main/core/paths';
import { createRouter } from './src-main/core/router/router';
const file = process.argv[2] ?? '/tmp/m1/qamqor.sqlite';
const migrationsFolder = resolveMigrationsFolder(join(process.cwd(), 'bench', 'x'));
const app = await openAppDatabase({ path: file, migrationsFolder });
const host = DatabaseHost.wrap(app, { migrationsFolder, backupDir: () => '/tmp/m1/backups' });
const router = createRouter({ host, door: 'cli' });
const st = await router.call('setup.status', {});
if (!(st as any).data.initialized)
  console.log(JSON.stringify(await router.call('setup.initialize', { officeName: 'B', districtKato: '196000000', locale: 'ru', admin: { login: 'admin', fullName: 'Bench Admin', password: 'bench-password' } })).slice(0, 200));
const login = await router.call('auth.login', { login: 'admin', password: 'bench-password' });
const session = (login as any).data.sessionToken;
const FR = ['алия','сарсен','бекова','иван','нурл','кызы','айгул','касым','ерлан ом','гульнар'];
const sets: Record<string, any[]> = {
  fragment: FR.map((query) => ({ query, sortBy: 'relevance' })),
  fragment_by_name: FR.map((query) => ({ query, sortBy: 'name' })),
  short_prefix: ['а','ка','ив','се','ж'].map((query) => ({ query, sortBy: 'relevance' })),
  as_you_type: ['с','са','сар','сарс','сарсе','сарсен','ж','жу','жум','жума','жумаб'].map((query) => ({ query, sortBy: 'relevance' })),
  filtered: ['1960','19602','19605','196071'].flatMap((katoPrefix) => [
    { katoPrefix, sex: 'F', sortBy: 'birthDate', sortDir: 'desc', page: 3, pageSize: 50 },
    { katoPrefix, sortBy: 'name', page: 1, pageSize: 50 },
    { katoPrefix, iprPending: true, pageSize: 50 },
  ]).concat([
    { reexamWithinDays: 30, sortBy: 'birthDate', pageSize: 50 },
    { disabilityCategory: 'adult', disabilityGroup: 1, pageSize: 50, page: 2 },
    { consentMissing: true, ageFrom: 60, ageTo: 80, pageSize: 50 },
    { portalDeadlineWithinDays: 14, pageSize: 50 },
    { activeCase: true, sortBy: 'name', pageSize: 50, page: 2 },
    { activeCase: true, katoPrefix: '1960', ageFrom: 18, pageSize: 50 },
  ]),
};
const only = process.argv[3];
for (const [name, inputs] of Object.entries(sets)) {
  if (only && !name.startsWith(only)) continue;
  const per: [string, number][] = [];
  for (let rep = 0; rep < 3; rep++)
    for (const input of inputs) {
      const t = performance.now();
      const r = await router.call('applicants.list', input, { session });
      const ms = performance.now() - t;
      if (!r.ok) console.log('FAIL', JSON.stringify(input), JSON.stringify(r.error));
      if (rep > 0) per.push([JSON.stringify(input), ms]);
    }
  const ms = per.map((p) => p[1]).sort((a, b) => a - b);
  console.log(name, 'p50', ms[Math.floor(ms.length / 2)]?.toFixed(1), 'p95', ms[Math.floor(ms.length * 0.95)]?.toFixed(1));
  for (const [i, m] of per.sort((a, b) => b[1] - a[1]).slice(0, 3)) console.log('   ', m.toFixed(1), i);
}
const caseInputs = [{}, { status: 'active' }, { status: 'in_service', sortDir: 'asc', page: 3 }, { query: 'сарсен' }, { query: '2026-001', sortBy: 'number' }];
if (!only || only === 'cases')
for (const input of caseInputs) {
  const t = performance.now();
  const r = await router.call('cases.list', input, { session });
  console.log('cases', (performance.now() - t).toFixed(1), JSON.stringify(input), r.ok ? (r as any).data.total : JSON.stringify(r.error));
}
