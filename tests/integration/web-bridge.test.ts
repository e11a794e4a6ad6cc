import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { makeTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/paths';

let t: TestApp;
let server: WebServer;

beforeAll(async () => {
  t = await makeTestApp();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Qamqor</title>');
  server = await startWebServer({ router: t.router, staticDir, port: 0, maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await server.close();
  t.close();
});

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: opts.method ?? 'POST',
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const authed = (extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  'x-qamqor-token': server.token,
  'x-qamqor-session': t.admin,
  ...extra,
});

describe('web bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const none = await send('/api/setup.status', { body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'BAD_TOKEN' } });
    const wrong = await send('/api/setup.status', {
      headers: { 'x-qamqor-token': `${server.token}x` },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
  });

  it('answers 401 to a valid token without a logged-in session for a protected procedure', async () => {
    const r = await send('/api/applicants.list', { headers: { 'x-qamqor-token': server.token }, body: '{}' });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ query: 'а'.repeat(100_000) });
    const r = await send('/api/applicants.list', { headers: authed(), body: big });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400 with translated field errors to invalid input', async () => {
    const r = await send('/api/applicants.create', {
      headers: authed({ 'x-qamqor-locale': 'kk' }),
      body: JSON.stringify({
        iin: '821214240092',
        lastName: '',
        firstName: 'Әлия',
        birthDate: '2999-01-01',
        sex: 'F',
        katoCode: '991234567',
        address: 'x',
      }),
    });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.fields).toMatchObject({
      iin: 'ЖСН: ЖСН бақылау цифры сәйкес емес',
      lastName: 'Тегі: толтыру міндетті',
      birthDate: 'Туған күні: күн болашақта болмауы керек',
      katoCode: 'ҚАТО коды: ҚАТО кодының алғашқы екі цифры облысқа сәйкес келмейді',
    });
  });

  it('answers 400 to malformed JSON and 404 to an unknown procedure', async () => {
    expect((await send('/api/applicants.list', { headers: authed(), body: '{"query":' })).status).toBe(400);
    expect((await send('/api/nope.nothing', { headers: authed(), body: '{}' })).status).toBe(404);
  });

  it('answers 400, never 500, to malformed percent-encoding in the path', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/applicants.list%', '/%E0%A4%A', '/assets/%ZZ.js']) {
      const r = await send(path, {
        method: path.startsWith('/api/') ? 'POST' : 'GET',
        headers: authed(),
        body: '{}',
      });
      expect(r.status, path).toBe(400);
    }
  });

  it('serves a valid call end to end', async () => {
    const r = await send('/api/applicants.list', { headers: authed(), body: JSON.stringify({ query: '' }) });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, data: { rows: [], total: 0, totalCapped: false } });
  });

  it('refuses foreign Host headers (DNS rebinding) and path traversal, and sets a CSP', async () => {
    const rebound = await send('/', { method: 'GET', headers: { host: `evil.example:${server.port}` } });
    expect(rebound.status).toBe(421);
    const traversal = await send('/..%2F..%2Fetc%2Fpasswd', { method: 'GET' });
    expect(traversal.status).toBe(404);
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});
