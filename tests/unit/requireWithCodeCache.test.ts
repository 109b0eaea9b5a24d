import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../electron/backend/paths';
import { makeTempDir } from '../support/tempBackend';

/** A bundle as esbuild writes one: CommonJS that requires a built-in and a file beside it. */
const bundleSource = (answer: string) => `
const path = require('node:path');
const helper = require('./helper.cjs');
function greet(name) { return helper.prefix + name + ${JSON.stringify(answer)}; }
module.exports = { greet, file: __filename, dir: __dirname, joined: path.join('a', 'b'), self: this === module.exports };
`;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function bundleIn(answer: string): { bundle: string; cacheDir: string } {
  const folder = makeTempDir('code-cache-');
  folders.push(folder);
  fs.writeFileSync(path.join(folder, 'helper.cjs'), "module.exports = { prefix: 'Chào ' };");
  const bundle = path.join(folder, 'backendMain.cjs');
  fs.writeFileSync(bundle, bundleSource(answer));
  return { bundle, cacheDir: path.join(folder, 'code-cache') };
}

interface Start {
  cacheUsed: boolean;
  cacheFile: string | null;
  greeting: string;
  file: string;
  dir: string;
  joined: string;
  self: boolean;
  warnings: string[];
}

const loader = path.join(projectRoot, 'electron/backend/process/requireWithCodeCache.ts');

/**
 * Each start is a process of its own, as each start of the app is: within one process V8 keeps what it
 * compiled in memory and would not even look at the cache.
 */
function start(bundle: string, cacheDir: string | undefined): Start {
  const script = `
    const warnings = [];
    console.warn = (message) => warnings.push(String(message));
    const { requireWithCodeCache } = await import(${JSON.stringify(loader)});
    const { exports, cacheUsed, cacheFile } = requireWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDir)});
    console.log(JSON.stringify({ cacheUsed, cacheFile, greeting: exports.greet('xã'), file: exports.file, dir: exports.dir, joined: exports.joined, self: exports.self, warnings }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' })) as Start;
}

describe('the back end run through V8’s code cache', () => {
  it('runs the bundle as require would: its exports, require beside it, __filename, __dirname, this', () => {
    const { bundle, cacheDir } = bundleIn('!');
    expect(start(bundle, cacheDir)).toMatchObject({ greeting: 'Chào xã!', file: bundle, dir: path.dirname(bundle), joined: path.join('a', 'b'), self: true });
  });

  it('writes the cache on the first start and reads it on the next, with the same behaviour', () => {
    const { bundle, cacheDir } = bundleIn('!');
    const first = start(bundle, cacheDir);
    expect(first.cacheUsed).toBe(false);
    expect(fs.readdirSync(cacheDir)).toEqual([path.basename(first.cacheFile!)]);
    const second = start(bundle, cacheDir);
    expect(second).toMatchObject({ cacheUsed: true, cacheFile: first.cacheFile, greeting: 'Chào xã!' });
  });

  it('never reads the cache of an updated bundle of the same length (V8 checks only the length), and removes it', () => {
    const { bundle, cacheDir } = bundleIn('!');
    const before = start(bundle, cacheDir);
    fs.writeFileSync(bundle, bundleSource('?'));
    const after = start(bundle, cacheDir);
    expect(after.cacheFile).not.toBe(before.cacheFile);
    expect(after).toMatchObject({ cacheUsed: false, greeting: 'Chào xã?' });
    expect(fs.readdirSync(cacheDir)).toEqual([path.basename(after.cacheFile!)]);
  });

  it('runs the bundle when the cache is damaged, and writes a good one in its place', () => {
    const { bundle, cacheDir } = bundleIn('!');
    const { cacheFile } = start(bundle, cacheDir);
    fs.writeFileSync(cacheFile!, Buffer.from('không phải mã đã dịch'));
    expect(start(bundle, cacheDir)).toMatchObject({ cacheUsed: false, greeting: 'Chào xã!' });
    expect(start(bundle, cacheDir).cacheUsed).toBe(true);
  });

  it('runs the bundle without a cache folder, and when the cache cannot be written, leaving no partial file', () => {
    const { bundle, cacheDir } = bundleIn('!');
    expect(start(bundle, undefined)).toMatchObject({ cacheUsed: false, cacheFile: null, greeting: 'Chào xã!' });
    fs.writeFileSync(cacheDir, 'một tệp, không phải thư mục');
    const unwritable = start(bundle, cacheDir);
    expect(unwritable).toMatchObject({ cacheUsed: false, greeting: 'Chào xã!' });
    expect(unwritable.warnings).toEqual([expect.stringContaining('code cache not written')]);
    expect(fs.readdirSync(path.dirname(bundle)).sort()).toEqual(['backendMain.cjs', 'code-cache', 'helper.cjs']);
  });
});
