import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/paths';

// The registry list to a spreadsheet, read back with LibreOffice: the same people as the list,
// in the same order, headers in the caller's language, IINs as text, and the export on record.

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  const r = await t.router.call('maintenance.seed', { applicants: 600, seed: 5 }, { session: t.admin });
  expect(r.ok).toBe(true);
});
afterAll(() => t.close());

/** Converts an .xlsx to CSV with LibreOffice headless and returns its lines. */
function readBack(base64: string, fileName: string): string[][] {
  const dir = tempDir();
  const xlsx = join(dir, fileName);
  writeFileSync(xlsx, Buffer.from(base64, 'base64'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      // Tab-separated: addresses hold commas.
      'csv:Text - txt - csv (StarCalc):9,34,76',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return readFileSync(join(dir, fileName.replace(/\.xlsx$/, '.csv')), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t').map((cell) => cell.replace(/^"|"$/g, '')));
}

describe('registry export', () => {
  it('writes the filtered list as the screen orders it, in Kazakh, and records the export', async () => {
    const filters = { iprPending: true, sortBy: 'birthDate' as const, sortDir: 'desc' as const };
    const list = await t.call<Output<'applicants.list'>>('applicants.list', { ...filters, pageSize: 200 });
    expect(list.total).toBeGreaterThan(5);
    const r = await t.router.call('applicants.export', filters, { session: t.admin, locale: 'kk' });
    if (!r.ok) throw new Error(r.error.message);
    const data = r.data as Output<'applicants.export'>;
    expect(data).toMatchObject({ rows: list.total, capped: false });
    expect(data.fileName).toMatch(/^qamqor-registry-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const [header, ...rows] = readBack(data.base64, data.fileName);
    expect(header).toEqual([
      'Тегі',
      'Аты',
      'Әкесінің аты',
      'ЖСН',
      'Туған күні',
      'Жынысы',
      'ҚАТО коды',
      'Мекенжайы',
      'Телефон',
      'Мүгедектік санаты',
      'Тобы',
      'Қайта куәландыру',
      'Жеке оңалту бағдарламасының мерзімі',
      'Жеке оңалту бағдарламасының орындалмаған іс-шаралары',
      'Порталдағы тапсырыс мерзімі',
      'Белсенді іс',
      'Келісім күні',
    ]);
    expect(rows).toHaveLength(list.total);
    // Same people, same order, IINs intact (a leading zero survives), dates as DD.MM.YYYY.
    expect(rows.slice(0, list.rows.length).map((row) => row[3])).toEqual(list.rows.map((p) => p.iin ?? ''));
    expect(rows.map((row) => row[4]).every((d) => /^\d{2}\.\d{2}\.\d{4}$/.test(d!))).toBe(true);
    expect(rows.every((row) => row[13] === 'иә')).toBe(true);
    expect(rows.some((row) => /[әіңғүұқөһ]/i.test(row.join(' ')))).toBe(true);
    expect(rows.some((row) => row[5] === 'Әйел')).toBe(true);

    // On record: how many and which filters, never the search text.
    const named = await t.router.call(
      'applicants.export',
      { query: 'алия' },
      { session: t.admin, locale: 'ru' },
    );
    expect(named.ok).toBe(true);
    const audit = await t.call<{
      rows: { action: string; entity: string; changes: Record<string, unknown> }[];
    }>('audit.list', { action: 'export' });
    expect(audit.rows).toHaveLength(2);
    const first = audit.rows.find((e) => (e.changes.filters as unknown[])[1] === 'iprPending');
    expect(first?.changes.rows).toEqual([null, list.total]);
    expect(first?.entity).toBe('applicant');
    expect(JSON.stringify(audit.rows)).not.toContain('алия');
  });

  it('an empty list gives a file with the headers only', async () => {
    const r = await t.router.call(
      'applicants.export',
      { query: 'нетакогочеловека' },
      { session: t.admin, locale: 'ru' },
    );
    if (!r.ok) throw new Error(r.error.message);
    const data = r.data as Output<'applicants.export'>;
    expect(data.rows).toBe(0);
    const lines = readBack(data.base64, data.fileName);
    expect(lines).toHaveLength(1);
    expect(lines[0]![0]).toBe('Фамилия');
  });
});

describe('specialists export', () => {
  it('writes the filtered specialists with Russian headers, IINs as text and their certificate state', async () => {
    const seeded = await t.router.call(
      'maintenance.seed',
      { applicants: 1, seed: 9, specialists: 120 },
      { session: t.admin },
    );
    expect(seeded.ok).toBe(true);
    const list = await t.call<Output<'specialists.search'>>('specialists.search', {
      state: 'expiring',
      pageSize: 200,
    });
    expect(list.total).toBeGreaterThan(3);
    const r = await t.router.call(
      'specialists.export',
      { state: 'expiring' },
      { session: t.admin, locale: 'ru' },
    );
    if (!r.ok) throw new Error(r.error.message);
    const data = r.data as Output<'specialists.export'>;
    expect(data).toMatchObject({ rows: list.total, capped: false });
    const [header, ...rows] = readBack(data.base64, data.fileName);
    expect(header?.slice(0, 7)).toEqual([
      'Фамилия',
      'Имя',
      'Отчество',
      'ИИН',
      'Должность',
      'Работодатель',
      'Сертификат',
    ]);
    expect(rows.map((row) => row[3])).toEqual(list.rows.map((s) => s.iin));
    expect(new Set(rows.map((row) => row[6]))).toEqual(new Set(['Срок истекает']));
  });
});

describe('every export is safe to open', () => {
  it('keeps text that begins with = + - @ as text, never a formula (read back with LibreOffice)', async () => {
    const risky = ['=1+1', '+1+1', '-1+1', '@SUM(1;1)', '=HYPERLINK("http://x.example";"click")'];
    for (const [i, address] of risky.entries()) {
      await t.call('applicants.create', {
        lastName: 'Формулова',
        firstName: ['Айна', 'Бота', 'Гүл', 'Дана', 'Еркe'][i],
        birthDate: `1960-01-0${i + 1}`,
        sex: 'F',
        katoCode: '196020100',
        address,
        iin: '',
        iinMissingReason: 'Документы утеряны',
      });
    }
    const r = await t.router.call(
      'applicants.export',
      { query: 'формулова' },
      { session: t.admin, locale: 'ru' },
    );
    if (!r.ok) throw new Error(r.error.message);
    const data = r.data as Output<'applicants.export'>;
    expect(data.rows).toBe(risky.length);
    const [header, ...rows] = readBack(data.base64, data.fileName);
    const at = header?.indexOf('Адрес') ?? -1;
    expect(at).toBeGreaterThan(0);
    // LibreOffice writes a formula's result ("2") and text as it is: the text came back unchanged.
    expect(rows.map((row) => row[at]?.replace(/""/g, '"')).sort()).toEqual([...risky].sort());
  });
});
