import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ENUM_LABELS } from '../../src-main/core/api/enum-labels';
import { makeBin } from '../../src-main/core/domain/bin';
import { makeIin } from '../../src-main/core/domain/iin';
import { api, apiSession, expect, SHOTS, signIn, switchLocale, test, type WebApp } from './fixtures';

// The whole case in Chromium, once in Russian and once in Kazakh (issue 14): a caseworker
// registers an application, fills the act, drafts an approval; a head approves it from the
// queue; the caseworker records the provider, issues the referral and the work plan, starts the
// service, records a monitoring visit and terminates. Screenshots of every new screen.

const dmy = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('.');
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

async function pick(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

async function user(web: WebApp, admin: string, login: string, roles: string[], locale: string) {
  await api(
    web,
    'users.create',
    {
      login,
      fullName: `${roles[0] === 'head' ? 'Басшы' : 'Маман'} ${login}`,
      password: 'temporary-pass-1',
      roles,
      locale,
    },
    admin,
  );
  const s = await api(web, 'auth.login', { login, password: 'temporary-pass-1' });
  const session = (s.data as { sessionToken: string }).sessionToken;
  await api(
    web,
    'auth.changePassword',
    { currentPassword: 'temporary-pass-1', newPassword: 'own-password-1' },
    session,
  );
}

async function signOut(page: Page) {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-login').waitFor();
}

async function openHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

for (const [n, locale] of (['ru', 'kk'] as const).entries()) {
  test(`a case from the application to the end of the service (${locale})`, async ({ page, web }) => {
    test.setTimeout(180_000);
    const e = (group: string, value: string) => ENUM_LABELS[locale][group]?.[value] ?? value;
    const admin = await apiSession(web);
    await user(web, admin, `worker.${locale}`, ['caseworker'], locale);
    await user(web, admin, `head.${locale}`, ['head'], locale);
    for (const [i, s] of [
      ['Омарова', 'Гүлнар', 'social_worker_assessment'],
      ['Ахметов', 'Ерлан', 'home_care_worker'],
    ].entries()) {
      const spec = await api(
        web,
        'specialists.save',
        {
          iin: makeIin('1985-03-04', i ? 'M' : 'F', 40 + n * 2 + i),
          lastName: `${s[0]}${n ? 'а' : ''}`,
          firstName: s[1],
          position: s[2],
        },
        admin,
      );
      // Certified (docs/domain.md): only they may sign acts and be responsible for plans.
      await api(
        web,
        'specialists.addCertificate',
        {
          specialistId: (spec.data as { id: string }).id,
          number: `НОК-${n}${i}`,
          issuer: 'Центр независимой оценки квалификации',
          issuedOn: '2025-01-10',
          validUntil: '2030-01-09',
        },
        admin,
      );
    }
    await api(
      web,
      'providers.save',
      {
        nameKk: `«Қамқор-${n}» орталығы`,
        nameRu: `Центр «Камкор-${n}»`,
        kind: 'state_centre',
        bin: makeBin('0101', 51 + n),
      },
      admin,
    );
    const person = await api(
      web,
      'applicants.create',
      {
        lastName: 'Қадамова',
        firstName: n ? 'Сәуле' : 'Айгүл',
        birthDate: '1948-05-02',
        sex: 'F',
        katoCode: '196020100',
        address: 'Талгар, ул. Абая, 3',
        iin: makeIin('1948-05-02', 'F', 60 + n),
      },
      admin,
    );
    const personId = (person.data as { id: string }).id;

    // The caseworker registers the application on the card.
    await signIn(page, web, `worker.${locale}`, 'own-password-1');
    await switchLocale(page, locale);
    await openHash(page, `#/applicants/${personId}?tab=cases`);
    await page.getByTestId('cases-add').click();
    await pick(page, 'case-channel', e('caseChannel', 'state_corporation'));
    // The pills cover the MultiSelect's own input.
    await page.getByTestId('case-grounds').click({ force: true });
    await page.getByRole('option', { name: e('caseGround', 'old_age_self_care') }).click();
    await page.keyboard.press('Escape');
    await pick(page, 'case-form', locale === 'kk' ? 'Үйде' : 'На дому');
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('case-row')).toHaveCount(1);
    const timeline = page.getByTestId('case-timeline');
    await expect(page.getByTestId('timeline-status')).toHaveText(e('caseStatus', 'registered'));
    await page.screenshot({ path: join(SHOTS, `case-timeline-registered-${locale}.png`), fullPage: true });

    // The act: errors beside the fields first, then two specialists sign it.
    await page.getByTestId('action-act').click();
    await page.getByTestId('modal-save').click();
    await expect(
      page
        .getByText(
          locale === 'kk' ? 'Тұрғын үй түрі: толтыру міндетті' : 'Тип жилья: обязательно для заполнения',
        )
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-act-errors-${locale}.png`), fullPage: true });
    await pick(page, 'act-specialist1', new RegExp(`^Омарова${n ? 'а' : ''} Гүлнар`));
    await pick(page, 'act-specialist2', new RegExp(`^Ахметов${n ? 'а' : ''} Ерлан`));
    await pick(page, 'act-housingType', e('housingType', 'apartment'));
    await pick(page, 'act-heating', e('heating', 'central'));
    await pick(page, 'act-water', e('insideOutside', 'inside'));
    await pick(page, 'act-toilet', e('insideOutside', 'inside'));
    await pick(page, 'act-sanitary', e('sanitary', 'satisfactory'));
    await pick(page, 'act-accessibility', e('accessibility', 'partly'));
    await pick(page, 'act-mobility', e('mobility', 'with_aid'));
    await pick(page, 'act-selfCare', e('selfCare', 'limited'));
    // The pills cover the MultiSelect's own input.
    await page.getByTestId('act-servicesNeeded').click({ force: true });
    await page.getByRole('option', { name: e('ssuType', 'social_domestic') }).click();
    await page.keyboard.press('Escape');
    await page
      .getByTestId('crit-life_activity_limitation')
      .getByText(locale === 'kk' ? 'Иә' : 'Да')
      .click();
    await pick(page, 'act-macConclusion', e('macConclusion', 'no_contraindications'));
    await pick(page, 'act-conclusion', e('actConclusion', 'partial_loss'));
    await page.screenshot({ path: join(SHOTS, `case-act-${locale}.png`), fullPage: true });
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('step-act')).toBeVisible();
    await expect(page.getByTestId('timeline-status')).toHaveText(e('caseStatus', 'assessment'));

    // The draft decision: a service over the catalogue's maximum is refused beside the field.
    await page.getByTestId('action-draftDecision').click();
    await page.getByTestId('decision-startOn').fill(dmy(inDays(0)));
    await page.getByTestId('decision-endOn').fill(dmy(inDays(365)));
    await page.getByTestId('add-line-services').click();
    await pick(page, 'line-code-0', locale === 'ru' ? /^Помощь в приготовлении/ : /^Тамақ әзірлеуге/);
    await page.getByTestId('line-volume-0').fill('99');
    await page.getByTestId('modal-save').click();
    await expect(
      page.getByText(locale === 'kk' ? 'Көлемі: ең көбі 7' : 'Объём: не больше 7').first(),
    ).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-decision-errors-${locale}.png`), fullPage: true });
    await page.getByTestId('line-volume-0').fill('3');
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('timeline-status')).toHaveText(e('caseStatus', 'awaiting_decision'));
    await expect(page.getByTestId('awaiting-head')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-timeline-awaiting-${locale}.png`), fullPage: true });
    await signOut(page);

    // The head approves it from the queue.
    await signIn(page, web, `head.${locale}`, 'own-password-1');
    await switchLocale(page, locale);
    if (locale === 'ru') {
      // The home screen counts the drafts awaiting a head; the alert opens the queue.
      const alert = page.getByTestId('alert-decisions-to-approve');
      await expect(alert).not.toContainText(/^0/);
      await page.screenshot({ path: join(SHOTS, `home-head-${locale}.png`) });
      await alert.click();
    } else await page.locator('nav').getByRole('link', { name: 'Бекітуге шешімдер' }).click();
    const row = page.locator('tbody tr', { hasText: locale === 'kk' ? 'Сәуле' : 'Айгүл' });
    await expect(row).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `decisions-queue-${locale}.png`), fullPage: true });
    await row.getByTestId('queue-review').click();
    await page.screenshot({ path: join(SHOTS, `decision-review-${locale}.png`), fullPage: true });
    await page.getByTestId('review-approve').click();
    await expect(row).toHaveCount(0);
    await signOut(page);

    // The caseworker takes it on: provider, referral, plan, start, monitoring, termination.
    await signIn(page, web, `worker.${locale}`, 'own-password-1');
    await switchLocale(page, locale);
    await openHash(page, `#/applicants/${personId}?tab=cases`);
    await expect(page.getByTestId('timeline-status')).toHaveText(e('caseStatus', 'approved'));
    await page.getByTestId('action-chooseProvider').click();
    await pick(page, 'step-providerId', locale === 'kk' ? `«Қамқор-${n}» орталығы` : `Центр «Камкор-${n}»`);
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('timeline-status')).toHaveText(e('caseStatus', 'provider_chosen'));
    await page.getByTestId('action-issueReferral').click();
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('step-referral')).toBeVisible();
    await page.getByTestId('action-plan').click();
    await pick(page, 'step-responsibleId', new RegExp(`^Ахметов${n ? 'а' : ''} Ерлан`));
    await page.screenshot({ path: join(SHOTS, `case-plan-${locale}.png`), fullPage: true });
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('step-plan')).toBeVisible();
    await page.getByTestId('action-start').click();
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('timeline-status')).toHaveText(e('caseStatus', 'in_service'));
    await page.getByTestId('action-monitor').click();
    await pick(page, 'step-result', e('monitoringResult', 'improved'));
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('step-monitoring')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-timeline-in-service-${locale}.png`), fullPage: true });
    // The referral prints: a PDF download named after it.
    const download = page.waitForEvent('download');
    await page.getByTestId(`pdf-referral-${locale}`).click();
    expect((await download).suggestedFilename()).toMatch(
      new RegExp(`^qamqor-referral-\\d{4}-\\d{5}-${locale}\\.pdf$`),
    );
    await page.getByTestId('action-terminate').click();
    await pick(page, 'step-reason', e('terminationReason', 'end_of_term'));
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('timeline-status')).toHaveText(e('caseStatus', 'terminated'));
    await expect(page.getByTestId('next-steps')).toHaveCount(0);
    // The card's table words the reason (never the code).
    await expect(page.getByTestId('case-row')).toContainText(e('terminationReason', 'end_of_term'));
    await expect(page.getByTestId('case-row')).not.toContainText('end_of_term');
    await expect(timeline.getByTestId('step-terminated')).toContainText(
      e('terminationReason', 'end_of_term'),
    );
    await page.screenshot({ path: join(SHOTS, `case-timeline-terminated-${locale}.png`), fullPage: true });

    // The register's filters and the case's own page.
    await page
      .locator('nav')
      .getByRole('link', { name: locale === 'kk' ? 'Істер' : 'Дела' })
      .click();
    await pick(page, 'cases-status', locale === 'kk' ? 'Барлығы' : 'Все');
    await pick(page, 'cases-provider', locale === 'kk' ? `«Қамқор-${n}» орталығы` : `Центр «Камкор-${n}»`);
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await page.screenshot({ path: join(SHOTS, `cases-register-filters-${locale}.png`), fullPage: true });
    await page.locator('tbody tr').first().click();
    await expect(page.getByTestId('case-timeline')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-page-${locale}.png`), fullPage: true });
  });
}

test('specialists, providers and the catalogue of services (kk, ru)', async ({ page, web }) => {
  await signIn(page, web);
  for (const locale of ['kk', 'ru'] as const) {
    await switchLocale(page, locale);
    await page
      .locator('nav')
      .getByRole('link', { name: locale === 'kk' ? 'Мамандар' : 'Специалисты' })
      .click();
    await page.getByTestId('spec-add').click();
    await page.getByTestId('spec-iin').fill('123');
    await page.getByTestId('modal-save').click();
    await expect(
      page.getByText(locale === 'kk' ? 'ЖСН 12 цифрдан тұрады' : 'ИИН состоит из 12 цифр').first(),
    ).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `specialist-form-errors-${locale}.png`) });
    await page.getByTestId('modal-cancel').click();
    await page.screenshot({ path: join(SHOTS, `specialists-${locale}.png`), fullPage: true });
    await page
      .locator('nav')
      .getByRole('link', {
        name: locale === 'kk' ? 'Қызмет көрсетушілер' : 'Поставщики',
      })
      .click();
    await page.getByTestId('prov-add').click();
    await page.getByTestId('prov-bin').fill('010140000134');
    await page.getByTestId('modal-save').click();
    await expect(
      page
        .getByText(locale === 'kk' ? 'БСН бақылау цифры сәйкес емес' : 'контрольная цифра БИН не совпадает')
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `provider-form-errors-${locale}.png`) });
    await page.getByTestId('modal-cancel').click();
    await page.screenshot({ path: join(SHOTS, `providers-${locale}.png`), fullPage: true });
    await page
      .locator('nav')
      .getByRole('link', { name: locale === 'kk' ? 'Баптаулар' : 'Настройки' })
      .click();
    await page.getByTestId('settings-tab-references').click();
    const catalogue = page.getByTestId('catalogue');
    await expect(catalogue).toContainText(locale === 'kk' ? 'Массаж' : 'Массаж');
    await catalogue.scrollIntoViewIfNeeded();
    await catalogue.screenshot({ path: join(SHOTS, `catalogue-${locale}.png`) });
  }
});
