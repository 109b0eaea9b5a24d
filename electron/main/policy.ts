import type { BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';

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

/**
 * The window "In" opens: Chromium's PDF viewer (a plugin) on the document alone, in its own session, with
 * no preload, so nothing in it can reach the API.
 */
export function documentWindowOptions(title: string, documentSession: Session): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 1100,
    title,
    show: false,
    webPreferences: {
      session: documentSession,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      plugins: true,
      spellcheck: false,
    },
  };
}

/** Requests of the document window: the documents opened for printing and the PDF viewer's own parts, nothing else. */
export function isAllowedDocumentRequest(url: string, openDocumentUrls: ReadonlySet<string>): boolean {
  if (openDocumentUrls.has(url)) return true;
  try {
    const { protocol } = new URL(url);
    return protocol === 'chrome-extension:' || protocol === 'chrome:' || protocol === 'blob:' || protocol === 'data:';
  } catch {
    return false;
  }
}
