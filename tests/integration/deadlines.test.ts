import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// Decision deadlines in working days (issue 14, items 1–2) through the real router over a real
// SQLite file: computed at registration from the shipped calendar and the office's setting,
// recomputed in the same transaction when an administrator changes either, counted on the home
// screen and filtered in the register; read back with the sqlite3 CLI.

let t: TestApp;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  clock = manualClock(new Date('2026-11-20T09:00:00Z')); // Friday
  t = await makeTestApp({ clock });
});
afterEach(() => t.close());

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

let n = 0;
async function registered(requestedForm: string | null = 'home', grounds: string[] = ['old_age_self_care']) {
  n += 1;
  const p = await t.call<{ id: string }>('applicants.create', {
    lastName: ['Мерзімова', 'Уақытова', 'Күнова'][n % 3] ?? 'Мерзімова',
    firstName: ['Айша', 'Дана', 'Зере'][n % 3] ?? 'Айша',
    birthDate: '1950-01-01',
    sex: 'F',
    katoCode: '196020100',
    address: 'Талгар',
    iin: '',
    iinMissingReason: 'нет документов',
  });
  return t.call<Output<'cases.register'>>('cases.register', {
    applicantId: p.id,
    appliedOn: '2026-11-20',
    channel: 'department',
    appliedBy: 'self',
    grounds,
    requestedForm,
  });
}

describe('decision deadlines', () => {
  it('count 14 working days for home-based, 17 for stationary, the day of submission not counted', async () => {
    const home = await registered('home');
    // 23–27 Nov, 30 Nov–4 Dec, 7–10 Dec: the 14th working day is Thursday 10 December.
    expect([home.dueOn, home.workingDaysLeft]).toEqual(['2026-12-10', 14]);
    const stationary = await registered('inpatient');
    // 11, 14, 15 December (16 December is Independence Day).
    expect(stationary.dueOn).toBe('2026-12-15');
    expect(sqlite3(`SELECT due_on FROM cases WHERE id = '${home.id}'`)).toBe('2026-12-10');
  });

  it('run only where the akimat decides: not for a portal or an on-application route (art. 141 p.1)', async () => {
    const homeless = await registered('temporary_stay', ['homelessness']);
    expect([homeless.route, homeless.dueOn, homeless.workingDaysLeft]).toEqual([
      'on_application',
      null,
      null,
    ]);
    const disabled = await registered(null, ['disability']);
    expect([disabled.route, disabled.dueOn]).toEqual(['portal', null]);
    const cruel = await registered('inpatient', ['cruel_treatment']);
    expect([cruel.route, cruel.dueOn]).toEqual(['interior_criteria', '2026-12-15']);
    expect(sqlite3(`SELECT coalesce(due_on, '-') FROM cases WHERE id = '${homeless.id}'`)).toBe('-');
  });

  it('follow a calendar change and a setting change in the same transaction, audited', async () => {
    const c = await registered('home');
    const added = await t.call<Output<'calendar.save'>>('calendar.save', {
      day: '2026-12-08',
      off: true,
      kind: 'transfer_off',
      nameKk: 'Демалыс (ауыстыру)',
      nameRu: 'Выходной (перенос)',
      basis: 'Приказ МТСЗН № 000 (пример)',
      confidence: 'official',
    });
    expect(added.recomputed).toBe(1);
    expect(sqlite3(`SELECT due_on FROM cases WHERE id = '${c.id}'`)).toBe('2026-12-11');
    expect(
      sqlite3("SELECT action FROM audit_log WHERE entity = 'calendar_day' ORDER BY seq DESC LIMIT 1"),
    ).toBe('create');
    // The same day twice is refused beside the field, and nothing is written.
    const before = sqlite3('SELECT count(*) FROM calendar_days');
    const twice = await t.router.call(
      'calendar.save',
      { day: '2026-12-08', off: true, kind: 'transfer_off', nameKk: 'x', nameRu: 'x', basis: 'x' },
      { session: t.admin },
    );
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.error.fields?.day).toContain('уже есть в календаре');
    expect(sqlite3('SELECT count(*) FROM calendar_days')).toBe(before);
    // Removing the day brings the old due date back; the row stays, marked removed.
    await t.call('calendar.remove', { id: added.day.id });
    expect(sqlite3(`SELECT due_on FROM cases WHERE id = '${c.id}'`)).toBe('2026-12-10');
    expect(sqlite3(`SELECT removed_at IS NOT NULL FROM calendar_days WHERE id = '${added.day.id}'`)).toBe(
      '1',
    );
    // The office shortens the home-based term to 10 working days.
    await t.call('settings.setDeadlines', { homeDays: 10, stationaryDays: 17, assistantDays: 10 });
    expect(sqlite3(`SELECT due_on FROM cases WHERE id = '${c.id}'`)).toBe('2026-12-04');
  });

  it('are counted on the home screen and filtered in the register: due soon, then overdue; closed cases drop out', async () => {
    const c = await registered('home'); // due 10 December
    // Days pass: each check signs in again (a session ends after 8 idle hours).
    const signIn = async () => {
      const login = await t.router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
      return (login as { data: { sessionToken: string } }).data.sessionToken;
    };
    let session = '';
    const alerts = async () => {
      session = await signIn();
      return t.call<Output<'alerts.summary'>>('alerts.summary', {}, session);
    };
    clock.advance(13 * 86_400_000); // Thursday 3 December: 10 December is 5 working days away
    expect([(await alerts()).decisionsDueSoon, (await alerts()).decisionsOverdue]).toEqual([0, 0]);
    clock.advance(4 * 86_400_000); // Monday 7 December: 3 working days left
    expect((await alerts()).decisionsDueSoon).toBe(1);
    const soon = await t.call<Output<'cases.list'>>('cases.list', { due: 'soon' }, session);
    expect(soon.rows.map((r) => [r.number, r.workingDaysLeft])).toEqual([[c.number, 3]]);
    clock.advance(4 * 86_400_000); // Friday 11 December: one working day overdue
    expect([(await alerts()).decisionsDueSoon, (await alerts()).decisionsOverdue]).toEqual([0, 1]);
    const overdue = await t.call<Output<'cases.list'>>(
      'cases.list',
      { due: 'overdue', sortBy: 'dueOn' },
      session,
    );
    expect(overdue.rows[0]?.workingDaysLeft).toBe(-1);
    await t.call('cases.withdraw', { id: c.id, on: '2026-11-25', reason: 'Передумала' }, session);
    expect((await alerts()).decisionsOverdue).toBe(0);
    expect(sqlite3(`SELECT coalesce(due_on, '-') FROM cases WHERE id = '${c.id}'`)).toBe('-');
  });
});
