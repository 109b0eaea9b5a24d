import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/contract';
import type { Backend } from '../createBackend';
import { CONTENT_SECURITY_POLICY } from '../static/contentSecurityPolicy';
import { mimeTypeFor, resolveStaticPath } from '../static/resolveStaticPath';
import { listApiMethods } from './apiListing';
import { translate } from '../../shared/i18n/catalog';
import type { MessageKey } from '../../shared/i18n/catalog';

export const API_TOKEN_HEADER = 'x-api-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  backend: Backend;
  rendererDist: string;
  port?: number;
  /** Requests with a larger body are refused (413) as soon as they pass it; 64 MB unless a test sets less. */
  maxBodyBytes?: number;
}

export interface WebHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** Serves the built renderer and the API on 127.0.0.1 only, guarded by a token made at each start. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('hex');
  let port = options.port ?? 0;
  const server = http.createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      console.error('[web]', error);
      if (!response.headersSent) sendJson(response, 500, failure('INTERNAL', 'webHost.internal'));
      else response.end();
    });
  });

  async function handleRequest(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    // Only our own origin: refuses DNS-rebinding pages that point another name at 127.0.0.1.
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    // Stryker disable next-line StringLiteral: any stand-in for a missing Host header is refused alike; only the two allowed names pass
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      sendJson(response, 421, failure('FORBIDDEN', 'webHost.badHost'));
      return;
    }
    // Stryker disable next-line StringLiteral: Node's server always sets request.url; an empty one would resolve to "/" anyway
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname);
      return;
    }
    serveStatic(request, response, url.pathname);
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): Promise<void> {
    if (!hasValidToken(request.headers[API_TOKEN_HEADER], token)) {
      sendJson(response, 401, failure('UNAUTHORIZED', 'webHost.badToken'));
      return;
    }
    if (pathname === '/api' && request.method === 'GET') {
      sendJson(response, 200, { ok: true, value: listApiMethods() });
      return;
    }
    if (request.method !== 'POST') {
      sendJson(response, 405, failure('VALIDATION', 'webHost.postOnly'));
      return;
    }
    const method = decodeMethodName(pathname.slice('/api/'.length));
    if (method === null) {
      sendJson(response, 400, failure('VALIDATION', 'webHost.badMethodName'));
      return;
    }
    if (!isJsonContentType(request.headers['content-type'])) {
      sendJson(response, 415, failure('VALIDATION', 'webHost.notJson'));
      return;
    }
    const body = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
    if (body === 'aborted') return;
    if (body === 'too-large') {
      // The rest of the body is never read: the connection closes once the refusal is sent.
      response.setHeader('connection', 'close');
      response.once('finish', () => request.destroy());
      sendJson(response, 413, failure('VALIDATION', 'webHost.tooLarge'));
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(response, 400, failure('VALIDATION', 'webHost.badJson'));
      return;
    }
    const result = await options.backend.dispatch(method, input);
    sendJson(response, !result.ok && result.error.code === 'UNKNOWN_METHOD' ? 404 : 200, result);
  }

  function serveStatic(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    let filePath = resolveStaticPath(options.rendererDist, pathname);
    if (!filePath) {
      response.writeHead(404).end();
      return;
    }
    // Client-side routes fall back to the app's page.
    if (!fs.existsSync(filePath) || fs.statSync(filePath).isDirectory()) filePath = resolveStaticPath(options.rendererDist, '/index.html')!;
    if (!fs.existsSync(filePath)) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end(translate('vi', 'webHost.noRenderer'));
      return;
    }
    const headers = {
      'content-type': mimeTypeFor(filePath),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (filePath.endsWith('index.html')) {
      const html = fs.readFileSync(filePath, 'utf8').replace('</head>', `<meta name="api-token" content="${token}"></head>`);
      response.writeHead(200, headers).end(html);
      return;
    }
    response.writeHead(200, headers);
    fs.createReadStream(filePath).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hasValidToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function decodeMethodName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** application/json exactly (any case), optionally with charset=utf-8: not application/jsonp, not latin1. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [mediaType, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  return parameters.every((parameter) => /^charset=("?)utf-8\1$/.test(parameter));
}

/** Reads the body, giving up as soon as it passes `limit` (by its declared length, or by what arrived). */
function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.pause();
      resolve('too-large');
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', () => resolve('aborted'));
  });
}

type WebHostRefusal = Extract<MessageKey, `webHost.${string}`>;

/** A refusal before the API: Vietnamese, with its key so the client says it in its own language. */
function failure(code: 'INTERNAL' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'VALIDATION', key: WebHostRefusal): ApiResult<never> {
  return { ok: false, error: { code, message: translate('vi', key), text: { key } } };
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
