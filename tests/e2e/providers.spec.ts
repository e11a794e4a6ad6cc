import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeBin } from '../../src-main/core/domain/bin';
import { makeIin } from '../../src-main/core/domain/iin';
import { api, apiSession, expect, SHOTS, signIn, switchLocale, test } from './fixtures';

// Providers in Chromium (issue 17, first part): a provider registered with its licence and
// places in Kazakh; the complaints commission's removal entered in Russian; the supplier then
// refused at provider choice with the day it may return. Screenshots in both languages.

const today = () => new Date().toISOString().slice(0, 10);
const dmy = (iso: string) => iso.split('-').reverse().join('.');

async function pick(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

test('a provider with a licence, removed by the commission, is refused at provider choice (kk, ru)', async ({
  page,
  web,
}) => {
  test.setTimeout(120_000);
  await signIn(page, web);
  await switchLocale(page, 'kk');
  await page.locator('nav').getByRole('link', { name: 'Қызмет көрсетушілер' }).click();
  await page.getByTestId('prov-add').click();
  await page.getByTestId('prov-nameKk').fill('«Сенім» орталығы');
  await page.getByTestId('prov-nameRu').fill('Центр «Сеним»');
  await pick(page, 'prov-kind', 'Үкіметтік емес ұйым');
  // A BIN whose type digit is wrong is refused beside the field, with the rule.
  const bin = makeBin('1207', 3117) as string;
  await page
    .getByTestId('prov-bin')
    .fill((makeBin('1207', 3117, '9') ?? makeBin('1207', 3118, '9')) as string);
  await page.getByTestId('modal-save').click();
  await expect(page.getByText('БСН-нің 5-цифры — заңды тұлға түрі (4, 5 немесе 6)').first()).toBeVisible();
  await page.getByTestId('prov-bin').fill(bin);
  await page.getByTestId('prov-licenceNo').fill('ЛИЦ-2025/44');
  await page.getByTestId('prov-licenceOn').fill('15.01.2025');
  await page.getByTestId('prov-licenceUntil').fill('14.01.2030');
  await page.getByTestId('prov-forms').click({ force: true });
  await page.getByRole('option', { name: /^Үйде/ }).first().click({ force: true });
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(SHOTS, 'provider-form-kk.png') });
  await page.getByTestId('modal-save').click();
  await page.getByTestId('prov-search').fill('сеним');
  await expect(page.getByTestId('prov-total')).toHaveText(/: 1$/);
  await page.locator('tbody tr').first().click();
  await expect(page.getByTestId('prov-card-name')).toHaveText('«Сенім» орталығы');
  await page.getByTestId('prov-tab-licence').click();
  await expect(page.locator('main')).toContainText('ЛИЦ-2025/44');
  await page.screenshot({ path: join(SHOTS, 'provider-card-kk.png'), fullPage: true });
  await page.getByTestId('prov-tab-bills').click();
  await expect(page.getByTestId('prov-bill')).toContainText('Бұл айда жеткізушінің қызмет алушылары жоқ.');
  await page.screenshot({ path: join(SHOTS, 'provider-bill-kk.png'), fullPage: true });

  // A tariff whose cost items do not add up is refused beside the items; then saved.
  await page.locator('nav').getByRole('link', { name: 'Қызмет көрсетушілер' }).click();
  await page.getByTestId('prov-tariffs').click();
  await page.getByTestId('tariff-add').click();
  await pick(page, 'tariff-form', /^Үйде/);
  await pick(page, 'tariff-category', 'Мүгедектігі бар ересектер');
  await page.getByTestId('tariff-amount').fill('250000');
  await page.getByTestId('tariff-decree').fill('Қ-12');
  await page.getByTestId('tariff-decree-on').fill(dmy(`${today().slice(0, 4)}-01-10`));
  await page.getByTestId('tariff-from').fill(dmy(`${today().slice(0, 4)}-01-10`));
  await page.getByTestId('tariff-item-wages').fill('200000');
  await page.getByTestId('modal-save').click();
  await expect(page.getByText('шығын баптарының қосындысы тарифке тең болуы керек').first()).toBeVisible();
  await page.getByTestId('tariff-item-other').fill('50000');
  await page.screenshot({ path: join(SHOTS, 'tariff-form-kk.png') });
  await page.getByTestId('modal-save').click();
  await expect(page.locator('tbody')).toContainText('250 000,00');
  await page.waitForTimeout(400); // the empty-state overlay fades out after the first row arrives
  await page.screenshot({ path: join(SHOTS, 'tariffs-kk.png'), fullPage: true });
  await page.goBack();
  await page.locator('tbody tr', { hasText: 'Сенім' }).first().click();

  // In Russian: the commission's removal is entered; the card shows until when.
  await switchLocale(page, 'ru');
  await page.getByTestId('prov-tab-unreliable').click();
  await page.getByTestId('prov-mark-unreliable').click();
  await page.getByTestId('unr-no').fill('КЖ-7');
  await page.getByTestId('unr-on').fill(dmy(today()));
  await page.getByTestId('unr-removed').fill(dmy(today()));
  await page.getByTestId('unr-reason').fill('Нарушения не устранены в срок, указанный в уведомлении');
  await page.getByTestId('modal-save').click();
  await expect(page.getByTestId('prov-unreliable')).toContainText('Недобросовестный до');
  await page.screenshot({ path: join(SHOTS, 'provider-unreliable-ru.png'), fullPage: true });

  // A homeless person's case (no akimat decision): choosing this supplier is refused with the date.
  const admin = await apiSession(web);
  const who = await api(
    web,
    'applicants.create',
    {
      lastName: 'Баспанасыз',
      firstName: 'Ержан',
      birthDate: '1978-08-08',
      sex: 'M',
      katoCode: '196020100',
      address: 'Талгар',
      iin: makeIin('1978-08-08', 'M', 707),
    },
    admin,
  );
  const kase = await api(
    web,
    'cases.register',
    {
      applicantId: (who.data as { id: string }).id,
      appliedOn: today(),
      channel: 'department',
      appliedBy: 'self',
      grounds: ['homelessness'],
      ssuTypes: [],
      requestedForm: 'temporary_stay',
    },
    admin,
  );
  for (const locale of ['ru', 'kk'] as const) {
    await switchLocale(page, locale);
    await page.evaluate(
      (id) => {
        window.location.hash = `#/cases/${id}`;
      },
      (kase.data as { id: string }).id,
    );
    await page.getByTestId('action-chooseProvider').click();
    await pick(page, 'step-providerId', locale === 'kk' ? /Сенім/ : /Сеним/);
    await page.getByTestId('modal-save').click();
    await expect(page.getByRole('dialog')).toContainText(
      locale === 'kk' ? 'жосықсыз жеткізушілер тізіміне' : 'список недобросовестных',
    );
    const back = new Date();
    back.setUTCFullYear(back.getUTCFullYear() + 1);
    await expect(page.getByRole('dialog')).toContainText(dmy(back.toISOString().slice(0, 10)));
    await page.screenshot({ path: join(SHOTS, `provider-refused-${locale}.png`), fullPage: true });
    await page.getByTestId('modal-cancel').click();
  }
});
