import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { registerCsv, registerRows, registerXlsx } from '../helpers/registers';
import { api, apiSession, expect, SHOTS, signIn, switchLocale, test } from './fixtures';

// Exchange → Import spreadsheet in Chromium (issue 18): in Kazakh, a register with one bad row is
// refused with the row and column named, the file is fixed and imported; in Russian, a file of
// an unfamiliar layout is mapped by hand and the next file of that layout opens with the mapping.

async function pick(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('register-pick').click();
  await (await chooser).setFiles(file);
}

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

test('a register with a bad row is refused, fixed and imported; a hand mapping is remembered (kk, ru)', async ({
  page,
  web,
}) => {
  test.setTimeout(120_000);
  const admin = await apiSession(web);
  const count = async (q: string) =>
    ((await api(web, 'applicants.list', { query: q }, admin)).data as { total: number }).total;
  // People no other spec registers: their own seed, unlikely names for the search below.
  const rows = registerRows(6, 9_001).map((r, i) => {
    const row = [...r];
    row[2] = `Кестеұлы${['а', 'б', 'в', 'г', 'д', 'е'][i]}`;
    return row;
  });
  const good = await registerXlsx(rows, { title: 'Алушылар тізілімі' });
  const bad = rows.map((r) => [...r]);
  const iin = bad[2]?.[1] as string;
  (bad[2] as string[])[1] = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
  const file = join(SHOTS, '..', 'тізілім.xlsx');
  writeFileSync(file, await registerXlsx(bad, { title: 'Алушылар тізілімі' }));

  await signIn(page, web);
  await switchLocale(page, 'kk');
  await page.locator('nav').getByRole('link', { name: 'Деректер алмасу' }).click();
  await page.getByTestId('exchange-tab-spreadsheet').click();
  await expect(
    page.getByRole('heading', { name: 'Тізілімді кестеден импорттау', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Деректер алмасу: тізілімді кестеден импорттау',
  );
  await shot(page, 'register-import-empty-kk');
  await pick(page, file);
  // The title and blank rows sit above the header: the bad person is on the sheet's row 6.
  await expect(page.getByTestId('register-problem-count')).toContainText('Қателер: 1.');
  const problems = page.getByTestId('register-problems');
  await expect(problems).toContainText('ЖСН: ЖСН бақылау цифры сәйкес емес');
  await expect(problems.locator('tbody tr').first()).toContainText('6');
  await expect(page.getByTestId('register-commit')).toBeDisabled();
  await shot(page, 'register-import-problems-kk');
  expect(await count('Кестеұлы')).toBe(0);

  // The file is fixed (same name) and picked again.
  writeFileSync(file, good);
  await pick(page, file);
  await expect(page.getByTestId('register-ready')).toBeVisible();
  await expect(page.getByTestId('register-summary')).toContainText('адамдар: 6');
  await expect(page.getByTestId('register-sample')).toContainText('Кестеұлыа');
  await shot(page, 'register-import-ready-kk');
  await page.getByTestId('register-commit').click();
  await expect(page.getByTestId('register-done')).toContainText('Қосылған адамдар: 6');
  await shot(page, 'register-import-done-kk');
  expect(await count('Кестеұлы')).toBe(6);

  // Russian: a layout whose IIN column is not recognised.
  await switchLocale(page, 'ru');
  const headers = ['Идент. номер', 'Фамилия', 'Имя', 'Дата рождения', 'КАТО', 'Адрес'];
  const plain = registerRows(8, 9_002).map(
    (r, i) => [r[1], `Таблицын${'абвгдежз'[i]}`, r[3], r[5], r[7], r[8]] as string[],
  );
  const csv = join(SHOTS, '..', 'реестр.csv');
  writeFileSync(csv, registerCsv(plain.slice(0, 4), headers as never));
  await pick(page, csv);
  await expect(page.getByTestId('register-problems')).toContainText(
    'ИИН: такого столбца в файле нет — выберите его в сопоставлении',
  );
  await shot(page, 'register-import-mapping-ru');
  await page.getByTestId('register-map-iin').click();
  await page.getByRole('option', { name: 'Идент. номер' }).click();
  await page.getByTestId('register-check').click();
  await expect(page.getByTestId('register-ready')).toBeVisible();
  await expect(page.getByText('Сопоставление выбрано вручную')).toBeVisible();
  await page.getByTestId('register-commit').click();
  await expect(page.getByTestId('register-done')).toContainText('Добавлено людей: 4');
  // Next month's file of the same layout: the mapping is remembered.
  writeFileSync(csv, registerCsv(plain.slice(4), headers as never));
  await pick(page, csv);
  await expect(page.getByTestId('register-ready')).toBeVisible();
  await expect(page.getByText('Сопоставление сохранено для файлов такого вида')).toBeVisible();
  await shot(page, 'register-import-saved-ru');
  // The first file's people are registered, the second's only checked.
  expect(await count(plain[0]?.[0] as string)).toBe(1);
  expect(await count(plain[5]?.[0] as string)).toBe(0);
});
