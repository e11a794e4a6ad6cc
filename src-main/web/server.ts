import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiError, CallResult } from '../core/api/contract';
import { errorMessage, pickLocale } from '../core/api/messages';
import type { Router } from '../core/app';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import type { ErrorCode } from '../core/errors';

// The browser door: the same router as Electron, over loopback HTTP. It exists so the real app
// runs where Electron cannot (CI, this kind of machine, demos). It binds 127.0.0.1 only, wants a
// random per-run token on every api call, and checks the Host header against DNS rebinding.

export const TOKEN_HEADER = 'x-qamqor-token';
export const SESSION_HEADER = 'x-qamqor-session';
export const LOCALE_HEADER = 'x-qamqor-locale';
export const DEFAULT_MAX_BODY = 1024 * 1024;
/**
 * Procedures that carry a file (base64, a third larger than the file): a register spreadsheet, an
 * exchange package at the oblast's console. Checked before the body is read, like every limit.
 */
const UPLOAD_LIMITS: Record<string, number> = {
  'specialists.importPreview': 8 * 1024 * 1024,
  'specialists.import': 8 * 1024 * 1024,
  'exchange.import': 500 * 1024 * 1024,
  // A district's whole legacy register (domain.ts MAX_REGISTER_BYTES), base64.
  'registryImport.preview': 56 * 1024 * 1024,
  'registryImport.commit': 56 * 1024 * 1024,
};

export interface WebServerOptions {
  router: Router;
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  /** The URL to open: the token travels in the fragment, which browsers never send to servers. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  BAD_TOKEN: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  ACCOUNT_DISABLED: 403,
  ACCOUNT_LOCKED: 423,
  SESSION_LOCKED: 423,
  PASSWORD_CHANGE_REQUIRED: 403,
  LAST_ADMIN: 409,
  BACKUP_NOT_FOUND: 404,
  BACKUP_UNUSABLE: 409,
  BACKUP_FOLDER_UNWRITABLE: 409,
  BACKUP_FAILED: 500,
  DB_CORRUPT: 503,
  DB_UNTRUSTED: 503,
  NOT_FOUND: 404,
  UNKNOWN_PROCEDURE: 404,
  CONFLICT_IIN: 409,
  CONFLICT_LOGIN: 409,
  ALREADY_INITIALIZED: 409,
  NOT_INITIALIZED: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
  ) {
    super(code);
  }
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = 0;

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: errorMessage('INTERNAL', 'ru') },
        });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    // A path that does not decode (a stray or truncated %-escape) is the client's error.
    const pathname = safeDecode(url.pathname);
    if (pathname === null) {
      req.resume();
      sendJson(res, 400, {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: errorMessage('VALIDATION', pickLocale(header(req, LOCALE_HEADER))),
        },
      });
      return;
    }
    if (pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(res, pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const locale = pickLocale(header(req, LOCALE_HEADER));
    const reject = (status: number, code: ErrorCode) =>
      sendJson(res, status, {
        ok: false,
        error: { code, message: errorMessage(code, locale) } satisfies ApiError,
      });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      reject(405, 'UNKNOWN_PROCEDURE');
      return;
    }
    const given = Buffer.from(header(req, TOKEN_HEADER) ?? '');
    if (given.length !== tokenBuf.length || !timingSafeEqual(given, tokenBuf)) {
      reject(401, 'BAD_TOKEN');
      req.resume();
      return;
    }
    let body: unknown;
    try {
      body = await readJson(req, UPLOAD_LIMITS[name] ?? maxBody);
    } catch (err) {
      const e = err instanceof HttpError ? err : new HttpError(400, 'VALIDATION');
      // After a refused oversized body the rest of it is still on the wire: close the connection
      // once the answer is out instead of reading megabytes nobody wants.
      if (e.status === 413) res.setHeader('connection', 'close');
      reject(e.status, e.code);
      return;
    }
    const result: CallResult = await opts.router.call(name, body, {
      session: header(req, SESSION_HEADER),
      locale,
    });
    if (result.ok) sendJson(res, 200, result);
    else sendJson(res, STATUS[result.error.code as ErrorCode] ?? 400, result);
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const full = normalize(join(opts.staticDir, rel));
    if (!full.startsWith(normalize(opts.staticDir) + sep)) {
      res.writeHead(404).end();
      return;
    }
    let size: number;
    try {
      const st = statSync(full);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(full)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': rel === 'index.html' ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    createReadStream(full).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > max) throw new HttpError(413, 'PAYLOAD_TOO_LARGE');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new HttpError(413, 'PAYLOAD_TOO_LARGE');
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'VALIDATION');
  }
}
