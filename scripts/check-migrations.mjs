// Fails when src-main/core/db/schema changed without a generated migration in drizzle/:
// drizzle-kit generates into a scratch copy of drizzle/, and any new file there means drift.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// drizzle-kit prefixes "./" to its out folder, so the scratch copy must be a relative path.
const scratchRel = `.tools/migration-check-${process.pid}`;
const scratch = join(root, scratchRel);
mkdirSync(scratch, { recursive: true });
try {
  cpSync(join(root, 'drizzle'), scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'drizzle-kit', 'bin.cjs'), 'generate'], {
    cwd: root,
    env: { ...process.env, QAMQOR_MIGRATIONS_OUT: `./${scratchRel}` },
    encoding: 'utf8',
  });
  // drizzle-kit can print an error and still exit 0: treat any error output as a failure.
  if (r.status !== 0 || /Error/.test(`${r.stdout}${r.stderr}`)) {
    console.error(r.stdout, r.stderr);
    console.error('db:check: drizzle-kit generate failed');
    process.exitCode = 1;
  } else {
    const added = readdirSync(scratch).filter((f) => !before.has(f));
    if (added.length > 0) {
      console.error(
        `db:check: the schema changed without a migration (would add ${added.join(', ')}). Run "npm run db:generate" and commit drizzle/.`,
      );
      process.exitCode = 1;
    } else console.log('db:check: migrations are up to date with the schema');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
