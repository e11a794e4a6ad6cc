import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ROOT, tempDir } from '../helpers/paths';

// Real Electron, where its binary exists (a Windows or Linux workstation with network at
// install time). On the build machines and in CI the binary cannot be downloaded, so this
// test is skipped there and says why.
const require = createRequire(__filename);
const { electronBinaryPath } = require('../../scripts/electron-path.cjs') as {
  electronBinaryPath: () => string | null;
};
const binary = electronBinaryPath();
if (!binary)
  console.log(
    'tests/electron: skipped — the Electron binary is not installed on this machine (no download possible)',
  );

test('the desktop app opens a hardened window on the first-run screen', async () => {
  test.skip(!binary, 'the Electron binary is not installed on this machine (no download possible)');
  const app = await electron.launch({
    executablePath: binary!,
    args: [ROOT, '--db', join(tempDir(), 'q.sqlite')],
  });
  const page = await app.firstWindow();
  await expect(page.getByTestId('setup-next')).toBeVisible();
  // The renderer has no Node: no require, no process, and only the contract's functions.
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => Object.isFrozen((window as unknown as { qamqor: object }).qamqor))).toBe(
    true,
  );
  // Opening a new window is denied.
  await page.evaluate(() => window.open('https://example.com/'));
  expect(app.windows()).toHaveLength(1);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});
