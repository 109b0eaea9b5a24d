import { protocol } from 'electron';
import { rendererFileResponse } from '../backend/static/rendererFiles';
import { APP_HOST, APP_SCHEME } from './policy';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from disk (see rendererFileResponse), refusing any path that would leave its folder. */
export function serveRenderer(rendererDist: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererFileResponse(rendererDist, APP_HOST, request));
}
