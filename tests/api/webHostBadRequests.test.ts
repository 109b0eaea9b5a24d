import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN_HEADER, isJsonContentType, startWebHost } from '../../electron/backend/web/webHost';
import type { WebHost } from '../../electron/backend/web/webHost';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

const LIMIT = 4096;
let backend: TestBackend;
let host: WebHost;

beforeAll(async () => {
  backend = await startTestBackend();
  host = await startWebHost({ backend, rendererDist: backend.dataDir, maxBodyBytes: LIMIT });
});
afterAll(async () => {
  await host.close();
  backend.close();
});

const post = (path: string, body: string, contentType = 'application/json') =>
  fetch(`${host.url}${path.replace(/^\//, '')}`, { method: 'POST', headers: { 'content-type': contentType, [API_TOKEN_HEADER]: host.token }, body });

describe('the web host refuses bad requests with 4xx', () => {
  it('answers a malformed percent-escape in the method name with 400', async () => {
    for (const path of ['/api/%ZZ', '/api/units.%E0%A4%A', '/api/%']) {
      const response = await post(path, '{}');
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Tên chức năng trong đường dẫn không hợp lệ.' } });
    }
  });

  it('accepts application/json exactly, with an optional UTF-8 charset, and nothing that merely starts with it', async () => {
    for (const type of ['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"']) {
      expect((await post('/api/units.list', '{}', type)).status, type).toBe(200);
    }
    for (const type of ['application/jsonp', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json; boundary=x', 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await post('/api/units.list', '{}', type);
      expect(response.status, type).toBe(415);
      expect(await response.json(), type).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const response = await post('/api/units.list', JSON.stringify({ padding: 'x'.repeat(LIMIT) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Nội dung yêu cầu quá lớn.' } });
  });

  it('stops reading a streamed body as soon as it passes the limit, without waiting for its end', async () => {
    const url = new URL(host.url);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: url.hostname, port: url.port, path: '/api/units.list', method: 'POST', headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: host.token } },
        (response) => {
          resolve(response.statusCode ?? 0);
          response.resume();
          request.destroy();
        },
      );
      request.on('error', () => undefined);
      // Chunked, never ended: a host that waits for the end of the body never answers.
      request.write(`{"padding":"${'x'.repeat(LIMIT)}`);
      const timer = setTimeout(() => reject(new Error('no answer while the body was still open')), 5000);
      request.once('close', () => clearTimeout(timer));
    });
    expect(status).toBe(413);
  });

  it('keeps answering after all of that', async () => {
    expect((await post('/api/units.list', '{}')).status).toBe(200);
  });
});
