import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveStaticPath } from '../../electron/backend/static/resolveStaticPath';

const root = path.resolve('/srv/app/renderer');

describe('the path-traversal guard of app:// and the web host', () => {
  it('maps ordinary paths inside the renderer folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js?v=1')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveStaticPath(root, '/assets/Ph%C3%B2ng.png')).toBe(path.join(root, 'assets/Phòng.png'));
  });

  it('drops a fragment as well as a query, folds leading slashes, and maps the folder itself to itself', () => {
    expect(resolveStaticPath(root, '/assets/app.js#top')).toBe(path.join(root, 'assets/app.js'));
    expect(resolveStaticPath(root, '//assets///app.js')).toBe(path.join(root, 'assets/app.js'));
    expect(resolveStaticPath(root, '/.')).toBe(root);
    expect(resolveStaticPath(root, '/assets/..')).toBe(root);
  });

  it('refuses every way out of the folder', () => {
    for (const attempt of ['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/..%2Fsecret', '/a%5C..%5C..%5Csecret', '/index.html%00.png', '/%E0%A4%A', '/../renderer-evil/x']) {
      expect(resolveStaticPath(root, attempt), attempt).toBeNull();
    }
  });
});

describe('the content type of a served file', () => {
  it('follows the extension in any case, and is a plain download for an unknown one', () => {
    expect(mimeTypeFor('/srv/app/renderer/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/srv/app/renderer/assets/LOGO.PNG')).toBe('image/png');
    expect(mimeTypeFor('/srv/app/renderer/assets/data.bin')).toBe('application/octet-stream');
    expect(mimeTypeFor('/srv/app/renderer/LICENSE')).toBe('application/octet-stream');
  });
});
