import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { openSqlite } from '../../src-main/core/db/open';
import { AppError } from '../../src-main/core/errors';
import { type ImportOptions, importPackage } from '../../src-main/core/modules/exchange/importer';
import { makeTestApp, type TestApp } from '../helpers/app';
import { forge } from '../helpers/packages';
import { tempDir } from '../helpers/paths';

// A large package is read on a worker thread while the importer's thread inserts
// (exchange/package-rows.ts, read-worker.ts). The worker must change nothing but where the work
// runs: the same package read either way leaves the same rows, byte for byte (compared with the
// sqlite3 CLI); a line that fails to parse deep in the package, or a refusal made by the importer
// while the worker reads ahead, writes nothing; and the write-ahead log the import leaves is
// copied into the database file by the worker after the commit.

const apps: TestApp[] = [];
let district: TestApp;
let plain: TestApp;
let oblast: TestApp;
let encrypted: string;
let unencrypted: Buffer;

const dbOf = (a: TestApp) => join(a.dir, 'qamqor.sqlite');
const sqlite3 = (file: string, sql: string) =>
  execFileSync('sqlite3', [file, sql], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
const state = (file: string) =>
  sqlite3(
    file,
    'SELECT count(*), group_concat(id || change_seq) FROM applicants; SELECT count(*), total(change_seq) FROM household_members; SELECT count(*) FROM exchange_imports; SELECT * FROM exchange_districts',
  );

async function make() {
  const a = await makeTestApp({ door: 'cli' });
  apps.push(a);
  return a;
}

/** The importer's options for the oblast database at `file` (its key files lie beside it). */
function options(file: string, source: string | Buffer, reader: 'worker' | 'thread'): ImportOptions {
  return {
    dbPath: file,
    source,
    fileName: 'p.qamqor',
    exchangeKeyPem: readFileSync(`${file}.exchange-key`, 'utf8'),
    signingKey: createPrivateKey(readFileSync(`${file}.signing-key`, 'utf8')),
    receiptDir: null,
    now: new Date('2026-11-30T08:00:00Z'),
    reader,
  };
}

/** A new oblast database that trusts the district sending in the clear (its keys made). */
async function freshOblast() {
  const target = await make();
  const dk = await plain.call<Output<'exchange.keys'>>('exchange.keys', {});
  await target.call('exchange.trust', { content: dk.districtKey?.content });
  await target.call('exchange.keys', {});
  return target;
}

async function refusedWith(file: string, buf: Buffer): Promise<AppError> {
  const before = state(file);
  try {
    await importPackage(options(file, buf, 'worker'));
  } catch (err) {
    expect(state(file)).toBe(before);
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the package was accepted');
}

beforeAll(async () => {
  district = await make();
  plain = await make();
  oblast = await make();
  await district.call('maintenance.seed', { applicants: 2_500, seed: 21 });
  // Over 20,000 lines: the size from which a single package is read on the worker by default.
  await plain.call('maintenance.seed', { applicants: 5_000, seed: 22 });
  for (const d of [district, plain]) {
    const key = await d.call<Output<'exchange.keys'>>('exchange.keys', {});
    await oblast.call('exchange.trust', { content: key.districtKey?.content });
  }
  // The first district encrypts to the oblast; the second has no oblast key and sends in the clear.
  const ok = await oblast.call<Output<'exchange.keys'>>('exchange.keys', {});
  await district.call('exchange.trust', { content: ok.oblastKey?.content });
  encrypted = (
    await district.call<Output<'exchange.exportTo'>>('exchange.exportTo', {
      outDir: join(district.dir, 'out'),
    })
  ).path;
  unencrypted = readFileSync(
    (await plain.call<Output<'exchange.exportTo'>>('exchange.exportTo', { outDir: join(plain.dir, 'out') }))
      .path,
  );
}, 120_000);

afterAll(() => {
  for (const a of apps) a.close();
});

describe('reading a package on a worker thread', () => {
  it('leaves exactly the rows reading on the importer thread leaves, and the same package again changes nothing', async () => {
    // Two copies of the oblast's empty database, keys and all.
    const copy = join(tempDir(), 'qamqor.sqlite');
    sqlite3(dbOf(oblast), `VACUUM INTO '${copy}'`);
    for (const k of ['exchange-key', 'signing-key', 'audit-key'])
      copyFileSync(`${dbOf(oblast)}.${k}`, `${copy}.${k}`);

    const viaWorker = await importPackage(options(dbOf(oblast), encrypted, 'worker'));
    const viaThread = await importPackage(options(copy, encrypted, 'thread'));
    expect(viaWorker.reader).toBe('worker');
    expect(viaThread.reader).toBe('thread');
    const { reader: _w, receipt: _rw, receiptPath: _pw, ...worker } = viaWorker;
    const { reader: _t, receipt: _rt, receiptPath: _pt, ...thread } = viaThread;
    expect(worker).toEqual(thread);
    expect(worker.inserted).toBeGreaterThan(10_000);

    const status = await district.call<Output<'exchange.status'>>('exchange.status', {});
    for (const t of status.tables) {
      const sql = `SELECT * FROM "${t.name}" ORDER BY id`;
      expect(sqlite3(dbOf(oblast), sql), t.name).toBe(sqlite3(copy, sql));
    }
    for (const sql of [
      'SELECT * FROM applicant_tallies ORDER BY 1, 2, 3, 4, 5, 6, 7',
      "SELECT rowid, search_key FROM applicants_fts WHERE applicants_fts MATCH 'search_key:ова' ORDER BY rowid",
      'PRAGMA integrity_check',
    ])
      expect(sqlite3(dbOf(oblast), sql)).toBe(sqlite3(copy, sql));

    const again = await importPackage(options(dbOf(oblast), encrypted, 'worker'));
    expect(again.reader).toBe('worker');
    expect(again.inserted).toBe(0);
    expect(again.updated).toBe(0);
    expect(again.unchanged).toBe(worker.inserted + worker.unchanged);
  }, 120_000);

  it('copies the write-ahead log into the database file after the commit, and the console connection keeps its automatic checkpoint', async () => {
    const target = await freshOblast();
    const connection = openSqlite(dbOf(target), { fileMustExist: true });
    const before = connection.pragma('wal_autocheckpoint', { simple: true });
    const report = await importPackage({
      ...options(dbOf(target), unencrypted, 'worker'),
      connection,
    });
    expect(report.reader).toBe('worker');
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(before);
    const wanted = Number(sqlite3(dbOf(target), 'PRAGMA page_count')) * 4096;
    const start = Date.now();
    while (statSync(dbOf(target)).size < wanted) {
      if (Date.now() - start > 20_000) throw new Error('the log was never copied into the database file');
      await new Promise((r) => setTimeout(r, 20));
    }
    connection.close();
    expect(sqlite3(dbOf(target), 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(dbOf(target), 'SELECT count(*) FROM applicants')).toBe('5000');
  }, 120_000);

  it('a line that does not parse after the first batch, read by the worker, writes nothing; the importer says which line', async () => {
    const target = await freshOblast();
    const keyFile = `${dbOf(plain)}.signing-key`;
    // Line 2,500 of the household members: after the worker's first batch of 2,000 was inserted.
    const broken = 'data/household_members.ndjson.gz';
    const bad = await forge(unencrypted, keyFile, (m, entries) => {
      const listed = m.entries.find((e) => e.name === broken);
      const entry = entries.find((e) => e.name === broken);
      if (!listed || !entry) throw new Error('no household members');
      const lines = gunzipSync(entry.data).toString('utf8').split('\n');
      expect(lines.length).toBeGreaterThan(2_500);
      lines[2_499] = '[1, 2,';
      const text = Buffer.from(lines.join('\n'), 'utf8');
      entry.data = gzipSync(text);
      listed.plainBytes = text.length;
    });
    const err = await refusedWith(dbOf(target), bad);
    expect(err.code).toBe('PACKAGE_UNREADABLE');
    expect(err.params?.detail).toBe(`${broken} line 2500`);
    // Nothing half-written: the whole package then imports as if the broken one had never come.
    const good = await importPackage(options(dbOf(target), unencrypted, 'worker'));
    expect(good.inserted).toBeGreaterThan(10_000);
    expect(sqlite3(dbOf(target), 'SELECT count(*) FROM applicants')).toBe('5000');
  }, 120_000);

  it('a refusal made by the importer while the worker reads ahead writes nothing', async () => {
    const target = await freshOblast();
    // A column this database does not have, in an entry after the registry's: the importer stops
    // there, with the people already inserted in its transaction and the worker further on.
    const newer = await forge(unencrypted, `${dbOf(plain)}.signing-key`, (m) => {
      const e = m.entries.find((x) => x.name === 'data/household_members.ndjson.gz') as unknown as {
        columns: string[];
      };
      e.columns = [...e.columns.slice(0, -1), 'column_of_a_later_version'];
    });
    const err = await refusedWith(dbOf(target), newer);
    expect(err.code).toBe('PACKAGE_NEWER');
    expect(sqlite3(dbOf(target), 'SELECT count(*) FROM applicants')).toBe('0');
  }, 120_000);

  it('80 mutated packages through the worker: none crashes, none changes a row, no worker is left running', async () => {
    const target = await freshOblast();
    // The package is there already: a mutation that still verifies (a byte of the zip no check
    // covers) imports as the same package and changes nothing.
    await importPackage(options(dbOf(target), unencrypted, 'thread'));
    const rows = (file: string) =>
      sqlite3(
        file,
        'SELECT count(*), group_concat(id || change_seq) FROM applicants; SELECT count(*), total(change_seq) FROM household_members',
      );
    const before = rows(dbOf(target));
    // Every thread of this process: a worker left waiting would stay among them.
    const threads = () => readdirSync('/proc/self/task').length;
    const threadsBefore = threads();
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (flips) => {
          const buf = Buffer.from(unencrypted);
          for (const f of flips) buf[f.at % buf.length] = f.byte;
          let code = 'accepted';
          try {
            await importPackage(options(dbOf(target), buf, 'worker'));
          } catch (err) {
            code = err instanceof AppError ? err.code : `crash: ${(err as Error).message}`;
          }
          codes.set(code, (codes.get(code) ?? 0) + 1);
          expect(code).not.toMatch(/^crash|^INTERNAL/);
        },
      ),
      { numRuns: 80, seed: 30 },
    );
    expect(rows(dbOf(target))).toBe(before);
    expect([...codes.keys()].some((c) => c.startsWith('PACKAGE_'))).toBe(true);
    expect(threads()).toBeLessThanOrEqual(threadsBefore + 2);
  }, 300_000);

  it('by default a single package of 20,000 lines or more is read on the worker, a package of a run on the importer thread', async () => {
    const single = await freshOblast();
    const run = await freshOblast();
    const { reader: _r, ...auto } = options(dbOf(single), unencrypted, 'worker');
    const lines = await importPackage({ ...auto });
    expect(lines.inserted).toBeGreaterThan(20_000);
    expect(lines.reader).toBe('worker');
    const inRun = await importPackage({
      ...options(dbOf(run), unencrypted, 'worker'),
      reader: undefined,
      deferIndexes: true,
    });
    expect(inRun.reader).toBe('thread');
    expect(inRun.inserted).toBe(lines.inserted);
  }, 120_000);
});
