import type { ApiError, CallResult, Input, Output, ProcedureName } from '../../src-main/core/api/contract';

// The renderer's one way to the core. In Electron the preload has put a frozen `window.qamqor`
// with one function per procedure; in a browser the same calls go to the loopback web bridge.

type Bridge = Record<string, (input: unknown, meta: unknown) => Promise<CallResult>>;

declare global {
  interface Window {
    qamqor?: Bridge;
  }
}

const TOKEN_KEY = 'qamqor.token';
const SESSION_KEY = 'qamqor.session';

export class ApiCallError extends Error {
  readonly code: string;
  readonly fields: Record<string, string>;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

/** The web bridge hands its token in the URL fragment once; keep it for this tab and hide it. */
function webToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const token = typeof window !== 'undefined' && !window.qamqor ? webToken() : null;
let session: string | null = typeof window !== 'undefined' ? sessionStorage.getItem(SESSION_KEY) : null;
let currentLocale = 'kk';

export function setSession(value: string | null): void {
  session = value;
  if (value) sessionStorage.setItem(SESSION_KEY, value);
  else sessionStorage.removeItem(SESSION_KEY);
}

export const hasSession = (): boolean => session !== null;

export function setApiLocale(locale: string): void {
  currentLocale = locale;
}

async function viaWeb(name: string, input: unknown): Promise<CallResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-qamqor-locale': currentLocale,
  };
  if (token) headers['x-qamqor-token'] = token;
  if (session) headers['x-qamqor-session'] = session;
  const res = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input ?? {}),
  });
  return (await res.json()) as CallResult;
}

type SessionEvent = 'locked' | 'ended';
const listeners = new Set<(event: SessionEvent) => void>();
let waitingForUnlock: { promise: Promise<void>; resolve: () => void } | null = null;

/** The session provider listens here: the server locked the session, or ended it. */
export function onSessionEvent(listener: (event: SessionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called once the user has unlocked: calls that met the lock are sent again. */
export function sessionUnlocked(): void {
  waitingForUnlock?.resolve();
  waitingForUnlock = null;
}

function untilUnlocked(): Promise<void> {
  if (!waitingForUnlock) {
    let resolve = () => {};
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    waitingForUnlock = { promise, resolve };
  }
  return waitingForUnlock.promise;
}

async function send(name: string, input: unknown): Promise<CallResult> {
  const bridge = window.qamqor;
  const meta = { session: session ?? undefined, locale: currentLocale };
  return bridge ? await bridge[name]!(input, meta) : await viaWeb(name, input);
}

export async function call<P extends ProcedureName>(name: P, input: Input<P>): Promise<Output<P>> {
  let result = await send(name, input);
  // A call that meets a locked session (the server's idle timer ran out first) waits for the
  // user to unlock and is then sent again, so a form submitted just then is not lost.
  if (!result.ok && result.error.code === 'SESSION_LOCKED' && !name.startsWith('auth.')) {
    for (const l of listeners) l('locked');
    await untilUnlocked();
    result = await send(name, input);
  }
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED' && session) {
      setSession(null);
      for (const l of listeners) l('ended');
    }
    throw new ApiCallError(result.error);
  }
  return result.data as Output<P>;
}
