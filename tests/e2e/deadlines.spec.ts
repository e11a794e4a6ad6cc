import { join } from 'node:path';
import { api, apiSession, expect, SHOTS, signIn, switchLocale, test } from './fixtures';

// Decision deadlines and the working-day calendar in Chromium (issue 14, items 1–2), kk and ru:
// an overdue application is counted on the home screen, the alert opens the register filtered to
// it with the working days overdue; an administrator adds and removes a calendar day.

const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test('an overdue decision is counted at home and opens the filtered register (ru, kk)', async ({
  page,
  web,
}) => {
  const session = await apiSession(web);
  const person = await api(
    web,
    'applicants.create',
    {
      lastName: 'Мерзімбекова',
      firstName: 'Сәуле',
      birthDate: '1948-04-04',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 40',
      iin: '',
      iinMissingReason: 'нет документов',
    },
    session,
  );
  const applicantId = (person.data as { id: string }).id;
  // Applied 40 days ago: 14 working days have long passed.
  const late = await api(
    web,
    'cases.register',
    {
      applicantId,
      appliedOn: isoDaysAgo(40),
      channel: 'department',
      appliedBy: 'self',
      grounds: ['old_age_self_care'],
      requestedForm: 'home',
    },
    session,
  );
  const lateCase = late.data as { number: string; dueOn: string; workingDaysLeft: number };
  expect(lateCase.workingDaysLeft).toBeLessThan(0);

  await signIn(page, web);
  for (const locale of ['ru', 'kk'] as const) {
    await switchLocale(page, locale);
    await page
      .locator('nav')
      .getByRole('link', { name: locale === 'kk' ? 'Басты бет' : 'Главная' })
      .click();
    const alert = page.getByTestId('alert-decisions-overdue');
    await expect(alert).not.toContainText(/^0/);
    await page.screenshot({ path: join(SHOTS, `home-deadlines-${locale}.png`) });
    await alert.click();
    await expect(page).toHaveURL(/cases\?due=overdue/);
    const row = page.locator('tbody tr', { hasText: lateCase.number });
    await expect(row).toContainText(locale === 'kk' ? 'жұмыс күніне кешікті' : 'просрочено на');
    await expect(page.getByTestId('cases-due')).toHaveValue(
      locale === 'kk' ? 'Мерзімі өткен' : 'Просроченные',
    );
    await page.screenshot({ path: join(SHOTS, `cases-overdue-${locale}.png`) });
  }
});

test('an administrator adds a transfer day to the calendar and removes it (kk, ru)', async ({
  page,
  web,
}) => {
  await signIn(page, web);
  await switchLocale(page, 'kk');
  await page.locator('nav').getByRole('link', { name: 'Күнтізбе' }).click();
  await page.getByTestId('calendar-year').getByText('2026').click();
  await expect(page.getByTestId('calendar-table')).toContainText('Наурыз мейрамы');
  await page.screenshot({ path: join(SHOTS, 'calendar-kk.png'), fullPage: true });
  await page.getByTestId('calendar-year').getByText('2027').click();
  await page.getByTestId('calendar-add').click();
  await page.getByTestId('modal-save').click();
  await expect(page.getByRole('dialog').getByText('Күні: толтыру міндетті')).toBeVisible();
  await page.getByTestId('calendar-day').fill('18.12.2027');
  await page.getByTestId('calendar-kind').click();
  await page.getByRole('option', { name: 'Жұмыс күні (ауыстыру)' }).click();
  await page.getByTestId('calendar-name-kk').fill('Жұмыс күні (31 желтоқсанның орнына)');
  await page.getByTestId('calendar-name-ru').fill('Рабочий день (за 31 декабря)');
  await page.getByTestId('calendar-basis').fill('Приказ МТСЗН РК (пример)');
  await page.screenshot({ path: join(SHOTS, 'calendar-day-kk.png') });
  await page.getByTestId('modal-save').click();
  const row = page.getByTestId('calendar-row').filter({ hasText: '18.12.2027' });
  await expect(row).toContainText('Жұмыс күні (31 желтоқсанның орнына)');
  await switchLocale(page, 'ru');
  await expect(row).toContainText('Рабочий день (за 31 декабря)');
  await page.screenshot({ path: join(SHOTS, 'calendar-ru.png'), fullPage: true });
  await row.getByRole('button', { name: 'Удалить' }).click();
  await expect(page.getByTestId('calendar-row').filter({ hasText: '18.12.2027' })).toHaveCount(0);
  // The removed day is kept in the audit trail.
  const session = await apiSession(web);
  const trail = await api(web, 'audit.list', { entity: 'calendar_day', pageSize: 10 }, session);
  expect(JSON.stringify(trail.data)).toContain('remove');
});
