import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/static/contentSecurityPolicy';
import { rendererFileResponse } from '../../electron/backend/static/rendererFiles';
import { makeTempDir } from '../support/tempBackend';

const HOST = 'renderer';
let dist: string;
const get = (url: string, method = 'GET') => rendererFileResponse(dist, HOST, { url, method });

beforeAll(() => {
  const root = makeTempDir('renderer-files-');
  dist = path.join(root, 'dist');
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>Kiểm tra</title>',
    'assets/index-abc.js': 'console.log("xin chào")',
    'assets/index-abc.css': 'body{margin:0}',
    'assets/be-vietnam-pro.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 2]),
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/Phòng họp.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'assets/blob.bin': Buffer.from([1, 2, 3]),
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    fs.writeFileSync(path.join(dist, name), content);
  }
  fs.writeFileSync(path.join(root, 'secret.txt'), 'không được lộ');
  fs.mkdirSync(path.join(root, 'dist-evil'));
  fs.writeFileSync(path.join(root, 'dist-evil', 'x.js'), 'evil');
});

describe('app:// serves the renderer files from disk', () => {
  it.each([
    ['app://renderer/index.html', 'text/html; charset=utf-8', 'index.html'],
    ['app://renderer/', 'text/html; charset=utf-8', 'index.html'],
    ['app://renderer/assets/index-abc.js?v=2', 'text/javascript; charset=utf-8', 'assets/index-abc.js'],
    ['app://renderer/assets/index-abc.css', 'text/css; charset=utf-8', 'assets/index-abc.css'],
    ['app://renderer/assets/be-vietnam-pro.woff2', 'font/woff2', 'assets/be-vietnam-pro.woff2'],
    ['app://renderer/assets/logo.svg', 'image/svg+xml', 'assets/logo.svg'],
    ['app://renderer/assets/Ph%C3%B2ng%20h%E1%BB%8Dp.png', 'image/png', 'assets/Phòng họp.png'],
    ['app://renderer/assets/blob.bin', 'application/octet-stream', 'assets/blob.bin'],
  ])('%s as %s with its exact bytes', async (url, contentType, file) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(dist, file)))).toBe(true);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://renderer/assets/index-abc.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(fs.statSync(path.join(dist, 'assets/index-abc.js')).size));
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a missing file, a folder and another host', async () => {
    for (const url of ['app://renderer/assets/missing.js', 'app://renderer/assets', 'app://renderer/assets/', 'app://other/index.html', 'not a url']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe('Không tìm thấy');
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://renderer/..%2Fsecret.txt',
      'app://renderer/%2e%2e/secret.txt',
      'app://renderer/assets/..%2F..%2Fsecret.txt',
      'app://renderer/..%5Csecret.txt',
      'app://renderer/../dist-evil/x.js',
      'app://renderer/..%2Fdist-evil%2Fx.js',
      'app://renderer/index.html%00.png',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toMatch(/không được lộ|evil/);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
  });
});

describe('the Electron protocol adapter', () => {
  it('hands app:// requests to rendererFileResponse and never fetches file: URLs (the session cancels them)', () => {
    const adapter = fs.readFileSync(path.join(import.meta.dirname, '../../electron/main/protocol.ts'), 'utf8');
    expect(adapter).toMatch(/protocol\.handle\(APP_SCHEME, \(request\) => rendererFileResponse\(rendererDist, APP_HOST, request\)\)/);
    expect(adapter).not.toMatch(/net\.fetch|pathToFileURL|file:/);
  });
});
