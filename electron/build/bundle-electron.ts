import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../backend/paths';

/** Bundles the main process and the sandboxed preload into CommonJS files under dist/electron. */
const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const outdir = path.join(projectRoot, 'dist', 'electron');

await build({
  entryPoints: { main: path.join(projectRoot, 'electron/main/main.ts') },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  // Runtime dependencies ship in node_modules inside the installer; native better-sqlite3 cannot be bundled.
  external: ['electron', ...Object.keys(packageJson.dependencies)],
  logLevel: 'warning',
});

// A sandboxed preload may only require('electron'): everything else is inlined.
await build({
  entryPoints: { preload: path.join(projectRoot, 'electron/preload/preload.ts') },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'chrome140',
  external: ['electron'],
  logLevel: 'warning',
});

console.log(`Electron shell bundled into ${path.relative(projectRoot, outdir)}`);
