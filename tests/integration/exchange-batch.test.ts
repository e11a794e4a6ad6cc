import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { DatabaseHost } from '../../src-main/core/db/host';
import { verifySchema } from '../../src-main/core/db/schema-check';
import { checkTallies } from '../../src-main/core/modules/applicants/tallies';
import { cliAppsPerTest, type TestApp } from '../helpers/app';
import { MIGRATIONS } from '../helpers/paths';

// A run of several packages (`qamqor import --db OBLAST A B C D`, issue 18's million): the large
// tables' secondary indexes are set aside by the first package and built once after the last,
// each package still its own transaction. What must hold: between packages the set-aside indexes
// are recorded in the same transaction that dropped them; the run's end builds exactly the
// migrations' indexes and the file is again what the migrations made, with the same rows as
// packages imported one by one; a run that dies between packages is finished by the next open;
// a record naming anything the migrations did not make builds nothing.

const { app, closeNow } = cliAppsPerTest();

const dbFile = (a: TestApp | string) => (typeof a === 'string' ? a : join(a.dir, 'qamqor.sqlite'));
const sqlite3 = (a: TestApp | string, sql: string) =>
  execFileSync('sqlite3', [dbFile(a), sql], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
const SCHEMA = `SELECT type || ' ' || name || ' ' || sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`;
const MARKER = "SELECT value FROM settings WHERE key = 'exchange.deferredIndexes'";

/** Two districts of 2,500 people each (above the 2,000 rows that set a table's indexes aside). */
async function twoPackages() {
  const paths: string[] = [];
  const keys: string[] = [];
  for (const [i, seed] of [21, 22].entries()) {
    const d = await app();
    await d.call('maintenance.seed', { applicants: 2500, seed });
    keys.push((await d.call<Output<'exchange.keys'>>('exchange.keys', {})).districtKey?.content ?? '');
    const pkg = await d.call<Output<'exchange.exportTo'>>('exchange.exportTo', {
      outDir: join(d.dir, `out-${i}`),
    });
    paths.push(pkg.path);
  }
  return { paths, keys };
}

async function oblastTrusting(keys: string[]) {
  const o = await app();
  for (const content of keys) await o.call('exchange.trust', { content });
  return o;
}

describe('a run of several packages into the oblast', () => {
  it('builds the large tables indexes once after the last package, leaving what one-by-one imports leave', async () => {
    const { paths, keys } = await twoPackages();
    const byOne = await oblastTrusting(keys);
    const inRun = await oblastTrusting(keys);
    const schemaBefore = sqlite3(inRun, SCHEMA);

    for (const path of paths) await byOne.call('exchange.importFile', { path });

    await inRun.call('exchange.importFile', { path: paths[0], deferIndexes: true });
    // Between packages: the registry's indexes are gone, and the committed record names them.
    const recorded = JSON.parse(sqlite3(inRun, MARKER)) as string[];
    expect(recorded).toContain('applicants_live_kato_idx');
    expect(recorded).toContain('household_applicant_idx');
    expect(sqlite3(inRun, "SELECT count(*) FROM sqlite_schema WHERE name = 'applicants_live_kato_idx'")).toBe(
      '0',
    );
    const between = verifySchema(inRun.app.sqlite, MIGRATIONS);
    expect(between.ok).toBe(false);
    if (!between.ok) expect(between.problems).toContain('missing index applicants_live_kato_idx');
    // The unique id index stays: the next package's upserts need it.
    expect(sqlite3(inRun, "SELECT count(*) FROM sqlite_schema WHERE name = 'applicants_id_uq'")).toBe('1');

    await inRun.call('exchange.importFile', { path: paths[1], deferIndexes: true });
    const done = await inRun.call<Output<'exchange.finishImport'>>('exchange.finishImport', {});
    expect(done.built).toEqual(recorded.filter((n) => done.built.includes(n)));
    expect(done.built.length).toBe(recorded.length);
    expect(done.tables).toContain('applicants');

    expect(sqlite3(inRun, MARKER)).toBe('');
    expect(sqlite3(inRun, SCHEMA)).toBe(schemaBefore);
    expect(verifySchema(inRun.app.sqlite, MIGRATIONS)).toEqual(verifySchema(byOne.app.sqlite, MIGRATIONS));
    expect(verifySchema(inRun.app.sqlite, MIGRATIONS).ok).toBe(true);
    expect(sqlite3(inRun, 'PRAGMA integrity_check')).toBe('ok');
    // The statistics were sampled with the indexes there.
    expect(
      Number(sqlite3(inRun, "SELECT count(*) FROM sqlite_stat1 WHERE idx = 'applicants_live_kato_idx'")),
    ).toBe(1);
    // The same rows as two imports one by one, the tallies and the name index included.
    for (const table of ['applicants', 'household_members', 'cases', 'disability_records', 'incomes'])
      expect(sqlite3(inRun, `SELECT id, change_seq, source_install FROM ${table} ORDER BY id`)).toBe(
        sqlite3(byOne, `SELECT id, change_seq, source_install FROM ${table} ORDER BY id`),
      );
    expect(sqlite3(inRun, 'SELECT count(*) FROM applicants')).toBe('5000');
    expect(
      sqlite3(
        inRun,
        'SELECT count(*) FROM cases c LEFT JOIN applicants a ON a.id = c.applicant_id WHERE c.applicant_rid IS NOT a.rid',
      ),
    ).toBe('0');
    expect(checkTallies(inRun.app.sqlite)).toEqual([]);
    expect(sqlite3(inRun, 'SELECT count(*) FROM applicants_fts_docsize')).toBe('5000');
    const sample = sqlite3(inRun, 'SELECT last_name FROM applicants ORDER BY rowid DESC LIMIT 1');
    const found = await inRun.call<Output<'applicants.list'>>('applicants.list', { query: sample });
    expect(found.total).toBeGreaterThan(0);
    // And the list is planned on the built indexes again.
    expect(
      sqlite3(
        inRun,
        "EXPLAIN QUERY PLAN SELECT rowid FROM applicants WHERE deleted_at IS NULL AND kato_code >= '1960' AND kato_code < '1961'",
      ),
    ).toMatch(/INDEX applicants_live_kato_idx/);
  }, 180_000);

  it('a run that died between packages is finished when the file is next opened', async () => {
    const { paths, keys } = await twoPackages();
    const oblast = await oblastTrusting(keys);
    const file = dbFile(oblast);
    const schemaBefore = sqlite3(file, SCHEMA);
    await oblast.call('exchange.importFile', { path: paths[0], deferIndexes: true });
    // The process ends here (as kill -9 between two packages would): no finishImport.
    closeNow(oblast);
    expect(sqlite3(file, MARKER)).toContain('applicants_live_kato_idx');
    // A record that also names an index the migrations never made: that one is not built.
    const recorded = JSON.parse(sqlite3(file, MARKER)) as string[];
    sqlite3(
      file,
      `UPDATE settings SET value = '${JSON.stringify([...recorded, 'applicants_evil_idx'])}' WHERE key = 'exchange.deferredIndexes'`,
    );

    const host = await DatabaseHost.open({
      path: file,
      migrationsFolder: MIGRATIONS,
      backupDir: () => join(oblast.dir, 'backups'),
    });
    try {
      expect(host.problem).toBeNull();
      expect(host.isOpen).toBe(true);
      expect(verifySchema(host.app.sqlite, MIGRATIONS).ok).toBe(true);
    } finally {
      host.close();
    }
    expect(sqlite3(file, SCHEMA)).toBe(schemaBefore);
    expect(sqlite3(file, "SELECT count(*) FROM sqlite_schema WHERE name = 'applicants_evil_idx'")).toBe('0');
    expect(sqlite3(file, MARKER)).toBe('');
    expect(sqlite3(file, 'SELECT count(*) FROM applicants')).toBe('2500');
    expect(sqlite3(file, 'PRAGMA integrity_check')).toBe('ok');
  }, 180_000);

  it('an interrupted run in a file carrying anything else is not touched: the host refuses the file as before', async () => {
    const { paths, keys } = await twoPackages();
    const oblast = await oblastTrusting(keys);
    const file = dbFile(oblast);
    await oblast.call('exchange.importFile', { path: paths[0], deferIndexes: true });
    closeNow(oblast);
    const recorded = sqlite3(file, MARKER);
    // Someone's trigger on the settings table: it would run when the record is removed.
    sqlite3(file, 'CREATE TRIGGER settings_wipe AFTER DELETE ON settings BEGIN DELETE FROM applicants; END');
    const host = await DatabaseHost.open({
      path: file,
      migrationsFolder: MIGRATIONS,
      backupDir: () => join(oblast.dir, 'backups'),
    });
    try {
      expect(host.problem).toBe('DB_UNTRUSTED');
      expect(host.problemDetail).toContain('extra trigger settings_wipe');
    } finally {
      host.close();
    }
    // Nothing was written: the record, the people and the missing indexes are as they were.
    expect(sqlite3(file, MARKER)).toBe(recorded);
    expect(sqlite3(file, 'SELECT count(*) FROM applicants')).toBe('2500');
    expect(sqlite3(file, "SELECT count(*) FROM sqlite_schema WHERE name = 'applicants_live_kato_idx'")).toBe(
      '0',
    );
  }, 180_000);
});
