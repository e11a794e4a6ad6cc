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

export async function call<P extends ProcedureName>(name: P, input: Input<P>): Promise<Output<P>> {
  const bridge = window.qamqor;
  const meta = { session: session ?? undefined, locale: currentLocale };
  const result = bridge ? await bridge[name]!(input, meta) : await viaWeb(name, input);
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED') setSession(null);
    throw new ApiCallError(result.error);
  }
  return result.data as Output<P>;
}
