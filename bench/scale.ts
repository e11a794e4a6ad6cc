// Growth from a district to an oblast: for each size (default 100,000 and 1,000,000 people) the
// people are seeded into a few district databases, each exported as a full package, and the
// packages imported into one consolidation database in one run, as `qamqor import --db OBLAST
// P1 P2 P3 P4` does (each package its own transaction, the large tables' indexes built once after
// the last); then the registry's searches and pages and the register of applications are measured on
// that database through the api and as raw SQL. Each bench line prints the sizes side by side.
//
//   npm run bench:scale -- [--sizes 100000,1000000] [--districts 4] [--iterations 200] [--keep]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Router } from '../src-main/core/router/router';
import { openInstall, reopenInstall } from './install';
import { listCases, measureCases, measureList } from './lists';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    districts: { type: 'string', default: '4' },
    iterations: { type: 'string', default: '200' },
    /** Keep the consolidation database (its path is printed) for a closer look. */
    keep: { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const DISTRICTS = Number(values.districts);
const ITER = Number(values.iterations);

async function must<T>(router: Router, session: string, name: string, input: unknown): Promise<T> {
  const r = await router.call(name, input, { session });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.data as T;
}

type Figures = Record<string, number>;
const lines = new Map<string, Map<number, Figures>>();
const put = (bench: string, n: number, f: Figures) => {
  const m = lines.get(bench) ?? new Map<number, Figures>();
  m.set(n, f);
  lines.set(bench, m);
};

async function atSize(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'qamqor-scale-'));
  const oblast = await openInstall(dir, 'oblast', '190000000');
  const per = Math.ceil(n / DISTRICTS);
  let seedMs = 0;
  let exportMs = 0;
  const packages: string[] = [];
  for (let d = 0; d < DISTRICTS; d++) {
    // Districts 1960…, 1962…, …: the first is the one the list's KATO filters name.
    const kato = `19${60 + 2 * d}00000`;
    const district = await openInstall(dir, `district-${d}`, kato);
    let t = performance.now();
    await must(district.router, district.session, 'maintenance.seed', { applicants: per, seed: 11 + d });
    seedMs += performance.now() - t;
    const keys = await must<{ districtKey: { content: string } }>(
      district.router,
      district.session,
      'exchange.keys',
      {},
    );
    await must(oblast.router, oblast.session, 'exchange.trust', { content: keys.districtKey.content });
    t = performance.now();
    const pkg = await must<{ path: string; rows: number }>(
      district.router,
      district.session,
      'exchange.exportTo',
      {
        full: true,
        outDir: join(dir, 'packages'),
      },
    );
    exportMs += performance.now() - t;
    district.host.close();
    rmSync(join(dir, `district-${d}.sqlite`), { force: true });
    packages.push(pkg.path);
  }
  // The packages imported as `qamqor import --db OBLAST P1 P2 P3 P4` does: one run, each package
  // its own transaction, the large tables' indexes built once after the last; in a process of its
  // own (bench/scale-import.ts), so its memory is the import's alone.
  oblast.host.close();
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, join(__dirname, 'scale-import.ts'), dir, 'oblast', ...packages],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`scale-import.ts failed: ${child.stderr}`);
  const imported = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as {
    per_package_ms: number[];
    finish_ms: number;
    rows: number;
    peak_rss_mb: number;
  };
  for (const path of packages) rmSync(path, { force: true });
  const importMs = imported.per_package_ms.reduce((a, b) => a + b, 0) + imported.finish_ms;
  Object.assign(oblast, await reopenInstall(dir, 'oblast'));
  const people = oblast.app.sqlite.prepare('SELECT count(*) FROM applicants').pluck().get() as number;
  put('exchange_consolidation_seed', n, { total_ms: Math.round(seedMs), districts: DISTRICTS });
  put('exchange_consolidation_export', n, { total_ms: Math.round(exportMs) });
  put('exchange_consolidation_import', n, {
    total_ms: Math.round(importMs),
    finish_ms: imported.finish_ms,
    slowest_package_ms: Math.max(...imported.per_package_ms),
    rows: imported.rows,
    people,
    peak_rss_mb: imported.peak_rss_mb,
  });
  const target = { router: oblast.router, session: oblast.session, app: oblast.app };
  for (const c of listCases(oblast.app.sqlite))
    put(`exchange_consolidated_${c.bench}`, n, await measureList(target, c.inputs, ITER));
  put('exchange_consolidated_cases_register_page', n, await measureCases(target, ITER));
  oblast.host.close();
  if (values.keep) console.error(`kept: ${join(dir, 'oblast.sqlite')}`);
  else rmSync(dir, { recursive: true, force: true });
}

async function main() {
  for (const n of SIZES) await atSize(n);
  for (const [bench, bySize] of lines) {
    const sizes = [...bySize.keys()];
    const keys = [...new Set([...bySize.values()].flatMap((f) => Object.keys(f)))];
    // One line per bench, each figure an array in the order of `n`.
    const out: Record<string, unknown> = { bench, n: sizes };
    for (const k of keys) out[k] = sizes.map((s) => bySize.get(s)?.[k] ?? null);
    console.log(JSON.stringify(out));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
