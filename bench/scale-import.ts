// The oblast's import in a process of its own, as `qamqor import --db OBLAST P1 P2 P3 P4` runs on
// the oblast's workstation: bench/scale.ts seeds and exports the districts, then runs this, so
// that the memory reported is the import's and not what seeding a million people left behind.
//   tsx bench/scale-import.ts DIR NAME PACKAGE...   (prints one JSON line)
import { readFileSync } from 'node:fs';
import { reopenInstall } from './install';

/**
 * This process's own peak resident memory. On Linux `getrusage`'s maxRSS survives exec, so a
 * process spawned by the bench (which holds a seeded million people) reported the bench's memory
 * (975-1,150 MB at 1M, where the import alone peaks at about 460 MB); the high-water mark in
 * /proc/self/status belongs to this process's own memory map.
 */
function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm?.[1]) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function main() {
  const [dir, name, ...packages] = process.argv.slice(2);
  if (!dir || !name || packages.length === 0) throw new Error('usage: scale-import.ts DIR NAME PACKAGE...');
  const oblast = await reopenInstall(dir, name);
  const perPackage: number[] = [];
  let rows = 0;
  for (const path of packages) {
    const t = performance.now();
    const r = await oblast.router.call(
      'exchange.importFile',
      { path, deferIndexes: true },
      { session: oblast.session },
    );
    if (!r.ok) throw new Error(`exchange.importFile: ${r.error.message}`);
    perPackage.push(Math.round(performance.now() - t));
    rows += (r.data as { inserted: number }).inserted;
  }
  const t = performance.now();
  const f = await oblast.router.call('exchange.finishImport', {}, { session: oblast.session });
  if (!f.ok) throw new Error(`exchange.finishImport: ${f.error.message}`);
  const finishMs = Math.round(performance.now() - t);
  oblast.host.close();
  console.log(
    JSON.stringify({
      per_package_ms: perPackage,
      finish_ms: finishMs,
      rows,
      // The process's peak resident memory (node and tsx included, about 100 MB of it).
      peak_rss_mb: peakRssMb(),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
