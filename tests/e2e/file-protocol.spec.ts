import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { PROCEDURE_LIST } from '../../src-main/core/api/procedure-names';
import { ROOT } from '../helpers/paths';
import { ADMIN, ensureSetUp, expect, SHOTS, switchLocale, test } from './fixtures';

// The desktop window loads the built renderer from disk (file://), not from the bridge. This
// opens out/renderer/index.html from disk in Chromium, under the CSP its own <meta> sets, with a
// stand-in for the preload's window.qamqor that forwards each call to a real `qamqor web`
// (through Playwright, as IPC would through the main process), and walks sign-in and the
// registry list: the code-split chunks, the styles and the fonts must all load from disk.

test('the built renderer runs from file:// with the preload stand-in (sign-in, registry)', async ({
  web,
}) => {
  await ensureSetUp(web);
  // Electron grants file:// the right to load ES modules (the grantFileProtocolExtraPrivileges
  // fuse, on by default); plain Chromium does so with this switch.
  const browser = await chromium.launch({
    executablePath: process.env.QAMQOR_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--allow-file-access-from-files',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'ru-RU' });
  try {
    const loaded: string[] = [];
    page.on('requestfinished', (r) => {
      if (r.url().startsWith('file:')) loaded.push(r.url());
    });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('console', (m) => {
      if (m.type() === 'error') failed.push(m.text());
    });
    await page.exposeFunction(
      '__qamqorForward',
      async (name: string, input: unknown, meta: { session?: string; locale?: string }) => {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'x-qamqor-token': web.token,
        };
        if (meta?.session) headers['x-qamqor-session'] = meta.session;
        if (meta?.locale) headers['x-qamqor-locale'] = meta.locale;
        const res = await fetch(`${web.origin}/api/${name}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
        return res.json();
      },
    );
    await page.addInitScript(
      (names: string[]) => {
        const api: Record<string, (input: unknown, meta: unknown) => Promise<unknown>> = {};
        const forward = (window as unknown as { __qamqorForward: (...a: unknown[]) => Promise<unknown> })
          .__qamqorForward;
        for (const name of names) api[name] = (input, meta) => forward(name, input, meta);
        Object.defineProperty(window, 'qamqor', { value: Object.freeze(api) });
      },
      [...PROCEDURE_LIST],
    );

    await page.goto(pathToFileURL(join(ROOT, 'out', 'renderer', 'index.html')).toString());
    await page.getByTestId('login-login').fill(ADMIN.login);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    await switchLocale(page, 'ru');
    // The registry list (in the entry chunk), then the register of applications (its own chunk,
    // loaded when first opened).
    await page
      .getByRole('link', { name: /Люди|Адамдар|People/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.getByRole('link', { name: 'Дела' }).first().click();
    await expect(page.getByRole('heading', { name: /Дела|Заявления|Реестр/ }).first()).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'file-protocol-registry.png') });
    expect(failed).toEqual([]);
    // The registry's own chunk came from disk, and the stylesheet applied (Mantine's reset gives
    // the body its font family; without the CSS it would be the browser's serif default).
    expect(loaded.some((u) => /\/assets\/CasesPage-[\w-]+\.js$/.test(u))).toBe(true);
    expect(loaded.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(5);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).not.toMatch(/^"?Times/);
  } finally {
    await browser.close();
  }
});
