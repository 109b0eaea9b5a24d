import fs from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { projectRoot } from '../backend/paths';

/** Pure-JS libraries the first answer cannot do without. */
const inlinedAtStart = ['drizzle-orm', 'zod'];

const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/**
 * The main process, the back end's utility process (dist/electron/backend.cjs) with its worker threads' entries
 * beside it (dist/electron/worker.cjs, and backupHelper.cjs for the threads a backup hashes on), and the
 * sandboxed preload. Bundled as CommonJS, import.meta.url is this file's URL, as it is from source.
 */
export function electronBundles(outdir: string): { node: BuildOptions; preload: BuildOptions } {
  const common = { outdir, outExtension: { '.js': '.cjs' }, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' } as const;
  return {
    node: {
      ...common,
      entryPoints: {
        main: path.join(projectRoot, 'electron/main/main.ts'),
        backend: path.join(projectRoot, 'electron/backend/process/backendProcessEntry.ts'),
        worker: path.join(projectRoot, 'electron/backend/workers/workerEntry.ts'),
        backupHelper: path.join(projectRoot, 'electron/backend/workers/backupHelperEntry.ts'),
      },
      target: 'node22',
      sourcemap: true,
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      // Runtime dependencies ship in node_modules inside the installer; native better-sqlite3 cannot be bundled.
      // drizzle-orm and zod are inlined: every start needs them, and Node resolving and compiling their
      // hundreds of small files cost more than a third of the back end's start.
      external: ['electron', ...Object.keys(packageJson.dependencies).filter((name) => !inlinedAtStart.includes(name))],
    },
    // A sandboxed preload may only require('electron'): everything else is inlined.
    preload: {
      ...common,
      entryPoints: { preload: path.join(projectRoot, 'electron/preload/preload.ts') },
      target: 'chrome140',
      external: ['electron'],
    },
  };
}
