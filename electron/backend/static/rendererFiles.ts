import fs from 'node:fs/promises';
import { localize } from '../../shared/i18n/catalog';
import { text } from '../api/errors';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { mimeTypeFor, resolveStaticPath } from './resolveStaticPath';

export interface RendererFileRequest {
  readonly url: string;
  readonly method: string;
}

/**
 * The app:// protocol's answer, read straight from disk. It never goes through file: URLs: the shell's
 * session cancels every file: request, and Electron routes net.fetch(file:) through those handlers.
 */
export async function rendererFileResponse(rendererDist: string, host: string, request: RendererFileRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, localize(text('startup.methodNotAllowed')));
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  const filePath = url.host === host ? resolveStaticPath(rendererDist, url.pathname) : null;
  if (!filePath) return notFound();
  let content: Buffer;
  try {
    content = await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return notFound();
    return plainText(500, localize(text('startup.rendererUnreadable', { code: code ?? text('startup.unknownError') })));
  }
  const headers = {
    'content-type': mimeTypeFor(filePath),
    'content-length': String(content.length),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(content), { status: 200, headers });
}

function notFound(): Response {
  return plainText(404, localize(text('startup.notFound')));
}

function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}
