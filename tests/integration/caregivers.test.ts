import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { fieldMessage, MESSAGE_SOURCES } from '../../src-main/core/api/messages';
import type { Role } from '../../src-main/core/api/roles';
import { makeIin } from '../../src-main/core/domain/iin';
import { refreshOpenRegistrations } from '../../src-main/core/modules/caregivers/registrations';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// Family members as paid caregivers through the real router over a real SQLite file (today =
// 2026-12-03): a mother registered as her son's individual assistant with every check recorded,
// the care allowance refused while she is registered (and the other way round), the contract at
// the akimat's rate, November's timesheet capped at 8 hours a day, confirmed by a head and then
// locked (the database itself refuses a change), an adjustment, the month paid by the accountant,
// and the payment register read back with LibreOffice and pdftotext.

let t: TestApp;
afterEach(() => t?.close());

const ISSUE_KEYS = [...new Set(MESSAGE_SOURCES.flatMap((m) => Object.keys(m.ru.issues ?? {})))];
function keyOf(field: string, text: string): string {
  for (const key of ISSUE_KEYS) if (fieldMessage(field, key, 'ru') === text) return key;
  for (const n of text.match(/\d+/g) ?? [])
    for (const p of ['maxNumber', 'hoursCap', 'unconfirmedTimesheets'])
      if (fieldMessage(field, `${p}:${n}`, 'ru') === text) return `${p}:${n}`;
  return text;
}
async function fails(name: string, input: unknown, session?: string, locale = 'ru') {
  const r = await t.router.call(name, input, { session: session ?? t.admin, locale });
  if (r.ok) throw new Error(`${name} should have failed`);
  const fields = r.error.fields
    ? Object.fromEntries(Object.entries(r.error.fields).map(([f, text]) => [f, keyOf(f, text)]))
    : undefined;
  return { ...r.error, fields };
}
const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();
const sqlite3Fails = (sql: string) => {
  try {
    execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e);
  }
  throw new Error(`sqlite3 accepted: ${sql}`);
};

async function addUser(login: string, roles: Role[]) {
  await t.call('users.create', {
    login,
    fullName: `Қызметкер ${login}`,
    password: 'temporary-pass-1',
    roles,
    locale: 'ru',
  });
  const r = await t.router.call('auth.login', { login, password: 'temporary-pass-1' });
  if (!r.ok) throw new Error(r.error.code);
  const session = (r.data as { sessionToken: string }).sessionToken;
  await t.call(
    'auth.changePassword',
    { currentPassword: 'temporary-pass-1', newPassword: 'own-pass-2026' },
    session,
  );
  return session;
}

let serial = 400;
async function person(lastName: string, firstName: string, birthDate: string, sex: 'M' | 'F') {
  serial++;
  return t.call<{ id: string; iin: string }>('applicants.create', {
    lastName,
    firstName,
    birthDate,
    sex,
    katoCode: '196020100',
    address: 'Талгар, ул. Абая, 5',
    iin: makeIin(birthDate, sex, serial),
  });
}

async function groupOne(applicantId: string) {
  await t.call('disability.add', {
    applicantId,
    category: 'adult',
    groupNo: 1,
    cause: 'general_disease',
    term: 'indefinite',
    establishedOn: '2024-03-01',
    mseDecisionNo: 'МСЭ-7',
    movementDifficulty: true,
  });
}

const CHECKS = ['mental_health', 'medical', 'training', 'conviction', 'legal_capacity'] as const;
const EVIDENCE = {
  mental_health: 'psychiatric_certificate',
  medical: 'medical_certificate',
  training: 'training_certificate',
  conviction: 'criminal_record_certificate',
  legal_capacity: 'identity_document',
} as const;

let clock = manualClock(new Date('2026-12-03T09:00:00Z'));
async function world() {
  clock = manualClock(new Date('2026-12-03T09:00:00Z'));
  t = await makeTestApp({ clock });
  const head = await addUser('head1', ['head']);
  const cw = await addUser('cw1', ['caseworker']);
  const accountant = await addUser('acc1', ['accountant']);
  const son = await person('Серіков', 'Дәулет', '1995-04-10', 'M');
  const mother = await person('Серікова', 'Гүлжан', '1970-02-14', 'F');
  await groupOne(son.id);
  return { head, cw, accountant, son, mother };
}

describe('caregivers', () => {
  it('registers a mother as her son’s assistant, pays November and locks what pay rests on', async () => {
    const w = await world();
    const base = {
      caredForId: w.son.id,
      caregiverId: w.mother.id,
      relation: 'parent',
      role: 'individual_assistant',
      hoursPerDay: 8,
      basis: 'ИПАР № 45 от 12.03.2024, мероприятие «индивидуальный помощник»',
      registeredOn: '2026-10-20',
    };
    expect((await fails('caregivers.register', { ...base, hoursPerDay: 9 }, w.cw)).fields).toEqual({
      hoursPerDay: 'caregiverHoursCap',
    });
    const reg = await t.call<Output<'caregivers.register'>>('caregivers.register', base, w.cw);
    expect(reg.status).toBe('awaiting_documents');
    // Each check with its evidence; the medical certificate lasts a year.
    for (const check of CHECKS)
      await t.call(
        'caregivers.recordCheck',
        {
          registrationId: reg.id,
          check,
          result: 'pass',
          evidenceKind: EVIDENCE[check],
          evidenceNo: `№ ${check}`,
          evidenceOn: '2026-10-15',
          ...(check === 'medical' ? { validUntil: '2027-10-14' } : {}),
        },
        w.cw,
      );
    expect(sqlite3(`SELECT status FROM caregivers WHERE id = '${reg.id}'`)).toBe('eligible');

    // The care allowance cannot be registered for the son while his mother is his assistant.
    const allowance = await fails(
      'caregivers.registerAllowance',
      { caredForId: w.son.id, recipientName: 'Серікова Гүлжан', fromOn: '2026-11-01' },
      w.cw,
    );
    expect(allowance.code).toBe('ASSISTANT_ACTIVE');
    expect(allowance.message).toContain('Серікова Гүлжан');
    expect(allowance.message).toContain('20.10.2026');
    expect(sqlite3('SELECT count(*) FROM care_allowances')).toBe('0');

    // No contract without the akimat's rate on its first day; then at that rate.
    const contract = {
      registrationId: reg.id,
      number: 'ГПД-2026/15',
      signedOn: '2026-10-30',
      fromOn: '2026-11-01',
      toOn: '2027-10-31',
      hoursPerDay: 8,
      iban: 'KZ86 125K ZT50 0410 0100',
    };
    expect((await fails('caregivers.signContract', contract, w.cw)).fields).toEqual({ fromOn: 'noRate' });
    await t.call('caregivers.saveRate', {
      role: 'individual_assistant',
      effectiveFrom: '2026-01-01',
      hourlyRate: 1_250_00,
      basis: 'Постановление акимата Талгарского района № 12 от 05.01.2026',
    });
    const signed = await t.call<Output<'caregivers.signContract'>>('caregivers.signContract', contract, w.cw);
    expect(signed).toMatchObject({ hourlyRate: 125_000, iban: 'KZ86125KZT5004100100' });
    expect(sqlite3(`SELECT status FROM caregivers WHERE id = '${reg.id}'`)).toBe('active');

    // The registration card with the contract, in Kazakh and Russian.
    for (const [locale, title, check] of [
      ['kk', 'КҮТІМ ЖАСАУШЫНЫ ТІРКЕУ КАРТОЧКАСЫ', 'Міндетті оқудан өтті: Өтті'],
      ['ru', 'КАРТОЧКА РЕГИСТРАЦИИ ОСУЩЕСТВЛЯЮЩЕГО УХОД', 'Прошёл обязательное обучение: Пройдена'],
    ] as const) {
      const file = await t.call<{ fileName: string; base64: string }>(
        'caregivers.cardPdf',
        { id: reg.id, locale },
        w.cw,
      );
      const p = join(t.dir, file.fileName);
      writeFileSync(p, Buffer.from(file.base64, 'base64'));
      const text = execFileSync('pdftotext', [p, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain('Серікова Гүлжан');
      expect(text).toContain(check);
      expect(text).toContain('ГПД-2026/15');
      expect(text).toContain('1 250,00 ₸');
    }

    // November: more than 8 hours on a day is refused, naming the day's field and the cap.
    const days: number[] = Array.from({ length: 30 }, (_, i) =>
      [0, 6].includes(new Date(Date.UTC(2026, 10, i + 1)).getUTCDay()) ? 0 : 8,
    );
    const over = [...days];
    over[2] = 10;
    expect(
      (await fails('caregivers.saveTimesheet', { contractId: signed.id, month: '2026-11', days: over }, w.cw))
        .fields,
    ).toEqual({
      'days.2': 'hoursCap:8',
    });
    const sheet = await t.call<{ id: string; totalHours: number }>(
      'caregivers.saveTimesheet',
      { contractId: signed.id, month: '2026-11', days },
      w.cw,
    );
    expect(sheet.totalHours).toBe(days.reduce((a, b) => a + b, 0));
    const grid = await t.call<Output<'caregivers.timesheet'>>(
      'caregivers.timesheet',
      { contractId: signed.id, month: '2026-11' },
      w.cw,
    );
    // The calendar's days off are marked (Saturday 7 November, Sunday 1 November).
    expect(grid.days.filter((d) => d.dayOff).map((d) => d.date)).toContain('2026-11-07');
    // Only a head confirms; then the month is locked, in the service and in the database.
    expect((await fails('caregivers.confirmTimesheet', { id: sheet.id }, w.cw)).code).toBe('FORBIDDEN');
    await t.call('caregivers.confirmTimesheet', { id: sheet.id }, w.head);
    const locked = await fails(
      'caregivers.saveTimesheet',
      { contractId: signed.id, month: '2026-11', days },
      w.cw,
    );
    expect(locked.code).toBe('TIMESHEET_LOCKED');
    expect(sqlite3Fails(`UPDATE timesheets SET total_hours = 999 WHERE id = '${sheet.id}'`)).toContain(
      'a confirmed timesheet is locked',
    );
    // A correction is its own audited line.
    await t.call(
      'caregivers.adjustTimesheet',
      { timesheetId: sheet.id, hours: 4, reason: 'Сверхурочно 30.11, по записке' },
      w.cw,
    );
    const hours = sheet.totalHours + 4;

    const pay = await t.call<Output<'caregivers.payroll'>>(
      'caregivers.payroll',
      { month: '2026-11' },
      w.accountant,
    );
    expect(pay.paid).toBe(false);
    expect(pay.lines).toHaveLength(1);
    const line = pay.lines[0] as (typeof pay.lines)[number];
    expect(line.hours).toBe(hours);
    expect(line.gross).toBe(hours * 125_000);
    expect(line.net).toBe(line.gross - line.opv - line.vosms - line.ipn);
    // Only the accountant (or the administrator) pays a month.
    expect(
      (await fails('caregivers.closePayroll', { month: '2026-11', paidOn: '2026-12-03' }, w.cw)).code,
    ).toBe('FORBIDDEN');
    await t.call('caregivers.closePayroll', { month: '2026-11', paidOn: '2026-12-03' }, w.accountant);
    expect(
      (await fails('caregivers.closePayroll', { month: '2026-11', paidOn: '2026-12-03' }, w.accountant)).code,
    ).toBe('MONTH_PAID');
    expect(
      (await fails('caregivers.adjustTimesheet', { timesheetId: sheet.id, hours: 1, reason: 'ещё' }, w.cw))
        .code,
    ).toBe('MONTH_PAID');
    expect(sqlite3Fails(`DELETE FROM pay_lines`)).toContain('pay lines are final');
    expect(sqlite3(`SELECT hours, gross, net FROM pay_lines`)).toBe(`${hours}|${line.gross}|${line.net}`);

    // The payment register: LibreOffice recalculates the totals' formulas to our figures.
    const xlsx = await t.call<{ fileName: string; base64: string }>(
      'caregivers.paymentRegister',
      { month: '2026-11', format: 'xlsx', locale: 'ru' },
      w.accountant,
    );
    const path = join(t.dir, xlsx.fileName);
    writeFileSync(path, Buffer.from(xlsx.base64, 'base64'));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(t.dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        t.dir,
        path,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const csv = readFileSync(path.replace(/\.xlsx$/, '.csv'), 'utf8');
    // Parsed as CSV: formatted numbers ("21,500.00") carry the separator inside quotes.
    const table = Papa.parse<string[]>(csv.trim()).data;
    const cells = table.find((r) => r.includes('Итого')) ?? [];
    const num = (s: string | undefined) => Number((s ?? '').replace(/[\s\u00a0,]/g, ''));
    expect(num(cells[5])).toBe(hours);
    expect(num(cells[7])).toBe(line.gross / 100);
    expect(num(cells[11])).toBe(line.net / 100);
    expect(csv).toContain('KZ86125KZT5004100100');
    expect(csv).toContain(w.mother.iin);

    const pdf = await t.call<{ fileName: string; base64: string }>(
      'caregivers.paymentRegister',
      { month: '2026-11', format: 'pdf', locale: 'kk' },
      w.accountant,
    );
    const pdfPath = join(t.dir, pdf.fileName);
    writeFileSync(pdfPath, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('ОТБАСЫ МҮШЕЛЕРІ — КҮТІМ ЖАСАУШЫЛАРҒА ТӨЛЕМ ТІЗІЛІМІ');
    expect(text).toContain('Серікова Гүлжан');
    expect(text).toContain('Барлығы');
    const netText = (line.net / 100)
      .toLocaleString('ru-RU', { minimumFractionDigits: 2 })
      .replace(/\u00a0/g, ' ');
    expect(text.replace(/\s+/g, ' ')).toContain(netText);
    expect(sqlite3(`SELECT count(*) FROM audit_log WHERE action = 'payment_register'`)).toBe('2');

    // A year on, the medical certificate has ended: the daily job puts her back to awaiting
    // documents (audited as the system's change).
    clock.advance(320 * 86_400_000);
    t.router.runSystem('system.caregiverStatus', refreshOpenRegistrations);
    expect(sqlite3(`SELECT status FROM caregivers WHERE id = '${reg.id}'`)).toBe('awaiting_documents');
    expect(
      sqlite3(
        `SELECT actor_login FROM audit_log WHERE entity = 'caregiver' AND action = 'status' ORDER BY seq DESC LIMIT 1`,
      ),
    ).toBe('web:system');
    // (The home screen counts the stored status; the sessions of a year ago have long ended.)
    expect(sqlite3(`SELECT count(*) FROM caregivers WHERE status = 'awaiting_documents'`)).toBe('1');
  });

  it('refuses the assistant while a care allowance is paid for the person, and one allowance recipient per person', async () => {
    const w = await world();
    const daughter = await person('Омарова', 'Айша', '1988-09-09', 'F');
    const father = await person('Омаров', 'Бекзат', '1960-01-01', 'M');
    await groupOne(daughter.id);
    await t.call(
      'caregivers.registerAllowance',
      { caredForId: daughter.id, recipientName: 'Омаров Бекзат', fromOn: '2026-01-01' },
      w.cw,
    );
    expect(
      (
        await fails(
          'caregivers.registerAllowance',
          { caredForId: daughter.id, recipientName: 'Омарова Сая', fromOn: '2026-02-01' },
          w.cw,
        )
      ).fields,
    ).toEqual({ recipientName: 'allowanceRecipientTaken' });
    const refused = await fails(
      'caregivers.register',
      {
        caredForId: daughter.id,
        caregiverId: father.id,
        relation: 'parent',
        role: 'individual_assistant',
        hoursPerDay: 6,
        basis: 'ИПАР № 7',
        registeredOn: '2026-11-01',
      },
      w.cw,
    );
    expect(refused.code).toBe('CARE_ALLOWANCE_ACTIVE');
    expect(refused.message).toContain('Омаров Бекзат');
    expect(refused.message).toContain('01.01.2026');
    // Once the allowance ends, the assistant can be registered.
    const [a] = (
      await t.call<Output<'caregivers.forPerson'>>('caregivers.forPerson', { applicantId: daughter.id })
    ).allowances;
    await t.call(
      'caregivers.endAllowance',
      { id: a?.id, endedOn: '2026-10-31', reason: 'assistant_chosen' },
      w.cw,
    );
    const ok = await t.call<Output<'caregivers.register'>>(
      'caregivers.register',
      {
        caredForId: daughter.id,
        caregiverId: father.id,
        relation: 'parent',
        role: 'individual_assistant',
        hoursPerDay: 6,
        basis: 'ИПАР № 7',
        registeredOn: '2026-11-01',
      },
      w.cw,
    );
    // He is 66: of pension age, but her father (a close relative) — not a reason to refuse.
    expect(ok.status).toBe('awaiting_documents');
    const card = await t.call<Output<'caregivers.card'>>('caregivers.card', { id: ok.id });
    expect(card.eligibility.failed).toEqual([]);
    expect(card.eligibility.missing).toEqual([...CHECKS]);
    // He is also in the register of specialists with a completed course: the training check
    // is taken from there.
    const spec = await t.call<{ id: string }>('specialists.save', {
      iin: sqlite3(`SELECT iin FROM applicants WHERE id = '${father.id}'`),
      lastName: 'Омаров',
      firstName: 'Бекзат',
      position: 'individual_assistant',
    });
    await t.call('specialists.addTraining', {
      specialistId: spec.id,
      course: 'Уход за лицами с инвалидностью',
      hours: 72,
      fromOn: '2026-09-01',
      toOn: '2026-09-20',
    });
    const after = await t.call<Output<'caregivers.card'>>('caregivers.card', { id: ok.id });
    expect(after.eligibility.missing).toEqual(CHECKS.filter((c) => c !== 'training'));
  });

  it('refuses a registration that fails a check, and flags every caregiver when the person cared for dies', async () => {
    const w = await world();
    const reg = await t.call<Output<'caregivers.register'>>(
      'caregivers.register',
      {
        caredForId: w.son.id,
        caregiverId: w.mother.id,
        relation: 'parent',
        role: 'individual_assistant',
        hoursPerDay: 8,
        basis: 'ИПАР № 45',
        registeredOn: '2026-11-01',
      },
      w.cw,
    );
    const failed = await t.call<Output<'caregivers.recordCheck'>>(
      'caregivers.recordCheck',
      {
        registrationId: reg.id,
        check: 'conviction',
        result: 'fail',
        evidenceKind: 'criminal_record_certificate',
        evidenceNo: '№ 55',
        evidenceOn: '2026-11-02',
        note: 'ст. 188 УК, не погашена',
      },
      w.cw,
    );
    expect(failed.status).toBe('refused');
    expect(failed.eligibility.failed).toEqual(['conviction']);
    // The note may name an offence: the audit log keeps that it was written, not its words.
    expect(sqlite3(`SELECT changes FROM audit_log WHERE entity = 'caregiver_check'`)).not.toContain('188');
    // A refused registration does not block registering someone else.
    const aunt = await person('Серікова', 'Ләззат', '1975-05-05', 'F');
    const second = await t.call<Output<'caregivers.register'>>(
      'caregivers.register',
      {
        caredForId: w.son.id,
        caregiverId: aunt.id,
        relation: 'other',
        role: 'individual_assistant',
        hoursPerDay: 8,
        basis: 'ИПАР № 45',
        registeredOn: '2026-11-03',
      },
      w.cw,
    );
    expect(second.status).toBe('awaiting_documents');
    expect((await t.call<Output<'alerts.summary'>>('alerts.summary', {})).caregiversAffected).toBe(0);
    const sonRow = await t.call<Record<string, unknown>>('applicants.get', { id: w.son.id });
    await t.call('applicants.update', { ...sonRow, id: w.son.id, deathDate: '2026-11-20' });
    const alerts = await t.call<Output<'alerts.summary'>>('alerts.summary', {});
    expect(alerts.caregiversAffected).toBe(1);
    expect(alerts.caregiversAwaiting).toBe(1);
  });

  it('seeds caregivers whose stored status is what their records give, with twelve confirmed months', async () => {
    t = await makeTestApp({ clock: manualClock(new Date('2026-12-03T09:00:00Z')) });
    await t.call('maintenance.seed', { applicants: 2000, seed: 3, caregivers: 100 });
    const ids = sqlite3('SELECT id FROM caregivers ORDER BY rowid LIMIT 25').split('\n');
    expect(ids.length).toBe(25);
    for (const id of ids) {
      const card = await t.call<Output<'caregivers.card'>>('caregivers.card', { id });
      expect(card.eligibility).toEqual({ state: 'eligible', failed: [], missing: [] });
      expect(card.registration.status).toBe('active');
      expect(card.timesheets.filter((s) => s.state === 'confirmed')).toHaveLength(12);
    }
    const alerts = await t.call<Output<'alerts.summary'>>('alerts.summary', {});
    expect(alerts.caregiversAffected).toBe(0);
    // November's pay for every seeded caregiver in one write.
    const paid = await t.call<Output<'caregivers.closePayroll'>>('caregivers.closePayroll', {
      month: '2026-11',
      paidOn: '2026-12-03',
    });
    expect(paid.lines).toBe(Number(sqlite3('SELECT count(*) FROM caregivers')));
    expect(sqlite3(`SELECT sum(gross) = ${paid.gross} FROM pay_lines`)).toBe('1');
  });
});
