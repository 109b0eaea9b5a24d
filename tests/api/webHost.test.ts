import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/shared/contract';
import type { ApiResult } from '../../electron/shared/contract';
import { startWebHost } from '../../electron/backend/web/webHost';
import type { WebHost } from '../../electron/backend/web/webHost';
import type { MethodListing } from '../../electron/backend/web/apiListing';
import { makeTempDir, startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
let host: WebHost;
let rendererDist: string;

beforeAll(async () => {
  backend = await startTestBackend();
  rendererDist = makeTempDir('renderer-');
  fs.writeFileSync(path.join(rendererDist, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  fs.mkdirSync(path.join(rendererDist, 'assets'));
  fs.writeFileSync(path.join(rendererDist, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ backend, rendererDist });
});
afterAll(async () => {
  await host.close();
  backend.close();
});

const api = (pathname: string, init: RequestInit & { token?: string | null } = {}) =>
  fetch(new URL(pathname, host.url), {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token === null ? {} : { 'x-api-token': init.token ?? host.token }),
      ...(init.headers as Record<string, string> | undefined),
    },
  });

/**
 * Tokens a prefix, suffix or case-insensitive comparison would let in: the token cut short (down to its
 * first character), the token with something after it, and the token with its letters in upper case.
 */
function nearMisses(token: string): string[] {
  const upper = token.toUpperCase();
  expect(upper, 'a 64-digit hex token has letters to change').not.toBe(token);
  return [token.slice(0, -1), token.slice(0, 1), token.slice(1), `${token}0`, `${token}${token}`, `0${token}`, upper];
}

/**
 * GETs a path exactly as written. fetch (like any WHATWG URL parser) folds `/../` and `/%2e%2e/` away before
 * sending, so those attempts would never reach the server's own parsing and guard.
 */
function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: host.port, method: 'GET', path: rawPath }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** Every row a write would touch is counted by SQLite's total_changes on the back end's one connection. */
const totalChanges = () => (backend.store.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

describe('web host security', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('refuses every API call without the token of this start, or with a wrong one (401)', async () => {
    const oneDigitOff = host.token.slice(0, -1) + (host.token.endsWith('0') ? '1' : '0');
    for (const token of [null, '', 'not-the-token', oneDigitOff, ...nearMisses(host.token)]) {
      const listing = await api('/api', { method: 'GET', token });
      expect(listing.status).toBe(401);
      const call = await api('/api/units.list', { method: 'POST', body: '{}', token });
      expect(call.status).toBe(401);
      expect(await call.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Thiếu hoặc sai mã truy cập của phiên làm việc.', text: { key: 'webHost.badToken' } } });
    }
    const allowed = await api('/api/units.list', { method: 'POST', body: '{}' });
    expect(allowed.status).toBe(200);
  });

  it('makes a new random token at each start', async () => {
    const other = await startWebHost({ backend, rendererDist });
    expect(other.token).not.toBe(host.token);
    expect(other.token).toMatch(/^[0-9a-f]{64}$/);
    await other.close();
  });

  it('gives the page its token and a strict CSP', async () => {
    const response = await fetch(host.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain(`<meta name="api-token" content="${host.token}">`);
  });

  it('refuses requests for another host name (DNS rebinding), and answers under 127.0.0.1 and localhost', async () => {
    const withHost = (hostHeader: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(new URL('/api', host.url), { headers: { host: hostHeader, 'x-api-token': host.token } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        });
        request.on('error', reject);
        request.end();
      });
    const refused = await withHost('evil.example:80');
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Tên máy chủ không hợp lệ.', text: { key: 'webHost.badHost' } } });
    expect((await withHost(`localhost.evil.example:${host.port}`)).status).toBe(421);
    expect((await withHost(`127.0.0.1:${host.port + 1}`)).status).toBe(421);
    expect((await withHost(`localhost:${host.port}`)).status).toBe(200);
    expect((await withHost(`127.0.0.1:${host.port}`)).status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    fs.writeFileSync(path.join(path.dirname(rendererDist), 'secret.txt'), 'bí mật');
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/..%5csecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%252e%252e/secret.txt',
      '/assets/app.js%00.html',
    ];
    for (const attempt of attempts) {
      const response = await rawGet(attempt);
      expect(response.body, attempt).not.toContain('bí mật');
      // Either refused, or a client-side route that falls back to the app's own page.
      if (response.status === 200) expect(response.body, attempt).toContain('<meta name="api-token"');
      else expect(response.status, attempt).toBe(404);
    }
    expect(await rawGet('/assets/app.js')).toEqual({ status: 200, body: 'console.log(1)' });
    expect((await rawGet('/assets/app.js%00.html')).status).toBe(404);
  });
});

describe('the API over HTTP', () => {
  it('lists every contract method with its input JSON Schema at GET /api', async () => {
    const body = (await (await api('/api', { method: 'GET' })).json()) as ApiResult<MethodListing[]>;
    if (!body.ok) throw new Error(body.error.message);
    expect(body.value.map((m) => m.name).sort()).toEqual([...methodNames].sort());
    for (const method of body.value) {
      expect(method.inputSchema).toMatchObject({ type: 'object' });
      expect(method.summary.length).toBeGreaterThan(0);
    }
  });

  it('refuses malformed input for every listed method with a validation error, and changes nothing', async () => {
    const listing = (await (await api('/api', { method: 'GET' })).json()) as ApiResult<MethodListing[]>;
    if (!listing.ok) throw new Error(listing.error.message);
    const malformed: unknown[] = [42, 'chuỗi', [], null, true, { khongCoTruongNay: 1 }];
    for (const { name } of listing.value) {
      for (const input of malformed) {
        const before = totalChanges();
        const response = await api(`/api/${name}`, { method: 'POST', body: JSON.stringify(input) });
        const result = (await response.json()) as ApiResult<unknown>;
        expect(result, `${name} with ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        if (!result.ok) expect(result.error.message).toMatch(/^Dữ liệu không hợp lệ/);
        expect(totalChanges(), `${name} changed the store`).toBe(before);
      }
    }
  });

  it('answers unknown methods with 404 and broken JSON with 400, in Vietnamese', async () => {
    const unknown = await api('/api/khong.ton.tai', { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const broken = await api('/api/units.list', { method: 'POST', body: '{"search":' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' } });
  });

  it('returns the same envelope as the in-process dispatcher', async () => {
    const overHttp = await (await api('/api/units.list', { method: 'POST', body: JSON.stringify({ search: 'trung tam' }) })).json();
    expect(overHttp).toEqual(await backend.dispatch('units.list', { search: 'trung tam' }));
  });
});
