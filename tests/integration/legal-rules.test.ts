import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { startDailyJobs } from '../../src-main/core/app/jobs';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// The legal review's rules (issue 12) through the real router over a real SQLite file: each
// refusal names the field and the article in the caller's language and writes nothing (read
// back with the sqlite3 CLI); the portal deadline's expiry runs as the system and is audited.

let t: TestApp;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  clock = manualClock(new Date('2026-11-20T09:00:00Z'));
  t = await makeTestApp({ clock });
});
afterEach(() => t.close());

const sqlite3 = (sql: string) =>
  execFileSync('sqlite3', [join(t.dir, 'qamqor.sqlite'), sql], { encoding: 'utf8' }).trim();

let iinSeq = 0;
async function person(birthDate: string, over: Record<string, unknown> = {}): Promise<string> {
  iinSeq += 1;
  const p = await t.call<{ id: string }>('applicants.create', {
    lastName: `Тестов${'а'.repeat(iinSeq % 5)}`,
    firstName: `Имя${String.fromCharCode(1072 + iinSeq)}`,
    birthDate,
    sex: 'F',
    katoCode: '196020100',
    address: 'Талгар, ул. Абая, 3',
    iin: '',
    iinMissingReason: 'Документы утеряны',
    ...over,
  });
  return p.id;
}

async function refused(name: string, input: unknown, locale = 'ru') {
  const r = await t.router.call(name, input, { session: t.admin, locale });
  if (r.ok) throw new Error(`${name} was accepted`);
  expect(r.error.code).toBe('VALIDATION');
  return r.error.fields ?? {};
}

const adultRecord = (applicantId: string, over: Record<string, unknown> = {}) => ({
  applicantId,
  category: 'adult',
  groupNo: 1,
  cause: 'general_disease',
  term: 'indefinite',
  establishedOn: '2024-03-01',
  mseDecisionNo: 'МСЭ-1',
  movementDifficulty: true,
  ...over,
});

describe('art. 155 p.7: terms and degrees of lost work capacity', () => {
  it('refuses an indefinite term for a child under 7, citing the article, and writes nothing', async () => {
    const child = await person('2022-02-10');
    const before = sqlite3('SELECT count(*) FROM disability_records');
    const fields = await refused('disability.add', {
      applicantId: child,
      category: 'child_under7',
      cause: 'child_under7',
      term: 'indefinite',
      establishedOn: '2024-03-01',
      mseDecisionNo: 'МСЭ-9',
    });
    expect(fields.term).toContain('ст. 155 п. 7 СК РК');
    const kk = await refused(
      'disability.add',
      {
        applicantId: child,
        category: 'child_under7',
        cause: 'child_under7',
        term: 'until18',
        establishedOn: '2024-03-01',
        mseDecisionNo: 'МСЭ-9',
      },
      'kk',
    );
    expect(kk.term).toContain('ӘК 155-бап 7-тармақ');
    expect(sqlite3('SELECT count(*) FROM disability_records')).toBe(before);
  });

  it('keeps the two degrees apart: general 30–100, professional 5–100', async () => {
    const p = await person('1970-01-01');
    const low = await refused('disability.add', adultRecord(p, { generalCapacityLossPct: 20 }));
    expect(low.generalCapacityLossPct).toContain('30–100 %');
    const saved = await t.call<Output<'disability.add'>>(
      'disability.add',
      adultRecord(p, { generalCapacityLossPct: 40, profCapacityLossPct: 5 }),
    );
    expect([saved.generalCapacityLossPct, saved.profCapacityLossPct]).toEqual([40, 5]);
    expect(
      sqlite3(
        `SELECT general_capacity_loss_pct, prof_capacity_loss_pct FROM disability_records WHERE id = '${saved.id}'`,
      ),
    ).toBe('40|5');
  });
});

describe('art. 163: individual assistant and sign-language limits', () => {
  it('refuses an assistant for group III, and for group I without difficulty moving', async () => {
    const p = await person('1970-01-01');
    await t.call('disability.add', adultRecord(p, { groupNo: 3 }));
    const before = sqlite3('SELECT count(*) FROM iprs');
    const fields = await refused('ipr.create', {
      applicantId: p,
      number: 'ИПАР-1',
      issuedOn: '2024-03-05',
      parts: ['social'],
      measures: [{ kind: 'individual_assistant', hoursPerDay: 4 }],
    });
    expect(fields['measures.0.kind']).toContain('ст. 163 п. 2 СК РК');
    expect(sqlite3('SELECT count(*) FROM iprs')).toBe(before);
    await t.call(
      'disability.add',
      adultRecord(p, { establishedOn: '2024-04-01', movementDifficulty: false }),
    );
    const still = await refused('ipr.create', {
      applicantId: p,
      number: 'ИПАР-1',
      issuedOn: '2024-04-05',
      parts: ['social'],
      measures: [{ kind: 'individual_assistant', hoursPerDay: 4 }],
    });
    expect(still['measures.0.kind']).toContain('затруднении в передвижении');
  });

  it('counts the hours over the whole programme: two rows of 60 sign-language hours cannot both pass', async () => {
    const p = await person('1970-01-01');
    await t.call('disability.add', adultRecord(p));
    const ipr = await t.call<Output<'ipr.create'>>('ipr.create', {
      applicantId: p,
      number: 'ИПАР-2',
      issuedOn: '2024-03-05',
      parts: ['social'],
      measures: [
        { kind: 'sign_language', hoursPerYear: 60 },
        { kind: 'individual_assistant', hoursPerDay: 5 },
      ],
    });
    const sign = await refused('ipr.addMeasure', { iprId: ipr.id, kind: 'sign_language', hoursPerYear: 60 });
    expect(sign.hoursPerYear).toContain('в сумме по программе (ст. 163 п. 3 СК РК)');
    const assistant = await refused('ipr.addMeasure', {
      iprId: ipr.id,
      kind: 'individual_assistant',
      hoursPerDay: 4,
    });
    expect(assistant.hoursPerDay).toContain('ст. 163 п. 2 СК РК');
    expect(sqlite3(`SELECT count(*) FROM ipr_measures WHERE ipr_id = '${ipr.id}'`)).toBe('2');
    // Two rows in one new programme are summed too.
    const both = await refused('ipr.create', {
      applicantId: p,
      number: 'ИПАР-3',
      issuedOn: '2024-06-05',
      parts: ['social'],
      measures: [
        { kind: 'sign_language', hoursPerYear: 40 },
        { kind: 'sign_language', hoursPerYear: 40 },
      ],
    });
    expect(both['measures.1.hoursPerYear']).toContain('ст. 163 п. 3');
    // The Kazakh printout puts the period first: «күніне 5 сағат» (issue 13, item 4).
    const pdf = await t.call<{ base64: string }>('applicants.summaryPdf', { id: p, locale: 'kk' });
    const file = join(t.dir, 'summary-kk.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Жеке көмекші (күніне 5 сағат)');
    expect(text).toContain('Ымдау тілі маманы (жылына 60 сағат)');
    // A cancelled measure no longer counts.
    await t.call('ipr.setMeasureStatus', { id: ipr.measures[1]!.id, status: 'cancelled' });
    await t.call('ipr.addMeasure', { iprId: ipr.id, kind: 'individual_assistant', hoursPerDay: 8 });
  });

  it('a child of 7–18 with group I gets an assistant only once the office setting allows it', async () => {
    const child = await person('2012-05-05');
    await t.call('disability.add', {
      applicantId: child,
      category: 'child_7_18',
      groupNo: 1,
      cause: 'child_7_18',
      term: 'until18',
      establishedOn: '2024-03-01',
      mseDecisionNo: 'МСЭ-5',
      movementDifficulty: true,
    });
    const programme = {
      applicantId: child,
      number: 'ИПАР-7',
      issuedOn: '2024-03-05',
      parts: ['social'],
      measures: [{ kind: 'individual_assistant', hoursPerDay: 6 }],
    };
    const fields = await refused('ipr.create', programme);
    expect(fields['measures.0.kind']).toContain('настройкой отдела');
    await t.call('settings.setRules', { assistantForChildrenGroupI: true });
    const ok = await t.call<Output<'ipr.create'>>('ipr.create', programme);
    expect(ok.measures[0]?.hoursPerDay).toBe(6);
  });
});

describe('art. 133 and 139: who applies, on which grounds', () => {
  const application = (applicantId: string, over: Record<string, unknown> = {}) => ({
    applicantId,
    appliedOn: '2026-11-18',
    channel: 'department',
    appliedBy: 'self',
    grounds: ['disability'],
    ...over,
  });

  it('refuses a provider applying on a ground other than cruel treatment or homelessness; nothing written', async () => {
    const p = await person('1960-01-01');
    const before = sqlite3('SELECT count(*) FROM cases');
    const fields = await refused(
      'cases.register',
      application(p, {
        appliedBy: 'provider',
        applicantName: 'ЦСО «Мейірім»',
        onBehalfReason: 'найден на улице',
      }),
    );
    expect(fields.grounds).toContain('ст. 139 п. 3 СК РК');
    expect(sqlite3('SELECT count(*) FROM cases')).toBe(before);
    const ok = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(p, {
        appliedBy: 'provider',
        applicantName: 'ЦСО «Мейірім»',
        onBehalfReason: 'найден на улице без документов',
        grounds: ['homelessness'],
      }),
    );
    expect(sqlite3(`SELECT on_behalf_reason FROM cases WHERE id = '${ok.id}'`)).toBe(
      'найден на улице без документов',
    );
  });

  it('requires why the person does not apply personally, and dates a proactive application by the consent', async () => {
    const p = await person('1960-01-01');
    const behalf = await refused(
      'cases.register',
      application(p, { appliedBy: 'family_member', applicantName: 'Сын' }),
    );
    expect(behalf.onBehalfReason).toContain('ст. 139 п. 3');
    const noConsent = await refused('cases.register', application(p, { channel: 'proactive' }));
    expect(noConsent.proactiveConsentOn).toContain('ст. 139 п. 1');
    const other = await refused(
      'cases.register',
      application(p, { channel: 'proactive', proactiveConsentOn: '2026-11-10' }),
    );
    expect(other.appliedOn).toContain('день согласия на уведомление');
    const ok = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(p, { channel: 'proactive', proactiveConsentOn: '2026-11-18' }),
    );
    expect(ok.proactiveConsentOn).toBe('2026-11-18');
  });

  it('checks grounds against the age on the day (exactly 3: no early limitation) and warns about a minor as "self"', async () => {
    const three = await person('2023-11-18'); // 3 years old on 2026-11-18
    const fields = await refused(
      'cases.register',
      application(three, { grounds: ['early_developmental_limitation'] }),
    );
    expect(fields.grounds).toContain('ст. 133');
    const two = await person('2023-11-19');
    const ok = await t.call<Output<'cases.register'>>(
      'cases.register',
      application(two, { grounds: ['early_developmental_limitation'] }),
    );
    expect(ok.warnings).toEqual(['selfMinor']);
    const adult = await person('2008-11-18'); // 18 on the day
    expect(
      (await refused('cases.register', application(adult, { grounds: ['orphanhood'] }))).grounds,
    ).toContain('несовершеннолетних');
  });

  it('takes a form of provision only from the reference table, and an administrator adds one', async () => {
    const p = await person('1950-01-01');
    const unknown = await refused(
      'cases.register',
      application(p, { grounds: ['old_age_self_care'], requestedForm: 'day_stay' }),
    );
    expect(unknown.requestedForm).toContain('справочнике');
    const form = await t.call<Output<'references.saveSsuForm'>>('references.saveSsuForm', {
      code: 'day_stay',
      nameKk: 'Күндізгі болу бөлімшесі',
      nameRu: 'Отделение дневного пребывания',
      basis: 'Стандарт оказания специальных социальных услуг, 2026',
    });
    await t.call(
      'cases.register',
      application(p, { grounds: ['old_age_self_care'], requestedForm: 'day_stay' }),
    );
    const forms = await t.call<Output<'references.ssuForms'>>('references.ssuForms', {});
    expect(forms.map((f) => f.code)).toEqual([
      'inpatient',
      'semi_inpatient',
      'home',
      'temporary_stay',
      'day_stay',
    ]);
    // A built-in form keeps its code; an inactive form is no longer offered to new writes.
    const home = forms.find((f) => f.code === 'home')!;
    const renamed = await refused('references.saveSsuForm', { ...home, code: 'at_home' });
    expect(renamed.code).toContain('Кодекс');
    await t.call('references.saveSsuForm', { ...form, active: false });
    const inactive = await refused(
      'cases.register',
      application(p, { grounds: ['old_age_self_care'], requestedForm: 'day_stay' }),
    );
    expect(inactive.requestedForm).toBeDefined();
  });
});

describe('art. 168: the portal deadline counts from the notice and expires by itself', () => {
  it('expires an unordered measure the day after its deadline, as the system, with the facts updated', async () => {
    const p = await person('1970-01-01');
    await t.call('disability.add', adultRecord(p));
    const ipr = await t.call<Output<'ipr.create'>>('ipr.create', {
      applicantId: p,
      number: 'ИПАР-9',
      issuedOn: '2026-09-01',
      parts: ['social'],
      measures: [{ kind: 'technical_aid' }, { kind: 'invataxi' }],
    });
    const [aid, taxi] = ipr.measures;
    const offPortal = await refused('ipr.setMeasureStatus', { id: taxi!.id, status: 'sent_to_portal' });
    expect(offPortal.status).toContain('ст. 165, 168');
    await t.call('ipr.setMeasureStatus', { id: aid!.id, status: 'sent_to_portal', on: '2026-09-10' });
    const notified = await t.call<Output<'ipr.setMeasureNotified'>>('ipr.setMeasureNotified', {
      id: aid!.id,
      notifiedOn: '2026-09-20',
    });
    expect(notified.orderDeadline).toBe('2026-11-20');
    expect(sqlite3(`SELECT portal_deadline, ipr_pending FROM applicants WHERE id = '${p}'`)).toBe(
      '2026-11-20|1',
    );

    // On the deadline itself nothing happens; the next day the measure expires.
    const jobs = startDailyJobs(t.router, {
      onError: (_job, err) => {
        throw err;
      },
      clock,
      tickMs: 3_600_000,
    });
    expect(sqlite3(`SELECT status FROM ipr_measures WHERE id = '${aid!.id}'`)).toBe('sent_to_portal');
    clock.advance(86_400_000);
    jobs.runNow();
    jobs.stop();
    expect(sqlite3(`SELECT status FROM ipr_measures WHERE id = '${aid!.id}'`)).toBe('expired');
    // The invataxi measure is still recommended: pending stays, the portal deadline is gone.
    expect(
      sqlite3(`SELECT coalesce(portal_deadline, '-'), ipr_pending FROM applicants WHERE id = '${p}'`),
    ).toBe('-|1');
    expect(
      sqlite3(
        `SELECT actor_login || '|' || action || '|' || procedure FROM audit_log WHERE entity_id = '${aid!.id}' ORDER BY seq DESC LIMIT 1`,
      ),
    ).toBe('web:system|expire|system.expireMeasures');
  });
});
