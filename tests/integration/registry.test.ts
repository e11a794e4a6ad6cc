import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeTestApp, type TestApp } from '../helpers/app';

// The registry around a person through the real router and a real SQLite file.

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

const mother = {
  iin: '900308400009',
  lastName: 'Сәрсенбаева',
  firstName: 'Әлия',
  patronymic: 'Қайратқызы',
  birthDate: '1990-03-08',
  sex: 'F',
  katoCode: '196020100',
  address: 'Талгар, ул. Абая, 12',
  phone: '+7 701 555 12 34',
};
const child = {
  iin: '190601500017',
  lastName: 'Сәрсенбаев',
  firstName: 'Нұрлан',
  birthDate: '2019-06-01',
  sex: 'M',
  katoCode: '196020100',
  address: 'Талгар, ул. Абая, 12',
};

type Card = Output<'applicants.card'>;

async function fail(name: string, input: unknown, locale = 'ru') {
  const r = await t.router.call(name, input, { session: t.admin, locale });
  if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
  return r.error;
}

describe('person, duplicates and profile', () => {
  it('blocks the same IIN (pointing at the card) and asks a reason for a similar name and birth date', async () => {
    const first = await t.call<{ id: string }>('applicants.create', mother);
    const same = await fail('applicants.create', { ...mother, lastName: 'Другая' });
    expect(same.code).toBe('CONFLICT_IIN');
    expect(same.params?.existingId).toBe(first.id);

    // Same person spelt without Kazakh letters, no IIN (reason given): a likely duplicate.
    const similar = {
      ...mother,
      iin: '',
      iinMissingReason: 'без документов',
      lastName: 'Сарсенбаева',
      firstName: 'Алия',
    };
    const dup = await t.call<Output<'applicants.checkDuplicates'>>('applicants.checkDuplicates', {
      lastName: 'Sarsenbayeva',
      firstName: 'Aliya',
      birthDate: '1990-03-08',
    });
    expect(dup.similar.map((c) => c.id)).toEqual([first.id]);
    const refused = await fail('applicants.create', similar, 'kk');
    expect(refused.code).toBe('DUPLICATE_SUSPECTED');
    expect(refused.fields?.duplicateReason).toBe(
      'Тіркеу себебі: ұқсас адамдар бар: тіркеу себебін көрсетіңіз',
    );
    const second = await t.call<{ id: string }>('applicants.create', {
      ...similar,
      duplicateReason: 'Тёзка, другой человек: другой адрес',
    });
    const audit = await t.call<{ rows: { changes: Record<string, [unknown, unknown]> }[] }>(
      'applicants.history',
      { id: second.id },
    );
    expect(audit.rows[0]?.changes.duplicateReason?.[1]).toBe('Тёзка, другой человек: другой адрес');
    expect(audit.rows[0]?.changes.similarTo?.[1]).toBe(first.id);

    // An empty IIN needs its reason.
    const noReason = await fail('applicants.create', { ...child, iin: '' });
    expect(noReason.fields?.iin).toBe('ИИН: укажите ИИН или причину его отсутствия');
  });

  it('updates the profile with old → new in the audit, and checks legal capacity and dates', async () => {
    const p = await t.call<{ id: string }>('applicants.create', mother);
    const bad = await fail('applicants.update', {
      ...mother,
      id: p.id,
      legalCapacity: 'incapable',
      deathDate: '1980-01-01',
    });
    expect(bad.fields?.capacityCourtDecision).toBe('Номер решения суда: обязательно для заполнения');
    expect(bad.fields?.deathDate).toBe('Дата смерти: не может быть раньше даты рождения');
    const future = await fail('applicants.update', {
      ...mother,
      id: p.id,
      consentDate: '2999-01-01',
      consentForm: 'paper',
    });
    expect(future.fields?.consentDate).toBe('Дата согласия: дата не может быть в будущем');

    await t.call('applicants.update', {
      ...mother,
      id: p.id,
      phone: '8 (701) 000-11-22',
      citizenship: 'kandas',
      consentDate: '2026-01-15',
      consentForm: 'paper',
      consentRef: 'Папка 3, лист 14',
    });
    const history = await t.call<{
      rows: { action: string; changes: Record<string, [unknown, unknown]> | null }[];
    }>('applicants.history', { id: p.id });
    const update = history.rows.find((r) => r.action === 'update');
    expect(update?.changes?.citizenship).toEqual(['citizen', 'kandas']);
    expect(update?.changes?.phone).toEqual(['+7 701 555 12 34', '8 (701) 000-11-22']);
    // Derived columns follow the edit (read back with the sqlite3 CLI).
    const digits = execFileSync(
      'sqlite3',
      [t.host.path, `SELECT phone_digits FROM applicants WHERE id = '${p.id}'`],
      {
        encoding: 'utf8',
      },
    ).trim();
    expect(digits).toBe('7010001122');
  });
});

describe('household, representatives, income, disability and IPR', () => {
  it('builds a family card: child with disability, mother as legal representative, IPR with measures', async () => {
    const m = await t.call<{ id: string }>('applicants.create', mother);
    const c = await t.call<{ id: string }>('applicants.create', child);
    await t.call('representatives.add', {
      applicantId: c.id,
      kind: 'parent',
      representativeId: m.id,
      basisDocument: 'Свидетельство о рождении № 1234567',
    });
    await t.call('household.add', {
      applicantId: c.id,
      fullName: 'Сәрсенбаев Қайрат',
      relation: 'parent',
      birthYear: 1988,
      occupation: 'водитель',
    });
    await t.call('incomes.add', {
      applicantId: c.id,
      kind: 'disability_allowance',
      amount: 74_000,
      periodFrom: '2026-01-01',
    });

    // The child was 4 on the day: "adult, group II" is refused, citing the age rule.
    const wrong = await fail('disability.add', {
      applicantId: c.id,
      category: 'adult',
      groupNo: 2,
      cause: 'general_disease',
      term: '2y',
      establishedOn: '2023-09-01',
      mseDecisionNo: 'МСЭ-77',
    });
    expect(wrong.fields?.category).toContain('категория не соответствует возрасту');
    const first = await t.call<{ validUntil: string }>('disability.add', {
      applicantId: c.id,
      category: 'child_under7',
      cause: 'child_under7',
      term: '2y',
      establishedOn: '2023-09-01',
      mseDecisionNo: 'МСЭ-77',
    });
    expect(first.validUntil).toBe('2025-09-01');
    const current = await t.call<{ validUntil: string }>('disability.add', {
      applicantId: c.id,
      category: 'child_under7',
      cause: 'child_under7',
      term: 'until7',
      establishedOn: '2025-08-20',
      mseDecisionNo: 'МСЭ-201',
    });
    expect(current.validUntil).toBe('2026-06-01');

    const overLimit = await fail('ipr.create', {
      applicantId: c.id,
      number: 'ИПР-55',
      issuedOn: '2025-08-25',
      parts: ['social'],
      measures: [{ kind: 'individual_assistant', hoursPerDay: 9 }],
    });
    // A child under 7 has no group: an individual assistant is refused before its hours count.
    expect(overLimit.fields?.['measures.0.kind']).toContain(
      'только лицу с инвалидностью I группы (ст. 163 п. 2 СК РК)',
    );
    const ipr = await t.call<Output<'ipr.create'>>('ipr.create', {
      applicantId: c.id,
      number: 'ИПР-55',
      issuedOn: '2025-08-25',
      parts: ['social', 'medical'],
      measures: [
        { kind: 'technical_aid', classifierCode: '09-01-01', quantity: 2, replacementMonths: 12 },
        { kind: 'sign_language', hoursPerYear: 60 },
      ],
    });
    expect(ipr.validUntil).toBe('2026-06-01');
    const signTooMuch = await fail(
      'ipr.addMeasure',
      { iprId: ipr.id, kind: 'sign_language', hoursPerYear: 61 },
      'kk',
    );
    expect(signTooMuch.fields?.hoursPerYear).toBe(
      'Жылына сағат: ымдау тілі маманы — бір бағдарламада барлығы жылына 60 сағаттан көп емес (ӘК 163-бап 3-тармақ)',
    );

    const aid = ipr.measures[0]!;
    const skip = await fail('ipr.setMeasureStatus', { id: aid.id, status: 'delivered' });
    expect(skip.fields?.status).toBe('Статус: мероприятие не может перейти в этот статус');
    const sent = await t.call<{ orderDeadline: string | null }>('ipr.setMeasureStatus', {
      id: aid.id,
      status: 'sent_to_portal',
      on: '2025-09-30',
    });
    // The 2 months count from the day the person was notified (art. 168), not from the sending.
    expect(sent.orderDeadline).toBeNull();
    const noticed = await t.call<{ orderDeadline: string }>('ipr.setMeasureNotified', {
      id: aid.id,
      notifiedOn: '2025-09-30',
    });
    expect(noticed.orderDeadline).toBe('2025-11-30');

    const card = await t.call<Card>('applicants.card', { id: c.id });
    expect(card.representatives[0]).toMatchObject({
      kind: 'parent',
      representativeId: m.id,
      fullName: 'Сәрсенбаева Әлия Қайратқызы',
      iin: mother.iin,
    });
    expect(card.household).toHaveLength(1);
    expect(card.incomes[0]?.amount).toBe(74_000);
    expect(card.disability.map((d) => [d.mseDecisionNo, d.replacedAt === null])).toEqual([
      ['МСЭ-201', true],
      ['МСЭ-77', false],
    ]);
    expect(card.iprs[0]?.measures.map((x) => x.status)).toEqual(['sent_to_portal', 'recommended']);
    // The mother's card shows whom she represents.
    const motherCard = await t.call<Card>('applicants.card', { id: m.id });
    expect(motherCard.represents).toEqual([{ id: c.id, kind: 'parent', fullName: 'Сәрсенбаев Нұрлан' }]);

    // The printable summary in kk and ru, read back with pdftotext: Kazakh letters survive.
    for (const locale of ['kk', 'ru'] as const) {
      const pdf = await t.call<{ fileName: string; base64: string }>('applicants.summaryPdf', {
        id: c.id,
        locale,
      });
      expect(pdf.fileName).toBe(`qamqor-${child.iin}-${locale}.pdf`);
      const file = join(t.dir, pdf.fileName);
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Сәрсенбаев Нұрлан');
      expect(text).toContain('Сәрсенбаева Әлия Қайратқызы');
      expect(text).toContain('ИПР-55');
      if (locale === 'kk') {
        expect(text).toContain('Адам туралы жиынтық мәліметтер');
        expect(text).toContain('Жеке оңалту бағдарламасы');
        expect(text).toContain('Ымдау тілі маманы');
        expect(text).toContain('Порталға жіберілді');
      } else {
        expect(text).toContain('Сводные сведения о заявителе (получателе)');
        expect(text).toContain('Индивидуальная программа абилитации и реабилитации');
        expect(text).toContain('Специалист жестового языка');
        expect(text).toContain('Отправлено на портал');
        expect(text).toContain('30.11.2025');
      }
    }

    // Everything above is in the child's history, and opening the card was recorded.
    const history = await t.call<{ rows: { entity: string | null; action: string }[] }>(
      'applicants.history',
      {
        id: c.id,
        pageSize: 100,
      },
    );
    const seen = new Set(history.rows.map((r) => `${r.entity}:${r.action}`));
    for (const e of [
      'representative:create',
      'household_member:create',
      'income:create',
      'disability:create',
      'disability:replace',
      'ipr:create',
      'ipr_measure:status',
      'applicant:read',
    ]) {
      expect(seen, e).toContain(e);
    }
  });
});
