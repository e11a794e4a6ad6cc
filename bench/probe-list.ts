// Each input of the registry list's bench lines, timed on its own through the api, on an
// existing database (e.g. the one `npm run bench:scale -- --keep` leaves): which filter set or
// fragment sets a line's p95. Opening the database applies pending migrations.
//
//   npx tsx bench/probe-list.ts FILE [part-of-a-bench-name] [--iterations 20]

import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../src-main/core/db/database';
import { DatabaseHost } from '../src-main/core/db/host';
import { createRouter } from '../src-main/core/router/router';
import { migrationsFolder } from './install';
import { listCases, percentile, time } from './lists';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { iterations: { type: 'string', default: '20' } },
});
const [path, only] = positionals;

async function main() {
  if (!path) throw new Error('usage: bench/probe-list.ts FILE [bench] [--iterations N]');
  const app = await openAppDatabase({ path, migrationsFolder });
  const host = DatabaseHost.wrap(app, { migrationsFolder, backupDir: () => join(dirname(path), 'backups') });
  const router = createRouter({ host, door: 'cli' });
  // The benches' installs (bench/install.ts) share this administrator.
  const login = await router.call('auth.login', { login: 'admin', password: 'bench-password' });
  if (!login.ok) throw new Error(`sign-in failed: ${login.error.message}`);
  const session = (login.data as { sessionToken: string }).sessionToken;
  for (const c of listCases(app.sqlite)) {
    if (only && !c.bench.includes(only)) continue;
    for (const input of c.inputs) {
      let total = 0;
      const ms = await time(async () => {
        const r = await router.call('applicants.list', input, { session });
        if (!r.ok) throw new Error(r.error.message);
        total = (r.data as { total: number }).total;
      }, Number(values.iterations));
      console.log(
        JSON.stringify({
          bench: c.bench,
          input,
          total,
          p50_ms: percentile(ms, 50),
          max_ms: percentile(ms, 100),
        }),
      );
    }
  }
  host.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
