// The oblast's import in a process of its own, as `qamqor import --db OBLAST P1 P2 P3 P4` runs on
// the oblast's workstation: bench/scale.ts seeds and exports the districts, then runs this, so
// that the memory reported is the import's and not what seeding a million people left behind.
//   tsx bench/scale-import.ts DIR NAME PACKAGE...   (prints one JSON line)
import { reopenInstall } from './install';

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
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
