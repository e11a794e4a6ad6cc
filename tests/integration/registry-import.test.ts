import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { readTable } from '../../src-main/core/shared/spreadsheet/table';
import { makeTestApp, manualClock, type TestApp, userSession } from '../helpers/app';
import { tempDir } from '../helpers/paths';
import { REGISTER_HEADERS, registerCsv, registerRows, registerXlsx } from '../helpers/registers';

// Importing a district's legacy register (Exchange → Import spreadsheet) into a real database
// file: the dry run lists every problem by row and column and writes nothing, the commit writes
// every row or none, and what landed is read back with the sqlite3 CLI.

let t: TestApp;
afterEach(() => t?.close());

type Preview = Output<'registryImport.preview'>;

async function start() {
  t = await makeTestApp({ clock: manualClock(new Date('2026-11-27T09:00:00Z')) });
}

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

async function failure(name: string, input: unknown, locale = 'ru') {
  const r = await t.router.call(name, input, { session: t.admin, locale });
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error;
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64');

describe('legacy register import', () => {
  it('imports a good .xlsx: title rows skipped, date cells, Excel serials, Roman groups, sex from the IIN', async () => {
    await start();
    const rows = registerRows(40, 11);
    // Row 4 of the file (the first person): its birth date a real date cell; the second's an
    // Excel serial typed as a number; the third has no sex (the IIN says it).
    const cells: (string | number | Date)[][] = rows.map((r) => [...r]);
    const iso = (dmy: string) => dmy.split('.').reverse().join('-');
    (cells[0] as (string | number | Date)[])[5] = new Date(`${iso(rows[0]?.[5] as string)}T00:00:00Z`);
    const serial =
      (Date.parse(`${iso(rows[1]?.[5] as string)}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    (cells[1] as (string | number | Date)[])[5] = serial;
    (cells[2] as (string | number | Date)[])[6] = '';
    const file = await registerXlsx(cells, { title: 'Реестр получателей, 2026 год', extraSheet: 'Справка' });
    const input = { fileName: 'реестр.xlsx', base64: b64(file) };
    const dry = await t.call<Preview>('registryImport.preview', input);
    // The register sits after a notes sheet: the fullest sheet is read unless one is named.
    expect(dry.sheets).toEqual(['Справка', 'Реестр']);
    expect(dry.sheet).toBe('Реестр');
    const note = await t.call<Preview>('registryImport.preview', { ...input, sheet: 'Справка' });
    expect(note).toMatchObject({
      sheet: 'Справка',
      headers: ['Справка', 'не реестр'],
      rows: 0,
      ready: false,
    });
    // A sheet the file does not have (renamed since the dry run) is named in the refusal.
    const missing = await failure('registryImport.preview', { ...input, sheet: 'Лист1' });
    expect(missing.code).toBe('IMPORT_SHEET');
    expect(missing.message).toBe(
      'В файле «реестр.xlsx» нет листа «Лист1» (есть: Справка, Реестр). Выберите файл заново.',
    );
    const chosen = await t.call<Preview>('registryImport.preview', { ...input, sheet: 'Реестр' });
    expect(chosen.sheet).toBe('Реестр');
    expect(chosen.headers).toEqual([...REGISTER_HEADERS]);
    expect(chosen.mappingSource).toBe('guessed');
    expect(chosen.mapping).toMatchObject({
      iin: 'ИИН',
      birthDate: 'Дата рождения',
      groupNo: 'Группа инвалидности',
      mseDecisionNo: '№ решения МСЭ',
      category: null,
    });
    expect(chosen.problems).toEqual([]);
    const withRecord = rows.filter((r) => r[10]).length;
    expect(chosen).toMatchObject({ ready: true, rows: 40, people: 40, disabilities: withRecord });
    expect(chosen.sample[0]).toMatchObject({
      row: 4,
      iin: rows[0]?.[1],
      birthDate: iso(rows[0]?.[5] as string),
    });
    expect(chosen.sample[1]?.birthDate).toBe(iso(rows[1]?.[5] as string));
    expect(sqlite3('SELECT count(*) FROM applicants')).toBe('0');

    const done = await t.call<Output<'registryImport.commit'>>('registryImport.commit', {
      ...input,
      sheet: 'Реестр',
    });
    const sha = createHash('sha256').update(file).digest('hex');
    expect(done).toEqual({ people: 40, disabilities: withRecord, sha256: sha });
    expect(sqlite3('SELECT count(*) FROM applicants')).toBe('40');
    expect(sqlite3('SELECT count(*) FROM disability_records')).toBe(String(withRecord));
    // The third person's sex came from the IIN's seventh digit.
    const third = rows[2] as string[];
    expect(sqlite3(`SELECT sex FROM applicants WHERE iin = '${third[1]}'`)).toBe(
      Number(third[1]?.[6]) % 2 === 1 ? 'M' : 'F',
    );
    // Roman "II" is group 2; the registry facts on the person match the record.
    const second = rows[1] as string[];
    expect(
      sqlite3(
        `SELECT d.group_no, d.term, d.cause, a.cur_disability_group, a.cur_disability_category, coalesce(a.cur_disability_until, '-')
         FROM applicants a JOIN disability_records d ON d.applicant_id = a.id WHERE a.iin = '${second[1]}'`,
      ),
    ).toBe('2|indefinite|general_disease|2|adult|-');
    // One audit entry per person and record, and the import's own with the file's SHA-256.
    expect(sqlite3(`SELECT count(*) FROM audit_log WHERE procedure = 'registryImport.commit'`)).toBe(
      String(40 + withRecord + 1),
    );
    const entry = JSON.parse(
      sqlite3(`SELECT changes FROM audit_log WHERE action = 'import' AND entity = 'applicant'`),
    );
    expect(entry).toMatchObject({ sha256: [null, sha], rows: [null, 40], sheet: [null, 'Реестр'] });
    // The people are found by the registry's search.
    const found = await t.call<{ total: number; rows: { lastName: string }[] }>('applicants.list', {
      query: second[1],
    });
    expect(found.total).toBe(1);
    expect(found.rows[0]?.lastName).toBe(second[2]);
    // The name index was filled for the imported people in one statement and its trigger put back.
    const byName = await t.call<{ rows: { iin: string | null }[] }>('applicants.list', {
      query: `${second[2]} ${second[3]}`,
      pageSize: 200,
    });
    expect(byName.rows.map((r) => r.iin)).toContain(second[1]);
    expect(
      sqlite3(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'applicants_fts_ai'`),
    ).toBe('1');
    expect(sqlite3('SELECT count(*) FROM applicants_fts')).toBe('40');
  });

  it('lists every problem by row and column and writes nothing', async () => {
    await start();
    const [taken, ...rest] = registerRows(12, 23);
    // One person is registered already.
    await t.call('registryImport.commit', {
      fileName: 'first.csv',
      base64: b64(registerCsv([taken as string[]])),
    });
    const rows = rest.map((r) => [...r]);
    const set = (i: number, col: number, v: string) => {
      (rows[i] as string[])[col] = v;
    };
    const firstIin = rows[0]?.[1] as string;
    const badIin = `${firstIin.slice(0, 11)}${(Number(firstIin[11]) + 1) % 10}`;
    set(0, 1, badIin); // file row 2: checksum
    set(1, 5, '31.02.1960'); // row 3: no such day
    set(2, 7, '196000'); // row 4: KATO too short
    set(3, 7, '551020100'); // row 5: another oblast's district
    set(4, 1, rows[5]?.[1] as string); // row 6 and 7 share an IIN: row 7 reported
    set(5, 10, 'IV'); // row 7: no group IV
    set(6, 2, rows[7]?.[2] as string); // rows 8 and 9: same person by name and birth date
    set(6, 3, rows[7]?.[3] as string);
    set(6, 5, rows[7]?.[5] as string);
    set(6, 1, '');
    set(6, 6, rows[7]?.[6] as string);
    set(8, 1, taken?.[1] as string); // row 10: IIN registered already
    set(9, 14, ''); // row 11: a record without the MSE decision
    const csv = registerCsv(rows);
    const dry = await t.call<Preview>('registryImport.preview', { fileName: 'bad.csv', base64: b64(csv) });
    expect(dry.ready).toBe(false);
    expect(dry.problems.map((p) => `${p.row}|${p.column}|${p.message}`)).toEqual([
      '2|ИИН|ИИН: неверная контрольная цифра ИИН',
      '3|Дата рождения|Дата рождения: дата в формате ДД.ММ.ГГГГ',
      '4|КАТО|Код КАТО: код КАТО состоит из 9 цифр',
      '5|КАТО|Код КАТО: код КАТО не относится к этому району (1960…)',
      '7|Группа инвалидности|Группа: такого значения нет в списке',
      '7|ИИН|ИИН: этот ИИН уже есть в строке 6 файла',
      '8|ИИН|ИИН: укажите ИИН или причину его отсутствия',
      '9|Фамилия|Фамилия: человек с тем же ФИО и датой рождения уже есть в строке 8 файла',
      '10|ИИН|ИИН: человек с этим ИИН уже зарегистрирован',
      '11|№ решения МСЭ|Номер решения МСЭ: обязательно для заполнения',
    ]);
    expect(dry.problemCount).toBe(10);
    const refused = await failure('registryImport.commit', { fileName: 'bad.csv', base64: b64(csv) });
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(sqlite3('SELECT count(*) FROM applicants')).toBe('1');
    expect(sqlite3('SELECT count(*) FROM disability_records')).toBe('1');
    // The same in Kazakh.
    const kk = await t.router.call(
      'registryImport.preview',
      { fileName: 'bad.csv', base64: b64(csv) },
      { session: t.admin, locale: 'kk' },
    );
    if (!kk.ok) throw new Error('preview failed');
    expect((kk.data as Preview).problems[0]?.message).toBe('ЖСН: ЖСН бақылау цифры сәйкес емес');
  });

  it('reads a Windows-1251 CSV from a Russian Excel, and remembers the mapping chosen for its layout', async () => {
    await start();
    // Windows-1251 has no Kazakh letters (Excel writes "?" for them): Russian names only.
    const russian = (r: readonly string[]) => !/[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(r.join(''));
    const rows = registerRows(40, 31)
      .filter(russian)
      .slice(0, 5)
      .map((r) => [r[1], r[2], r[3], r[5], r[7], r[8]] as string[]);
    const headers = ['Идентификатор', 'Фамилия', 'Имя', 'Родился', 'КАТО', 'Адрес'];
    const dir = tempDir();
    const src = join(dir, 'utf8.csv');
    writeFileSync(src, registerCsv(rows, headers as never));
    const cp1251 = execFileSync('iconv', ['-f', 'utf-8', '-t', 'cp1251', src]);
    expect(cp1251.includes(Buffer.from('Фамилия'))).toBe(false);
    const input = { fileName: 'список.csv', base64: cp1251.toString('base64') };
    const first = await t.call<Preview>('registryImport.preview', input);
    expect(first.headers).toEqual(headers);
    expect(first.mapping).toMatchObject({ lastName: 'Фамилия', iin: null, birthDate: null });
    expect(first.problems.map((p) => p.message)).toEqual([
      'ИИН: такого столбца в файле нет — выберите его в сопоставлении',
      'Дата рождения: такого столбца в файле нет — выберите его в сопоставлении',
    ]);
    const mapping = { ...first.mapping, iin: 'Идентификатор', birthDate: 'Родился' };
    const dry = await t.call<Preview>('registryImport.preview', { ...input, mapping });
    expect(dry).toMatchObject({ ready: true, people: 5, disabilities: 0, mappingSource: 'chosen' });
    expect(dry.sample[0]?.name.startsWith(rows[0]?.[1] as string)).toBe(true);
    await t.call('registryImport.commit', { ...input, mapping });
    expect(sqlite3(`SELECT last_name FROM applicants WHERE iin = '${rows[0]?.[0]}'`)).toBe(rows[0]?.[1]);
    // Next month's file of the same layout opens with that mapping.
    const next = registerRows(60, 32)
      .filter(russian)
      .slice(0, 3)
      .map((r) => [r[1], r[2], r[3], r[5], r[7], r[8]] as string[]);
    const again = await t.call<Preview>('registryImport.preview', {
      fileName: 'список-декабрь.csv',
      base64: b64(registerCsv(next, headers as never)),
    });
    expect(again.mappingSource).toBe('saved');
    expect(again.mapping).toMatchObject({ iin: 'Идентификатор', birthDate: 'Родился' });
    expect(again.ready).toBe(true);
  });

  it('reads a file saved by LibreOffice (converted in the test with soffice)', async () => {
    await start();
    const rows = registerRows(30, 41);
    // Someone born in the 2000s: their IIN begins with 0, which LibreOffice drops from a number.
    expect(rows.some((r) => r[1]?.startsWith('0'))).toBe(true);
    const dir = tempDir();
    const csv = join(dir, 'reestr.csv');
    writeFileSync(csv, registerCsv(rows));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--infilter=CSV:59,34,76,1',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        csv,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const xlsx = readFileSync(join(dir, 'reestr.xlsx'));
    const dry = await t.call<Preview>('registryImport.preview', {
      fileName: 'reestr.xlsx',
      base64: b64(xlsx),
    });
    // LibreOffice stores IINs and KATO codes as numbers and dates as date cells or serials:
    // all read back to the same values.
    expect(dry.problems).toEqual([]);
    expect(dry).toMatchObject({ ready: true, people: 30 });
    const done = await t.call<Output<'registryImport.commit'>>('registryImport.commit', {
      fileName: 'reestr.xlsx',
      base64: b64(xlsx),
    });
    expect(done.people).toBe(30);
    const first = rows[0] as string[];
    expect(sqlite3(`SELECT birth_date || '|' || kato_code FROM applicants WHERE iin = '${first[1]}'`)).toBe(
      `${(first[5] as string).split('.').reverse().join('-')}|${first[7]}`,
    );
  });

  it('reads every Kazakh and Russian letter of a large streamed .xlsx back exactly', async () => {
    // ExcelJS's stream reader decoded each chunk on its own, so a letter split between two chunks
    // came back as U+FFFD (patches/exceljs+4.4.0.patch): about one name in a few thousand.
    const rows = registerRows(6000, 61);
    const table = await readTable('big.xlsx', b64(await registerXlsx(rows)), {
      maxRows: 10_000,
      maxBytes: 50e6,
    });
    expect(table.rows.length).toBe(6000);
    const differ = table.rows.filter(
      (r, i) => r.cells.slice(1, 5).join('|') !== rows[i]?.slice(1, 5).join('|'),
    );
    expect(differ.map((r) => r.cells.join('|'))).toEqual([]);
  });

  it('reports its progress while it checks, and refuses what is not a register', async () => {
    await start();
    const rows = registerRows(12_000, 51);
    const input = {
      fileName: 'big.csv',
      base64: b64(registerCsv(rows)),
      jobId: '0191a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b',
    };
    const seen: string[] = [];
    const running = t.call<Preview>('registryImport.preview', input);
    let finished = false;
    void running.then(() => {
      finished = true;
    });
    while (!finished) {
      const p = await t.call<Output<'registryImport.progress'>>('registryImport.progress', {
        jobId: input.jobId,
      });
      if (p.phase) seen.push(`${p.phase}:${p.total > 0 && p.done < p.total ? 'part' : 'whole'}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const dry = await running;
    expect(dry.people).toBe(12_000);
    expect(seen).toContain('checking:part');
    const last = await t.call<Output<'registryImport.progress'>>('registryImport.progress', {
      jobId: input.jobId,
    });
    expect(last).toEqual({ phase: 'done', done: 12_000, total: 12_000 });
    // Another administrator does not see this job; the dry run wrote nothing.
    const other = await userSession(t, 'admin2', ['admin']);
    expect(
      await t.call<Output<'registryImport.progress'>>(
        'registryImport.progress',
        { jobId: input.jobId },
        other.session,
      ),
    ).toEqual({ phase: null, done: 0, total: 0 });
    expect(sqlite3('SELECT count(*) FROM applicants')).toBe('0');

    const pdf = await failure('registryImport.preview', { fileName: 'scan.pdf', base64: b64('%PDF-1.4') });
    expect(pdf.code).toBe('IMPORT_EXTENSION');
    const fake = await failure('registryImport.preview', { fileName: 'r.xlsx', base64: b64('not a zip') });
    expect(fake.code).toBe('IMPORT_UNREADABLE');
    expect(fake.message).toContain('r.xlsx');
  });
});
