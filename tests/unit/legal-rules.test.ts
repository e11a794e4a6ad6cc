import { describe, expect, it } from 'vitest';
import { enumLabel } from '../../src-main/core/api/enum-labels';
import { fieldMessage } from '../../src-main/core/api/messages';
import {
  applicationWarnings,
  caseRoute,
  checkApplication,
  needsAkimatDecision,
  residenceWaived,
} from '../../src-main/core/modules/cases/domain';
import {
  assistantRefusal,
  canMoveMeasure,
  checkDisability,
  isOrderOverdue,
  orderDeadline,
  TERMS_BY_CATEGORY,
} from '../../src-main/core/modules/disability/domain';
import ruApp from '../../src-renderer/app/i18n/ru.json';
import kkUsers from '../../src-renderer/features/users/i18n/kk.json';
import ruUsers from '../../src-renderer/features/users/i18n/ru.json';

// The rules a legal review of the registry found applied too loosely (issue 12), each named by
// its article of the Social Code (224-VII), with the boundary ages and dates.

describe('SC art. 155 p.7: disability terms by age', () => {
  const base = { group: null, cause: 'child_under7', establishedOn: '2024-06-01' } as const;
  it('a child under 7 gets 6 months, 1, 2, 5 years or "until 7", never "until 18" or indefinite', () => {
    expect(TERMS_BY_CATEGORY.child_under7).toEqual(['6m', '1y', '2y', '5y', 'until7']);
    const born = '2021-06-02'; // 2 years old on 2024-06-01
    for (const term of ['6m', '1y', '2y', '5y', 'until7'] as const)
      expect(checkDisability({ ...base, category: 'child_under7', term }, born)).toEqual({});
    for (const term of ['until18', 'indefinite'] as const)
      expect(checkDisability({ ...base, category: 'child_under7', term }, born)).toEqual({
        term: 'termCategory',
      });
  });
  it('a child of 7–18 gets up to "until 18", never "until 7" or indefinite', () => {
    const facts = {
      category: 'child_7_18',
      group: 2,
      cause: 'child_7_18',
      establishedOn: '2024-06-01',
    } as const;
    const born = '2017-06-01'; // exactly 7 on the day: the 7–18 category
    expect(checkDisability({ ...facts, term: 'until18' }, born)).toEqual({});
    expect(checkDisability({ ...facts, term: 'indefinite' }, born)).toEqual({ term: 'termCategory' });
    expect(checkDisability({ ...facts, term: 'until7' }, born)).toEqual({ term: 'termCategory' });
    // One day short of 7: still the under-7 category.
    expect(checkDisability({ ...facts, term: 'until18' }, '2017-06-02')).toMatchObject({
      category: 'categoryAge',
    });
  });
  it('only an adult (18 on the day) gets an indefinite term', () => {
    const facts = {
      category: 'adult',
      group: 1,
      cause: 'general_disease',
      term: 'indefinite',
      establishedOn: '2024-06-01',
    } as const;
    expect(checkDisability(facts, '2006-06-01')).toEqual({});
    expect(checkDisability(facts, '2006-06-02')).toMatchObject({ category: 'categoryAge' });
  });
  it('the refusal cites the article in kk and ru', () => {
    expect(fieldMessage('term', 'termCategory', 'ru')).toContain('ст. 155 п. 7');
    expect(fieldMessage('term', 'termCategory', 'kk')).toContain('155-бап 7-тармақ');
  });
});

describe('SC art. 163 p.2: individual assistant only for group I with difficulty moving', () => {
  const off = { childrenWithGroupI: false };
  it('group I with difficulty moving: an adult yes', () => {
    expect(assistantRefusal({ category: 'adult', group: 1, movementDifficulty: true }, off)).toBeNull();
  });
  it('group II or III, no record, or a child under 7 (no group): no', () => {
    expect(assistantRefusal({ category: 'adult', group: 3, movementDifficulty: true }, off)).toBe(
      'assistantGroupI',
    );
    expect(assistantRefusal({ category: 'adult', group: 2, movementDifficulty: true }, off)).toBe(
      'assistantGroupI',
    );
    expect(assistantRefusal(null, off)).toBe('assistantGroupI');
    expect(assistantRefusal({ category: 'child_under7', group: null, movementDifficulty: true }, off)).toBe(
      'assistantGroupI',
    );
  });
  it('group I without difficulty moving: no', () => {
    expect(assistantRefusal({ category: 'adult', group: 1, movementDifficulty: false }, off)).toBe(
      'assistantMovement',
    );
  });
  it('a child of 7–18 with group I only where the office setting allows it (unsettled law)', () => {
    const child = { category: 'child_7_18', group: 1, movementDifficulty: true } as const;
    expect(assistantRefusal(child, off)).toBe('assistantChild');
    expect(assistantRefusal(child, { childrenWithGroupI: true })).toBeNull();
  });
});

describe('SC art. 168: the portal order deadline', () => {
  it('counts 2 months from the day of notice, month ends clamped', () => {
    expect(orderDeadline('2026-03-15')).toBe('2026-05-15');
    expect(orderDeadline('2026-12-31')).toBe('2027-02-28');
  });
  it('a measure is overdue the day after its deadline, not on it', () => {
    const m = { status: 'sent_to_portal', orderDeadline: '2026-05-15' } as const;
    expect(isOrderOverdue(m, '2026-05-15')).toBe(false);
    expect(isOrderOverdue(m, '2026-05-16')).toBe(true);
    expect(isOrderOverdue({ ...m, status: 'ordered' }, '2026-06-01')).toBe(false);
    expect(isOrderOverdue({ ...m, orderDeadline: null }, '2030-01-01')).toBe(false);
  });
  it('invataxi and vocational measures (art. 165) never go to the portal', () => {
    expect(canMoveMeasure('recommended', 'sent_to_portal', 'invataxi')).toBe(false);
    expect(canMoveMeasure('recommended', 'sent_to_portal', 'vocational')).toBe(false);
    expect(canMoveMeasure('recommended', 'ordered', 'invataxi')).toBe(true);
    expect(canMoveMeasure('recommended', 'sent_to_portal', 'technical_aid')).toBe(true);
    expect(canMoveMeasure('recommended', 'ordered', 'technical_aid')).toBe(false);
  });
});

describe('SC art. 133 and 139: who may apply, and on which grounds', () => {
  const app = {
    appliedBy: 'self',
    channel: 'department',
    grounds: ['disability'],
    appliedOn: '2026-11-02',
    proactiveConsentOn: null,
    onBehalfReason: null,
  } as const;
  it('art. 139 p.3: a provider applies only for cruel treatment or homelessness', () => {
    const provider = { ...app, appliedBy: 'provider', onBehalfReason: 'found on the street' } as const;
    expect(checkApplication({ ...provider, grounds: ['homelessness'] }, 40)).toEqual({});
    expect(checkApplication({ ...provider, grounds: ['cruel_treatment', 'homelessness'] }, 40)).toEqual({});
    expect(checkApplication({ ...provider, grounds: ['homelessness', 'disability'] }, 40)).toEqual({
      grounds: 'providerGrounds',
    });
  });
  it('art. 139 p.3: on someone’s behalf, why the person does not apply is required', () => {
    expect(checkApplication({ ...app, appliedBy: 'guardian' }, 40)).toEqual({
      onBehalfReason: 'onBehalfReason',
    });
    expect(checkApplication({ ...app, appliedBy: 'guardian', onBehalfReason: 'bedridden' }, 40)).toEqual({});
  });
  it('art. 139 p.1: a proactive application is dated by the consent to the notification', () => {
    const pro = { ...app, channel: 'proactive' } as const;
    expect(checkApplication(pro, 40)).toEqual({ proactiveConsentOn: 'proactiveConsent' });
    expect(checkApplication({ ...pro, proactiveConsentOn: '2026-11-01' }, 40)).toEqual({
      appliedOn: 'proactiveDate',
    });
    expect(checkApplication({ ...pro, proactiveConsentOn: '2026-11-02' }, 40)).toEqual({});
  });
  it('art. 133: early developmental limitation is for children from 0 up to 3 (exactly 3: no)', () => {
    const early = { ...app, grounds: ['early_developmental_limitation'] } as const;
    expect(checkApplication(early, 0)).toEqual({});
    expect(checkApplication(early, 2)).toEqual({});
    expect(checkApplication(early, 3)).toEqual({ grounds: 'earlyLimitationAge' });
  });
  it('art. 133: orphanhood, no parental care, neglect, special-regime education are for minors (exactly 18: no)', () => {
    for (const g of [
      'orphanhood',
      'no_parental_care',
      'neglect_of_minors',
      'special_regime_education',
    ] as const) {
      expect(checkApplication({ ...app, grounds: [g] }, 17)).toEqual({});
      expect(checkApplication({ ...app, grounds: [g] }, 18)).toEqual({ grounds: 'minorGroundAge' });
    }
  });
  it('art. 139: a minor or a person without full capacity applying as "self" is warned about, not refused', () => {
    expect(applicationWarnings('self', 17, 'capable')).toEqual(['selfMinor']);
    expect(applicationWarnings('self', 18, 'capable')).toEqual([]);
    expect(applicationWarnings('self', 40, 'limited')).toEqual(['selfIncapable']);
    expect(applicationWarnings('guardian', 10, 'incapable')).toEqual([]);
  });
  it('the refusals cite the article in kk and ru', () => {
    expect(fieldMessage('grounds', 'providerGrounds', 'ru')).toContain('ст. 139 п. 3');
    expect(fieldMessage('grounds', 'providerGrounds', 'kk')).toContain('139-бап 3-тармақ');
    expect(fieldMessage('appliedOn', 'proactiveDate', 'ru')).toContain('ст. 139 п. 1');
  });
});

describe('official terms in kk and ru (legal review 2026-11): they must not drift back', () => {
  it('disability categories and causes', () => {
    expect(enumLabel('kk', 'category', 'child_under7')).toBe('7 жасқа дейінгі мүгедектігі бар бала');
    expect(enumLabel('kk', 'category', 'child_7_18')).toBe('7–18 жастағы мүгедектігі бар бала');
    expect(enumLabel('kk', 'cause', 'child_under7')).toBe('7 жасқа дейінгі балалардың мүгедектігі');
    expect(enumLabel('kk', 'cause', 'child_7_18')).toBe('7–18 жастағы балалардың мүгедектігі');
    expect(enumLabel('ru', 'cause', 'since_childhood')).toBe('Инвалидность с детства');
    expect(enumLabel('ru', 'cause', 'child_under7')).toBe('Инвалидность детей до 7 лет');
    expect(enumLabel('ru', 'cause', 'child_7_18')).toBe('Инвалидность детей с 7 до 18 лет');
  });
  it('statuses, allowance, hearing help', () => {
    expect(enumLabel('kk', 'caseStatus', 'withdrawn')).toBe('Өтініш кері қайтарып алынды');
    expect(enumLabel('kk', 'measureStatus', 'cancelled')).toBe('Күші жойылды');
    expect(enumLabel('kk', 'caseStatus', 'provider_chosen')).toBe('Қызмет көрсетуші таңдалды');
    expect(enumLabel('kk', 'income', 'care_allowance')).toBe('Күтімді жүзеге асыратын адамға жәрдемақы');
    expect(enumLabel('ru', 'income', 'care_allowance')).toBe('Пособие лицу, осуществляющему уход');
    expect(enumLabel('ru', 'measureKind', 'hearing')).toBe('Слухопротезная помощь');
  });
  it('no label anywhere calls a child «мүгедек бала»', () => {
    for (const group of ['category', 'cause'] as const)
      for (const code of ['child_under7', 'child_7_18'])
        expect(enumLabel('kk', group, code)).not.toMatch(/мүгедек бала/);
  });
  it('the caseworker role is not confused with the register of specialists; the registry is not only recipients', () => {
    expect(ruUsers.roles.caseworker).toBe('Специалист отдела');
    expect(kkUsers.roles.caseworker).toBe('Бөлім маманы');
    expect(ruApp.nav.applicants).not.toBe('Получатели');
  });
});

describe('SC art. 141 p.1: the route follows the ground', () => {
  it('disability alone goes through the portal; homelessness, release and probation on the application', () => {
    expect(caseRoute(['disability'])).toBe('portal');
    expect(caseRoute(['homelessness'])).toBe('on_application');
    expect(caseRoute(['release_from_prison', 'probation'])).toBe('on_application');
    expect(caseRoute(['cruel_treatment'])).toBe('interior_criteria');
    expect(caseRoute(['cruel_treatment', 'homelessness'])).toBe('interior_criteria');
    expect(caseRoute(['old_age_self_care'])).toBe('akimat_decision');
    expect(caseRoute(['disability', 'old_age_self_care'])).toBe('akimat_decision');
  });
  it('only a case the akimat decides has a decision deadline', () => {
    expect(needsAkimatDecision('akimat_decision')).toBe(true);
    expect(needsAkimatDecision('interior_criteria')).toBe(true);
    expect(needsAkimatDecision('portal')).toBe(false);
    expect(needsAkimatDecision('on_application')).toBe(false);
  });
  it('art. 139 p.2: cruel treatment and homelessness are served regardless of registered residence', () => {
    expect(residenceWaived(['homelessness'])).toBe(true);
    expect(residenceWaived(['cruel_treatment', 'disability'])).toBe(true);
    expect(residenceWaived(['old_age_self_care'])).toBe(false);
  });
});
