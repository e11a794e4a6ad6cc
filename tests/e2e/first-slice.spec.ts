import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SHOTS, signIn, startWeb, test, type WebApp } from './fixtures';

// The first vertical slice, as a caseworker does it with keyboard and mouse: first run →
// administrator → sign in → add a person → find them by a lower-case fragment → reload.

// A server of its own: the first-run wizard needs a database nobody has set up yet.
let web: WebApp;
let server: ChildProcess;
test.beforeAll(async () => {
  ({ app: web, proc: server } = await startWeb());
});
test.afterAll(() => {
  server.kill('SIGTERM');
});

async function switchLanguage(page: Page, locale: 'kk' | 'ru' | 'en') {
  await page.getByTestId('language-switch').getByText(locale.toUpperCase(), { exact: true }).first().click();
}

test.describe.configure({ mode: 'serial' });

test('first run, sign in, add an applicant, find them, survive a reload', async ({ page }) => {
  await page.goto(web.url);
  await switchLanguage(page, 'ru');
  await expect(page.getByRole('heading', { name: 'Первый запуск' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'setup-ru.png') });

  // Step 1 refuses an empty office and a malformed KATO with field messages.
  await page.getByTestId('setup-next').click();
  await expect(page.getByText('Название организации (русский): обязательно для заполнения')).toBeVisible();
  await expect(page.getByText('Название организации (казахский): обязательно для заполнения')).toBeVisible();
  await page
    .getByTestId('setup-office-name-kk')
    .fill('«Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ');
  await page
    .getByTestId('setup-office-name')
    .fill('ГУ «Отдел занятости и социальных программ Талгарского района»');
  await page.getByTestId('setup-district-kato').fill('1960');
  await page.getByTestId('setup-next').click();
  await expect(page.getByText('Код КАТО района: код КАТО состоит из 9 цифр')).toBeVisible();
  await page.getByTestId('setup-district-kato').fill('196000000');
  await page.getByTestId('setup-next').click();
  // The administrator step opens clean: no "required" or "at least 8 characters" before typing.
  await expect(page.getByTestId('setup-full-name')).toBeVisible();
  await expect(page.getByText('обязательно для заполнения')).toHaveCount(0);
  await expect(page.getByText('Пароль: не менее 8 символов')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'setup-admin-step-ru.png') });

  await page.getByTestId('setup-full-name').fill('Сәрсенбаева Гүлнар Қайратқызы');
  await page.getByTestId('setup-password').fill('qamqor-admin-1');
  await page.getByTestId('setup-password-repeat').fill('qamqor-admin-2');
  await page.getByTestId('setup-finish').click();
  await expect(page.getByText('Повтор пароля: пароли не совпадают')).toBeVisible();
  await page.getByTestId('setup-password-repeat').fill('qamqor-admin-1');
  await page.getByTestId('setup-finish').click();

  await expect(page.getByTestId('login-submit')).toBeVisible();
  await page.getByTestId('login-login').fill('admin');
  await page.getByTestId('login-password').fill('wrong password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText('Неверный логин или пароль.');
  await page.getByTestId('login-password').fill('qamqor-admin-1');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toHaveText('Сәрсенбаева Гүлнар Қайратқызы');
  // The header names the office in the screen's language (issue 13, item 9).
  await expect(page.getByTestId('office-name')).toHaveText(
    'ГУ «Отдел занятости и социальных программ Талгарского района»',
  );
  await switchLanguage(page, 'kk');
  await expect(page.getByTestId('office-name')).toHaveText(
    '«Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
  );
  await switchLanguage(page, 'ru');

  // Home shows the alerts; the registry is one click away.
  await expect(page.getByTestId('alert-consent')).toBeVisible();
  await page.locator('nav').getByRole('link', { name: 'Люди' }).click();
  await expect(page.getByText('В реестре пока никого нет')).toBeVisible();
  await page.getByTestId('applicant-add').click();
  await page.getByTestId('applicant-iin').fill('850715300013');
  await page.getByTestId('applicant-iin').blur();
  // Birth date and sex are suggested from the IIN.
  await expect(page.getByTestId('applicant-birth-date')).toHaveValue('15.07.1985');
  await page.getByTestId('applicant-last-name').fill('Ахметов');
  await page.getByTestId('applicant-first-name').fill('Әлихан');
  await page.getByTestId('applicant-patronymic').fill('Серікұлы');
  await page.getByTestId('applicant-kato').fill('196020100');
  await page.getByTestId('applicant-address').fill('г. Талгар, ул. Абая, 12');
  await page.getByTestId('applicant-save').click();

  await expect(page.getByText('Ахметов Әлихан Серікұлы добавлен(а) в реестр')).toBeVisible();
  // The new card opens (issue 13, item 10); the list is one click away.
  await expect(page.getByTestId('card-name')).toHaveText('Ахметов Әлихан Серікұлы');
  await page.locator('nav').getByRole('link', { name: 'Люди' }).click();
  await page.getByTestId('applicant-search').fill('алихан');
  await expect(page.getByRole('cell', { name: 'Ахметов Әлихан Серікұлы' })).toBeVisible();
  await expect(page.getByTestId('applicant-total')).toHaveText('Найдено: 1');
  await page.screenshot({ path: join(SHOTS, 'applicants-ru.png') });

  await page.reload();
  await page.getByTestId('applicant-search').fill('ахм');
  await expect(page.getByRole('cell', { name: 'Ахметов Әлихан Серікұлы' })).toBeVisible();

  await switchLanguage(page, 'kk');
  await expect(page.getByRole('heading', { name: 'Қызмет алушылар' })).toBeVisible();
  await expect(page.locator('th', { hasText: 'Аты-жөні' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '15.07.1985' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'applicants-kk.png') });
});

for (const locale of ['ru', 'kk'] as const) {
  test(`an invalid IIN is refused with a message in ${locale}`, async ({ page }) => {
    await signIn(page, web);
    await switchLanguage(page, locale);
    await page.getByRole('link', { name: locale === 'kk' ? 'Адамдар' : 'Люди' }).click();
    await page.getByTestId('applicant-add').click();
    await page.getByTestId('applicant-iin').fill('821214240092');
    await page.getByTestId('applicant-iin').blur();
    const message =
      locale === 'ru' ? 'ИИН: неверная контрольная цифра ИИН' : 'ЖСН: ЖСН бақылау цифры сәйкес емес';
    await expect(page.getByText(message)).toBeVisible();
    await page.getByTestId('applicant-save').click();
    await expect(
      page.getByText(locale === 'ru' ? 'Фамилия: обязательно для заполнения' : 'Тегі: толтыру міндетті'),
    ).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `applicant-form-${locale}.png`), fullPage: true });
    // A 500-letter surname stops at the contract's 80, and the counter says so (issue 13, item 6).
    await page.getByTestId('applicant-last-name').fill('Ә'.repeat(500));
    await expect(page.getByTestId('applicant-last-name')).toHaveValue('Ә'.repeat(80));
    await expect(page.getByText('80/80')).toBeVisible();
    // Language is remembered per user: after a reload the interface comes back in it.
    await page.reload();
    await expect(
      page.getByRole('heading', {
        name: locale === 'ru' ? 'Новый человек в реестре' : 'Тізілімге жаңа адам',
      }),
    ).toBeVisible();
  });
}
