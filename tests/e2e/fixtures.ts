import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { CLI, tempDir } from '../helpers/paths';

export interface WebApp {
  /** URL with the token fragment, as printed by `qamqor web`. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
}

/** Starts the real `qamqor web` on a fresh temporary database and reads the URL it prints. */
export async function startWeb(): Promise<{ app: WebApp; proc: ChildProcess }> {
  const dir = tempDir('qamqor-e2e-');
  const dbPath = join(dir, 'qamqor.sqlite');
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
