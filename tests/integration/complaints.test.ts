import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeBin } from '../../src-main/core/domain/bin';
import { makeIin } from '../../src-main/core/domain/iin';
import { makeTestApp, manualClock, type TestApp, userSession } from '../helpers/app';

// The complaints commission (issue 17): intake within 14 calendar days (or with the reason for
// the delay), the review deadline in working days across the December holiday, a meeting whose
// members vote, the conclusion as the majority voted, the head's signature, the notice to the
// supplier (read back with pdftotext), the check after the fix deadline and the supplier's
// removal to the unreliable list, which then blocks choosing it.

let t: TestApp;
afterEach(() => t?.close());

type Card = Output<'complaints.card'>;
const DAY = 86_400_000;

async function failure(name: string, input: unknown, session = t.admin, locale = 'ru') {
  const r = await t.router.call(name, input, { session, locale });
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error;
}

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

async function supplier() {
  return t.call<Output<'providers.save'>>('providers.save', {
    nameKk: '«Қамқор-Сервис» ЖШС',
    nameRu: 'ТОО «Камкор-Сервис»',
    kind: 'private',
    bin: makeBin('1807', 301),
    address: 'Талғар қ., Абай к-сі 5',
    licenceNo: 'ЛИЦ-88',
    licenceOn: '2025-03-01',
    licenceForms: ['home'],
  });
}

const complaint = (providerId: string, over: Record<string, unknown> = {}) => ({
  receivedOn: '2026-12-10',
  channel: 'portal',
  learnedOn: '2026-12-01',
  complainantName: 'Бекова Сәуле Маратқызы',
  complainantIin: makeIin('1961-05-05', 'F', 411),
  providerId,
  subjectKind: 'good',
  subject: 'Кресло-коляска комнатная',
  description: 'Коляска сломалась через неделю, поставщик не заменяет',
  ...over,
});

describe('complaint intake and deadlines', () => {
  it('refuses a complaint past 14 days without a reason and counts the review in working days', async () => {
    t = await makeTestApp({ clock: manualClock(new Date('2026-12-11T09:00:00Z')) });
    const p = await supplier();
    // Learned on 20 November: the 14th day is 4 December (a Friday), so 10 December is late.
    const late = await failure('complaints.register', complaint(p.id, { learnedOn: '2026-11-20' }));
    expect(late.code).toBe('COMPLAINT_LATE');
    expect(late.message).toContain('04.12.2026');
    expect(late.fields?.delayReason).toBe(
      'Причина пропуска срока: прошло 14 дней: укажите причину пропуска срока',
    );
    expect(sqlite3('SELECT count(*) FROM complaints')).toBe('0');
    // Learned on 22 November: the 14th day is Sunday 6 December, moved to Monday 7 December.
    const stillLate = await failure('complaints.register', complaint(p.id, { learnedOn: '2026-11-22' }));
    expect(stillLate.message).toContain('07.12.2026');
    const withReason = await t.call<Card>(
      'complaints.register',
      complaint(p.id, {
        learnedOn: '2026-11-20',
        delayReason: 'Заявитель был в стационаре с 21.11 по 08.12',
      }),
    );
    expect(withReason.delayReason).toBe('Заявитель был в стационаре с 21.11 по 08.12');
    // 10 working days after Thursday 10 December, skipping Independence Day (16 December).
    expect(withReason.reviewDueOn).toBe('2026-12-25');
    expect(withReason.reviewWorkingDays).toBe(10);
    expect(withReason.number).toBe('2026-0001');
    // The person learned of it before the complaint arrived, never after.
    expect(
      (
        await failure(
          'complaints.register',
          complaint(p.id, { learnedOn: '2026-12-11', receivedOn: '2026-12-10' }),
        )
      ).fields?.learnedOn,
    ).toContain('позже поступления');
    // The ministry's 5-day reading, chosen in the settings, applies to complaints received after.
    const s = await t.call<Output<'settings.get'>>('settings.get', {});
    await t.call('settings.setRules', { ...s.rules, complaintReviewReading: 'ministry' });
    const quick = await t.call<Card>('complaints.register', complaint(p.id));
    expect([quick.reviewDueOn, quick.reviewWorkingDays, quick.delayReason]).toEqual(['2026-12-18', 5, null]);
    expect((await t.call<Card>('complaints.card', { id: withReason.id })).reviewDueOn).toBe('2026-12-25');
  });
});

describe('the commission from intake to the supplier’s removal', () => {
  it('meets, votes, concludes by majority, is signed by the head, notifies, checks and removes', async () => {
    const clock = manualClock(new Date('2026-12-10T09:00:00Z'));
    t = await makeTestApp({ clock });
    const p = await supplier();
    const secretary = await userSession(t, 'sec', ['commission_secretary']);
    const m1 = await userSession(t, 'member1', ['commission_member']);
    const m2 = await userSession(t, 'member2', ['commission_member']);
    const outsider = await userSession(t, 'member3', ['commission_member']);
    const head = await userSession(t, 'head', ['head']);
    const caseworker = await userSession(t, 'caseworker1', ['caseworker']);
    // Sessions are read at each call: they are renewed after the clock moves past the idle limit.
    const as = (u: { session: string }) => (name: string, input: unknown) =>
      t.call<Card>(name, input, u.session);
    const sec = as(secretary);

    // A caseworker does not register complaints; the secretary does.
    expect((await failure('complaints.register', complaint(p.id), caseworker.session)).code).toBe(
      'FORBIDDEN',
    );
    const c = await sec('complaints.register', complaint(p.id));
    expect(c.status).toBe('registered');
    // The queue shows the working days left: 25 December is 10 working days after 10 December.
    const q = await t.call<Output<'complaints.queue'>>('complaints.queue', {}, secretary.session);
    expect(q.rows.map((r) => [r.number, r.dueKind, r.dueOn, r.daysLeft])).toEqual([
      ['2026-0001', 'review', '2026-12-25', 10],
    ]);

    // Only users with a commission role (or the head) sit on it.
    expect(
      (
        await failure(
          'complaints.schedule',
          { id: c.id, meetingOn: '2026-12-15', members: [caseworker.id] },
          secretary.session,
        )
      ).fields?.members,
    ).toContain('нет роли в комиссии');
    await sec('complaints.schedule', {
      id: c.id,
      meetingOn: '2026-12-15',
      meetingPlace: 'каб. 12',
      members: [m1.id, m2.id, head.id],
    });
    // A member sees their meeting's complaints only; one not called sees none and cannot vote.
    expect((await t.call<Output<'complaints.queue'>>('complaints.queue', {}, m1.session)).total).toBe(1);
    expect((await t.call<Output<'complaints.queue'>>('complaints.queue', {}, outsider.session)).total).toBe(
      0,
    );
    expect((await failure('complaints.vote', { id: c.id, vote: 'reject' }, outsider.session)).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure('complaints.vote', { id: c.id, vote: 'uphold' }, secretary.session)).code).toBe(
      'COMPLAINT_NOT_MEMBER',
    );
    await as(m1)('complaints.vote', { id: c.id, vote: 'uphold' });
    const conclusion = {
      id: c.id,
      outcome: 'upheld',
      reasons: 'Коляска не соответствует ГОСТ; замена не произведена',
      concludedOn: '2026-12-15',
    };
    clock.advance(5 * DAY);
    for (const u of [secretary, m1, m2, head]) u.session = await u.relogin();
    // One vote of three is no quorum.
    expect((await failure('complaints.conclude', conclusion, secretary.session)).fields?.outcome).toContain(
      'нет большинства',
    );
    await as(m2)('complaints.vote', { id: c.id, vote: 'uphold', note: 'Акт осмотра приложен' });
    expect(
      (await failure('complaints.conclude', { ...conclusion, outcome: 'rejected' }, secretary.session)).fields
        ?.outcome,
    ).toContain('большинством голосов');
    const concluded = await sec('complaints.conclude', conclusion);
    expect([concluded.status, concluded.majority, concluded.votes.length]).toEqual([
      'concluded',
      'upheld',
      2,
    ]);
    // A notice cannot go before the head signs.
    expect(
      (
        await failure(
          'complaints.sendNotice',
          { id: c.id, noticeOn: '2026-12-15', demand: 'x', fixDueOn: '2026-12-25' },
          secretary.session,
        )
      ).code,
    ).toBe('COMPLAINT_STEP');
    expect((await failure('complaints.sign', { id: c.id }, secretary.session)).code).toBe('FORBIDDEN');
    const signed = await as(head)('complaints.sign', { id: c.id, signedOn: '2026-12-15' });
    expect([signed.status, signed.signedOn, signed.signedByName]).toEqual([
      'upheld',
      '2026-12-15',
      'Пайдаланушы head',
    ]);

    const notice = {
      id: c.id,
      noticeOn: '2026-12-15',
      demand: 'Заменить кресло-коляску на исправную',
      fixDueOn: '2026-12-15',
    };
    expect((await failure('complaints.sendNotice', notice, secretary.session)).fields?.fixDueOn).toContain(
      'позже уведомления',
    );
    const sent = await sec('complaints.sendNotice', { ...notice, fixDueOn: '2026-12-22' });
    expect([sent.status, sent.dueKind, sent.dueOn]).toEqual(['notice_sent', 'fix', '2026-12-22']);
    // The notice prints in kk and ru; read back from the PDF itself.
    for (const [locale, words] of [
      [
        'ru',
        [
          'УВЕДОМЛЕНИЕ ПОСТАВЩИКУ',
          'ТОО «Камкор-Сервис»',
          '22.12.2026',
          'Заменить кресло-коляску',
          'Пайдаланушы head',
        ],
      ],
      ['kk', ['ЖЕТКІЗУШІГЕ ХАБАРЛАМА', '«Қамқор-Сервис» ЖШС', '22.12.2026', 'Әлеуметтік кодекстің 167-бабы']],
    ] as const) {
      const pdf = await t.call<Output<'complaints.noticePdf'>>(
        'complaints.noticePdf',
        { id: c.id, locale },
        secretary.session,
      );
      const file = join(t.dir, pdf.fileName);
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const w of words) expect(text, `${locale}: ${w}`).toContain(w);
    }
    // The check comes after the fix deadline.
    expect(
      (
        await failure(
          'complaints.recordCheck',
          { id: c.id, checkedOn: '2026-12-15', fixed: false },
          secretary.session,
        )
      ).fields?.checkedOn,
    ).toContain('после срока устранения');
    clock.advance(8 * DAY);
    for (const u of [secretary]) u.session = await u.relogin();
    expect(
      (await t.call<Output<'complaints.alerts'>>('complaints.alerts', {}, secretary.session)).checksDue,
    ).toBe(1);
    // Not fixed: the commission's decision to remove is required, then the supplier is on the list.
    const noDecision = await failure(
      'complaints.recordCheck',
      { id: c.id, checkedOn: '2026-12-23', fixed: false },
      secretary.session,
    );
    expect(Object.keys(noDecision.fields ?? {}).sort()).toEqual(['decisionNo', 'decisionOn', 'removedOn']);
    const removed = await sec('complaints.recordCheck', {
      id: c.id,
      checkedOn: '2026-12-23',
      fixed: false,
      note: 'Коляска не заменена',
      decisionNo: 'КП-31',
      decisionOn: '2026-12-23',
      removedOn: '2026-12-23',
    });
    expect(removed.status).toBe('supplier_removed');
    expect(removed.unreliable).toEqual({
      decisionNo: 'КП-31',
      decisionOn: '2026-12-23',
      removedOn: '2026-12-23',
      returnOn: '2027-12-23',
    });
    const reimbursed = await sec('complaints.recordReimbursement', {
      id: c.id,
      reimbursedAmount: 18_500_000,
      reimbursedOn: '2026-12-23',
      note: 'Платёжное поручение № 44',
    });
    expect(reimbursed.reimbursedAmount).toBe(18_500_000);
    expect(sqlite3(`SELECT status, fixed, reimbursed_amount FROM complaints WHERE id = '${c.id}'`)).toBe(
      'supplier_removed|0|18500000',
    );
    // A closed complaint takes no more steps, and leaves the open queue.
    expect(
      (
        await failure(
          'complaints.schedule',
          { id: c.id, meetingOn: '2026-12-23', members: [m1.id] },
          secretary.session,
        )
      ).message,
    ).toBe('Этот шаг сейчас невозможен: статус жалобы — «Поставщик исключён».');
    expect((await t.call<Output<'complaints.queue'>>('complaints.queue', {}, secretary.session)).total).toBe(
      0,
    );

    // The removed supplier is refused at provider choice with the day it may return.
    const admin = (await t.router.call('auth.login', { login: 'admin', password: 'correct horse 1' })) as {
      data: { sessionToken: string };
    };
    const person = await t.call<{ id: string }>(
      'applicants.create',
      {
        lastName: 'Бекова',
        firstName: 'Сәуле',
        birthDate: '1961-05-05',
        sex: 'F',
        katoCode: '196020100',
        address: 'Талгар',
        iin: makeIin('1961-05-05', 'F', 412),
      },
      admin.data.sessionToken,
    );
    const kase = await t.call<{ id: string }>(
      'cases.register',
      {
        applicantId: person.id,
        appliedOn: '2026-11-25',
        channel: 'department',
        appliedBy: 'self',
        grounds: ['homelessness'],
        ssuTypes: [],
        requestedForm: 'temporary_stay',
      },
      admin.data.sessionToken,
    );
    const refused = await failure(
      'casework.chooseProvider',
      { caseId: kase.id, on: '2026-12-23', providerId: p.id },
      admin.data.sessionToken,
    );
    expect(refused.code).toBe('PROVIDER_UNRELIABLE');
    expect(refused.message).toContain('до 23.12.2027');
    // Every step is in the audit log, under the complaint.
    expect(
      sqlite3(
        `SELECT group_concat(action, ',') FROM audit_log WHERE entity = 'complaint' AND action <> 'print'`,
      ),
    ).toBe('create,schedule,conclude,sign,notice,check,reimburse');
  });

  it('raises the overdue alert once the review deadline passes without a signed conclusion', async () => {
    const clock = manualClock(new Date('2026-12-10T09:00:00Z'));
    t = await makeTestApp({ clock });
    const p = await supplier();
    await t.call('complaints.register', complaint(p.id));
    let session = t.admin;
    const relogin = async () => {
      const r = await t.router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
      session = (r as { data: { sessionToken: string } }).data.sessionToken;
    };
    const alerts = () => t.call<Output<'complaints.alerts'>>('complaints.alerts', {}, session);
    expect(await alerts()).toEqual({ overdue: 0, dueSoon: 0, checksDue: 0 });
    clock.advance(13 * DAY); // 23 December: two working days before 25 December
    await relogin();
    expect(await alerts()).toEqual({ overdue: 0, dueSoon: 1, checksDue: 0 });
    clock.advance(5 * DAY); // Monday 28 December
    await relogin();
    expect(await alerts()).toEqual({ overdue: 1, dueSoon: 0, checksDue: 0 });
    const overdue = await t.call<Output<'complaints.queue'>>(
      'complaints.queue',
      { view: 'overdue' },
      session,
    );
    expect(overdue.rows.map((r) => [r.daysLeft, r.overdue])).toEqual([[-1, true]]);
  });
});
