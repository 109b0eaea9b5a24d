import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../backend/paths';

/** Bundles the main process and the sandboxed preload into CommonJS files under dist/electron. */
const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const outdir = path.join(projectRoot, 'dist', 'electron');

const common = { outdir, outExtension: { '.js': '.cjs' }, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' } as const;

await build({
  ...common,
  entryPoints: { main: path.join(projectRoot, 'electron/main/main.ts') },
  target: 'node22',
  sourcemap: true,
  // Runtime dependencies ship in node_modules inside the installer; native better-sqlite3 cannot be bundled.
  external: ['electron', ...Object.keys(packageJson.dependencies)],
  // The back end is ESM (createRequire(import.meta.url)); in the CommonJS bundle import.meta.url is the bundle's own URL.
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
});

// A sandboxed preload may only require('electron'): everything else is inlined.
await build({
  ...common,
  entryPoints: { preload: path.join(projectRoot, 'electron/preload/preload.ts') },
  target: 'chrome140',
  external: ['electron'],
});

console.log(`Electron shell bundled into ${path.relative(projectRoot, outdir)}`);
