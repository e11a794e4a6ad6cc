import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  api,
  apiSession,
  ensureSetUp,
  expect,
  SHOTS,
  signIn,
  startWeb,
  switchLocale,
  test,
} from './fixtures';

// The exchange in Chromium (issue 18): the district's administrator downloads the install's key
// and exports (unencrypted, with the warning) in Kazakh; a second browser-mode instance becomes
// the oblast's console by registering that key, imports the package in Russian and shows the
// district's people.

async function upload(page: Page, button: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(button).click();
  await (await chooser).setFiles(file);
}

test('a district exports, a second instance as the oblast imports and shows its people (kk, ru)', async ({
  page,
  web,
}) => {
  test.setTimeout(120_000);
  const admin = await apiSession(web);
  for (const [i, firstName] of ['Алмагүл', 'Бейбіт'].entries())
    await api(
      web,
      'applicants.create',
      {
        lastName: 'Алмасова',
        firstName,
        birthDate: `1966-0${i + 3}-11`,
        sex: i ? 'M' : 'F',
        katoCode: '196020100',
        address: 'Талғар',
        iin: '',
        iinMissingReason: 'Құжаттар жоғалған',
      },
      admin,
    );
  const people = ((await api(web, 'applicants.list', {}, admin)).data as { total: number }).total;
  expect(people).toBeGreaterThanOrEqual(2);
  await signIn(page, web);
  await switchLocale(page, 'kk');
  await page.locator('nav').getByRole('link', { name: 'Деректер алмасу' }).click();
  await expect(page.getByTestId('exchange-unencrypted')).toBeVisible();
  const keyDownload = page.waitForEvent('download');
  await page.getByTestId('exchange-key-download').click();
  const keyFile = join(SHOTS, '..', 'district.key.json');
  await (await keyDownload).saveAs(keyFile);
  await page.getByTestId('exchange-export-next').click();
  await expect(page.getByText(/Пакет жазылды: .+\.qamqor/).first()).toBeVisible();
  await expect(page.getByTestId('exchange-exports')).toContainText('шифрланбаған');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, 'exchange-district-kk.png'), fullPage: true });
  const status = (await api(web, 'exchange.status', {}, admin)).data as {
    folder: string;
    exports: { fileName: string }[];
  };
  const pkg = join(status.folder, status.exports[0]?.fileName as string);

  // The oblast: a second instance on a new database, set up, then made the consolidation database.
  const { app: oblast, proc } = await startWeb();
  try {
    await ensureSetUp(oblast);
    await signIn(page, oblast);
    await switchLocale(page, 'ru');
    await page.locator('nav').getByRole('link', { name: 'Обмен данными' }).click();
    await upload(page, 'exchange-become-oblast', keyFile);
    await expect(page.getByRole('heading', { name: 'Сводная база области' })).toBeVisible();
    await upload(page, 'exchange-import', pkg);
    await expect(page.getByTestId('exchange-report')).toContainText(/: новых [1-9]\d*, обновлено 0/);
    await expect(page.getByTestId('exchange-districts')).toContainText('196000000');
    await expect(page.getByTestId('exchange-districts')).toContainText(
      String(people).replace(/\B(?=(\d{3})+(?!\d))/g, ' '),
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'exchange-oblast-ru.png'), fullPage: true });
    // The same package again: nothing new.
    await upload(page, 'exchange-import', pkg);
    await expect(page.getByTestId('exchange-report')).toContainText(
      /: новых 0, обновлено 0, без изменений [1-9]/,
    );
    await switchLocale(page, 'kk');
    await expect(page.getByRole('heading', { name: 'Облыстың жинақтау базасы' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'exchange-oblast-kk.png'), fullPage: true });
  } finally {
    proc.kill('SIGTERM');
  }
});
