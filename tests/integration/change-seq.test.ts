import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../src-main/core/api/contract';
import { fieldLabel } from '../../src-main/core/api/messages';
import { makeIin } from '../../src-main/core/domain/iin';
import { SHIPPED_FIGURES } from '../../src-main/core/modules/caregivers/pay';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// The periodic export upward sends the rows whose change_seq is above the last one sent. A write
// that forgot to bump it would never leave the district, silently. So: every table that carries
// change_seq gets TEMP triggers in this test's database that abort any INSERT without a fresh
// sequence value (one at most the counter and not below any row already there: a seed's rows of
// one person share theirs) and any UPDATE of its data that does not move change_seq forward; then every
// write procedure of the contract runs at least once. A new write procedure must be added to
// the scenario below (the last assertion fails until it is).

/** Columns that may change without a new change_seq: derived or operational, never exported. */
const NOT_EXPORTED: Record<string, readonly string[]> = {
  // Registry facts, recomputed from the child tables (which carry their own change_seq).
  applicants: [
    'cur_disability_category',
    'cur_disability_group',
    'cur_disability_until',
    'cur_ipr_until',
    'ipr_pending',
    'portal_deadline',
    'active_case',
  ],
  // Derived from the case's records (which carry their own change_seq): the due date, and the
  // status, close, provider and form columns whenever no status change comes with them.
  // and the person's local row number (never exported).
  cases: ['due_on', 'applicant_rid'],
  // Sign-in bookkeeping of a local account.
  users: ['failed_attempts', 'locked_until', 'last_login_at'],
  // The latest ends of a specialist's certificates and categories (their own rows carry the number).
  specialists: ['cert_valid_until', 'category_valid_until'],
};

const {
  year: _y,
  basis: _b,
  ...PAY_2026
} = SHIPPED_FIGURES.find((f) => f.year === 2026) as (typeof SHIPPED_FIGURES)[number];

/** Writes that touch no exported row (sessions live in memory; settings are local). */
const NO_EXPORTED_ROWS = new Set([
  'auth.logout',
  'auth.lock',
  'auth.unlock',
  'settings.setSecurity',
  'settings.setBackup',
  'settings.setOffice',
  'settings.setAlerts',
  'settings.setDeadlines',
  'settings.setRules',
  'settings.setCertAlerts',
  // The exchange's bookkeeping (its own tables and settings), never exported.
  'exchange.markDelivered',
  'exchange.importReceipt',
  'exchange.setPolicy',
  'exchange.trust',
]);

let clock: ReturnType<typeof manualClock>;
let t: TestApp;
let aborted: string[] = [];
beforeEach(async () => {
  clock = manualClock(new Date('2026-11-20T09:00:00Z'));
  t = await makeTestApp({ clock });
  const db = t.app.sqlite;
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
    )
    .pluck()
    .all() as string[];
  const stamped = tables.filter((name) =>
    (db.pragma(`table_info(${name})`) as { name: string }[]).some((c) => c.name === 'change_seq'),
  );
  expect(stamped).toEqual(
    expect.arrayContaining([
      'applicants',
      'cases',
      'disability_records',
      'ipr_measures',
      'users',
      'worklists',
    ]),
  );
  const seq = "(SELECT value FROM sequences WHERE name = 'change')";
  for (const table of stamped) {
    const columns = (db.pragma(`table_info(${table})`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c !== 'change_seq' && !(NOT_EXPORTED[table] ?? []).includes(c));
    db.exec(`
      CREATE TEMP TRIGGER seq_ins_${table} AFTER INSERT ON main.${table}
      WHEN NEW.change_seq > ${seq}
        OR NEW.change_seq < (SELECT coalesce(max(change_seq), 0) FROM main.${table} WHERE rowid <> NEW.rowid)
      BEGIN SELECT RAISE(ABORT, 'change_seq not taken on insert into ${table}'); END;
      CREATE TEMP TRIGGER seq_upd_${table} AFTER UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')} ON main.${table}
      WHEN NEW.change_seq <= OLD.change_seq OR NEW.change_seq > ${seq}
      BEGIN SELECT RAISE(ABORT, 'change_seq not bumped on update of ${table}'); END;
    `);
  }
  aborted = [];
});
afterEach(() => t.close());

describe('change sequence', () => {
  it('every write procedure stamps a fresh change_seq on every exported row it writes', async () => {
    const called = new Set<string>(['setup.initialize', 'auth.login']);
    const call = async <T = { id: string }>(name: string, input: unknown, session = t.admin): Promise<T> => {
      called.add(name);
      const r = await t.router.call(name, input, { session });
      if (!r.ok) {
        aborted.push(`${name}: ${r.error.code}`);
        throw new Error(`${name} failed: ${r.error.code} ${JSON.stringify(r.error.fields ?? {})}`);
      }
      return r.data as T;
    };

    // Accounts.
    const user = await call('users.create', {
      login: 'aigerim',
      fullName: 'Айгерім Болатқызы',
      password: 'first password 1',
      roles: ['caseworker'],
      locale: 'kk',
    });
    await call('users.update', {
      id: user.id,
      fullName: 'Айгерім Болатқызы Сейітова',
      roles: ['caseworker'],
    });
    await call('users.setDisabled', { id: user.id, disabled: true });
    await call('users.setDisabled', { id: user.id, disabled: false });
    await call('users.resetPassword', { id: user.id, password: 'second password 2' });
    await call('users.unlock', { id: user.id });
    await call('users.setLocale', { locale: 'kk' });
    const login = await call<{ sessionToken: string }>('auth.login', {
      login: 'aigerim',
      password: 'second password 2',
    });
    await call(
      'auth.changePassword',
      { currentPassword: 'second password 2', newPassword: 'third password 3' },
      login.sessionToken,
    );

    // The registry.
    const person = await call('applicants.create', {
      lastName: 'Жұмабаева',
      firstName: 'Сәуле',
      birthDate: '1948-05-02',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 3',
      iin: '',
      iinMissingReason: 'Документы утеряны',
    });
    await call('applicants.update', {
      id: person.id,
      lastName: 'Жұмабаева',
      firstName: 'Сәуле',
      birthDate: '1948-05-02',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 5',
      iin: '',
      iinMissingReason: 'Документы утеряны',
      phone: '+7 701 000 00 00',
    });
    const member = await call('household.add', {
      applicantId: person.id,
      fullName: 'Жұмабаев Ерлан',
      relation: 'child',
    });
    await call('household.remove', { id: member.id });
    const rep = await call('representatives.add', {
      applicantId: person.id,
      kind: 'proxy',
      fullName: 'Жұмабаев Ерлан',
      basisDocument: 'Доверенность № 12',
    });
    await call('representatives.remove', { id: rep.id });
    const income = await call('incomes.add', {
      applicantId: person.id,
      kind: 'pension',
      amount: 98_000,
      periodFrom: '2026-01-01',
    });
    await call('incomes.remove', { id: income.id });
    const disability = {
      applicantId: person.id,
      category: 'adult',
      groupNo: 1,
      cause: 'general_disease',
      term: '1y',
      mseDecisionNo: 'МСЭ-1',
    };
    await call('disability.add', { ...disability, establishedOn: '2025-10-01' });
    await call('disability.add', { ...disability, establishedOn: '2026-10-01', term: '2y' }); // replaces
    const ipr = await call<{ id: string; measures: { id: string }[] }>('ipr.create', {
      applicantId: person.id,
      number: 'ИПР-1',
      issuedOn: '2026-10-05',
      parts: ['social'],
      measures: [{ kind: 'technical_aid', quantity: 1 }],
    });
    await call('ipr.addMeasure', { iprId: ipr.id, kind: 'sanatorium' });
    await call('ipr.setMeasureStatus', {
      id: ipr.measures[0]!.id,
      status: 'sent_to_portal',
      on: '2026-11-01',
    });
    await call('ipr.setMeasureNotified', { id: ipr.measures[0]!.id, notifiedOn: '2026-11-02' });
    // An invataxi measure the old rules let go to the portal: the legal fixes bring it back.
    await call('ipr.addMeasure', { iprId: ipr.id, kind: 'invataxi' });
    t.app.sqlite.exec(`UPDATE sequences SET value = value + 1 WHERE name = 'change';
      UPDATE ipr_measures SET status = 'sent_to_portal',
        change_seq = (SELECT value FROM sequences WHERE name = 'change') WHERE kind = 'invataxi';`);
    await call('maintenance.legalFixesApply', {});
    const form = await call<{ id: string }>('references.saveSsuForm', {
      code: 'day_stay',
      nameKk: 'Күндізгі болу бөлімшесі',
      nameRu: 'Отделение дневного пребывания',
      basis: 'Стандарт МТСЗН, 2026',
    });
    await call('references.saveSsuForm', {
      id: form.id,
      code: 'day_stay',
      nameKk: 'Күндізгі болу бөлімшесі',
      nameRu: 'Отделение дневного пребывания',
      basis: 'Стандарт МТСЗН, 2026',
      active: false,
    });
    // The calendar: a transferred working Saturday, moved, then removed.
    const saturday = await call<{ day: { id: string } }>('calendar.save', {
      day: '2026-12-19',
      off: false,
      kind: 'transfer_work',
      nameKk: 'Жұмыс күні',
      nameRu: 'Рабочий день',
      basis: 'Приказ МТСЗН (пример)',
    });
    await call('calendar.save', {
      id: saturday.day.id,
      day: '2026-12-26',
      off: false,
      kind: 'transfer_work',
      nameKk: 'Жұмыс күні',
      nameRu: 'Рабочий день',
      basis: 'Приказ МТСЗН (пример)',
    });
    await call('calendar.remove', { id: saturday.day.id });
    const kase = await call('cases.register', {
      applicantId: person.id,
      appliedOn: '2026-11-18',
      channel: 'department',
      appliedBy: 'self',
      grounds: ['old_age_self_care'],
    });
    await call('cases.withdraw', { id: kase.id, on: '2026-11-19', reason: 'Заявитель передумал' });

    // Casework: specialists, a provider, the catalogue, and one case from act to termination.
    const spec = (n: number, iin: string) =>
      call<{ id: string }>('specialists.save', {
        iin,
        lastName: `Маман${'аб'[n]}`,
        firstName: 'Гүлнар',
        position: 'psychologist',
      });
    const s1 = await spec(0, '850304400114');
    const s2 = await spec(1, '900715300124');
    await call('specialists.save', {
      id: s2.id,
      iin: '900715300124',
      lastName: 'Маманб',
      firstName: 'Ерлан',
      position: 'psychologist',
    });
    for (const s of [s1, s2])
      await call('specialists.addCertificate', {
        specialistId: s.id,
        number: 'НОК-1',
        issuer: 'ЦНОК',
        issuedOn: '2025-01-10',
        validUntil: '2030-01-09',
      });
    const wrongCert = await call<{ id: string }>('specialists.addCertificate', {
      specialistId: s1.id,
      number: 'НОК-0',
      issuer: 'ЦНОК',
      issuedOn: '2025-01-10',
      validUntil: '2025-02-09',
    });
    await call('specialists.removeCertificate', { id: wrongCert.id, reason: 'Внесено ошибочно' });
    await call('specialists.addEducation', {
      specialistId: s1.id,
      level: 'higher',
      institution: 'КазНУ',
      speciality: 'Социальная работа',
      diplomaNo: 'ЖБ-1',
      diplomaOn: '2010-06-30',
    });
    await call('specialists.addTraining', {
      specialistId: s1.id,
      course: 'Уход на дому',
      hours: 72,
      fromOn: '2025-02-01',
      toOn: '2025-02-20',
      certificateNo: 'УД-7',
    });
    await call('specialists.addCategory', {
      specialistId: s1.id,
      categoryCode: 'first',
      orderNo: 'Пр-12',
      assignedOn: '2025-03-01',
    });
    const provider = await call<{ id: string }>('providers.save', {
      nameKk: 'Орталық',
      nameRu: 'Центр',
      kind: 'ngo',
      bin: '010140000133',
    });
    await call('providers.save', {
      id: provider.id,
      nameKk: 'Орталық',
      nameRu: 'Центр «Камкор»',
      kind: 'ngo',
      bin: '010140000133',
    });
    // A provider removed by the complaints commission enters the unreliable list.
    const removed = await call<{ id: string }>('providers.save', {
      nameKk: 'Жосықсыз',
      nameRu: 'Недобросовестный',
      kind: 'private',
      bin: '010140000511',
      licenceNo: 'Л-1',
      licenceOn: '2025-01-10',
      licenceForms: ['home'],
      capacity: { home: 40 },
      katoCode: '196020100',
    });
    await call('providers.markUnreliable', {
      providerId: removed.id,
      reason: 'Не устранил нарушения в срок',
      decisionNo: 'К-3',
      decisionOn: '2026-11-10',
      removedOn: '2026-11-12',
    });
    const item = await call<{ id: string }>('references.saveCatalogueItem', {
      code: 'dom_laundry',
      ssuType: 'social_domestic',
      nameKk: 'Кір жуу',
      nameRu: 'Стирка',
      forms: ['home'],
      unit: 'service',
      maxVolume: 8,
    });
    await call('references.saveCatalogueItem', {
      id: item.id,
      code: 'dom_laundry',
      ssuType: 'social_domestic',
      nameKk: 'Кір жуу',
      nameRu: 'Стирка белья',
      forms: ['home'],
      unit: 'service',
    });
    const head = await call<{ id: string }>('users.create', {
      login: 'head1',
      fullName: 'Басшы',
      password: 'head password 1',
      roles: ['head'],
      locale: 'ru',
    });
    void head;
    const headLogin = await call<{ sessionToken: string }>('auth.login', {
      login: 'head1',
      password: 'head password 1',
    });
    await call(
      'auth.changePassword',
      { currentPassword: 'head password 1', newPassword: 'head password 2' },
      headLogin.sessionToken,
    );
    const kase2 = await call('cases.register', {
      applicantId: person.id,
      appliedOn: '2026-11-18',
      channel: 'department',
      appliedBy: 'self',
      grounds: ['old_age_self_care'],
      requestedForm: 'home',
    });
    await call('casework.saveAct', {
      caseId: kase2.id,
      visitOn: '2026-11-19',
      housingType: 'apartment',
      heating: 'central',
      water: 'inside',
      toilet: 'inside',
      sanitary: 'good',
      accessibility: 'partly',
      mobility: 'free',
      selfCare: 'limited',
      servicesNeeded: ['social_domestic'],
      conclusion: 'partial_loss',
      macConclusion: 'no_contraindications',
      specialist1Id: s1.id,
      specialist2Id: s2.id,
      criteria: Object.fromEntries(
        [
          'life_activity_limitation',
          'social_disadaptation',
          'social_deprivation',
          'unfavourable_environment',
        ].map((c) => [c, { met: true }]),
      ),
      household: [{ fullName: 'Жұмабаев Ерлан', relation: 'child' }],
    });
    const decision = {
      caseId: kase2.id,
      kind: 'approve',
      ssuTypes: ['social_domestic'],
      form: 'home',
      volume: 'guaranteed',
      services: [{ code: 'dom_laundry', volume: 4, periodicity: 'monthly' }],
      startOn: '2026-11-20',
      endOn: '2027-11-19',
    };
    const draft = await call('casework.draftDecision', decision);
    await call('casework.returnDecision', { id: draft.id, comment: 'Уточнить' }, headLogin.sessionToken);
    await call('casework.draftDecision', { ...decision, id: draft.id });
    await call('casework.approveDecision', { id: draft.id }, headLogin.sessionToken);
    await call('casework.chooseProvider', { caseId: kase2.id, on: '2026-11-20', providerId: provider.id });
    await call('casework.issueReferral', { caseId: kase2.id, issuedOn: '2026-11-20' });
    await call('casework.savePlan', {
      caseId: kase2.id,
      responsibleId: s1.id,
      fromOn: '2026-11-20',
      toOn: '2027-05-19',
      items: [{ code: 'dom_laundry', volume: 4, periodicity: 'monthly' }],
    });
    await call('casework.startService', { caseId: kase2.id, on: '2026-11-20' });
    // The provider's tariff and November's per-capita bill, confirmed with its act.
    await call('providers.saveTariff', {
      year: 2026,
      form: 'home',
      category: 'adult_disability',
      amount: 9_000_000,
      costItems: { wages: 8_000_000, other: 1_000_000 },
      decreeNo: 'П-1',
      decreeOn: '2026-01-05',
      effectiveFrom: '2026-01-05',
    });
    await call('providers.confirmBill', { providerId: provider.id, month: '2026-11', actAmount: 3_300_000 });
    // A complaint through every step: the head sits on the meeting, votes and signs.
    const complaint = await call('complaints.register', {
      receivedOn: '2026-11-18',
      channel: 'portal',
      learnedOn: '2026-11-10',
      complainantName: 'Жұмабаева Сәуле',
      providerId: provider.id,
      subjectKind: 'service',
      subject: 'Уход на дому',
      description: 'Социальный работник не приходит',
    });
    await call('complaints.schedule', { id: complaint.id, meetingOn: '2026-11-19', members: [head.id] });
    await call('complaints.vote', { id: complaint.id, vote: 'uphold' }, headLogin.sessionToken);
    await call('complaints.conclude', {
      id: complaint.id,
      outcome: 'upheld',
      reasons: 'Подтверждено актом',
      concludedOn: '2026-11-19',
    });
    await call('complaints.sign', { id: complaint.id, signedOn: '2026-11-20' }, headLogin.sessionToken);
    await call('complaints.sendNotice', {
      id: complaint.id,
      noticeOn: '2026-11-20',
      demand: 'Обеспечить посещения',
      fixDueOn: '2026-11-27',
    });
    await call('complaints.recordReimbursement', {
      id: complaint.id,
      reimbursedAmount: 500_000,
      reimbursedOn: '2026-11-20',
    });
    // The check after the fix deadline: two days on, so a new login.
    clock.advance(8 * 86_400_000);
    t.admin = (
      await call<{ sessionToken: string }>('auth.login', { login: 'admin', password: 'correct horse 1' })
    ).sessionToken;
    await call('complaints.recordCheck', { id: complaint.id, checkedOn: '2026-11-28', fixed: true });
    await call('casework.addMonitoring', { caseId: kase2.id, on: '2026-11-20', result: 'no_change' });
    await call('casework.suspendService', { caseId: kase2.id, on: '2026-11-20', reason: 'Больница' });
    await call('casework.resumeService', { caseId: kase2.id, on: '2026-11-20' });
    await call('casework.terminateService', { caseId: kase2.id, on: '2026-11-20', reason: 'other' });

    // Work lists: a new one, the same name again (replaces), removal.
    const list = await call('worklists.save', { name: 'Мои', filters: { activeCase: true } });
    await call('worklists.save', { name: 'мои', filters: { consentMissing: true } });
    await call('worklists.remove', { id: list.id });
    const specList = await call('worklists.saveSpecialistList', {
      name: 'Мои',
      filters: { state: 'expired' },
    });
    await call('worklists.remove', { id: specList.id });
    await call('settings.setCertAlerts', { urgentDays: 5, warnDays: 20, noticeDays: 60 });

    // The register of specialists: its reference table, a removed category, an import.
    await call('specialists.saveCategory', {
      code: 'expert',
      nameKk: 'Сарапшы',
      nameRu: 'Эксперт',
      validityYears: 5,
      basis: 'Приказ',
      effectiveFrom: '2026-01-01',
    });
    await call('specialists.saveCategory', {
      code: 'expert',
      nameKk: 'Сарапшы санаты',
      nameRu: 'Эксперт',
      validityYears: 4,
      basis: 'Приказ',
      effectiveFrom: '2026-01-01',
    });
    const cat = await call('specialists.addCategory', {
      specialistId: s1.id,
      categoryCode: 'expert',
      orderNo: 'Пр-13',
      assignedOn: '2026-01-01',
    });
    await call('specialists.removeCategory', { id: cat.id, reason: 'ошибка' });
    const csv = `ИИН;Фамилия;Имя;Должность;Номер сертификата;Кем выдан;Дата выдачи;Действителен до\r\n${makeIin('1991-01-01', 'F', 77)};Импортова;Алма;Психолог;Н-1;ЦОК;01.01.2025;01.01.2028`;
    await call('specialists.import', { fileName: 'r.csv', base64: Buffer.from(csv).toString('base64') });
    const register = `ИИН;Фамилия;Имя;Дата рождения;КАТО;Адрес;Группа;Причина;Срок;Дата установления;Номер решения МСЭ\r\n${makeIin('1970-03-04', 'M', 78)};Реестров;Ерлан;04.03.1970;196020100;с. Тест, 1;2;общее заболевание;бессрочно;01.02.2020;МСЭ-9`;
    await call('registryImport.commit', {
      fileName: 'register.csv',
      base64: Buffer.from(register).toString('base64'),
    });

    // Caregivers: registration, checks, rate, contract, timesheet, confirmation, adjustment,
    // the paid month, the year's figures and applicability, the care allowance, the contract's end.
    const carer = await call('applicants.create', {
      lastName: 'Жұмабаев',
      firstName: 'Ерлан',
      birthDate: '1975-03-03',
      sex: 'M',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 5',
      iin: '',
      iinMissingReason: 'Документы утеряны',
    });
    const reg = await call('caregivers.register', {
      caredForId: person.id,
      caregiverId: carer.id,
      relation: 'child',
      role: 'home_care_worker',
      hoursPerDay: 4,
      basis: 'Решение акимата № 5',
      registeredOn: '2026-11-01',
    });
    for (const check of ['mental_health', 'medical', 'training', 'conviction', 'legal_capacity'])
      await call('caregivers.recordCheck', {
        registrationId: reg.id,
        check,
        result: 'pass',
        evidenceKind: 'other',
        evidenceNo: '1',
        evidenceOn: '2026-11-02',
      });
    await call('caregivers.saveRate', {
      role: 'home_care_worker',
      effectiveFrom: '2026-01-01',
      hourlyRate: 100_000,
      basis: 'Постановление № 1',
    });
    const agreement = await call('caregivers.signContract', {
      registrationId: reg.id,
      number: 'Д-1',
      signedOn: '2026-11-02',
      fromOn: '2026-11-02',
      toOn: '2027-11-01',
      hoursPerDay: 4,
      iban: 'KZ86125KZT5004100100',
    });
    const sheet = await call('caregivers.saveTimesheet', {
      contractId: agreement.id,
      month: '2026-11',
      days: Array.from({ length: 30 }, (_, i) => (i >= 2 && i < 19 ? 4 : 0)),
    });
    await call('caregivers.saveTimesheet', {
      contractId: agreement.id,
      month: '2026-11',
      days: Array.from({ length: 30 }, (_, i) => (i >= 2 && i < 19 ? 3 : 0)),
    });
    await call('caregivers.confirmTimesheet', { id: sheet.id });
    await call('caregivers.adjustTimesheet', { timesheetId: sheet.id, hours: 2, reason: 'Исправление' });
    await call('caregivers.closePayroll', { month: '2026-11', paidOn: '2026-11-20' });
    await call('caregivers.savePayFigures', { year: 2027, ...PAY_2026, basis: 'Закон о бюджете 2027' });
    await call('caregivers.setApplicability', { role: 'home_care_worker', component: 'so', applies: false });
    const allowance = await call('caregivers.registerAllowance', {
      caredForId: person.id,
      recipientName: 'Жұмабаев Ерлан',
      fromOn: '2026-11-01',
    });
    await call('caregivers.endAllowance', { id: allowance.id, endedOn: '2026-11-15', reason: 'other' });
    await call('caregivers.endContract', {
      contractId: agreement.id,
      endedOn: '2026-11-20',
      reason: 'caregiver_request',
    });

    // A batch write.
    await call('maintenance.seed', { applicants: 20, seed: 3 });

    expect(aborted).toEqual([]);
    // No row anywhere without a change number.
    for (const table of [
      'applicants',
      'household_members',
      'cases',
      'disability_records',
      'iprs',
      'ipr_measures',
    ]) {
      const unstamped = t.app.sqlite
        .prepare(`SELECT count(*) FROM ${table} WHERE change_seq IS NULL OR change_seq < 1`)
        .pluck()
        .get() as number;
      expect(unstamped, table).toBe(0);
    }
    // Every field an audit entry names reads as a word on the history and audit screens.
    const named = new Set<string>();
    for (const row of t.app.sqlite
      .prepare('SELECT changes FROM audit_log WHERE changes IS NOT NULL')
      .all() as {
      changes: string;
    }[]) {
      for (const key of Object.keys(JSON.parse(row.changes))) named.add(key);
    }
    const unlabelled = [...named].filter((k) => fieldLabel(k, 'ru') === k || fieldLabel(k, 'kk') === k);
    expect(unlabelled).toEqual([]);
    const writes = Object.entries(contract)
      .filter(([, def]) => def.kind === 'write')
      .map(([name]) => name)
      .filter((name) => !NO_EXPORTED_ROWS.has(name));
    expect(writes.filter((name) => !called.has(name))).toEqual([]);
  });

  it('the triggers catch a write that forgets to bump change_seq', () => {
    const row = t.app.sqlite.prepare('SELECT id FROM users LIMIT 1').pluck().get() as string;
    expect(() => t.app.sqlite.prepare("UPDATE users SET full_name = 'x' WHERE id = ?").run(row)).toThrow(
      /change_seq not bumped on update of users/,
    );
  });
});
