import { join } from 'node:path';
import { api, apiSession, expect, SHOTS, signIn, switchLocale, test } from './fixtures';

// The administrator's legal settings in Chromium (issue 12): alert horizons, the office's rule
// for children's individual assistants with its basis, a new form of provision that the
// application form then offers, and the check of stored data. Screenshots in kk and ru.

test('an administrator sets horizons, a rule with its basis and a new form that the forms then offer (ru, kk)', async ({
  page,
  web,
}) => {
  await signIn(page, web);
  await switchLocale(page, 'ru');
  await page.getByRole('link', { name: 'Настройки' }).click();
  await page.getByTestId('settings-tab-rules').click();
  await expect(page.getByText('Ст. 163 п. 2 СК РК называет лиц с инвалидностью I группы')).toBeVisible();

  // A horizon beyond its bound stays as typed, refused beside the field with the bound named,
  // and nothing is saved; a valid one is saved.
  await page.getByTestId('alerts-portal').fill('90');
  await page.getByTestId('alerts-save').click();
  await expect(page.getByTestId('alerts-portal')).toHaveValue('90');
  await expect(page.getByText('Заказ на портале: не больше 60')).toBeVisible();
  expect(
    ((await api(web, 'settings.get', {}, await apiSession(web))).data as { alerts: { portalDays: number } })
      .alerts.portalDays,
  ).toBe(14);
  await page.getByTestId('alerts-portal').fill('21');
  await page.getByTestId('alerts-save').click();
  await expect(page.getByText('Сроки напоминаний сохранены')).toBeVisible();

  // The unsettled rule: off by default, switched on, read back through the api.
  const rule = page.getByTestId('rules-assistant-children');
  await expect(rule).not.toBeChecked();
  await rule.click();
  await expect(page.getByText('Правило сохранено')).toBeVisible();
  const session = await apiSession(web);
  const settings = await api(web, 'settings.get', {}, session);
  expect(settings.data).toMatchObject({
    alerts: { portalDays: 21 },
    rules: { assistantForChildrenGroupI: true },
  });
  await rule.click();
  await expect(rule).not.toBeChecked();

  // A new form of provision: a bad code is refused with the rule, a good one appears in the table.
  await page.getByTestId('settings-tab-references').click();
  await page.getByTestId('form-add').click();
  await page.getByTestId('form-code').fill('Day Stay');
  await page.getByTestId('form-name-kk').fill('Күндізгі болу бөлімшесі');
  await page.getByTestId('form-name-ru').fill('Отделение дневного пребывания');
  await page.getByTestId('form-basis').fill('Стандарт оказания специальных социальных услуг, 2026');
  await page.getByTestId('modal-save').click();
  await expect(page.getByText('код: строчные латинские буквы')).toBeVisible();
  await page.getByTestId('form-code').fill('day_stay');
  await page.getByTestId('modal-save').click();
  await expect(page.getByTestId('ssu-forms')).toContainText('Отделение дневного пребывания');

  await page.getByTestId('settings-tab-rules').click();
  await page.getByTestId('fixes-check').click();
  await expect(page.getByTestId('fixes-result')).toContainText('Исправлений: 0');
  await page.screenshot({ path: join(SHOTS, 'settings-legal-ru.png'), fullPage: true });
  await switchLocale(page, 'kk');
  await page.getByTestId('settings-tab-references').click();
  await expect(page.getByTestId('ssu-forms')).toContainText('Күндізгі болу бөлімшесі');
  await page.screenshot({ path: join(SHOTS, 'settings-legal-kk.png'), fullPage: true });

  // The application form offers the new form (in the reader's language).
  const person = await api(
    web,
    'applicants.create',
    {
      lastName: 'Бекова',
      firstName: 'Зере',
      birthDate: '1950-04-04',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 9',
      iin: '',
      iinMissingReason: 'Документы утеряны',
    },
    session,
  );
  expect(person.ok).toBe(true);
  await page.goto(`${web.origin}/#/applicants/${(person.data as { id: string }).id}`);
  await page.getByTestId('card-cases-tab').click();
  await page.getByTestId('cases-add').click();
  await page.getByTestId('case-form').click();
  await expect(page.getByRole('option', { name: 'Күндізгі болу бөлімшесі' })).toBeVisible();
  await page.keyboard.press('Escape');
  // Proactive: the consent date is asked and becomes the application date (art. 139 p.1).
  await page.getByTestId('case-channel').click();
  await page.getByRole('option', { name: /Проактив/ }).click();
  await expect(page.getByTestId('case-consent-on')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'case-register-proactive-kk.png') });
});

test('the disability and programme forms in Kazakh: child terms only, and the assistant refused citing art. 163', async ({
  page,
  web,
}) => {
  const session = await apiSession(web);
  const child = await api(
    web,
    'applicants.create',
    {
      lastName: 'Оспанов',
      firstName: 'Әли',
      birthDate: '2022-03-03',
      sex: 'M',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 11',
      iin: '',
      iinMissingReason: 'Документы утеряны',
    },
    session,
  );
  const id = (child.data as { id: string }).id;
  const record = await api(
    web,
    'disability.add',
    {
      applicantId: id,
      category: 'child_under7',
      cause: 'child_under7',
      term: 'until7',
      establishedOn: '2024-03-10',
      mseDecisionNo: 'МСЭ-404',
    },
    session,
  );
  expect(record.ok).toBe(true);

  await signIn(page, web);
  await switchLocale(page, 'kk');
  await page.goto(`${web.origin}/#/applicants/${id}`);
  await page.getByTestId('card-disability-tab').click();
  await page.getByTestId('card-disability-add').click();
  await page.getByTestId('dis-category').click();
  await page.getByRole('option', { name: '7 жасқа дейінгі мүгедектігі бар бала', exact: true }).click();
  await page.getByTestId('dis-term').click();
  await expect(page.getByRole('option', { name: '7 жасқа дейін', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Мерзімсіз', exact: true })).toHaveCount(0);
  await expect(page.getByRole('option', { name: '18 жасқа дейін', exact: true })).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'disability-terms-child-kk.png') });
  await page.keyboard.press('Escape');
  await page.getByTestId('modal-cancel').click();

  await page.getByTestId('card-ipr-add').click();
  await page.getByTestId('ipr-number').fill('ИПАР-404');
  await page.getByTestId('ipr-issued').fill('15.03.2024');
  await page.getByTestId('measure-kind').click();
  await page.getByRole('option', { name: 'Жеке көмекші', exact: true }).click();
  await page.getByTestId('measure-hours-day').fill('4');
  await page.getByTestId('modal-save').click();
  await expect(
    page.getByText('I топтағы мүгедектігі бар адамға ғана тағайындалады (ӘК 163-бап 2-тармақ)'),
  ).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'ipr-assistant-refused-kk.png') });
  // Nothing was written: the child still has no programme.
  const card = await api(web, 'applicants.card', { id }, session);
  expect((card.data as { iprs: unknown[] }).iprs).toEqual([]);
});
