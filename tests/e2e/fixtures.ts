import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { CLI, ROOT, tempDir } from '../helpers/paths';

export interface WebApp {
  /** URL with the token fragment, as printed by `qamqor web`. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
}

/** Starts the real `qamqor web` (on a fresh temporary database unless given one) and reads its URL. */
export async function startWeb(opts: { dbPath?: string } = {}): Promise<{ app: WebApp; proc: ChildProcess }> {
  const dbPath = opts.dbPath ?? join(tempDir('qamqor-e2e-'), 'qamqor.sqlite');
  const proc = spawn(process.execPath, [CLI, 'web', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`qamqor web did not start: ${stderr}`)), 30_000);
    proc.stdout?.on('data', (d) => {
      out += String(d);
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once('exit', (code) => reject(new Error(`qamqor web exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  return {
    app: { url, origin: parsed.origin, token: parsed.hash.replace('#token=', ''), dbPath },
    proc,
  };
}

export const test = base.extend<object, { web: WebApp }>({
  web: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here
    async ({}, use) => {
      const { app, proc } = await startWeb();
      await use(app);
      proc.kill('SIGTERM');
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

export const ADMIN = {
  login: 'admin',
  password: 'qamqor-admin-1',
  fullName: 'Сәрсенбаева Гүлнар Қайратқызы',
};

/** Calls the bridge's api directly (set-up shortcuts for tests that are not about set-up). */
export async function api(
  web: WebApp,
  name: string,
  input: unknown,
  session?: string,
): Promise<{ ok: boolean; data?: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-qamqor-token': web.token };
  if (session) headers['x-qamqor-session'] = session;
  const res = await fetch(`${web.origin}/api/${name}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; data?: unknown };
}

/** First run through the api if nobody did it yet. */
export async function ensureSetUp(web: WebApp): Promise<void> {
  const status = await api(web, 'setup.status', {});
  if (!(status.data as { initialized: boolean }).initialized) {
    await api(web, 'setup.initialize', {
      officeName: 'ГУ «Отдел занятости и социальных программ Талгарского района»',
      officeNameKk: '«Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      districtKato: '196000000',
      locale: 'ru',
      admin: ADMIN,
    });
  }
}

/** Signs in through the api and returns the session token (for set-up shortcuts). */
export async function apiSession(
  web: WebApp,
  login = ADMIN.login,
  password = ADMIN.password,
): Promise<string> {
  await ensureSetUp(web);
  const r = await api(web, 'auth.login', { login, password });
  if (!r.ok) throw new Error(`api login failed for ${login}`);
  return (r.data as { sessionToken: string }).sessionToken;
}

/** First run if needed, then sign in through the login screen. */
export async function signIn(
  page: import('@playwright/test').Page,
  web: WebApp,
  login = ADMIN.login,
  password = ADMIN.password,
): Promise<void> {
  await ensureSetUp(web);
  await page.goto(web.url);
  await page.getByTestId('login-login').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

/** Switches the interface language with the header's switch. */
export async function switchLocale(
  page: import('@playwright/test').Page,
  locale: 'kk' | 'ru',
): Promise<void> {
  await page.getByTestId('language-switch').getByText(locale.toUpperCase(), { exact: true }).first().click();
}

/** Where every e2e test leaves its screenshots (looked at by people, not compared by tests). */
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
