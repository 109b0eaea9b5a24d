import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../electron/backend/paths';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/static/contentSecurityPolicy';
import { RENDERER_ENTRY_URL, isAllowedRequestUrl, isTrustedRendererUrl, mainWindowOptions } from '../../electron/main/policy';

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

  it('loads nothing but the app:// entry in the main process source', () => {
    const mainDir = path.join(projectRoot, 'electron', 'main');
    const loads = fs
      .readdirSync(mainDir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...fs.readFileSync(path.join(mainDir, file), 'utf8').matchAll(/\.load(URL|File)\(([^)]*)\)/g)].map((m) => m[2]));
    expect(loads).toEqual(['RENDERER_ENTRY_URL']);
  });

  it('allows scripts and connections only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
