import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The renderer is only ever served from this origin, never from http(s) or file:. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const RENDERER_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Only the app's own pages may call the API, navigate, or stay loaded. */
export function isTrustedRendererUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Requests the renderer may make; everything else (http, https, ws, file, ftp…) is cancelled. */
export function isAllowedRequestUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === `${APP_SCHEME}:` || protocol === 'data:' || protocol === 'blob:' || protocol === 'devtools:';
  } catch {
    return false;
  }
}
