import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// Applications (cases) through the real router over a real SQLite file, on a clock the test
// sets (today = 2026-11-20): numbering, validation in the caller's language, withdrawal, the
// audit trail and the registry's "has an active case" filter.

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({ clock: manualClock(new Date('2026-11-20T09:00:00Z')) });
});
afterEach(() => t.close());

const person = (over: Record<string, unknown> = {}) => ({
  lastName: 'Жұмабаева',
  firstName: 'Сәуле',
  birthDate: '1948-05-02',
  sex: 'F',
  katoCode: '196020100',
  address: 'Талгар, ул. Абая, 3',
  iin: '',
  iinMissingReason: 'Документы утеряны',
  ...over,
});

const application = (applicantId: string, over: Record<string, unknown> = {}) => ({
  applicantId,
  appliedOn: '2026-11-18',
  channel: 'state_corporation',
  appliedBy: 'self',
  grounds: ['old_age_self_care'],
  ssuTypes: ['social_domestic', 'social_medical'],
  requestedForm: 'home',
  ...over,
});

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

describe('applications', () => {
  it('numbers cases by year, shows them on the card newest first and keeps the active-case fact', async () => {
    const p = await t.call<{ id: string }>('applicants.create', person());
    const first = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(p.id, { appliedOn: '2025-12-30' }),
    );
    const second = await t.call<Output<'cases.register'>>('cases.register', application(p.id));
    const third = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(p.id, {
        appliedOn: '2026-11-19',
        appliedBy: 'family_member',
        applicantName: 'Жұмабаев Ерлан',
        onBehalfReason: 'лежачий больной',
        channel: 'department',
      }),
    );
    expect([first.number, second.number, third.number]).toEqual(['2025-00001', '2026-00001', '2026-00002']);
    expect(third.status).toBe('registered');

    const card = await t.call<Output<'applicants.card'>>('applicants.card', { id: p.id });
    expect(card.cases.map((c) => c.number)).toEqual(['2026-00002', '2026-00001', '2025-00001']);
    expect(card.cases[0]).toMatchObject({ appliedBy: 'family_member', applicantName: 'Жұмабаев Ерлан' });
    expect(card.cases[1]).toMatchObject({ grounds: ['old_age_self_care'], requestedForm: 'home' });

    // Read back with the sqlite3 CLI: the rows, the fact on the person, the year counters.
    expect(sqlite3(`SELECT count(*) FROM cases WHERE applicant_id = '${p.id}'`)).toBe('3');
    expect(sqlite3(`SELECT active_case FROM applicants WHERE id = '${p.id}'`)).toBe('1');
    expect(sqlite3("SELECT name || '=' || value FROM sequences WHERE name LIKE 'case:%' ORDER BY name")).toBe(
      'case:2025=1\ncase:2026=2',
    );

    // The printable summary lists the applications (read back with pdftotext, in kk).
    const pdf = await t.call<{ fileName: string; base64: string }>('applicants.summaryPdf', {
      id: p.id,
      locale: 'kk',
    });
    const file = join(t.dir, pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Өтініштер мен істер');
    expect(text).toMatch(/№ 2026-00002, 19\.11\.2026, Бөлімге тікелей — Тіркелді/);
    expect(text).toContain('Жасының ұлғаюына');

    // Withdrawing all three clears the fact; a withdrawn case cannot be withdrawn again.
    for (const c of [first, second, third]) {
      const w = await t.call<Output<'cases.withdraw'>>('cases.withdraw', {
        id: c.id,
        on: '2026-11-20',
        reason: 'Заявитель передумал',
      });
      expect(w).toMatchObject({ status: 'withdrawn', closedOn: '2026-11-20' });
      if (c !== third) expect(sqlite3(`SELECT active_case FROM applicants WHERE id = '${p.id}'`)).toBe('1');
    }
    expect(sqlite3(`SELECT active_case FROM applicants WHERE id = '${p.id}'`)).toBe('0');
    const again = await t.router.call(
      'cases.withdraw',
      { id: first.id, on: '2026-11-20', reason: 'x' },
      { session: t.admin, locale: 'ru' },
    );
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.error.fields).toEqual({
        status: 'Статус: отозвать заявление можно только до начала обслуживания',
      });

    // Audited under the person, with the grounds and the reason masked (health, violence, prison).
    const audit = sqlite3(
      `SELECT action || ' ' || changes FROM audit_log WHERE entity = 'case' AND entity_id = '${first.id}' ORDER BY seq`,
    ).split('\n');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatch(/^create .*"grounds":\[null,"\*\*\*"\]/);
    expect(audit[0]).toContain('"number":[null,"2025-00001"]');
    expect(audit[1]).toMatch(/^withdraw .*"status":\["registered","withdrawn"\]/);
    expect(audit[1]).not.toContain('передумал');
    expect(sqlite3(`SELECT count(*) FROM audit_log WHERE entity = 'case' AND subject_id = '${p.id}'`)).toBe(
      '6',
    );
  });

  it('refuses bad applications with messages that name the field, and writes nothing', async () => {
    const p = await t.call<{ id: string }>('applicants.create', person());
    const cases: [Record<string, unknown>, Record<string, string>, string][] = [
      [{ grounds: [] }, { grounds: 'Основания (ст. 133 СК): выберите хотя бы одно основание' }, 'ru'],
      [
        { appliedBy: 'guardian' },
        { applicantName: 'ФИО заявителя: укажите, кто подал заявление от имени человека' },
        'ru',
      ],
      [{ appliedOn: '2026-11-21' }, { appliedOn: 'Өтініш күні: күн болашақта болмауы керек' }, 'kk'],
      [{ appliedOn: '1947-01-01' }, { appliedOn: 'Өтініш күні: туған күнінен ерте болмауы керек' }, 'kk'],
      [{ channel: undefined }, { channel: 'Өтініш арнасы: толтыру міндетті' }, 'kk'],
    ];
    for (const [over, fields, locale] of cases) {
      const r = await t.router.call('cases.register', application(p.id, over), { session: t.admin, locale });
      expect(r.ok, JSON.stringify(over)).toBe(false);
      if (r.ok) continue;
      // The message names the field in the caller's language, then says what is wrong.
      const [[field, text]] = Object.entries(fields) as [[string, string]];
      expect(r.error.fields?.[field], JSON.stringify(over)).toContain(text);
    }
    // A deceased person gets no new application.
    await t.call('applicants.update', {
      id: p.id,
      ...person({ deathDate: '2026-10-01' }),
    });
    const dead = await t.router.call('cases.register', application(p.id), { session: t.admin, locale: 'ru' });
    expect(dead.ok).toBe(false);
    if (!dead.ok) expect(JSON.stringify(dead.error.fields)).toContain('человек отмечен как умерший');
    // Nothing was written: no case, no counter, no fact, no audit entry.
    expect(sqlite3('SELECT count(*) FROM cases')).toBe('0');
    expect(sqlite3("SELECT count(*) FROM sequences WHERE name LIKE 'case:%'")).toBe('0');
    expect(sqlite3("SELECT count(*) FROM audit_log WHERE entity = 'case'")).toBe('0');
  });

  it('a withdrawal date cannot precede the application', async () => {
    const p = await t.call<{ id: string }>('applicants.create', person());
    const c = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(p.id, { appliedBy: 'self', grounds: ['homelessness'] }),
    );
    const r = await t.router.call(
      'cases.withdraw',
      { id: c.id, on: '2026-11-01', reason: 'Ошибка регистрации' },
      { session: t.admin, locale: 'ru' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields).toEqual({ on: 'Дата: не может быть раньше даты заявления' });
    expect(sqlite3(`SELECT status FROM cases WHERE id = '${c.id}'`)).toBe('registered');
  });

  it('the registry lists the people with an active case, with other filters and by name', async () => {
    const a = await t.call<{ id: string }>('applicants.create', person({ lastName: 'Абаева' }));
    const b = await t.call<{ id: string }>(
      'applicants.create',
      person({ lastName: 'Бекова', katoCode: '196030100' }),
    );
    await t.call<{ id: string }>('applicants.create', person({ lastName: 'Ваисова' }));
    await t.call('cases.register', application(a.id));
    const bc = await t.call<Output<'cases.register'>>('cases.register', application(b.id));
    const names = async (filters: Record<string, unknown>) =>
      (await t.call<Output<'applicants.list'>>('applicants.list', { pageSize: 50, ...filters })).rows.map(
        (r) => r.lastName,
      );
    expect(await names({ activeCase: true })).toEqual(['Абаева', 'Бекова']);
    expect(await names({ activeCase: true, katoPrefix: '1960301' })).toEqual(['Бекова']);
    expect(await names({ activeCase: true, query: 'бек', sortBy: 'relevance' })).toEqual(['Бекова']);
    await t.call('cases.withdraw', { id: bc.id, on: '2026-11-20', reason: 'Отказался' });
    expect(await names({ activeCase: true })).toEqual(['Абаева']);
  });

  it('the register lists applications newest first, by status, case number, IIN or name', async () => {
    const a = await t.call<{ id: string }>('applicants.create', person({ lastName: 'Әбілқасымова' }));
    const b = await t.call<{ id: string }>(
      'applicants.create',
      person({ lastName: 'Бекова', iin: '480502400013', iinMissingReason: '' }),
    );
    const first = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(a.id, { appliedOn: '2026-10-01' }),
    );
    const second = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(b.id, { appliedOn: '2026-11-02' }),
    );
    await t.call<Output<'cases.register'>>('cases.register', application(a.id, { appliedOn: '2026-11-19' }));
    await t.call('cases.withdraw', { id: second.id, on: '2026-11-20', reason: 'Отказалась' });
    const list = async (input: Record<string, unknown>) => {
      const r = await t.call<Output<'cases.list'>>('cases.list', input);
      return { total: r.total, rows: r.rows.map((x) => `${x.number} ${x.person.lastName} ${x.status}`) };
    };
    expect(await list({})).toEqual({
      total: 3,
      rows: [
        '2026-00003 Әбілқасымова registered',
        '2026-00002 Бекова withdrawn',
        '2026-00001 Әбілқасымова registered',
      ],
    });
    expect((await list({ status: 'active' })).rows).toEqual([
      '2026-00003 Әбілқасымова registered',
      '2026-00001 Әбілқасымова registered',
    ]);
    expect((await list({ status: 'closed' })).rows).toEqual(['2026-00002 Бекова withdrawn']);
    expect((await list({ status: 'withdrawn', sortDir: 'asc' })).total).toBe(1);
    expect((await list({ query: '2026-0000', sortBy: 'number', sortDir: 'asc' })).rows[0]).toBe(
      `${first.number} Әбілқасымова registered`,
    );
    // The name as typed without Kazakh letters finds the Kazakh spelling, as the registry does.
    expect((await list({ query: 'абилкасым' })).total).toBe(2);
    expect((await list({ query: '4805024' })).rows).toEqual(['2026-00002 Бекова withdrawn']);
    expect((await list({ query: 'нетакой' })).total).toBe(0);
    // Paged: the second page of one row holds the second newest.
    expect((await list({ pageSize: 1, page: 2 })).rows).toEqual(['2026-00002 Бекова withdrawn']);
  });
});
