import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { openSqlite } from '../../src-main/core/db/open';
import { AppError } from '../../src-main/core/errors';
import { importPackage } from '../../src-main/core/modules/exchange/importer';
import { makeTestApp, type TestApp } from '../helpers/app';
import { forge, unzip, zip } from '../helpers/packages';

// Every refusal of a package names what is wrong and writes nothing (issue 18): a wrong signature,
// an unknown district, a tampered entry, a truncated file, the wrong oblast key, a newer schema,
// a gap in the sequence, an entry named "../", a zip bomb, an entry twice; and 10,000 randomly
// mutated packages neither crash the reader nor change a row.

const apps: TestApp[] = [];
let district: TestApp;
let other: TestApp;
let oblast: TestApp;
let pkg: Buffer;
let keyFile: string;

const db = (a: TestApp) => join(a.dir, 'qamqor.sqlite');
const sqlite3 = (a: TestApp, sql: string) =>
  execFileSync('sqlite3', [db(a), sql], { encoding: 'utf8' }).trim();
/** What a refused import must leave as it was: every person and every import recorded. */
const state = (a: TestApp) =>
  sqlite3(
    a,
    'SELECT count(*), group_concat(id || change_seq) FROM applicants; SELECT count(*) FROM exchange_imports; SELECT * FROM exchange_districts',
  );

async function make() {
  const a = await makeTestApp({ door: 'cli' });
  apps.push(a);
  return a;
}

async function keysOf(a: TestApp) {
  return a.call<Output<'exchange.keys'>>('exchange.keys', {});
}

async function refused(target: TestApp, buf: Buffer, locale = 'ru') {
  const before = state(target);
  const r = await target.router.call(
    'exchange.import',
    { fileName: 'p.qamqor', base64: buf.toString('base64') },
    { session: target.admin, locale },
  );
  expect(state(target)).toBe(before);
  if (r.ok) throw new Error('the package was accepted');
  return r.error;
}

beforeAll(async () => {
  district = await make();
  other = await make();
  oblast = await make();
  await district.call('maintenance.seed', { applicants: 25, seed: 3 });
  await other.call('maintenance.seed', { applicants: 5, seed: 4 });
  await oblast.call('exchange.trust', { content: (await keysOf(district)).districtKey?.content });
  await district.call('exchange.trust', { content: (await keysOf(oblast)).oblastKey?.content });
  const p = await district.call<Output<'exchange.exportTo'>>('exchange.exportTo', {
    outDir: join(district.dir, 'out'),
  });
  pkg = readFileSync(p.path);
  keyFile = `${db(district)}.signing-key`;
  // The oblast has this package already: a mutated copy that still verifies changes nothing.
  await oblast.call('exchange.import', { fileName: 'p.qamqor', base64: pkg.toString('base64') });
}, 60_000);

afterAll(() => {
  for (const a of apps) a.close();
});

describe('refusals', () => {
  it('a wrong signature, an unknown district, a tampered entry, a truncated file', async () => {
    const entries = await unzip(pkg);
    const sig = entries.find((e) => e.name === 'manifest.sig');
    if (!sig) throw new Error('no signature');
    const flipped = Buffer.from(sig.data);
    flipped[5] = flipped[5] === 65 ? 66 : 65;
    sig.data = flipped;
    expect((await refused(oblast, await zip(entries))).code).toBe('PACKAGE_SIGNATURE');

    const stranger = await make();
    await stranger.call('exchange.trust', { content: (await keysOf(other)).districtKey?.content });
    const unknown = await refused(stranger, pkg);
    expect(unknown.code).toBe('PACKAGE_UNKNOWN_DISTRICT');
    expect(unknown.message).toContain('196000000');

    const tampered = await unzip(pkg);
    const data = tampered.find((e) => e.name.startsWith('data/applicants')) as { data: Buffer };
    data.data = Buffer.from(data.data);
    const mid = Math.floor(data.data.length / 2);
    data.data[mid] = (data.data[mid] ?? 0) ^ 0xff;
    const t = await refused(oblast, await zip(tampered));
    expect(t.code).toBe('PACKAGE_TAMPERED');
    expect(t.message).toContain('data/applicants.ndjson.gz.enc');

    const cut = await refused(oblast, pkg.subarray(0, Math.floor(pkg.length / 2)));
    expect(cut.code).toBe('PACKAGE_UNREADABLE');
    expect(cut.message).toMatch(/^Файл не является пакетом Qamqor или повреждён/);
  });

  it('the wrong oblast key, a newer schema, a gap in the sequence', async () => {
    const second = await make();
    await second.call('exchange.trust', { content: (await keysOf(district)).districtKey?.content });
    const wrong = await refused(second, pkg, 'kk');
    expect(wrong.code).toBe('PACKAGE_WRONG_KEY');
    expect(wrong.message).toContain('басқа облыс кілтіне');

    const newer = await refused(
      oblast,
      await forge(pkg, keyFile, (m) => {
        m.schemaVersion = 999;
      }),
    );
    expect(newer.code).toBe('PACKAGE_NEWER');
    expect(newer.message).toContain('999');

    const seqTo = Number(sqlite3(oblast, 'SELECT seq_to FROM exchange_districts'));
    const gap = await refused(
      oblast,
      await forge(pkg, keyFile, (m) => {
        m.seqFrom = seqTo + 40;
        m.seqTo = seqTo + 90;
      }),
    );
    expect(gap.code).toBe('PACKAGE_GAP');
    expect(gap.message).toContain(`${seqTo + 1}–${seqTo + 40}`);
  });

  it('an entry named "../", a zip bomb, an entry twice', async () => {
    // Same-length names, so the zip's offsets stay right: one rewritten to climb out of the folder.
    const entries = await unzip(pkg);
    const evil = await zip([...entries, { name: 'AAAAAAAAAA', data: Buffer.from('x') }]);
    let i = evil.indexOf('AAAAAAAAAA');
    while (i >= 0) {
      evil.write('../../evil', i, 'latin1');
      i = evil.indexOf('AAAAAAAAAA');
    }
    const climbed = await refused(oblast, evil);
    expect(climbed.code).toBe('PACKAGE_UNREADABLE');

    // 64 MiB of zeros in 64 KiB of gzip, signed by the district's own key but declaring its size.
    const bomb = await forge(pkg, keyFile, (m, es) => {
      const name = m.entries.find((e) => e.name.startsWith('data/applicants'))?.name as string;
      const target = es.find((e) => e.name === name) as { data: Buffer };
      target.data = gzipSync(Buffer.alloc(64 * 1024 * 1024));
      m.encryption = null;
      for (const e of m.entries) {
        const entry = es.find((x) => x.name === e.name) as { name: string };
        entry.name = e.name.replace(/\.enc$/, '');
        e.name = entry.name;
        delete (e as { iv?: string }).iv;
        delete (e as { tag?: string }).tag;
      }
    });
    const boom = await refused(oblast, bomb);
    expect(boom.code).toBe('PACKAGE_UNREADABLE');
    expect(boom.message).toMatch(/inflates past its size|too long/);

    const twice = await refused(
      oblast,
      await zip([...entries, entries.find((e) => e.name === 'manifest.json') as never]),
    );
    expect(twice.code).toBe('PACKAGE_UNREADABLE');
    expect(twice.message).toContain('twice');
  });
});

describe('fuzz', () => {
  it('10,000 mutated packages: none crashes the reader, none changes a row', async () => {
    const rows = sqlite3(oblast, 'SELECT count(*), group_concat(id || change_seq) FROM applicants');
    const cases = sqlite3(oblast, 'SELECT count(*), total(change_seq) FROM cases');
    const codes = new Map<string, number>();
    // The importer itself, on one connection reused for every attempt (the router and the web
    // door's refusals are covered above).
    const connection = openSqlite(db(oblast), { fileMustExist: true });
    const fuzzOptions = {
      dbPath: db(oblast),
      fileName: 'f.qamqor',
      exchangeKeyPem: readFileSync(`${db(oblast)}.exchange-key`, 'utf8'),
      signingKey: createPrivateKey(readFileSync(`${db(oblast)}.signing-key`, 'utf8')),
      receiptDir: null,
      now: new Date(),
      connection,
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cutAt) => {
          const buf = Buffer.from(pkg);
          for (const f of flips) buf[f.at % buf.length] = f.byte;
          const input = cutAt === undefined ? buf : buf.subarray(0, cutAt % buf.length);
          let code = 'accepted';
          try {
            await importPackage({ ...fuzzOptions, source: input });
          } catch (err) {
            code = err instanceof AppError ? err.code : `crash: ${(err as Error).message}`;
          }
          codes.set(code, (codes.get(code) ?? 0) + 1);
          // A refusal is one of the package's own errors, never a crash of the reader.
          expect(code).not.toMatch(/^crash|^INTERNAL/);
        },
      ),
      { numRuns: Number(process.env.QAMQOR_FUZZ_RUNS ?? 10_000), seed: 18 },
    );
    connection.close();
    expect(sqlite3(oblast, 'SELECT count(*), group_concat(id || change_seq) FROM applicants')).toBe(rows);
    expect(sqlite3(oblast, 'SELECT count(*), total(change_seq) FROM cases')).toBe(cases);
    expect([...codes.keys()].some((c) => c.startsWith('PACKAGE_'))).toBe(true);
  }, 600_000);
});
