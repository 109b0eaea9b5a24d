import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../backend/static/contentSecurityPolicy';
import { resolveStaticPath } from '../backend/static/resolveStaticPath';
import { APP_HOST, APP_SCHEME } from './policy';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from disk, refusing any path that would leave its folder. */
export function serveRenderer(rendererDist: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const filePath = url.host === APP_HOST ? resolveStaticPath(rendererDist, url.pathname) : null;
    if (!filePath) return new Response('Không tìm thấy', { status: 404 });
    const response = await net.fetch(pathToFileURL(filePath).toString());
    if (!response.ok) return new Response('Không tìm thấy', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: 200, headers });
  });
}
