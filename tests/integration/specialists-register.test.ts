import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeIin } from '../../src-main/core/domain/iin';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// The register of specialists beyond certification itself (issue 15): alert bands that are
// settings, saved lists, the case load, the card and the expiry list as PDFs read back with
// pdftotext, the spreadsheet import (dry run, all-or-nothing, every problem by row and column),
// the qualification categories as reference data, and the card's history. Real router, real
// SQLite file, today = 2026-11-27.

let t: TestApp;
afterEach(() => t?.close());

const TODAY = '2026-11-27';
const day = (offset: number) => {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const dmy = (iso: string) => iso.split('-').reverse().join('.');

async function start() {
  t = await makeTestApp({ clock: manualClock(new Date(`${TODAY}T09:00:00Z`)) });
}

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

let serial = 200;
async function specialist(lastName: string, certUntil: string | null, categoryUntil?: string) {
  serial++;
  const s = await t.call<{ id: string; iin: string }>('specialists.save', {
    iin: makeIin('1987-04-12', 'F', serial),
    lastName,
    firstName: 'Айгүл',
    position: 'social_worker_care',
  });
  if (certUntil)
    await t.call('specialists.addCertificate', {
      specialistId: s.id,
      number: `НОК-${serial}`,
      issuer: 'Центр оценки',
      issuedOn: '2024-01-10',
      validUntil: certUntil,
    });
  if (categoryUntil)
    await t.call('specialists.addCategory', {
      specialistId: s.id,
      categoryCode: 'first',
      orderNo: `П-${serial}`,
      assignedOn: '2024-02-01',
      validUntil: categoryUntil,
    });
  return s;
}

/** The router's answer to a call that must fail, in the given language. */
async function failure(name: string, input: unknown, locale = 'ru') {
  const r = await t.router.call(name, input, { session: t.admin, locale });
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error;
}

function pdfText(file: { base64: string; fileName: string }) {
  const path = join(t.dir, file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

describe('alert bands', () => {
  it('counts certificates and categories in the office’s bands, which are settings checked in order', async () => {
    await start();
    await specialist('Бесова', day(5)); // within 7
    await specialist('Жиырмаева', day(20)); // within 30
    await specialist('Алпысова', day(60), day(25)); // within 90; category within 30
    await specialist('Ұзақова', day(400));
    await specialist('Өткенова', day(-2));
    const a = await t.call<Output<'alerts.summary'>>('alerts.summary', {});
    expect(a.certificateBands).toEqual([
      { days: 7, n: 1 },
      { days: 30, n: 2 },
      { days: 90, n: 3 },
    ]);
    expect(a.categoryBands.map((b) => b.n)).toEqual([0, 1, 1]);
    // Each band opens the list with the same filter, which finds the same people.
    const within30 = await t.call<Output<'specialists.search'>>('specialists.search', {
      expiringWithinDays: 30,
    });
    expect(within30.rows.map((r) => r.lastName).sort()).toEqual(['Бесова', 'Жиырмаева']);
    const cat = await t.call<Output<'specialists.search'>>('specialists.search', {
      categoryExpiringWithinDays: 30,
    });
    expect(cat.rows.map((r) => r.lastName)).toEqual(['Алпысова']);
    // "Expiring" is the widest band: 60 days out counts now, and stops counting when it shrinks.
    const expiring = await t.call<Output<'specialists.search'>>('specialists.search', { state: 'expiring' });
    expect(expiring.total).toBe(3);

    const bad = await failure('settings.setCertAlerts', { urgentDays: 30, warnDays: 14, noticeDays: 60 });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields?.warnDays).toBe(
      'Предупреждение, дней: пороги должны возрастать: срочно < предупреждение < уведомление',
    );
    await t.call('settings.setCertAlerts', { urgentDays: 3, warnDays: 14, noticeDays: 45 });
    const b = await t.call<Output<'alerts.summary'>>('alerts.summary', {});
    expect(b.certificateBands).toEqual([
      { days: 3, n: 0 },
      { days: 14, n: 1 },
      { days: 45, n: 2 },
    ]);
    expect(
      (await t.call<Output<'specialists.search'>>('specialists.search', { state: 'expiring' })).total,
    ).toBe(2);
    // The setting is audited field by field.
    expect(
      sqlite3(`SELECT count(*) FROM audit_log WHERE entity = 'setting' AND entity_id = 'certAlerts'`),
    ).toBe('1');
  });
});

describe('saved lists of specialists', () => {
  it('keeps each user’s specialist lists apart from their applicant lists, names unique per register', async () => {
    await start();
    await t.call('worklists.save', { name: 'Мои', filters: { sex: 'F' } });
    const saved = await t.call<Output<'worklists.saveSpecialistList'>>('worklists.saveSpecialistList', {
      name: 'Мои',
      filters: { position: 'psychologist', expiringWithinDays: 30, sortBy: 'certValidUntil' },
    });
    expect(saved.filters).toEqual({
      position: 'psychologist',
      expiringWithinDays: 30,
      sortBy: 'certValidUntil',
    });
    // The same name (any case) replaces the list of its own register only.
    await t.call('worklists.saveSpecialistList', { name: 'МОИ', filters: { state: 'expired' } });
    const lists = await t.call<Output<'worklists.specialistLists'>>('worklists.specialistLists', {});
    expect(lists).toHaveLength(1);
    expect(lists[0]?.filters).toEqual({ state: 'expired' });
    const applicantLists = await t.call<Output<'worklists.list'>>('worklists.list', {});
    expect(applicantLists.map((l) => l.filters)).toEqual([{ sex: 'F' }]);
    const bad = await failure('worklists.saveSpecialistList', {
      name: 'x',
      filters: { expiringWithinDays: 0 },
    });
    expect(bad.code).toBe('VALIDATION');
    await t.call('worklists.remove', { id: lists[0]?.id });
    expect(await t.call('worklists.specialistLists', {})).toEqual([]);
    expect(sqlite3(`SELECT register, name FROM worklists`)).toBe('applicants|Мои');
  });
});

describe('case load', () => {
  it('counts each specialist’s open cases, recipients and weekly hours from the plans in force', async () => {
    await start();
    await t.call('maintenance.seed', { applicants: 1500, seed: 4, specialists: 60 });
    const load = await t.call<Output<'specialists.caseLoad'>>('specialists.caseLoad', { limit: 500 });
    // Independently: the newest plan of each open case, by window function rather than subquery.
    const current = `SELECT p.*, c.applicant_id FROM (SELECT *, row_number() OVER (PARTITION BY case_id
        ORDER BY created_at DESC, id DESC) AS rn FROM work_plans) p JOIN cases c ON c.id = p.case_id
        WHERE p.rn = 1 AND c.status NOT IN ('refused', 'terminated', 'withdrawn')`;
    const perPosition = sqlite3(
      `SELECT s.position, count(DISTINCT cur.applicant_id) FROM (${current}) cur
         JOIN specialists s ON s.id = cur.responsible_id WHERE s.active = 1 GROUP BY s.position ORDER BY s.position`,
    );
    expect(perPosition).not.toBe('');
    const fromApi = load.byPosition
      .filter((p) => p.recipients > 0)
      .map((p) => `${p.position}|${p.recipients}`)
      .sort()
      .join('\n');
    expect(fromApi).toBe(perPosition);
    // Hours a week, from the catalogue's hour-based lines (daily ×7, weekly ×1, monthly ×12/52).
    const hours = sqlite3(
      `SELECT cur.responsible_id, round(sum(CAST(json_extract(j.value, '$.volume') AS REAL) *
          CASE json_extract(j.value, '$.periodicity') WHEN 'daily' THEN 7 WHEN 'weekly' THEN 1
               WHEN 'monthly' THEN 12.0 / 52 ELSE 0 END), 1)
         FROM (${current}) cur, json_each(cur.items) j
         JOIN service_catalogue k ON k.code = json_extract(j.value, '$.code') AND k.unit = 'hour'
        GROUP BY cur.responsible_id`,
    )
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('|'));
    for (const [id, h] of hours) {
      const row = load.top.find((r) => r.id === id);
      if (row) expect(row.hoursPerWeek).toBeCloseTo(Number(h), 1);
    }
    const busiest = load.top[0];
    expect(busiest && busiest.recipients > 0).toBe(true);
    const card = await t.call<Output<'specialists.card'>>('specialists.card', { id: busiest?.id });
    expect(card.load).toEqual({
      activeCases: busiest?.activeCases,
      recipients: busiest?.recipients,
      hoursPerWeek: busiest?.hoursPerWeek,
      visitsPerWeek: busiest?.visitsPerWeek,
    });
    const district = load.district;
    expect(district.recipientsPerSpecialist).toBeCloseTo(district.recipients / district.specialists, 1);
  });
});

describe('documents', () => {
  it('prints the specialist’s card and the head’s expiry list in kk and ru', async () => {
    await start();
    await t.call('settings.setOffice', {
      nameKk: 'Талғар ауданының жұмыспен қамту бөлімі',
      nameRu: 'Отдел занятости Талгарского района',
      akimatKk: 'Талғар ауданының әкімдігі',
      akimatRu: 'Акимат Талгарского района',
      headName: 'Сейтқали Б.Н.',
      headPositionKk: 'Бөлім басшысы',
      headPositionRu: 'Руководитель отдела',
    });
    const s = await specialist('Жиырмаева', day(20), day(80));
    await specialist('Ұзақова', day(400));
    const kk = pdfText(await t.call('specialists.cardPdf', { id: s.id, locale: 'kk' }));
    expect(kk).toContain('МАМАННЫҢ ТІЗІЛІМДЕГІ КАРТОЧКАСЫ');
    expect(kk).toContain('Жиырмаева Айгүл');
    expect(kk).toContain(s.iin);
    expect(kk).toContain('Күтім жөніндегі әлеуметтік қызметкер');
    expect(kk).toContain(`${dmy('2024-01-10')} – ${dmy(day(20))}`);
    expect(kk).toContain('Бірінші санат');
    const ru = pdfText(await t.call('specialists.expiryPdf', { locale: 'ru' }));
    expect(ru).toContain('СПИСОК СПЕЦИАЛИСТОВ С ИСТЕКАЮЩИМИ СЕРТИФИКАТАМИ');
    expect(ru).toContain('в течение 90 дней');
    expect(ru).toMatch(new RegExp(`Жиырмаева Айгүл.*Сертификат ${dmy(day(20))} 20`));
    expect(ru).toMatch(new RegExp(`Жиырмаева Айгүл.*Категория: ${dmy(day(80))} 80`));
    expect(ru).toMatch(/Категория:[^\n]*\n[^\n]*Первая/);
    expect(ru).not.toContain('Ұзақова');
    expect(ru).toContain('Руководитель отдела');
    expect(ru).toContain('Всего: 2');
    const kkList = pdfText(await t.call('specialists.expiryPdf', { locale: 'kk', days: 7 }));
    expect(kkList).toContain('Осы мерзімде ештеңе бітпейді.');
    expect(sqlite3(`SELECT count(*) FROM audit_log WHERE entity = 'specialist' AND action = 'print'`)).toBe(
      '3',
    );
  });
});

const HEADERS = [
  'ИИН',
  'Фамилия',
  'Имя',
  'Отчество',
  'Должность',
  'Номер сертификата',
  'Кем выдан',
  'Дата выдачи',
  'Действителен до',
];

async function xlsx(rows: (string | number | Date | null)[][], headers = HEADERS) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Реестр');
  sheet.addRow(['Реестр специалистов Талгарского района']);
  sheet.addRow([]);
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('spreadsheet import', () => {
  it('imports a good .xlsx in one go: the dry run maps the columns, the commit writes every row', async () => {
    await start();
    const good = await xlsx([
      [
        makeIin('1980-01-02', 'F', 301),
        'Сейітова',
        'Әсем',
        'Бекқызы',
        'Психолог',
        'НОК-1',
        'Центр оценки',
        '10.01.2025',
        '09.01.2028',
      ],
      [makeIin('1982-05-06', 'M', 302), 'Нұрланов', 'Дәурен', '', 'Әлеуметтік педагог', '', '', '', ''],
      [
        makeIin('1979-11-30', 'F', 303),
        'Ким',
        'Анна',
        '',
        'social_worker_care',
        'НОК-3',
        'Центр оценки',
        new Date(Date.UTC(2025, 2, 1)),
        '2028-02-28',
      ],
    ]);
    const input = { fileName: 'реестр.xlsx', base64: good };
    const dry = await t.call<Output<'specialists.importPreview'>>('specialists.importPreview', input);
    // The title rows above the header are skipped; every column is recognised by its header.
    expect(dry.headers).toEqual(HEADERS);
    expect(dry.mapping).toMatchObject({
      iin: 'ИИН',
      position: 'Должность',
      certValidUntil: 'Действителен до',
    });
    expect(dry.problems).toEqual([]);
    expect(dry).toMatchObject({ ready: true, rows: 3, specialists: 3, certificates: 2 });
    expect(dry.sample[1]).toMatchObject({ row: 5, name: 'Нұрланов Дәурен', position: 'social_pedagogue' });
    expect(sqlite3('SELECT count(*) FROM specialists')).toBe('0');
    const done = await t.call<Output<'specialists.import'>>('specialists.import', input);
    expect(done).toEqual({ specialists: 3, certificates: 2 });
    expect(
      sqlite3(
        `SELECT last_name, position, coalesce(cert_valid_until, '-') FROM specialists ORDER BY last_name`,
      ),
    ).toBe(
      [
        'Ким|social_worker_care|2028-02-28',
        'Нұрланов|social_pedagogue|-',
        'Сейітова|psychologist|2028-01-09',
      ].join('\n'),
    );
    expect(sqlite3(`SELECT count(*) FROM audit_log WHERE action = 'import'`)).toBe('1');
    // Imported people are found by the folded search like any other.
    const found = await t.call<Output<'specialists.search'>>('specialists.search', { query: 'асем сейит' });
    expect(found.total).toBe(1);
  });

  it('writes nothing when any row is wrong, and lists every problem by row and column', async () => {
    await start();
    const taken = await specialist('Бар', day(300));
    const dupe = makeIin('1980-01-02', 'F', 311);
    const file = await xlsx([
      [dupe, 'Дұрыс', 'Бір', '', 'Психолог', '', '', '', ''],
      ['123456789012', 'Қате', 'ЖСН', '', 'Психолог', '', '', '', ''],
      [makeIin('1981-01-02', 'M', 312), '', 'Атсыз', '', 'Космонавт', '', '', '', ''],
      [dupe, 'Қайталанған', 'Екі', '', 'Психолог', '', '', '', ''],
      [taken.iin, 'Тізілімде', 'Бар', '', 'Психолог', '', '', '', ''],
      [
        makeIin('1983-03-03', 'F', 313),
        'Сертификат',
        'Қате',
        '',
        'Психолог',
        'НОК-9',
        'Центр',
        '31.02.2025',
        '01.01.2024',
      ],
    ]);
    const input = { fileName: 'bad.xlsx', base64: file };
    const dry = await t.call<Output<'specialists.importPreview'>>('specialists.importPreview', input);
    expect(dry.ready).toBe(false);
    const got = dry.problems.map((p) => `${p.row}|${p.column}|${p.message}`);
    expect(got).toEqual([
      '5|ИИН|ИИН: неверная контрольная цифра ИИН',
      '6|Должность|Должность: должности нет в справочнике',
      '6|Фамилия|Фамилия: обязательно для заполнения',
      '7|ИИН|ИИН: этот ИИН уже есть в строке 4 файла',
      '8|ИИН|ИИН: специалист с этим ИИН уже есть в реестре',
      '9|Дата выдачи|Дата выдачи сертификата: дата в формате ДД.ММ.ГГГГ',
    ]);
    const refused = await failure('specialists.import', input);
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(refused.message).toBe(
      'Ничего не записано: в файле 6 ошибок. Просмотрите список, исправьте файл и проверьте снова.',
    );
    expect(sqlite3('SELECT count(*) FROM specialists')).toBe('1');
    expect(sqlite3('SELECT count(*) FROM specialist_certificates')).toBe('1');
  });

  it('reads a semicolon CSV saved by a Russian Excel (Windows-1251), with a mapping the user chose', async () => {
    await start();
    const text = [
      'Фамилия;Имя;ИИН;Специальность;Срок сертификата',
      `Абаева;Дина;${makeIin('1990-02-03', 'F', 321)};психолог;01.06.2027`,
    ].join('\r\n');
    const src = join(t.dir, 'utf8.csv');
    writeFileSync(src, text);
    const cp1251 = execFileSync('iconv', ['-f', 'utf-8', '-t', 'cp1251', src]);
    expect(cp1251.includes(Buffer.from('Абаева'))).toBe(false);
    const base64 = cp1251.toString('base64');
    // "Специальность" is not a header we know: position is unmapped and required.
    const first = await t.call<Output<'specialists.importPreview'>>('specialists.importPreview', {
      fileName: 'тізім.csv',
      base64,
    });
    expect(first.mapping.position).toBeNull();
    expect(first.problems.map((p) => p.message)).toEqual([
      'Должность: такого столбца в файле нет — выберите его в сопоставлении',
    ]);
    const mapping = { ...first.mapping, position: 'Специальность', certValidUntil: null };
    const dry = await t.call<Output<'specialists.importPreview'>>('specialists.importPreview', {
      fileName: 'тізім.csv',
      base64,
      mapping,
    });
    expect(dry.problems).toEqual([]);
    expect(dry.sample[0]).toMatchObject({ name: 'Абаева Дина', position: 'psychologist' });
    await t.call('specialists.import', { fileName: 'тізім.csv', base64, mapping });
    expect(sqlite3('SELECT last_name FROM specialists')).toBe('Абаева');
  });

  it('refuses a file in the wrong format with a message naming it, in the caller’s language', async () => {
    await start();
    const pdf = Buffer.from('%PDF-1.4 not a table').toString('base64');
    const asXlsx = await failure('specialists.importPreview', { fileName: 'реестр.xlsx', base64: pdf }, 'kk');
    expect(asXlsx.code).toBe('IMPORT_UNREADABLE');
    expect(asXlsx.message).toContain('«реестр.xlsx» файлын оқу мүмкін болмады');
    const other = await failure('specialists.import', { fileName: 'реестр.pdf', base64: pdf });
    expect(other.code).toBe('IMPORT_EXTENSION');
    expect(other.message).toBe('Файл «реестр.pdf» не принимается: загрузите таблицу .xlsx или .csv.');
    const empty = await failure('specialists.importPreview', {
      fileName: 'empty.csv',
      base64: Buffer.from('\r\n;;\r\n').toString('base64'),
    });
    expect(empty.code).toBe('IMPORT_EMPTY');
    expect(sqlite3('SELECT count(*) FROM specialists')).toBe('0');
  });
});

describe('qualification categories and history', () => {
  it('lets an administrator edit the categories, remove a wrong assignment, and shows it all in history', async () => {
    await start();
    const before = await t.call<Output<'specialists.categories'>>('specialists.categories', {});
    expect(before.map((c) => c.code)).toEqual(['first', 'highest', 'second']);
    const after = await t.call<Output<'specialists.saveCategory'>>('specialists.saveCategory', {
      code: 'first',
      nameKk: 'Бірінші санат',
      nameRu: 'Первая категория',
      validityYears: 5,
      basis: 'Приказ МТСЗН № 123 от 01.01.2027',
      effectiveFrom: '2027-01-01',
      active: true,
    });
    expect(after.find((c) => c.code === 'first')?.validityYears).toBe(5);
    const bad = await failure('specialists.saveCategory', {
      code: 'Высшая',
      nameKk: 'x',
      nameRu: 'x',
      validityYears: 0,
      basis: 'x',
      effectiveFrom: '2027-01-01',
    });
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['code', 'validityYears']);
    const s = await specialist('Тарихова', day(300));
    // A category assigned from now on lasts the new five years.
    const { id } = await t.call<{ id: string }>('specialists.addCategory', {
      specialistId: s.id,
      categoryCode: 'first',
      orderNo: 'П-1',
      assignedOn: '2026-11-02',
    });
    expect(sqlite3(`SELECT valid_until FROM specialist_categories WHERE id = '${id}'`)).toBe('2031-11-01');
    expect(sqlite3(`SELECT category_valid_until FROM specialists WHERE id = '${s.id}'`)).toBe('2031-11-01');
    await t.call('specialists.removeCategory', { id, reason: 'ошибка в номере приказа' });
    expect(sqlite3(`SELECT coalesce(category_valid_until, '-') FROM specialists WHERE id = '${s.id}'`)).toBe(
      '-',
    );
    expect((await failure('specialists.removeCategory', { id, reason: 'ещё раз' })).code).toBe('NOT_FOUND');
    const history = await t.call<Output<'specialists.history'>>('specialists.history', { id: s.id });
    expect(history.rows.map((r) => `${r.entity}:${r.action}`)).toEqual([
      'specialist_category:remove',
      'specialist_category:create',
      'specialist_certificate:create',
      'specialist:create',
    ]);
    expect(history.total).toBe(4);
  });
});
