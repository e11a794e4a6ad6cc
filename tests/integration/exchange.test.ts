import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeIin } from '../../src-main/core/domain/iin';
import { checkTallies } from '../../src-main/core/modules/applicants/tallies';
import { cliAppsPerTest, manualClock, type TestApp } from '../helpers/app';

// The export upward and the oblast's consolidation (issue 18): a seeded district's full package
// imported into an empty oblast database leaves every exported row equal (compared with the
// sqlite3 CLI); the receipt acknowledges it; an incremental package carries an edit and a
// deletion; the same package twice, and an older one after a newer, change nothing; two
// districts' people with the same IIN are found.

const { app } = cliAppsPerTest();

const dbFile = (a: TestApp) => join(a.dir, 'qamqor.sqlite');
const sqlite3 = (a: TestApp, sql: string) =>
  execFileSync('sqlite3', [dbFile(a), sql], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).trim();

type Status = Output<'exchange.status'>;

/** Every exported table's rows (the columns sent), as the sqlite3 CLI prints them, in id order. */
function dump(a: TestApp, status: Status, where: string) {
  const withheld = status.policy.excludeFields;
  return status.tables.map((t) => {
    const cols = t.columns.filter((c) => !withheld.includes(c)).map((c) => `"${c}"`);
    return `${t.name}\n${sqlite3(a, `SELECT ${cols.join(', ')} FROM "${t.name}" WHERE ${where} ORDER BY id`)}`;
  });
}

async function link(district: TestApp, oblast: TestApp) {
  const dk = await district.call<Output<'exchange.keys'>>('exchange.keys', {});
  await oblast.call('exchange.trust', { content: dk.districtKey?.content });
  const ok = await oblast.call<Output<'exchange.keys'>>('exchange.keys', {});
  await district.call('exchange.trust', { content: ok.oblastKey?.content });
}

describe('export and consolidation', () => {
  it('imports a whole district registry with the secondary indexes of large tables built in one pass each', async () => {
    const district = await app();
    const oblast = await app();
    // Over 20,000 people: the applicants entry is written without its secondary indexes, which
    // are then built again (importer.ts setIndexesAside).
    await district.call('maintenance.seed', { applicants: 21_000, seed: 9 });
    await link(district, oblast);
    const indexes = `SELECT name || ' ' || sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`;
    const before = sqlite3(oblast, indexes);
    const pkg = await district.call<Output<'exchange.exportTo'>>('exchange.exportTo', {
      outDir: join(district.dir, 'out'),
    });
    const report = await oblast.call<Output<'exchange.importFile'>>('exchange.importFile', {
      path: pkg.path,
    });
    expect(report.inserted).toBe(pkg.rows);
    expect(sqlite3(oblast, indexes)).toBe(before);
    expect(sqlite3(oblast, 'PRAGMA integrity_check')).toBe('ok');
    // The name index and the registry tallies were filled in one pass each, and agree with the people.
    expect(checkTallies(oblast.app.sqlite)).toEqual([]);
    expect(sqlite3(oblast, 'SELECT sum(n) FROM applicant_tallies')).toBe('21000');
    expect(sqlite3(oblast, 'SELECT count(*) FROM applicants_fts_docsize')).toBe('21000');
    // Each case arrived without its person's local row number and was given the oblast's.
    expect(Number(sqlite3(oblast, 'SELECT count(*) FROM cases'))).toBeGreaterThan(1000);
    expect(
      sqlite3(
        oblast,
        'SELECT count(*) FROM cases c LEFT JOIN applicants a ON a.id = c.applicant_id WHERE c.applicant_rid IS NOT a.rid',
      ),
    ).toBe('0');
    const status = await district.call<Status>('exchange.status', {});
    expect(dump(oblast, status, `source_install = '${status.installId}' OR source_install IS NULL`)).toEqual(
      dump(district, status, '1'),
    );
    // The rebuilt indexes answer: a search by IIN prefix and a KATO page through the list.
    const iin = sqlite3(
      district,
      'SELECT iin FROM applicants WHERE iin IS NOT NULL ORDER BY rowid DESC LIMIT 1',
    );
    const byIin = await oblast.call<Output<'applicants.list'>>('applicants.list', { query: iin });
    expect(byIin.rows.map((r) => r.iin)).toEqual([iin]);
    const plan = sqlite3(
      oblast,
      `EXPLAIN QUERY PLAN SELECT rowid FROM applicants WHERE deleted_at IS NULL AND iin >= '${iin}' AND iin < '${iin}z'`,
    );
    expect(plan).toMatch(/USING (COVERING )?INDEX applicants_\w*iin\w*/);
  });

  it('round-trips a district into an empty oblast database, incrementally and idempotently', async () => {
    const district = await app();
    const oblast = await app();
    await district.call('maintenance.seed', {
      applicants: 400,
      seed: 7,
      specialists: 30,
      caregivers: 10,
      providers: 5,
      inService: 60,
      complaints: 12,
    });
    await link(district, oblast);
    const out = join(district.dir, 'out');
    const first = await district.call<Output<'exchange.exportTo'>>('exchange.exportTo', { outDir: out });
    expect(first).toMatchObject({ full: true, encrypted: true, seqFrom: 0, warning: null });
    expect(first.fileName).toMatch(/^qamqor-196000000-1-\d+-\d{8}T\d{6}Z\.qamqor$/);
    const report = await oblast.call<Output<'exchange.importFile'>>('exchange.importFile', {
      path: first.path,
    });
    expect(report.inserted).toBe(first.rows);
    expect([report.updated, report.keptNewer, report.flagged]).toEqual([0, 0, null]);

    const status = await district.call<Status>('exchange.status', {});
    const installId = status.installId;
    // The package's lines are written by SQLite's json_array (writer.ts), which would shorten a
    // REAL to 15 digits and refuse a BLOB: every exported column is declared text or integer,
    // and every value seeded into them is text, an integer or null.
    for (const t of status.tables) {
      const types = sqlite3(district, `SELECT DISTINCT upper(type) FROM pragma_table_info('${t.name}')`);
      expect(
        types.split('\n').filter((x) => x !== 'TEXT' && x !== 'INTEGER'),
        t.name,
      ).toEqual([]);
      const odd = t.columns.map((c) => `typeof("${c}") IN ('real', 'blob')`).join(' OR ');
      expect(sqlite3(district, `SELECT count(*) FROM "${t.name}" WHERE ${odd}`), t.name).toBe('0');
    }
    expect(dump(oblast, status, `source_install = '${installId}' OR source_install IS NULL`)).toEqual(
      dump(district, status, '1'),
    );
    // The name search's trigram index holds the imported people (filled in bulk at the import).
    const someone = sqlite3(district, 'SELECT last_name FROM applicants ORDER BY rowid DESC LIMIT 1');
    const found = await oblast.call<Output<'applicants.list'>>('applicants.list', {
      query: someone.slice(1, 5),
    });
    expect(found.total).toBeGreaterThan(0);
    // Free-text notes stay home (the minimisation setting), and the manifest says so.
    expect(sqlite3(oblast, 'SELECT count(*) FROM complaint_votes WHERE note IS NOT NULL')).toBe('0');

    // The receipt acknowledges the package; the next one starts where it ended.
    const receipt = readdirSync(out).find((f) => f.startsWith('qamqor-receipt-')) as string;
    await district.call('exchange.importReceipt', { content: readFileSync(join(out, receipt), 'utf8') });
    const [person, lastName, firstName, birthDate, sex, katoCode, iin] = sqlite3(
      district,
      'SELECT id, last_name, first_name, birth_date, sex, kato_code, iin FROM applicants WHERE iin IS NOT NULL AND patronymic IS NULL AND phone IS NULL ORDER BY rowid LIMIT 1',
    ).split('|');
    await district.call('applicants.update', {
      id: person,
      lastName,
      firstName,
      birthDate,
      sex,
      katoCode,
      iin,
      address: 'Талғар, Абай к-сі 1',
    });
    const member = sqlite3(district, 'SELECT id FROM household_members LIMIT 1');
    sqlite3(district, `DELETE FROM household_members WHERE id = '${member}'`);
    // And a person removed (as a merge of duplicates does, in SQL): the oblast's tallies and
    // name index must follow the tombstone, which is applied after the people's entry.
    const gone = sqlite3(
      district,
      `SELECT id FROM applicants WHERE id <> '${person}' AND id NOT IN (SELECT applicant_id FROM household_members)
         AND id NOT IN (SELECT applicant_id FROM cases) ORDER BY rowid DESC LIMIT 1`,
    );
    sqlite3(district, `DELETE FROM applicants WHERE id = '${gone}'`);
    const second = await district.call<Output<'exchange.exportTo'>>('exchange.exportTo', { outDir: out });
    expect([second.full, second.seqFrom]).toEqual([false, first.seqTo]);
    const again = await oblast.call<Output<'exchange.importFile'>>('exchange.importFile', {
      path: second.path,
    });
    expect([again.updated, again.deleted, again.inserted]).toEqual([1, 2, 0]);
    expect(sqlite3(oblast, `SELECT count(*) FROM applicants WHERE id = '${gone}'`)).toBe('0');
    expect(checkTallies(oblast.app.sqlite)).toEqual([]);
    expect(sqlite3(oblast, 'SELECT count(*) FROM applicants_fts_docsize')).toBe(
      sqlite3(oblast, 'SELECT count(*) FROM applicants WHERE deleted_at IS NULL'),
    );
    expect(dump(oblast, status, `source_install = '${installId}' OR source_install IS NULL`)).toEqual(
      dump(district, status, '1'),
    );
    expect(sqlite3(oblast, `SELECT address FROM applicants WHERE id = '${person}'`)).toBe(
      'Талғар, Абай к-сі 1',
    );

    // The same package twice changes nothing; the older full one after it keeps the newer rows.
    const before = dump(oblast, status, '1');
    const twice = await oblast.call<Output<'exchange.importFile'>>('exchange.importFile', {
      path: second.path,
    });
    expect([twice.inserted, twice.updated, twice.unchanged]).toEqual([0, 0, second.rows]);
    const older = await oblast.call<Output<'exchange.importFile'>>('exchange.importFile', {
      path: first.path,
    });
    expect(older.keptNewer).toBe(1);
    expect(older.inserted).toBe(2); // the deleted member and person come back only from the older package…
    sqlite3(oblast, `DELETE FROM household_members WHERE id = '${member}'`); // …as that package says
    sqlite3(oblast, `DELETE FROM applicants WHERE id = '${gone}'`);
    expect(dump(oblast, status, '1')).toEqual(before);

    // A district whose history was rewritten: the link at the head received before differs.
    sqlite3(oblast, "UPDATE exchange_districts SET audit_hash = 'rewritten'");
    const rewritten = await oblast.call<Output<'exchange.importFile'>>('exchange.importFile', {
      path: second.path,
    });
    expect(rewritten.flagged).toMatch(/differs from the one received before/);
    const views = await oblast.call<Output<'exchange.consolidated'>>('exchange.consolidated', {});
    expect(views.districts[0]?.flagReason).toMatch(/differs/);
  });

  it('finds a person registered in two districts', async () => {
    const a = await app();
    const b = await app();
    const oblast = await app();
    const iin = makeIin('1950-02-02', 'F', 321) as string;
    for (const [d, address] of [
      [a, 'Талғар'],
      [b, 'Есік'],
    ] as const) {
      await d.call('applicants.create', {
        lastName: 'Екіаудан',
        firstName: 'Күлпаш',
        birthDate: '1950-02-02',
        sex: 'F',
        katoCode: '196020100',
        address,
        iin,
      });
      const dk = await d.call<Output<'exchange.keys'>>('exchange.keys', {});
      await oblast.call('exchange.trust', { content: dk.districtKey?.content });
      const p = await d.call<Output<'exchange.exportTo'>>('exchange.exportTo', {
        outDir: join(d.dir, 'out'),
      });
      expect(p.warning).toBe('unencrypted');
      await oblast.call('exchange.importFile', { path: p.path });
    }
    const views = await oblast.call<Output<'exchange.consolidated'>>('exchange.consolidated', {});
    expect(views.districts).toHaveLength(2);
    expect(views.districts.map((d) => d.people)).toEqual([1, 1]);
    expect(views.duplicates.total).toBe(1);
    expect(views.duplicates.rows[0]).toMatchObject({ iin, name: 'Екіаудан Күлпаш' });
  });

  it('reminds on the home screen when the last export is older than the setting', async () => {
    const clock = manualClock(new Date('2026-11-20T09:00:00Z'));
    const d = await app({ clock });
    const due = async (session: string) =>
      (await d.call<Output<'alerts.summary'>>('alerts.summary', {}, session)).exportOverdueDays;
    expect(await due(d.admin)).toBeNull();
    clock.advance(8 * 86_400_000);
    const login = await d.router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
    const session = (login as { data: { sessionToken: string } }).data.sessionToken;
    expect(await due(session)).toBe(8);
    await d.call('exchange.exportTo', { outDir: join(d.dir, 'out') }, session);
    expect(await due(session)).toBeNull();
  });
});
