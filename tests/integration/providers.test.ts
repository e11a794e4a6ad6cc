import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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
    const wrongType = `${good.slice(0, 4)}7${good.slice(5)}`;
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
