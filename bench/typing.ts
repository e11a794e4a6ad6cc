// Keystroke to rendered results in Chromium against `qamqor web`: a caseworker types surnames
// letter by letter into the registry search; for each keystroke we time from the key press to
// the frame in which the list shows the answer to exactly what has been typed. In the same run,
// the bridge's own answer time for the same queries (HTTP round trip of applicants.list from
// Node) is printed beside it, so the share of the browser and React is visible. JSON lines.
//   npm run bench:typing -- [--applicants 100000] [--db FILE] [--rounds 3]
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'qamqor.cjs');
const { values } = parseArgs({
  options: {
    applicants: { type: 'string', default: '100000' },
    db: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const WORDS = ['сарсенбаева', 'жумабаев', 'ахметова', 'алия', 'нурлан', 'ким', 'омаров', 'искакова'];
const ADMIN = { login: 'bench', fullName: 'Бенч Әкімші', password: 'bench-password-1' };

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number(sorted[Math.max(0, i)]!.toFixed(2));
}

async function startWeb(dbPath: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [CLI, 'web', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (d) => {
      out += String(d);
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    proc.once('exit', (code) => reject(new Error(`qamqor web exited with ${code}`)));
  });
  return { url, proc };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'qamqor-typing-'));
  const dbPath = values.db ?? join(dir, 'bench.sqlite');
  if (!existsSync(dbPath)) {
    const t0 = performance.now();
    execFileSync(process.execPath, [CLI, 'seed', '--db', dbPath, '--applicants', values.applicants], {
      stdio: 'ignore',
    });
    console.log(
      JSON.stringify({
        bench: 'typing_seed',
        n: Number(values.applicants),
        total_ms: Math.round(performance.now() - t0),
      }),
    );
  }
  const { url, proc } = await startWeb(dbPath);
  const parsed = new URL(url);
  const token = parsed.hash.replace('#token=', '');
  const api = async (name: string, input: unknown, session?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-qamqor-token': token };
    if (session) headers['x-qamqor-session'] = session;
    const res = await fetch(`${parsed.origin}/api/${name}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: boolean; data?: unknown; error?: { code: string } };
  };
  const status = await api('setup.status', {});
  if (!(status.data as { initialized: boolean }).initialized) {
    await api('setup.initialize', {
      officeName: 'Bench',
      districtKato: '196000000',
      locale: 'ru',
      admin: ADMIN,
    });
  }
  const browser = await chromium.launch({
    executablePath: process.env.QAMQOR_CHROMIUM ?? '/usr/bin/chromium',
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.goto(url);
    await page.getByTestId('login-login').fill(ADMIN.login);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    await page.getByRole('link', { name: 'Получатели' }).click();
    const search = page.getByTestId('applicant-search');
    await search.waitFor();
    const total = page.getByTestId('applicant-total');

    const keystrokes: number[] = [];
    const typed: string[] = [];
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const word of WORDS) {
        await search.fill('');
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="applicant-total"]')?.getAttribute('data-results-for') ===
            '',
          undefined,
          { polling: 'raf' },
        );
        await search.focus();
        for (let i = 1; i <= word.length; i++) {
          const expected = word.slice(0, i);
          const t0 = performance.now();
          await page.keyboard.type(word[i - 1]!);
          // Polled on every animation frame: resolves in the first frame that shows the answer.
          await page.waitForFunction(
            (q) =>
              document.querySelector('[data-testid="applicant-total"]')?.getAttribute('data-results-for') ===
              q,
            expected,
            { polling: 'raf' },
          );
          if (round > 0) keystrokes.push(performance.now() - t0);
          typed.push(expected);
        }
      }
    }
    await total.waitFor();
    keystrokes.sort((a, b) => a - b);

    // The bridge alone, same queries, same run: what the browser adds is the difference.
    const login = await api('auth.login', { login: ADMIN.login, password: ADMIN.password });
    const session = (login.data as { sessionToken: string }).sessionToken;
    const bridge: number[] = [];
    for (const query of typed) {
      const t0 = performance.now();
      const r = await api('applicants.list', { query }, session);
      if (!r.ok) throw new Error(r.error?.code);
      bridge.push(performance.now() - t0);
    }
    bridge.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: 'chromium_keystroke_to_results',
        n: Number(values.applicants),
        keystrokes: keystrokes.length,
        p50_ms: percentile(keystrokes, 50),
        p95_ms: percentile(keystrokes, 95),
        max_ms: percentile(keystrokes, 100),
        bridge_p50_ms: percentile(bridge, 50),
        bridge_p95_ms: percentile(bridge, 95),
      }),
    );
  } finally {
    await browser.close();
    proc.kill('SIGTERM');
    if (!values.db) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
