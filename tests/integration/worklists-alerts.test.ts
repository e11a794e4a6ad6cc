import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// The home screen's alerts, the duplicates report and saved work lists through the real router
// over a real SQLite file, on a clock the test sets (today = 2026-11-20).

let t: TestApp;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  clock = manualClock(new Date('2026-11-20T09:00:00Z'));
  t = await makeTestApp({ clock });
});
afterEach(() => t.close());

const person = (over: Record<string, unknown>) => ({
  lastName: 'Жұмабаев',
  firstName: 'Ерлан',
  birthDate: '1970-01-15',
  sex: 'M',
  katoCode: '196020100',
  address: 'Талгар',
  ...over,
});

async function list(filters: Record<string, unknown>) {
  const r = await t.call<Output<'applicants.list'>>('applicants.list', { pageSize: 200, ...filters });
  return r.rows.map((row) => row.lastName).sort();
}

describe('home alerts', () => {
  it('count re-examinations, expiring programmes, portal deadlines and missing consents as the list filters do', async () => {
    // Due for re-examination on 2026-12-01, with a programme ending then and a measure whose
    // portal order deadline (sent 2026-10-01 + 2 months) is 11 days away.
    const due = await t.call<{ id: string }>('applicants.create', person({ iin: '700115300011' }));
    await t.call('disability.add', {
      applicantId: due.id,
      category: 'adult',
      groupNo: 2,
      cause: 'general_disease',
      term: '1y',
      establishedOn: '2025-12-01',
      mseDecisionNo: 'МСЭ-1',
    });
    const ipr = await t.call<Output<'ipr.create'>>('ipr.create', {
      applicantId: due.id,
      number: 'ИПР-1',
      issuedOn: '2025-12-05',
      parts: ['social'],
      measures: [{ kind: 'technical_aid', classifierCode: '09-01-01', quantity: 1 }],
    });
    await t.call('ipr.setMeasureStatus', {
      id: ipr.measures[0]!.id,
      status: 'sent_to_portal',
      on: '2026-10-01',
      notifiedOn: '2026-10-01',
    });
    // Re-examination far away, consent on file: counted nowhere.
    const calm = await t.call<{ id: string }>(
      'applicants.create',
      person({
        iin: '650302400012',
        lastName: 'Омарова',
        firstName: 'Гүлнар',
        birthDate: '1965-03-02',
        sex: 'F',
        consentDate: '2026-01-10',
        consentForm: 'paper',
        consentRef: '№ 14',
      }),
    );
    await t.call('disability.add', {
      applicantId: calm.id,
      category: 'adult',
      groupNo: 1,
      cause: 'general_disease',
      term: 'indefinite',
      establishedOn: '2020-05-01',
      mseDecisionNo: 'МСЭ-2',
    });
    await t.call(
      'applicants.create',
      person({ iin: '800101300016', lastName: 'Ахметов', birthDate: '1980-01-01' }),
    );

    const a = await t.call<Output<'alerts.summary'>>('alerts.summary', {});
    expect(a).toEqual({
      reexamDue: 1,
      iprExpiring: 1,
      portalDeadline: 1,
      consentMissing: 2,
      decisionsDueSoon: 0,
      decisionsOverdue: 0,
      decisionsToApprove: 0,
      certificateBands: [
        { days: 7, n: 0 },
        { days: 30, n: 0 },
        { days: 90, n: 0 },
      ],
      categoryBands: [
        { days: 7, n: 0 },
        { days: 30, n: 0 },
        { days: 90, n: 0 },
      ],
      certificatesExpiredActive: 0,
      caregiversAwaiting: 0,
      caregiverChecksExpiring: 0,
      caregiversAffected: 0,
      casesWithUnreliableProvider: 0,
      // Set up today: the export reminder (7 days by default) is not due.
      exportOverdueDays: null,
      days: { reexam: 30, ipr: 30, portal: 14 },
    });
    // Each alert's list shows exactly the people it counted.
    expect(await list({ reexamWithinDays: a.days.reexam })).toEqual(['Жұмабаев']);
    expect(await list({ iprExpiringWithinDays: a.days.ipr })).toEqual(['Жұмабаев']);
    expect(await list({ portalDeadlineWithinDays: a.days.portal })).toEqual(['Жұмабаев']);
    expect(await list({ consentMissing: true })).toEqual(['Ахметов', 'Жұмабаев']);

    // The horizons are the office's settings: a 1-day portal horizon no longer counts it, and
    // the alert says the new number of days.
    await t.call('settings.setAlerts', { reexamDays: 30, iprDays: 30, portalDays: 1 });
    const narrow = await t.call<Output<'alerts.summary'>>('alerts.summary', {});
    expect([narrow.portalDeadline, narrow.days.portal]).toEqual([0, 1]);
    await t.call('settings.setAlerts', { reexamDays: 30, iprDays: 30, portalDays: 14 });

    // Twenty days on: the term has ended (no longer "due soon"), the portal deadline has passed
    // and stays on the list until the measure is ordered.
    clock.advance(20 * 86_400_000);
    const login = await t.router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
    if (!login.ok) throw new Error(login.error.code);
    const session = (login.data as { sessionToken: string }).sessionToken;
    const later = await t.call<Output<'alerts.summary'>>('alerts.summary', {}, session);
    expect([later.reexamDue, later.iprExpiring, later.portalDeadline]).toEqual([0, 0, 1]);
    await t.call('ipr.setMeasureStatus', { id: ipr.measures[0]!.id, status: 'ordered' }, session);
    expect((await t.call<Output<'alerts.summary'>>('alerts.summary', {}, session)).portalDeadline).toBe(0);
  });
});

describe('duplicates report', () => {
  it('groups live people with the same name across spellings and the same birth date', async () => {
    const first = await t.call<{ id: string }>(
      'applicants.create',
      person({
        iin: '900308400009',
        lastName: 'Сәрсенбаева',
        firstName: 'Әлия',
        birthDate: '1990-03-08',
        sex: 'F',
      }),
    );
    const second = await t.call<{ id: string }>(
      'applicants.create',
      person({
        iin: '',
        iinMissingReason: 'без документов',
        lastName: 'Сарсенбаева',
        firstName: 'Алия',
        birthDate: '1990-03-08',
        sex: 'F',
        duplicateReason: 'другой человек, проверено по справке',
      }),
    );
    // Same name, another birth date: not a candidate.
    await t.call(
      'applicants.create',
      person({
        iin: '910308400010',
        lastName: 'Сарсенбаева',
        firstName: 'Алия',
        birthDate: '1991-03-08',
        sex: 'F',
      }),
    );
    const report = await t.call<Output<'applicants.duplicateReport'>>('applicants.duplicateReport', {});
    expect(report.totalGroups).toBe(1);
    expect(report.groups[0]!.map((p) => p.id).sort()).toEqual([first.id, second.id].sort());
  });
});

describe('saved work lists', () => {
  it('belong to their author, replace by name in any case, are audited and validated', async () => {
    const saved = await t.call<Output<'worklists.save'>>('worklists.save', {
      name: 'Переосвидетельствование',
      filters: { reexamWithinDays: 30, katoPrefix: '1960', sortBy: 'birthDate', sortDir: 'desc' },
    });
    expect(saved.filters).toEqual({
      reexamWithinDays: 30,
      katoPrefix: '1960',
      sortBy: 'birthDate',
      sortDir: 'desc',
    });
    // The same name typed in other case (Cyrillic, which SQLite's lower() would not fold).
    const replaced = await t.call<Output<'worklists.save'>>('worklists.save', {
      name: 'ПЕРЕОСВИДЕТЕЛЬСТВОВАНИЕ',
      filters: { consentMissing: true, query: 'Әлия' },
    });
    expect(replaced.id).toBe(saved.id);
    await t.call('worklists.save', {
      name: 'Дети до 7 лет',
      filters: { disabilityCategory: 'child_under7' },
    });
    const mine = await t.call<Output<'worklists.list'>>('worklists.list', {});
    expect(mine.map((l) => [l.name, l.filters])).toEqual([
      ['Дети до 7 лет', { disabilityCategory: 'child_under7' }],
      ['ПЕРЕОСВИДЕТЕЛЬСТВОВАНИЕ', { consentMissing: true, query: 'Әлия' }],
    ]);

    // A caseworker sees none of them and cannot remove the administrator's.
    await t.call('users.create', {
      login: 'aigerim',
      fullName: 'Айгерім Маратқызы',
      password: 'temporary-pass-1',
      roles: ['caseworker'],
      locale: 'kk',
    });
    const login = await t.router.call('auth.login', { login: 'aigerim', password: 'temporary-pass-1' });
    if (!login.ok) throw new Error(login.error.code);
    const cw = (login.data as { sessionToken: string }).sessionToken;
    await t.call(
      'auth.changePassword',
      { currentPassword: 'temporary-pass-1', newPassword: 'aigerim-own-pass' },
      cw,
    );
    expect(await t.call('worklists.list', {}, cw)).toEqual([]);
    const foreign = await t.router.call('worklists.remove', { id: saved.id }, { session: cw, locale: 'kk' });
    expect(foreign.ok ? 'ok' : foreign.error.code).toBe('NOT_FOUND');

    // A malformed filter is refused naming the field; nothing is written.
    const bad = await t.router.call(
      'worklists.save',
      { name: '', filters: { katoPrefix: '1' } },
      { session: t.admin, locale: 'ru' },
    );
    if (bad.ok) throw new Error('saved a list without a name');
    expect(bad.error.fields?.name).toBe('Название: обязательно для заполнения');
    expect(bad.error.fields?.['filters.katoPrefix']).toContain('КАТО');

    await t.call('worklists.remove', { id: saved.id });
    expect((await t.call<Output<'worklists.list'>>('worklists.list', {})).map((l) => l.name)).toEqual([
      'Дети до 7 лет',
    ]);
    // Read back with the sqlite3 CLI: one row left, and the audit log holds create, update, remove.
    t.close();
    const db = join(t.dir, 'qamqor.sqlite');
    const q = (sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();
    expect(q('SELECT name FROM worklists')).toBe('Дети до 7 лет');
    expect(
      q(
        `SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE entity = 'worklist' AND entity_id = '${saved.id}' ORDER BY seq)`,
      ),
    ).toBe('create,update,remove');
  });
});
