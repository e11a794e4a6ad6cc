import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run on these machines; its API is mocked so the hardening code itself —
// window options, the trusted-sender check, the IPC binding, the preload — is what is tested.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, data: 'pong' }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke },
}));

import { ipcChannel, PROCEDURE_LIST } from '../../src-main/core/api/procedure-names';
import type { Router } from '../../src-main/core/router/router';
import { bindIpc } from '../../src-main/electron/ipc';
import {
  guardSession,
  guardWebContents,
  isTrustedSender,
  isTrustedUrl,
  secureWindowOptions,
} from '../../src-main/electron/security';

const trusted = { fileRoot: 'file:///C:/Program%20Files/Qamqor/resources/app.asar/out/renderer/' };
const APP_PAGE = 'file:///C:/Program%20Files/Qamqor/resources/app.asar/out/renderer/index.html';

describe('BrowserWindow options', () => {
  it('isolates and sandboxes the renderer', () => {
    const wp = secureWindowOptions('/app/out/preload/preload.js').webPreferences!;
    expect(wp).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/preload.js',
    });
  });
});

describe('trusted URLs and senders', () => {
  it.each([
    [APP_PAGE, true],
    [`${APP_PAGE}#/applicants`, true],
    ['file:///C:/Program%20Files/Qamqor/resources/app.asar/out/renderer/other.html', false],
    ['file:///C:/Windows/System32/evil.html', false],
    ['file:///C:/Program%20Files/Qamqor/resources/app.asar/out/renderer/../../../../evil/index.html', false],
    ['file://attacker.example/share/index.html', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>1</script>', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isTrustedUrl(url, trusted)).toBe(expected);
  });

  it('trusts the dev server origin only when one is configured', () => {
    expect(isTrustedUrl('http://localhost:5173/', { ...trusted, devOrigin: 'http://localhost:5173' })).toBe(
      true,
    );
    expect(isTrustedUrl('http://localhost:5174/', { ...trusted, devOrigin: 'http://localhost:5173' })).toBe(
      false,
    );
  });

  it('refuses sub-frames, missing frames and foreign pages', () => {
    expect(isTrustedSender({ url: APP_PAGE, parent: null }, trusted)).toBe(true);
    expect(isTrustedSender({ url: APP_PAGE, parent: {} as never }, trusted)).toBe(false);
    expect(isTrustedSender(null, trusted)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, trusted)).toBe(false);
  });
});

describe('web contents guards', () => {
  it('denies navigation away, new windows and webviews', () => {
    const listeners: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) => {
        listeners[name] = fn;
      },
      setWindowOpenHandler: (fn: () => { action: string }) => {
        openHandler = fn;
      },
    };
    guardWebContents(contents as never, trusted);
    const prevented = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners[name]!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', APP_PAGE)).toBe(false);
    expect(prevented('will-redirect', 'https://example.com/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});

describe('IPC binding', () => {
  const handlers = new Map<string, (event: unknown, input: unknown, meta: unknown) => Promise<unknown>>();
  const routerCall = vi.fn(async () => ({ ok: true as const, data: 42 }));
  beforeEach(() => {
    handlers.clear();
    routerCall.mockClear();
    bindIpc(
      { handle: (channel: string, fn: never) => handlers.set(channel, fn) } as never,
      { call: routerCall } as unknown as Router,
      trusted,
    );
  });

  it('registers exactly one channel per procedure of the contract', () => {
    expect([...handlers.keys()].sort()).toEqual(PROCEDURE_LIST.map(ipcChannel).sort());
  });

  it('answers the app page and refuses any other sender without reaching the router', async () => {
    const handler = handlers.get(ipcChannel('applicants.list'))!;
    const ok = await handler(
      { senderFrame: { url: APP_PAGE, parent: null } },
      { query: 'а' },
      { session: 's', locale: 'kk' },
    );
    expect(ok).toEqual({ ok: true, data: 42 });
    expect(routerCall).toHaveBeenCalledWith(
      'applicants.list',
      { query: 'а' },
      { session: 's', locale: 'kk' },
    );

    routerCall.mockClear();
    const denied = await handler(
      { senderFrame: { url: 'https://example.com/', parent: null } },
      {},
      { locale: 'ru' },
    );
    expect(denied).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'У вас нет прав на это действие.' },
    });
    expect(routerCall).not.toHaveBeenCalled();
  });
});

describe('preload', () => {
  it('exposes a frozen object with one function per procedure and no raw ipcRenderer', async () => {
    await import('../../src-main/electron/preload');
    const api = exposed.qamqor as Record<string, (input: unknown, meta: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...PROCEDURE_LIST].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    await api['auth.me']!({}, { session: 'x' });
    expect(invoke).toHaveBeenCalledWith('qamqor:auth.me', {}, { session: 'x' });
    expect(JSON.stringify(Object.keys(exposed))).toBe('["qamqor"]');
  });
});

describe('session guards', () => {
  it('denies every permission request and check, and puts the CSP on every response', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler:
      | ((
          d: { responseHeaders: Record<string, string[]> },
          cb: (r: { responseHeaders: Record<string, string[]> }) => void,
        ) => void)
      | undefined;
    guardSession({
      setPermissionRequestHandler: (fn: typeof requestHandler) => (requestHandler = fn),
      setPermissionCheckHandler: (fn: typeof checkHandler) => (checkHandler = fn),
      webRequest: { onHeadersReceived: (fn: typeof headersHandler) => (headersHandler = fn) },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const cb = vi.fn();
      requestHandler!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
    const cb = vi.fn();
    headersHandler!({ responseHeaders: { 'Content-Type': ['text/html'] } }, cb);
    const headers = cb.mock.calls[0]![0].responseHeaders;
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self'");
    expect(headers['Content-Security-Policy'][0]).toContain("object-src 'none'");
  });
});
