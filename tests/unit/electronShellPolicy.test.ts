import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../electron/backend/paths';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/static/contentSecurityPolicy';
import type { Session } from 'electron';
import { RENDERER_ENTRY_URL, documentWindowOptions, isAllowedDocumentRequest, isAllowedRequestUrl, isTrustedRendererUrl, mainWindowOptions } from '../../electron/main/policy';

describe('the BrowserWindow', () => {
  it('isolates the renderer: context isolation, sandbox, no Node integration, web security on', () => {
    const options = mainWindowOptions('/app/preload.cjs', 'Kiểm tra CCHC & ISO 9001');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('what production loads', () => {
  it('serves the renderer only from the app:// scheme', () => {
    expect(new URL(RENDERER_ENTRY_URL).protocol).toBe('app:');
    expect(isTrustedRendererUrl(RENDERER_ENTRY_URL)).toBe(true);
  });

  it('cancels every http(s), websocket and file request, and trusts no other origin', () => {
    for (const url of ['http://127.0.0.1:5780/', 'https://example.com/x.js', 'ws://localhost/', 'wss://x', 'file:///etc/passwd', 'ftp://x/', 'not a url']) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
      expect(isTrustedRendererUrl(url), url).toBe(false);
    }
    expect(isTrustedRendererUrl('app://other/index.html')).toBe(false);
    expect(isAllowedRequestUrl('app://renderer/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
  });

  it('loads nothing but the app:// entry and, in the print window, the document it wrote, in the main process source', () => {
    const mainDir = path.join(projectRoot, 'electron', 'main');
    const loads = fs
      .readdirSync(mainDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .flatMap((file) => [...fs.readFileSync(path.join(mainDir, file), 'utf8').matchAll(/\.load(URL|File)\(([^)]*)\)/g)].map((m) => `${file}: ${m[2]}`));
    expect(loads).toEqual([`${path.join('documents', 'printWindow.ts')}: fileUrl`, 'main.ts: RENDERER_ENTRY_URL']);
  });

  it('allows scripts and connections only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('the window "In" opens', () => {
  const documentSession = { name: 'print' } as unknown as Session;

  it('has no preload, so nothing in it reaches the API, and is sandboxed in its own session', () => {
    const options = documentWindowOptions('01-BB-UBND.pdf', documentSession);
    expect(options.webPreferences).toMatchObject({ session: documentSession, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, plugins: true });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('loads only the documents opened for printing and the PDF viewer, never another file or the network', () => {
    const open = new Set(['file:///tmp/kiem-tra-in-1/01-BB-UBND.pdf']);
    expect(isAllowedDocumentRequest('file:///tmp/kiem-tra-in-1/01-BB-UBND.pdf', open)).toBe(true);
    expect(isAllowedDocumentRequest('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', open)).toBe(true);
    for (const url of ['file:///tmp/kiem-tra-in-1/other.pdf', 'file:///etc/passwd', 'https://example.com/', 'app://renderer/index.html', 'not a url']) {
      expect(isAllowedDocumentRequest(url, open), url).toBe(false);
    }
    expect(isAllowedDocumentRequest('file:///tmp/kiem-tra-in-1/01-BB-UBND.pdf', new Set())).toBe(false);
  });
});
