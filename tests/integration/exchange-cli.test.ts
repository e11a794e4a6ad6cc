import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/paths';

// The whole exchange from the command line, as the README scripts it (issue 18): keys at both
// ends, trust both ways, export, import (refusing a district database), receipt, and the next
// export starting where the acknowledged one ended; then kill -9 in the middle of an import
// leaves the oblast database as it was.

const sqlite3 = (db: string, sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();
const qamqor = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QAMQOR_LANG: 'ru' },
  });
/** The same, with a package read only on the built worker thread (out/main/read-worker.js): an error if it does not start. */
const onWorker = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QAMQOR_LANG: 'ru', QAMQOR_PACKAGE_READER: 'worker' },
  });
const lastLine = (s: string) => s.trim().split('\n').at(-1) as string;

describe('the exchange on the command line', () => {
  it('keys, trust, export, import, receipt, and the next package continues', () => {
    const dir = tempDir();
    const district = join(dir, 'district.sqlite');
    const oblast = join(dir, 'oblast.sqlite');
    expect(qamqor('seed', '--db', district, '--applicants', '300').status).toBe(0);
    const dKey = qamqor('keys', '--db', district, '--out', join(dir, 'keys'));
    expect(dKey.status).toBe(0);
    // The oblast's database does not exist yet: trust creates it as the consolidation database.
    const trusted = qamqor('trust', '--db', oblast, '--key', lastLine(dKey.stdout));
    // A database seeded from the command line has no office set up: its district code is zeros.
    expect(trusted.stdout).toMatch(/^district \d{9} registered, key [0-9a-f ]+$/m);
    const oKey = qamqor('keys', '--db', oblast, '--out', join(dir, 'keys'));
    expect(lastLine(oKey.stdout)).toMatch(/qamqor-oblast-[0-9a-f]{8}\.key\.json$/);
    expect(qamqor('trust', '--db', district, '--key', lastLine(oKey.stdout)).status).toBe(0);

    const exp = qamqor('export', '--db', district, '--out', join(dir, 'packages'));
    expect(exp.status).toBe(0);
    expect(exp.stdout).toContain('encrypted');
    const first = lastLine(exp.stdout);
    expect(first).toMatch(/qamqor-\d{9}-1-\d+-\d{8}T\d{6}Z\.qamqor$/);
    // A district's own database takes no packages.
    const wrongDb = qamqor('import', '--db', district, first);
    expect(wrongDb.status).toBe(1);
    expect(wrongDb.stderr).toContain('только в сводную базу области');
    const imp = qamqor('import', '--db', oblast, first);
    expect(imp.status).toBe(0);
    expect(imp.stdout).toMatch(/district \d{9}, changes 1–\d+: \d+ new, 0 updated/);
    expect(sqlite3(oblast, 'SELECT count(*) FROM applicants WHERE source_install IS NOT NULL')).toBe('300');
    const receipt = imp.stdout.match(/receipt (\S+)$/m)?.[1] as string;
    expect(qamqor('receipt', '--db', district, '--from', receipt).stdout).toContain(
      'acknowledged up to change',
    );

    // More people, then the next package: only the changes since the acknowledged one.
    expect(qamqor('seed', '--db', district, '--applicants', '20', '--seed', '5').status).toBe(0);
    const next = qamqor('export', '--db', district, '--out', join(dir, 'packages'));
    const second = lastLine(next.stdout);
    const again = qamqor('import', '--db', oblast, second, first);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/changes 301–\d+: \d+ new/);
    expect(again.stdout).not.toContain('FLAGGED');
    expect(sqlite3(oblast, 'SELECT count(*) FROM applicants')).toBe('320');
    // A file that is not a package: refused, exit 1, the others still imported.
    const bad = qamqor('import', '--db', oblast, receipt, second);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('не является пакетом Qamqor');
  }, 120_000);

  it('kill -9 in the middle of an import leaves the oblast database as it was', async () => {
    const dir = tempDir();
    const district = join(dir, 'district.sqlite');
    const oblast = join(dir, 'oblast.sqlite');
    expect(qamqor('seed', '--db', district, '--applicants', '10000').status).toBe(0);
    const key = lastLine(qamqor('keys', '--db', district, '--out', dir).stdout);
    expect(qamqor('trust', '--db', oblast, '--key', key).status).toBe(0);
    const pkg = lastLine(qamqor('export', '--db', district, '--out', dir).stdout);
    const before = sqlite3(oblast, 'SELECT count(*) FROM applicants; SELECT count(*) FROM exchange_imports');
    const child = spawn(process.execPath, [CLI, 'import', '--db', oblast, pkg], {
      stdio: 'ignore',
      env: { ...process.env, QAMQOR_PACKAGE_READER: 'worker' },
    });
    const exited = new Promise<string | null>((r) => child.on('exit', (_c, sig) => r(sig)));
    const wal = `${oblast}-wal`;
    const start = Date.now();
    while (!(existsSync(wal) && statSync(wal).size > 1024 * 1024)) {
      if (Date.now() - start > 60_000) throw new Error('the import never got going');
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(sqlite3(oblast, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(oblast, 'SELECT count(*) FROM applicants; SELECT count(*) FROM exchange_imports')).toBe(
      before,
    );
    // And the same package then imports whole (read by the built worker thread).
    const again = onWorker('import', '--db', oblast, pkg);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(sqlite3(oblast, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(oblast, 'SELECT count(*) FROM applicants')).toBe('10000');
  }, 180_000);
  it('several packages in one import build the large tables indexes once, after the last; doctor finds the file whole', () => {
    const dir = tempDir();
    const oblast = join(dir, 'oblast.sqlite');
    const pkgs: string[] = [];
    for (const d of ['a', 'b']) {
      const district = join(dir, `district-${d}.sqlite`);
      expect(qamqor('seed', '--db', district, '--applicants', '2500').status).toBe(0);
      const key = lastLine(qamqor('keys', '--db', district, '--out', join(dir, d)).stdout);
      expect(qamqor('trust', '--db', oblast, '--key', key).status).toBe(0);
      pkgs.push(lastLine(qamqor('export', '--db', district, '--out', join(dir, d)).stdout));
    }
    const run = qamqor('import', '--db', oblast, ...pkgs);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/: \d+ new, 0 updated/g)).toHaveLength(2);
    expect(run.stdout).toMatch(/^indexes built: \d+ on .*applicants.* \(\d+ ms\)$/m);
    expect(sqlite3(oblast, "SELECT count(*) FROM settings WHERE key = 'exchange.deferredIndexes'")).toBe('0');
    expect(
      sqlite3(oblast, "SELECT count(*) FROM sqlite_schema WHERE name = 'applicants_live_kato_idx'"),
    ).toBe('1');
    expect(sqlite3(oblast, 'SELECT count(*) FROM applicants')).toBe('5000');
    const doctor = spawnSync(process.execPath, [CLI, 'doctor', '--db', oblast], { encoding: 'utf8' });
    expect(doctor.stdout + doctor.stderr).not.toMatch(/missing index/);
    expect(doctor.status).toBe(0);
  }, 180_000);
});
