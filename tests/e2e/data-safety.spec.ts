import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ADMIN,
  api,
  apiSession,
  expect,
  SHOTS,
  signIn,
  startWeb,
  switchLocale,
  test,
  type WebApp,
} from './fixtures';

// The audit screen, backups with restore and undo, and recovery from a damaged database file,
// in Chromium against the real `qamqor web`. Backups and recovery get servers of their own,
// because a restore signs everybody out and replaces the data.

const person = (iin: string, lastName: string) => ({
  iin,
  lastName,
  firstName: 'Айгүл',
  birthDate: '1990-03-08',
  sex: 'F',
  katoCode: '196020100',
  address: 'Талгар',
});

async function registryTotal(web: WebApp): Promise<number> {
  const s = await apiSession(web);
  const r = await api(web, 'applicants.list', {}, s);
  return (r.data as { total: number }).total;
}

test('audit screen filters by action and person and exports an .xlsx (kk, ru)', async ({ page, web }) => {
  const admin = await apiSession(web);
  const created = await api(web, 'applicants.create', person('900308400029', 'Нұрланова'), admin);
  await api(web, 'applicants.get', { id: (created.data as { id: string }).id }, admin);
  await signIn(page, web);
  for (const locale of ['ru', 'kk'] as const) {
    await switchLocale(page, locale);
    await page.getByRole('link', { name: locale === 'kk' ? 'Аудит журналы' : 'Журнал аудита' }).click();
    await page.getByTestId('audit-iin').fill('900308400029');
    // Counted, not just found: until the filter applies, other people's card views are listed too
    // (earlier tests open cards), and a strict "visible" would fail at once on several.
    await expect(
      page.getByRole('cell', { name: locale === 'kk' ? 'Карточканы қарау' : 'Просмотр карточки' }),
    ).toHaveCount(1);
    await expect(page.getByTestId('audit-total')).toContainText('2');
    await page.screenshot({ path: join(SHOTS, `audit-${locale}.png`) });
    await page.getByTestId('audit-iin').fill('');
  }
  await page.getByTestId('audit-iin').fill('900308400029');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('audit-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^qamqor-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const saved = join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(saved);
  // An .xlsx is a zip: it starts with PK.
  expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
});

test('backup now, restore an older copy, sign in again and undo the restore (ru, kk)', async ({ page }) => {
  const { app: web, proc } = await startWeb();
  try {
    const admin = await apiSession(web);
    await api(web, 'applicants.create', person('900308400009', 'Бекова'), admin);
    await signIn(page, web);
    await page.getByRole('link', { name: 'Резервные копии' }).click();
    await page.getByTestId('backup-now').click();
    await expect(page.getByRole('cell', { name: 'Вручную' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'backups-ru.png') });
    await switchLocale(page, 'kk');
    await expect(page.getByRole('cell', { name: 'Қолмен' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'backups-kk.png') });
    await switchLocale(page, 'ru');

    // Work goes on after the copy…
    await api(web, 'applicants.create', person('900308400019', 'Ахметова'), admin);
    expect(await registryTotal(web)).toBe(2);
    // …then the office restores the copy (the newest row, made by hand above).
    await page.getByTestId('backup-restore').first().click();
    await expect(page.getByText('текущая база будет сохранена отдельной копией')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'backup-restore-confirm-ru.png') });
    await page.getByTestId('backup-restore-confirm').click();
    await expect(page.getByTestId('login-submit')).toBeVisible();
    await expect(page.getByText('База восстановлена из')).toBeVisible();
    expect(await registryTotal(web)).toBe(1);

    await page.getByTestId('login-login').fill(ADMIN.login);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByRole('link', { name: 'Резервные копии' }).click();
    await page.getByTestId('backup-undo').click();
    await page.getByTestId('backup-restore-confirm').click();
    await expect(page.getByTestId('login-submit')).toBeVisible();
    expect(await registryTotal(web)).toBe(2);
  } finally {
    proc.kill('SIGTERM');
  }
});

test('a damaged database opens the recovery screen, which restores the newest good backup (ru, kk)', async ({
  page,
}) => {
  const first = await startWeb();
  const dbPath = first.app.dbPath;
  const admin = await apiSession(first.app);
  await api(first.app, 'applicants.create', person('900308400009', 'Бекова'), admin);
  // Quitting makes a verified backup; then the disk "fails".
  const exited = new Promise((resolve) => first.proc.once('exit', resolve));
  first.proc.kill('SIGTERM');
  await exited;
  writeFileSync(dbPath, Buffer.alloc(128 * 1024, 0x42));
  for (const suffix of ['-wal', '-shm']) writeFileSync(`${dbPath}${suffix}`, '');

  const { app: web, proc } = await startWeb({ dbPath });
  try {
    await page.goto(web.url);
    await expect(page.getByTestId('recovery')).toBeVisible();
    await switchLocale(page, 'ru');
    await expect(page.getByText('Файл базы данных повреждён или не является базой данных.')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'recovery-ru.png') });
    await switchLocale(page, 'kk');
    await expect(page.getByText('Дерекқор файлы бүлінген немесе дерекқор емес.')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'recovery-kk.png') });

    await page.getByTestId('recovery-restore').click();
    await expect(page.getByTestId('recovery-done')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'recovery-done-kk.png') });
    await page.getByTestId('recovery-continue').click();
    await page.getByTestId('login-login').fill(ADMIN.login);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('current-user')).toBeVisible();
    expect(
      execFileSync('sqlite3', [dbPath, 'SELECT last_name FROM applicants'], { encoding: 'utf8' }).trim(),
    ).toBe('Бекова');
  } finally {
    proc.kill('SIGTERM');
  }
});

test("a person card's history tab shows who registered and who opened the card (ru, kk)", async ({
  page,
  web,
}) => {
  const admin = await apiSession(web);
  await api(web, 'applicants.create', person('900308400039', 'Жұмабаева'), admin);
  await signIn(page, web);
  await switchLocale(page, 'ru');
  await page.locator('nav').getByRole('link', { name: 'Люди' }).click();
  await page.getByTestId('applicant-search').fill('жумабаева');
  await page.getByRole('cell', { name: 'Жұмабаева Айгүл' }).click();
  await expect(page.getByTestId('card-name')).toHaveText('Жұмабаева Айгүл');
  await page.getByTestId('card-history-tab').click();
  await expect(page.getByRole('cell', { name: 'Просмотр карточки' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Создание' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'card-history-ru.png') });
  await switchLocale(page, 'kk');
  await expect(page.getByRole('cell', { name: 'Карточканы қарау' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'card-history-kk.png') });
});

test('a trail edited outside the app is reported on the home and audit screens (kk, ru)', async ({
  page,
}) => {
  const { app, proc } = await startWeb();
  try {
    const admin = await apiSession(app);
    await api(app, 'applicants.create', person('900308400029', 'Нұрланова'), admin);
    await api(app, 'backups.create', {}, admin); // anchors the chain's head outside the file
    await signIn(page, app);
    await switchLocale(page, 'ru');
    await page.getByRole('link', { name: 'Журнал аудита' }).click();
    await expect(page.getByTestId('audit-integrity-ok')).toContainText('таким, каким его записала программа');
    await page.screenshot({ path: join(SHOTS, 'audit-integrity-ok-ru.png') });

    // Someone with the sqlite3 CLI removes the log's last entries behind the app's back.
    const guards = execFileSync(
      'sqlite3',
      [app.dbPath, "SELECT sql || ';' FROM sqlite_schema WHERE name LIKE 'audit_log_no_%'"],
      { encoding: 'utf8' },
    );
    execFileSync('sqlite3', [
      app.dbPath,
      `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > 2; ${guards}`,
    ]);
    await page.getByRole('button', { name: 'Проверить сейчас' }).click();
    await expect(page.getByTestId('audit-integrity-broken')).toContainText('изменён вне программы');
    await page.screenshot({ path: join(SHOTS, 'audit-integrity-broken-ru.png') });
    await switchLocale(page, 'kk');
    await page.getByRole('link', { name: 'Басты бет' }).click();
    await expect(page.getByTestId('audit-integrity-broken')).toContainText('бағдарламадан тыс өзгертілген');
    await page.screenshot({ path: join(SHOTS, 'home-integrity-broken-kk.png') });
  } finally {
    proc.kill('SIGTERM');
  }
});
