import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/csp';

// Everything that keeps the renderer in its box. Kept free of side effects at import time so
// tests can check it with vi.mock('electron').

export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Qamqor',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/**
 * Is this URL the app's own page? In production that is the built index.html under `appRoot`
 * (a file: URL); in development the electron-vite dev server origin.
 */
export function isTrustedUrl(
  rawUrl: string,
  trusted: { fileRoot: string; devOrigin?: string | undefined },
): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (trusted.devOrigin && url.origin === new URL(trusted.devOrigin).origin) return true;
  if (url.protocol !== 'file:' || url.host !== '') return false;
  const root = new URL(trusted.fileRoot.endsWith('/') ? trusted.fileRoot : `${trusted.fileRoot}/`);
  return decodeURIComponent(url.pathname) === decodeURIComponent(new URL('index.html', root).pathname);
}

/** IPC is answered only for the app's own top-level page, never an iframe or a foreign page. */
export function isTrustedSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined,
  trusted: { fileRoot: string; devOrigin?: string | undefined },
): boolean {
  if (!frame) return false;
  if (frame.parent) return false;
  return isTrustedUrl(frame.url, trusted);
}

/** Deny navigation, new windows, webviews and permission requests for one web contents. */
export function guardWebContents(
  contents: WebContents,
  trusted: { fileRoot: string; devOrigin?: string | undefined },
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, trusted)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
