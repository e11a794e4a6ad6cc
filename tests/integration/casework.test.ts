import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { fieldMessage, MESSAGE_SOURCES } from '../../src-main/core/api/messages';
import type { Door, Role } from '../../src-main/core/api/roles';
import { makeBin } from '../../src-main/core/domain/bin';
import { makeIin } from '../../src-main/core/domain/iin';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// The case from the application to the end of the service, through the real router over a real
// SQLite file (today = 2026-11-27): the act signed by two specialists, the decision drafted by a
// caseworker and approved by a head (never by its drafter, in every door), the provider, the
// referral, the work plan, the service's events and the status derived from them; refusals for
// each legal reason; a correction superseding a decision; approved decisions that the database
// itself refuses to change; every document read back with pdftotext in kk and ru.

let t: TestApp;
afterEach(() => t?.close());

type Timeline = Output<'casework.timeline'>;

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

async function world(door: Door = 'web') {
  t = await makeTestApp({ door, clock: manualClock(new Date('2026-11-27T09:00:00Z')) });
  await t.call('settings.setOffice', {
    nameKk: 'Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    nameRu: 'Отдел занятости и социальных программ Талгарского района',
    akimatKk: 'Талғар ауданының әкімдігі',
    akimatRu: 'Акимат Талгарского района',
    headName: 'Сейтқали Б.Н.',
    headPositionKk: 'Бөлім басшысы',
    headPositionRu: 'Руководитель отдела',
  });
  const cw = await addUser('caseworker1', ['caseworker']);
  const head1 = await addUser('head1', ['head']);
  const head2 = await addUser('head2', ['head']);
  const s1 = await t.call<{ id: string }>('specialists.save', {
    iin: makeIin('1985-03-04', 'F', 11),
    lastName: 'Омарова',
    firstName: 'Гүлнар',
    position: 'social_worker_assessment',
  });
  const s2 = await t.call<{ id: string }>('specialists.save', {
    iin: makeIin('1990-07-15', 'M', 12),
    lastName: 'Ахметов',
    firstName: 'Ерлан',
    position: 'home_care_worker',
  });
  // Both hold a certificate of the independent assessment (docs/domain.md).
  for (const s of [s1, s2])
    await t.call('specialists.addCertificate', {
      specialistId: s.id,
      number: `НОК-${s.id.slice(-4)}`,
      issuer: 'Центр независимой оценки квалификации',
      issuedOn: '2025-01-10',
      validUntil: '2030-01-09',
    });
  const provider = await t.call<{ id: string }>('providers.save', {
    nameKk: '«Қамқор» әлеуметтік қызмет көрсету орталығы',
    nameRu: 'Центр социального обслуживания «Камкор»',
    kind: 'state_centre',
    bin: makeBin('0101', 13),
  });
  return { cw, head1, head2, s1: s1.id, s2: s2.id, provider: provider.id };
}

let personNo = 0;
async function openCase(session: string, over: Record<string, unknown> = {}) {
  personNo++;
  const p = await t.call<{ id: string }>(
    'applicants.create',
    {
      lastName: 'Жұмабаева',
      firstName: `Сәуле${'абвгдежзик'[personNo % 10]}`,
      birthDate: '1948-05-02',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 3',
      iin: makeIin('1948-05-02', 'F', 100 + personNo),
    },
    session,
  );
  const c = await t.call<{ id: string; number: string }>(
    'cases.register',
    {
      applicantId: p.id,
      appliedOn: '2026-11-18',
      channel: 'state_corporation',
      appliedBy: 'self',
      grounds: ['old_age_self_care'],
      ssuTypes: ['social_domestic', 'social_medical'],
      requestedForm: 'home',
      ...over,
    },
    session,
  );
  return { personId: p.id, caseId: c.id, number: c.number };
}

const NO_NOTE = { met: true, note: null };
const act = (caseId: string, s1: string, s2: string, over: Record<string, unknown> = {}) => ({
  caseId,
  visitOn: '2026-11-20',
  housingType: 'apartment',
  floor: 4,
  hasLift: false,
  heating: 'central',
  water: 'inside',
  toilet: 'inside',
  sanitary: 'satisfactory',
  accessibility: 'not_accessible',
  household: [{ fullName: 'Жұмабаев Ерлан', relation: 'child', birthYear: 1975, occupation: 'водитель' }],
  incomeMonthly: 98000,
  incomeNote: 'пенсия по возрасту',
  mobility: 'with_aid',
  selfCare: 'limited',
  complaints: 'боли в суставах',
  servicesNeeded: ['social_domestic', 'social_medical'],
  conclusion: 'partial_loss',
  criteria: {
    life_activity_limitation: { met: true, note: 'передвигается с тростью' },
    social_disadaptation: NO_NOTE,
    social_deprivation: { met: false, note: null },
    unfavourable_environment: { met: false, note: null },
  },
  macConclusion: 'no_contraindications',
  macNote: 'ВКК № 15 от 19.11.2026',
  specialist1Id: s1,
  specialist2Id: s2,
  ...over,
});

const approval = (caseId: string, over: Record<string, unknown> = {}) => ({
  caseId,
  kind: 'approve',
  ssuTypes: ['social_domestic', 'social_medical'],
  form: 'home',
  volume: 'guaranteed',
  services: [
    { code: 'dom_meals', volume: 5, periodicity: 'weekly' },
    { code: 'med_observation', volume: 8, periodicity: 'monthly' },
  ],
  startOn: '2026-11-27',
  endOn: '2027-11-26',
  ...over,
});

const ISSUE_KEYS = [...new Set(MESSAGE_SOURCES.flatMap((m) => Object.keys(m.ru.issues ?? {})))];

/** The message key behind a field's Russian text (the router answers in words, tests name keys). */
function keyOf(field: string, text: string): string {
  for (const key of ISSUE_KEYS) if (fieldMessage(field, key, 'ru') === text) return key;
  for (const n of text.match(/\d+/g) ?? [])
    for (const p of ['maxNumber', 'minNumber', 'maxLength'])
      if (fieldMessage(field, `${p}:${n}`, 'ru') === text) return `${p}:${n}`;
  return text;
}

/** Calls a procedure that must fail; its field errors come back as message keys. */
async function fails(name: string, input: unknown, session: string) {
  const r = await t.router.call(name, input, { session, locale: 'ru' });
  if (r.ok) throw new Error(`${name} should have failed`);
  const fields = r.error.fields
    ? Object.fromEntries(Object.entries(r.error.fields).map(([f, text]) => [f, keyOf(f, text)]))
    : undefined;
  return { ...r.error, fields, texts: r.error.fields };
}

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

async function pdfText(kind: string, id: string, locale: string, session: string) {
  const pdf = await t.call<{ base64: string; fileName: string }>(
    'casework.documentPdf',
    { kind, id, locale },
    session,
  );
  const file = join(t.dir, pdf.fileName);
  writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('casework', () => {
  it('takes a case from the application to the end of the service, with the status derived at every step', async () => {
    const w = await world();
    const c = await openCase(w.cw);
    const status = async () =>
      (await t.call<Timeline>('casework.timeline', { caseId: c.caseId }, w.cw)).case.status;
    const count = (table: string) => Number(sqlite3(`SELECT count(*) FROM ${table}`));

    // No assignment before the act.
    expect((await fails('casework.draftDecision', approval(c.caseId), w.cw)).fields).toEqual({
      kind: 'actRequired',
    });
    // The act: two different specialists.
    const same = await fails('casework.saveAct', act(c.caseId, w.s1, w.s1), w.cw);
    expect(same.fields).toEqual({ specialist2Id: 'sameSpecialist' });
    expect(same.texts?.specialist2Id).toBe('Второй специалист: акт подписывают два разных специалиста');
    expect(
      (await fails('casework.saveAct', act(c.caseId, w.s1, w.s2, { visitOn: '2026-11-17' }), w.cw)).fields,
    ).toEqual({
      visitOn: 'beforeApplied',
    });
    expect(count('assessment_acts')).toBe(0);
    const theAct = await t.call<Output<'casework.saveAct'>>(
      'casework.saveAct',
      act(c.caseId, w.s1, w.s2),
      w.cw,
    );
    expect(theAct.specialist1.name).toBe('Омарова Гүлнар');
    expect(await status()).toBe('assessment');

    // Bad drafts are refused field by field and write nothing.
    const bad: [Record<string, unknown>, Record<string, string>][] = [
      [
        { services: [{ code: 'dom_meals', volume: 99, periodicity: 'weekly' }] },
        { 'services.0.volume': 'maxNumber:7' },
      ],
      [
        { services: [{ code: 'no_such', volume: 1, periodicity: 'weekly' }] },
        { 'services.0.code': 'unknownService' },
      ],
      [
        { services: [{ code: 'lab_therapy', volume: 1, periodicity: 'weekly' }] },
        { 'services.0.code': 'serviceNotInForm' },
      ],
      [
        { services: [{ code: 'leg_counselling', volume: 1, periodicity: 'once' }] },
        { 'services.0.code': 'serviceTypeNotGranted' },
      ],
      [{ startOn: '2026-11-27', endOn: '2026-11-01' }, { endOn: 'rangeOrder' }],
      [{ startOn: '2026-11-10' }, { startOn: 'beforeApplied' }],
      [{ form: 'no_form' }, { form: 'unknownForm' }],
    ];
    for (const [over, fields] of bad) {
      const e = await fails('casework.draftDecision', approval(c.caseId, over), w.cw);
      expect(e.code, JSON.stringify(over)).toBe('VALIDATION');
      expect(e.fields, JSON.stringify(over)).toEqual(fields);
    }
    expect(count('decisions')).toBe(0);
    const volumeError = await fails('casework.draftDecision', approval(c.caseId, bad[0]?.[0]), w.cw);
    expect(volumeError.texts?.['services.0.volume']).toContain('7');

    // Drafted by the caseworker; a caseworker may not approve; the head returns it, the caseworker revises.
    const draft = await t.call<Output<'casework.draftDecision'>>(
      'casework.draftDecision',
      approval(c.caseId),
      w.cw,
    );
    expect(draft).toMatchObject({ state: 'pending', number: null });
    expect(await status()).toBe('awaiting_decision');
    expect((await fails('casework.approveDecision', { id: draft.id }, w.cw)).code).toBe('FORBIDDEN');
    const queue = await t.call<Output<'casework.approvalQueue'>>('casework.approvalQueue', {}, w.head1);
    expect(queue.map((q) => [q.caseNumber, q.ownDraft])).toEqual([[c.number, false]]);
    // The head's home screen counts the same drafts.
    expect((await t.call<Output<'alerts.summary'>>('alerts.summary', {}, w.head1)).decisionsToApprove).toBe(
      1,
    );
    await t.call('casework.returnDecision', { id: draft.id, comment: 'Уточните объём питания' }, w.head1);
    expect(await status()).toBe('assessment');
    expect((await fails('casework.approveDecision', { id: draft.id }, w.head1)).fields).toEqual({
      id: 'decisionNotPending',
    });
    await t.call(
      'casework.draftDecision',
      {
        ...approval(c.caseId),
        id: draft.id,
        services: [
          { code: 'dom_meals', volume: 3, periodicity: 'weekly' },
          { code: 'med_observation', volume: 8, periodicity: 'monthly' },
        ],
      },
      w.cw,
    );
    const approved = await t.call<Output<'casework.approveDecision'>>(
      'casework.approveDecision',
      { id: draft.id },
      w.head1,
    );
    expect(approved).toMatchObject({ state: 'approved', number: '2026-00001', decidedOn: '2026-11-27' });
    expect(await status()).toBe('approved');
    // Due date cleared once decided.
    expect(sqlite3(`SELECT coalesce(due_on, 'none') FROM cases WHERE id = '${c.caseId}'`)).toBe('none');

    // Final: neither the app nor the sqlite3 CLI changes or deletes it.
    expect((await fails('casework.draftDecision', { ...approval(c.caseId), id: draft.id }, w.cw)).code).toBe(
      'DECISION_FINAL',
    );
    expect(() =>
      sqlite3(`UPDATE decisions SET volume = 'super_guaranteed' WHERE id = '${draft.id}'`),
    ).toThrow(/approved decision is final/);
    expect(() => sqlite3(`DELETE FROM decisions WHERE id = '${draft.id}'`)).toThrow(/never deleted/);
    expect(() => sqlite3(`DELETE FROM assessment_acts`)).toThrow(/insert-only/);
    expect(
      sqlite3(`SELECT state || '|' || volume || '|' || number FROM decisions WHERE id = '${draft.id}'`),
    ).toBe('approved|guaranteed|2026-00001');

    // Provider, referral, plan.
    expect(
      (await fails('casework.issueReferral', { caseId: c.caseId, issuedOn: '2026-11-27' }, w.cw)).fields,
    ).toEqual({ caseId: 'stepNotNow' });
    expect(
      (
        await fails(
          'casework.chooseProvider',
          { caseId: c.caseId, on: '2026-11-26', providerId: w.provider },
          w.cw,
        )
      ).fields,
    ).toEqual({ on: 'beforeDecision' });
    await t.call(
      'casework.chooseProvider',
      { caseId: c.caseId, on: '2026-11-27', providerId: w.provider },
      w.cw,
    );
    expect(await status()).toBe('provider_chosen');
    const referral = await t.call<Output<'casework.issueReferral'>>(
      'casework.issueReferral',
      { caseId: c.caseId, issuedOn: '2026-11-27' },
      w.cw,
    );
    expect(referral.providerName).toBe('Центр социального обслуживания «Камкор»');
    expect(await status()).toBe('referred');
    expect(
      (await fails('casework.startService', { caseId: c.caseId, on: '2026-11-27' }, w.cw)).fields,
    ).toEqual({ caseId: 'planRequired' });
    const plan = {
      caseId: c.caseId,
      responsibleId: w.s2,
      fromOn: '2026-11-27',
      toOn: '2027-05-26',
      items: [{ code: 'dom_meals', volume: 3, periodicity: 'weekly' }],
    };
    expect((await fails('casework.savePlan', { ...plan, toOn: '2027-12-31' }, w.cw)).fields).toEqual({
      toOn: 'afterDecisionTerm',
    });
    expect((await fails('casework.savePlan', { ...plan, fromOn: '2027-06-01' }, w.cw)).fields).toEqual({
      toOn: 'rangeOrder',
    });
    const thePlan = await t.call<Output<'casework.savePlan'>>('casework.savePlan', plan, w.cw);
    expect(thePlan.responsible.name).toBe('Ахметов Ерлан');

    // In service and after.
    // A service never starts before the decision.
    expect(
      (await fails('casework.startService', { caseId: c.caseId, on: '2026-11-26' }, w.cw)).fields,
    ).toEqual({
      on: 'beforeDecision',
    });
    await t.call('casework.startService', { caseId: c.caseId, on: '2026-11-27' }, w.cw);
    expect(await status()).toBe('in_service');
    await t.call(
      'casework.addMonitoring',
      { caseId: c.caseId, on: '2026-11-27', result: 'improved', planCorrected: false },
      w.cw,
    );
    await t.call(
      'casework.suspendService',
      { caseId: c.caseId, on: '2026-11-27', reason: 'Госпитализация' },
      w.cw,
    );
    expect(await status()).toBe('suspended');
    expect(
      (await fails('casework.suspendService', { caseId: c.caseId, on: '2026-11-27', reason: 'x' }, w.cw))
        .fields,
    ).toEqual({ caseId: 'stepNotNow' });
    await t.call('casework.resumeService', { caseId: c.caseId, on: '2026-11-27' }, w.cw);
    expect(await status()).toBe('in_service');
    expect(sqlite3(`SELECT active_case FROM applicants WHERE id = '${c.personId}'`)).toBe('1');
    await t.call(
      'casework.terminateService',
      { caseId: c.caseId, on: '2026-11-27', reason: 'moved_away' },
      w.cw,
    );
    const end = await t.call<Timeline>('casework.timeline', { caseId: c.caseId }, w.cw);
    expect(end.case).toMatchObject({
      status: 'terminated',
      closedOn: '2026-11-27',
      closeReason: 'moved_away',
    });
    expect(end.actions).toEqual([]);
    expect(end.events.map((e) => e.kind)).toEqual([
      'provider_chosen',
      'service_started',
      'monitoring',
      'suspended',
      'resumed',
      'terminated',
    ]);
    // The registry fact follows in the same transaction; the sqlite3 CLI reads the stored status.
    expect(sqlite3(`SELECT active_case FROM applicants WHERE id = '${c.personId}'`)).toBe('0');
    expect(sqlite3(`SELECT status || '|' || provider_id FROM cases WHERE id = '${c.caseId}'`)).toBe(
      `terminated|${w.provider}`,
    );
    expect(
      (
        await fails(
          'casework.addMonitoring',
          { caseId: c.caseId, on: '2026-11-27', result: 'improved' },
          w.cw,
        )
      ).fields,
    ).toEqual({ caseId: 'caseClosed' });

    // Every step is in the person's audit trail.
    const actions = sqlite3(
      `SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE subject_id = '${c.personId}' AND entity IN ('decision', 'case_event', 'referral', 'work_plan', 'assessment_act') ORDER BY seq)`,
    );
    expect(actions).toBe(
      'create,draft,return,revise,approve,provider_chosen,create,create,service_started,monitoring,suspended,resumed,terminated',
    );

    // The documents in kk and ru.
    const actKk = await pdfText('act', theAct.id, 'kk', w.cw);
    expect(actKk).toContain('ТҰРМЫС ЖАҒДАЙЫН ТЕКСЕРУ АКТІСІ');
    expect(actKk).toContain(theAct.number);
    expect(actKk).toContain('Талғар ауданының әкімдігі');
    expect(actKk).toContain('Омарова Гүлнар');
    expect(actKk).toContain('Ахметов Ерлан');
    expect(actKk).toContain('Тыныс-тіршілігінің шектелуі: бар');
    const actRu = await pdfText('act', theAct.id, 'ru', w.cw);
    expect(actRu).toContain('АКТ ОБСЛЕДОВАНИЯ ЖИЛИЩНО-БЫТОВЫХ УСЛОВИЙ');
    expect(actRu).toContain('20.11.2026');
    const decKk = await pdfText('decision', draft.id, 'kk', w.cw);
    expect(decKk).toContain('2026-00001');
    expect(decKk).toContain('27.11.2026');
    expect(decKk).toContain('Тамақ әзірлеуге немесе жеткізуге көмек — 3 × бару аптасына');
    expect(decKk).toContain('Сейтқали Б.Н.');
    const decRu = await pdfText('decision', draft.id, 'ru', w.cw);
    expect(decRu).toContain('РЕШЕНИЕ О ПРЕДОСТАВЛЕНИИ СПЕЦИАЛЬНЫХ СОЦИАЛЬНЫХ УСЛУГ');
    expect(decRu).toContain('Жұмабаева');
    const refKk = await pdfText('referral', referral.id, 'kk', w.cw);
    expect(refKk).toContain('«Қамқор» әлеуметтік қызмет көрсету орталығы');
    expect(refKk).toContain(referral.number);
    const planRu = await pdfText('plan', thePlan.id, 'ru', w.cw);
    expect(planRu).toContain('ИНДИВИДУАЛЬНЫЙ ПЛАН РАБОТЫ');
    expect(planRu).toContain('Ахметов Ерлан');
    expect(planRu).toContain('27.11.2026');
    const planKk = await pdfText('plan', thePlan.id, 'kk', w.cw);
    expect(planKk).toContain('ЖЕКЕ ЖҰМЫС ЖОСПАРЫ');
  });

  it('refuses for each of the three legal reasons, closing the case and printing the reason, the article and the appeal', async () => {
    const w = await world();
    for (const reason of [
      'not_meeting_grounds',
      'unreliable_documents',
      'medical_contraindications',
    ] as const) {
      const c = await openCase(w.cw);
      // A refusal needs its reason and an explanation.
      expect(
        (await fails('casework.draftDecision', { caseId: c.caseId, kind: 'refuse' }, w.cw)).fields,
      ).toEqual({
        refusalReason: 'required',
        explanation: 'required',
      });
      const d = await t.call<{ id: string }>(
        'casework.draftDecision',
        {
          caseId: c.caseId,
          kind: 'refuse',
          refusalReason: reason,
          explanation: 'Основание проверено комиссией',
        },
        w.cw,
      );
      await t.call('casework.approveDecision', { id: d.id }, w.head2);
      const tl = await t.call<Timeline>('casework.timeline', { caseId: c.caseId }, w.cw);
      expect(tl.case).toMatchObject({
        status: 'refused',
        closedOn: '2026-11-27',
        closeReason: reason,
        dueOn: null,
      });
      expect(tl.actions).toEqual(['correctDecision']);
      const ru = await pdfText('decision', d.id, 'ru', w.cw);
      expect(ru).toContain('РЕШЕНИЕ ОБ ОТКАЗЕ');
      expect(ru).toContain('статья 141 Социального кодекса');
      expect(ru).toContain('обжаловано');
      const kk = await pdfText('decision', d.id, 'kk', w.cw);
      expect(kk).toContain('141-бабы');
      expect(kk).toContain('шағым');
      const words = {
        not_meeting_grounds: [
          'Несоответствие основаниям ст. 133 СК РК',
          'ӘК 133-бабының негіздеріне сәйкес келмейді',
        ],
        unreliable_documents: [
          'Недостоверность представленных документов',
          'Ұсынылған құжаттардың дәйексіздігі',
        ],
        medical_contraindications: ['Медицинские противопоказания', 'Медициналық қарсы көрсетілімдер'],
      }[reason];
      expect(ru).toContain(words[0]);
      expect(kk).toContain(words[1]);
    }
  });

  it('corrects an approved decision only by a new one that cites it; the old one stays, superseded', async () => {
    const w = await world();
    const c = await openCase(w.cw);
    await t.call('casework.saveAct', act(c.caseId, w.s1, w.s2), w.cw);
    const first = await t.call<{ id: string }>('casework.draftDecision', approval(c.caseId), w.cw);
    await t.call('casework.approveDecision', { id: first.id }, w.head1);
    expect(
      (await fails('casework.draftDecision', approval(c.caseId, { volume: 'super_guaranteed' }), w.cw))
        .fields,
    ).toEqual({
      supersedesId: 'correctionMustCite',
    });
    const fix = await t.call<{ id: string }>(
      'casework.draftDecision',
      approval(c.caseId, { supersedesId: first.id, volume: 'super_guaranteed' }),
      w.cw,
    );
    // Still the first decision in force until the correction is approved.
    let tl = await t.call<Timeline>('casework.timeline', { caseId: c.caseId }, w.cw);
    expect(tl.case.status).toBe('approved');
    await t.call('casework.approveDecision', { id: fix.id }, w.head2);
    tl = await t.call<Timeline>('casework.timeline', { caseId: c.caseId }, w.cw);
    expect(tl.decisions.map((d) => [d.number, d.superseded, d.supersedesId])).toEqual([
      ['2026-00001', true, null],
      ['2026-00002', false, first.id],
    ]);
    const text = await pdfText('decision', fix.id, 'ru', w.cw);
    expect(text).toContain('исправляет и заменяет решение: № 2026-00001');
  });

  it('goes without a decision on the routes the akimat does not decide', async () => {
    const w = await world();
    const c = await openCase(w.cw, {
      grounds: ['homelessness'],
      requestedForm: 'temporary_stay',
      ssuTypes: [],
    });
    expect((await fails('casework.draftDecision', approval(c.caseId), w.cw)).fields).toEqual({
      kind: 'noDecisionOnRoute',
    });
    const tl = await t.call<Timeline>('casework.timeline', { caseId: c.caseId }, w.cw);
    expect(tl.actions).toEqual(['act', 'chooseProvider']);
    await t.call(
      'casework.chooseProvider',
      { caseId: c.caseId, on: '2026-11-20', providerId: w.provider },
      w.cw,
    );
    const ref = await t.call<{ form: string }>(
      'casework.issueReferral',
      { caseId: c.caseId, issuedOn: '2026-11-20' },
      w.cw,
    );
    expect(ref.form).toBe('temporary_stay');
  });
});

describe.each<Door>(['electron', 'web', 'cli'])('maker-checker through the %s door', (door) => {
  it('the head who drafted or revised a decision cannot approve it; another head can', async () => {
    const w = await world(door);
    const c = await openCase(w.cw);
    await t.call('casework.saveAct', act(c.caseId, w.s1, w.s2), w.cw);
    const d = await t.call<{ id: string }>('casework.draftDecision', approval(c.caseId), w.head1);
    const own = await fails('casework.approveDecision', { id: d.id }, w.head1);
    expect(own.code).toBe('MAKER_CHECKER');
    expect(own.message).toContain('подготовил');
    const queue = await t.call<Output<'casework.approvalQueue'>>('casework.approvalQueue', {}, w.head1);
    expect(queue[0]?.ownDraft).toBe(true);
    // head2 revises it: now head2 is a maker too, and head1 (the drafter) still is.
    await t.call(
      'casework.draftDecision',
      { ...approval(c.caseId), id: d.id, volume: 'super_guaranteed' },
      w.head2,
    );
    expect((await fails('casework.approveDecision', { id: d.id }, w.head2)).code).toBe('MAKER_CHECKER');
    expect((await fails('casework.approveDecision', { id: d.id }, w.head1)).code).toBe('MAKER_CHECKER');
    expect(sqlite3(`SELECT state FROM decisions WHERE id = '${d.id}'`)).toBe('pending');
    const head3 = await addUser('head3', ['head']);
    const ok = await t.call<{ state: string }>('casework.approveDecision', { id: d.id }, head3);
    expect(ok.state).toBe('approved');
  });
});

describe('seeded cases', () => {
  it('reach every status, and each stored status is the one derived from its records', async () => {
    t = await makeTestApp({ clock: manualClock(new Date('2026-11-27T09:00:00Z')) });
    await t.call('maintenance.seed', { applicants: 3000, seed: 5 });
    const byStatus = Object.fromEntries(
      sqlite3('SELECT status, count(*) FROM cases GROUP BY status')
        .split('\n')
        .map((l) => l.split('|')),
    );
    expect(Object.keys(byStatus).sort()).toEqual(
      [
        'approved',
        'assessment',
        'awaiting_decision',
        'in_service',
        'provider_chosen',
        'referred',
        'refused',
        'registered',
        'suspended',
        'terminated',
        'withdrawn',
      ].sort(),
    );
    // Re-deriving every case through the services' own refresh changes nothing.
    const ids = sqlite3('SELECT id FROM cases').split('\n');
    const { refreshCase } = await import('../../src-main/core/modules/casework/records');
    const before = sqlite3('SELECT group_concat(id || status || coalesce(closed_on, ""), ",") FROM cases');
    const stamps = {
      db: t.app.db,
      actor: null,
      door: 'cli',
      clock: { now: () => new Date('2026-11-27T09:00:00Z') },
    };
    for (const id of ids) refreshCase(stamps as never, id);
    expect(sqlite3('SELECT group_concat(id || status || coalesce(closed_on, ""), ",") FROM cases')).toBe(
      before,
    );
    // The registry fact follows the derived status.
    expect(
      sqlite3(
        "SELECT count(*) FROM applicants a WHERE a.active_case <> EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id = a.id AND c.status NOT IN ('refused', 'terminated', 'withdrawn'))",
      ),
    ).toBe('0');
  });
});

describe('certification', () => {
  it('seeds specialists in every state, the stored end of each equal to its live certificates', async () => {
    t = await makeTestApp({ clock: manualClock(new Date('2026-11-27T09:00:00Z')) });
    await t.call('maintenance.seed', { applicants: 50, seed: 2, specialists: 400 });
    expect(
      sqlite3(
        `SELECT count(*) FROM specialists s WHERE coalesce(s.cert_valid_until, '') <> coalesce(
           (SELECT max(valid_until) FROM specialist_certificates c WHERE c.specialist_id = s.id AND c.removed_at IS NULL), '')`,
      ),
    ).toBe('0');
    const states = new Set<string>();
    for (const state of ['certified', 'expiring', 'expired', 'never'] as const) {
      const r = await t.call<Output<'specialists.search'>>('specialists.search', { state, pageSize: 200 });
      if (r.total > 0) states.add(state);
      expect(r.rows.every((x) => x.certState === state)).toBe(true);
    }
    expect([...states].sort()).toEqual(['certified', 'expired', 'expiring', 'never']);
  });

  it('keeps the latest certificate end on the specialist as certificates come and go', async () => {
    const w = await world();
    const fact = () =>
      sqlite3(`SELECT coalesce(cert_valid_until, 'none') FROM specialists WHERE id = '${w.s1}'`);
    const live = () =>
      sqlite3(
        `SELECT coalesce(max(valid_until), 'none') FROM specialist_certificates WHERE specialist_id = '${w.s1}' AND removed_at IS NULL`,
      );
    expect(fact()).toBe('2030-01-09');
    // An overlapping, later certificate: the latest end counts.
    const later = await t.call<{ id: string }>('specialists.addCertificate', {
      specialistId: w.s1,
      number: 'НОК-2',
      issuer: 'ЦНОК',
      issuedOn: '2026-01-10',
      validUntil: '2031-01-09',
    });
    expect(fact()).toBe('2031-01-09');
    await t.call('specialists.removeCertificate', { id: later.id, reason: 'Внесён ошибочно' });
    expect(fact()).toBe(live());
    expect(fact()).toBe('2030-01-09');
    // Out of order dates are refused beside the field and write nothing.
    const bad = await fails(
      'specialists.addCertificate',
      { specialistId: w.s1, number: 'X', issuer: 'Y', issuedOn: '2026-01-10', validUntil: '2025-01-01' },
      t.admin,
    );
    expect(bad.fields).toEqual({ validUntil: 'rangeOrder' });
    // A category's end follows its validity (3 years by default) unless the order names one.
    await t.call('specialists.addCategory', {
      specialistId: w.s1,
      categoryCode: 'first',
      orderNo: 'Пр-1',
      assignedOn: '2025-03-01',
    });
    expect(sqlite3(`SELECT category_valid_until FROM specialists WHERE id = '${w.s1}'`)).toBe('2028-02-29');
    // The search folds Kazakh letters: "гулнар" finds "Гүлнар".
    const found = await t.call<Output<'specialists.search'>>('specialists.search', { query: 'гулнар' });
    expect(found.rows.map((r) => r.lastName)).toEqual(['Омарова']);
    expect(found.rows[0]?.certState).toBe('certified');
  });

  it.each<Door>(['electron', 'web', 'cli'])(
    'refuses an uncertified specialist as a signer, the responsible specialist or the one serving, unless the office allows it with a reason (audited) — %s door',
    async (door) => {
      const w = await world(door);
      const c = await openCase(w.cw);
      // A third specialist whose certificate ended before the visit.
      const s3 = await t.call<{ id: string }>('specialists.save', {
        iin: makeIin('1979-09-09', 'F', 14),
        lastName: 'Серікова',
        firstName: 'Әйгерім',
        position: 'social_worker_assessment',
      });
      await t.call('specialists.addCertificate', {
        specialistId: s3.id,
        number: 'НОК-3',
        issuer: 'ЦНОК',
        issuedOn: '2023-01-10',
        validUntil: '2026-11-19',
      });
      const refused = await fails('casework.saveAct', act(c.caseId, w.s1, s3.id), w.cw);
      expect(refused.code).toBe('UNCERTIFIED');
      expect(refused.message).toContain('19.11.2026');
      expect(refused.fields).toEqual({ specialist2Id: 'certificateExpired' });
      expect(sqlite3('SELECT count(*) FROM assessment_acts')).toBe('0');
      // A reason alone does not do it while the office does not allow it.
      expect(
        (
          await fails(
            'casework.saveAct',
            { ...act(c.caseId, w.s1, s3.id), overrideReason: 'Сертификат на продлении' },
            w.cw,
          )
        ).code,
      ).toBe('UNCERTIFIED');
      await t.call('settings.setRules', {
        assistantForChildrenGroupI: false,
        allowUncertifiedWithReason: true,
      });
      const saved = await t.call<{ id: string }>(
        'casework.saveAct',
        { ...act(c.caseId, w.s1, s3.id), overrideReason: 'Сертификат на продлении' },
        w.cw,
      );
      expect(saved.id).toBeTruthy();
      expect(
        sqlite3(
          `SELECT action || '|' || subject_id FROM audit_log WHERE entity = 'specialist' AND action = 'certification_override'`,
        ),
      ).toBe(`certification_override|${c.personId}`);
      // The plan's responsible specialist is checked on the day the plan starts.
      await t.call('settings.setRules', {
        assistantForChildrenGroupI: false,
        allowUncertifiedWithReason: false,
      });
      const d = await t.call<{ id: string }>('casework.draftDecision', approval(c.caseId), w.cw);
      await t.call('casework.approveDecision', { id: d.id }, w.head1);
      await t.call(
        'casework.chooseProvider',
        { caseId: c.caseId, on: '2026-11-27', providerId: w.provider },
        w.cw,
      );
      await t.call('casework.issueReferral', { caseId: c.caseId, issuedOn: '2026-11-27' }, w.cw);
      const plan = {
        caseId: c.caseId,
        responsibleId: s3.id,
        fromOn: '2026-11-27',
        toOn: '2027-05-26',
        items: [{ code: 'dom_meals', volume: 3, periodicity: 'weekly' }],
      };
      const noPlan = await fails('casework.savePlan', plan, w.cw);
      expect(noPlan.code).toBe('UNCERTIFIED');
      expect(noPlan.fields).toEqual({ responsibleId: 'certificateExpired' });
      expect(sqlite3('SELECT count(*) FROM work_plans')).toBe('0');
      // A certified specialist takes the plan; when their certificate is removed before the start,
      // the service cannot start with them (they would be assigned to it uncertified).
      await t.call('casework.savePlan', { ...plan, responsibleId: w.s1 }, w.cw);
      const cert = sqlite3(`SELECT id FROM specialist_certificates WHERE specialist_id = '${w.s1}'`);
      await t.call('specialists.removeCertificate', { id: cert, reason: 'выдан другому специалисту' });
      const noStart = await fails('casework.startService', { caseId: c.caseId, on: '2026-11-27' }, w.cw);
      expect(noStart.code).toBe('UNCERTIFIED');
      expect(noStart.fields).toEqual({ responsibleId: 'certificateMissing' });
      expect(sqlite3(`SELECT count(*) FROM case_events WHERE kind = 'service_started'`)).toBe('0');
      await t.call('settings.setRules', {
        assistantForChildrenGroupI: false,
        allowUncertifiedWithReason: true,
      });
      await t.call(
        'casework.startService',
        { caseId: c.caseId, on: '2026-11-27', overrideReason: 'Сертификат выдаётся повторно' },
        w.cw,
      );
      expect(sqlite3(`SELECT status FROM cases WHERE id = '${c.caseId}'`)).toBe('in_service');
      expect(
        sqlite3(
          `SELECT count(*) FROM audit_log WHERE action = 'certification_override' AND entity_id = '${w.s1}'`,
        ),
      ).toBe('1');
    },
  );
});
