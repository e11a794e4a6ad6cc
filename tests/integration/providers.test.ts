import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import type { Door } from '../../src-main/core/api/roles';
import { makeBin } from '../../src-main/core/domain/bin';
import { makeIin } from '../../src-main/core/domain/iin';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// The register of providers (issue 17, first part): BIN rules by kind, licence and contacts,
// search as you type with filters, and the list of unreliable suppliers, which blocks provider
// choice and referrals until the day the supplier may return, and not after, in every door.

let t: TestApp;
afterEach(() => t?.close());

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

async function failure(name: string, input: unknown, session = t.admin, locale = 'ru') {
  const r = await t.router.call(name, input, { session, locale });
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error;
}

const provider = (over: Record<string, unknown> = {}) => ({
  nameKk: '«Жанұя» орталығы',
  nameRu: 'Центр «Жануя»',
  kind: 'ngo',
  bin: makeBin('1503', 211),
  licenceNo: 'ЛИЦ-17',
  licenceOn: '2025-02-01',
  licenceUntil: '2026-12-20',
  licenceForms: ['home', 'semi_inpatient'],
  licenceSsuTypes: ['social_domestic'],
  katoCode: '196020100',
  capacity: { home: 120, semi_inpatient: 30 },
  email: 'info@zhanuya.kz',
  contactPerson: 'Әлімова Д.',
  iban: 'KZ12 345K ZT00 0000 1234',
  ...over,
});

describe('providers', () => {
  it('checks a BIN by its digits for an organisation and an IIN for an entrepreneur', async () => {
    t = await makeTestApp({ clock: manualClock(new Date('2026-11-27T09:00:00Z')) });
    const good = makeBin('1503', 211) as string;
    // A check digit that matches, but a type digit no entity has.
    const wrongType = (makeBin('1503', 211, '7') ?? makeBin('1503', 212, '7')) as string;
    const e = await failure('providers.save', provider({ bin: wrongType }));
    expect(e.fields?.bin).toBe('БИН (ИИН для ИП): 5-я цифра БИН — тип юрлица (4, 5 или 6)');
    // An entrepreneur registers under an IIN, which is not a BIN.
    const iin = makeIin('1980-04-04', 'F', 77) as string;
    expect((await failure('providers.save', provider({ bin: iin }))).fields?.bin).toContain('тип юрлица');
    const ie = await t.call<Output<'providers.save'>>(
      'providers.save',
      provider({ kind: 'individual_entrepreneur', bin: iin, nameKk: 'ЖК Әлімова', nameRu: 'ИП Алимова' }),
    );
    expect(ie.bin).toBe(iin);
    const org = await t.call<Output<'providers.save'>>('providers.save', provider());
    expect(org).toMatchObject({
      licenceForms: ['home', 'semi_inpatient'],
      capacity: { home: 120, semi_inpatient: 30 },
      iban: 'KZ12345KZT0000001234',
      unreliableUntil: null,
    });
    // Search as you type over folded names and the BIN; filters by form, district and licence end.
    const search = (input: Record<string, unknown>) =>
      t.call<Output<'providers.search'>>('providers.search', input).then((r) => r.rows.map((p) => p.nameRu));
    expect(await search({ query: 'жануя' })).toEqual(['Центр «Жануя»']);
    expect(await search({ query: good.slice(0, 6) })).toEqual(['Центр «Жануя»']);
    expect(await search({ form: 'semi_inpatient' })).toEqual(['ИП Алимова', 'Центр «Жануя»']);
    expect(await search({ licenceEndingWithinDays: 30 })).toEqual(['ИП Алимова', 'Центр «Жануя»']);
    expect(await search({ licenceEndingWithinDays: 10 })).toEqual([]);
    expect(await search({ district: '1961' })).toEqual([]);
  });
});

describe.each<Door>(['electron', 'web', 'cli'])('the unreliable list through the %s door', (door) => {
  it('blocks choosing the supplier and referring to it until the day it may return, and not after', async () => {
    const clock = manualClock(new Date('2026-11-27T09:00:00Z'));
    t = await makeTestApp({ door, clock });
    const p = await t.call<Output<'providers.save'>>('providers.save', provider());
    let session = t.admin;
    const person = async (serial: number) =>
      t.call<{ id: string }>(
        'applicants.create',
        {
          lastName: 'Панасызова',
          firstName: `Айна${'абвгд'[serial % 5]}`,
          birthDate: '1970-03-03',
          sex: 'F',
          katoCode: '196020100',
          address: 'Талгар',
          iin: makeIin('1970-03-03', 'F', 600 + serial),
        },
        session,
      );
    // Cases on the route without the akimat's decision: the provider is chosen at once.
    const open = async (serial: number) => {
      const who = await person(serial);
      return t.call<{ id: string }>(
        'cases.register',
        {
          applicantId: who.id,
          appliedOn: '2026-11-20',
          channel: 'department',
          appliedBy: 'self',
          grounds: ['homelessness'],
          ssuTypes: [],
          requestedForm: 'temporary_stay',
        },
        session,
      );
    };
    const chosenBefore = await open(1);
    await t.call('casework.chooseProvider', { caseId: chosenBefore.id, on: '2026-11-21', providerId: p.id });
    const entry = await t.call<Output<'providers.markUnreliable'>>('providers.markUnreliable', {
      providerId: p.id,
      reason: 'Не устранил нарушения в срок, указанный комиссией',
      decisionNo: 'КП-12',
      decisionOn: '2026-11-24',
      removedOn: '2026-11-25',
    });
    // One year after the removal (SC art. 167; the office's setting).
    expect(entry.returnOn).toBe('2027-11-25');
    const c = await open(2);
    const refused = await failure('casework.chooseProvider', {
      caseId: c.id,
      on: '2026-11-27',
      providerId: p.id,
    });
    expect(refused.code).toBe('PROVIDER_UNRELIABLE');
    expect(refused.message).toBe(
      'Поставщик внесён в список недобросовестных решением комиссии (КП-12 24.11.2026): его нельзя выбрать и направить к нему до 25.11.2027 (ст. 167 СК).',
    );
    // A choice made before the removal cannot become a referral while the ban lasts.
    const noReferral = await failure('casework.issueReferral', {
      caseId: chosenBefore.id,
      issuedOn: '2026-11-27',
    });
    expect(noReferral.code).toBe('PROVIDER_UNRELIABLE');
    expect(sqlite3('SELECT count(*) FROM referrals')).toBe('0');
    // The case already with this provider is flagged for the caseworker on the home screen.
    expect((await t.call<Output<'alerts.summary'>>('alerts.summary', {})).casesWithUnreliableProvider).toBe(
      1,
    );
    // The provider shows the ban, and the list of unreliable suppliers names it.
    const listed = await t.call<Output<'providers.search'>>('providers.search', { unreliable: true });
    expect(listed.rows.map((r) => [r.nameRu, r.unreliableUntil])).toEqual([['Центр «Жануя»', '2027-11-25']]);
    // The day it may return, it may be chosen again (a new login: a year of sessions has passed).
    clock.advance((365 + 2) * 86_400_000);
    const login = await t.router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
    session = (login as { data: { sessionToken: string } }).data.sessionToken;
    const later = await open(3);
    const ok = await t.router.call(
      'casework.chooseProvider',
      { caseId: later.id, on: '2027-11-25', providerId: p.id },
      { session },
    );
    expect(ok.ok).toBe(true);
  });
});

describe('tariffs and the per-capita bill', () => {
  it('bills the days in service at the tariff in force, keeps confirmed months as they were, and locks them', async () => {
    t = await makeTestApp({ clock: manualClock(new Date('2026-11-27T09:00:00Z')) });
    const p = await t.call<Output<'providers.save'>>(
      'providers.save',
      provider({ licenceForms: ['temporary_stay'] }),
    );
    const tariff = (amount: number, effectiveFrom: string, decreeNo: string) => ({
      year: 2026,
      form: 'temporary_stay',
      category: 'other',
      amount: amount * 100,
      costItems: { wages: (amount - 50_000) * 100, utilities: 30_000 * 100, other: 20_000 * 100 },
      decreeNo,
      decreeOn: effectiveFrom,
      effectiveFrom,
    });
    // The cost items must add up to the tariff.
    const bad = await failure('providers.saveTariff', {
      ...tariff(300_000, '2026-01-01', 'П-1'),
      amount: 300_001 * 100,
    });
    expect(bad.fields?.costItems).toBe('Статьи затрат: сумма статей затрат должна равняться тарифу');
    await t.call('providers.saveTariff', tariff(300_000, '2026-01-01', 'П-1'));
    // A case in service from 11 October at this provider (the route without a decision).
    const who = await t.call<{ id: string }>('applicants.create', {
      lastName: 'Тарифова',
      firstName: 'Гүлжан',
      birthDate: '1970-03-03',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар',
      iin: makeIin('1970-03-03', 'F', 801),
    });
    const c = await t.call<{ id: string }>('cases.register', {
      applicantId: who.id,
      appliedOn: '2026-10-05',
      channel: 'department',
      appliedBy: 'self',
      grounds: ['homelessness'],
      ssuTypes: [],
      requestedForm: 'temporary_stay',
    });
    const sp = await t.call<{ id: string }>('specialists.save', {
      iin: makeIin('1985-05-05', 'F', 802),
      lastName: 'Жауапты',
      firstName: 'Әсел',
      position: 'social_worker_care',
    });
    await t.call('specialists.addCertificate', {
      specialistId: sp.id,
      number: 'Н-1',
      issuer: 'ЦОК',
      issuedOn: '2025-01-01',
      validUntil: '2029-01-01',
    });
    await t.call('casework.chooseProvider', { caseId: c.id, on: '2026-10-06', providerId: p.id });
    await t.call('casework.issueReferral', { caseId: c.id, issuedOn: '2026-10-07' });
    await t.call('casework.savePlan', {
      caseId: c.id,
      responsibleId: sp.id,
      fromOn: '2026-10-11',
      toOn: '2027-04-10',
      items: [{ code: 'dom_accommodation', volume: 30, periodicity: 'monthly' }],
    });
    await t.call('casework.startService', { caseId: c.id, on: '2026-10-11' });
    // October: 21 of 31 days × 300,000 ₸ = 203,225.81 → 203,226 ₸.
    const oct = await t.call<Output<'providers.bill'>>('providers.bill', {
      providerId: p.id,
      month: '2026-10',
    });
    expect(oct.lines.map((l) => [l.person, l.category, l.days, l.monthDays, l.amount])).toEqual([
      ['Тарифова Гүлжан', 'other', 21, 31, 20_322_600],
    ]);
    await t.call('providers.confirmBill', { providerId: p.id, month: '2026-10', actAmount: 20_322_600 });
    // A new decree from 16 November: November is half at each tariff; October does not change.
    await t.call('providers.saveTariff', tariff(330_000, '2026-11-16', 'П-9'));
    const nov = await t.call<Output<'providers.bill'>>('providers.bill', {
      providerId: p.id,
      month: '2026-11',
    });
    expect(nov.total).toBe((150_000 + 165_000) * 100);
    const octAgain = await t.call<Output<'providers.bill'>>('providers.bill', {
      providerId: p.id,
      month: '2026-10',
    });
    expect(octAgain).toMatchObject({ confirmed: true, total: 20_322_600, difference: 0 });
    // The provider's act says more: the difference is shown and kept.
    const confirmed = await t.call<Output<'providers.confirmBill'>>('providers.confirmBill', {
      providerId: p.id,
      month: '2026-11',
      actAmount: 32_000_000,
    });
    expect(confirmed).toEqual({ total: 31_500_000, difference: 500_000 });
    expect(
      (await failure('providers.confirmBill', { providerId: p.id, month: '2026-11', actAmount: 1 })).fields
        ?.month,
    ).toBe('Месяц: счёт за этот месяц подтверждён и не меняется');
    // The database itself refuses to change a confirmed bill or rewrite a decree.
    for (const sql of [
      'UPDATE provider_bills SET amount = 1',
      'DELETE FROM provider_bills',
      'UPDATE tariffs SET amount = 1',
    ]) {
      let refused = '';
      try {
        execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        refused = String((e as { stderr?: string }).stderr);
      }
      expect(refused).toMatch(/final|insert-only/);
    }
    // The card's tabs: the recipient in service against the form's places, and the bill as files.
    const rec = await t.call<Output<'providers.recipients'>>('providers.recipients', { id: p.id });
    expect(rec.rows.map((r) => [r.person, r.status, r.since])).toEqual([
      ['Тарифова Гүлжан', 'in_service', '2026-10-11'],
    ]);
    expect(rec.byForm).toContainEqual({ form: 'temporary_stay', inService: 1, places: null });
    const xlsx = await t.call<Output<'providers.billDocument'>>('providers.billDocument', {
      providerId: p.id,
      month: '2026-11',
      format: 'xlsx',
      locale: 'ru',
    });
    const xlsxPath = join(t.dir, xlsx.fileName);
    writeFileSync(xlsxPath, Buffer.from(xlsx.base64, 'base64'));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(t.dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        t.dir,
        xlsxPath,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const csv = readFileSync(xlsxPath.replace(/\.xlsx$/, '.csv'), 'utf8');
    // Parsed as CSV: formatted numbers ("315,000.00") carry the separator inside quotes.
    const cells = Papa.parse<string[]>(csv.trim()).data;
    const num = (v: string | undefined) => Number((v ?? '').replace(/[\s\u00a0,]/g, ''));
    const line = cells.find((r) => r[1] === 'Тарифова Гүлжан') ?? [];
    expect(line.slice(2, 7)).toEqual([
      makeIin('1970-03-03', 'F', 801),
      rec.rows[0]?.caseNumber,
      'Другие лица',
      'Временного пребывания',
      '30/30',
    ]);
    // LibreOffice recalculates the formulas: the line, the total, and the act's difference.
    expect([num(line[7]), num(line[8])]).toEqual([300_000, 315_000]); // the tariff of the first day served
    expect(num(cells.find((r) => r[1] === 'Итого')?.[8])).toBe(315_000);
    expect(num(cells.find((r) => r[1] === 'Разница (акт − счёт)')?.[8])).toBe(5_000);
    for (const locale of ['kk', 'ru'] as const) {
      const pdf = await t.call<Output<'providers.billDocument'>>('providers.billDocument', {
        providerId: p.id,
        month: '2026-11',
        format: 'pdf',
        locale,
      });
      const file = join(t.dir, pdf.fileName);
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      const words =
        locale === 'kk'
          ? [
              'ЖАН БАСЫНА ҚАРЖЫЛАНДЫРУ ШОТЫ: ҚАРАША 2026',
              'Тарифова Гүлжан',
              '315 000,00',
              '5 000,00',
              'расталды',
            ]
          : [
              'СЧЁТ ПО ПОДУШЕВОМУ ФИНАНСИРОВАНИЮ: НОЯБРЬ 2026',
              'Тарифова Гүлжан',
              '315 000,00',
              '5 000,00',
              'подтверждён',
            ];
      for (const w of words) expect(text, `${locale}: ${w}`).toContain(w);
    }
    const list = await t.call<Output<'providers.tariffs'>>('providers.tariffs', { year: 2026 });
    expect(list.map((x) => [x.decreeNo, x.supersededOn])).toEqual([
      ['П-1', '2026-11-16'],
      ['П-9', null],
    ]);
  });
});
