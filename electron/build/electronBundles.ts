import fs from 'node:fs';
import path from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';
import { projectRoot } from '../backend/paths';

/** Pure-JS libraries the first answer cannot do without. */
const inlinedAtStart = ['drizzle-orm', 'zod'];

const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/**
 * esbuild writes strings and identifiers in ASCII but leaves regular expressions and comments as they are,
 * and the back end's Vietnamese ones make Node read the whole bundle as two-byte text, slower to read and to
 * parse. Escaped, a character means the same in a regular expression (\u0111 is đ, in a class or not, with
 * the u flag or without) and nothing in a comment.
 */
const asciiOutput: Plugin = {
  name: 'ascii-output',
  setup(build) {
    build.initialOptions.write = false;
    build.onEnd((result) => {
      for (const file of result.outputFiles ?? []) {
        fs.mkdirSync(path.dirname(file.path), { recursive: true });
        fs.writeFileSync(file.path, file.path.endsWith('.map') ? file.contents : escapeNonAscii(file.text));
      }
    });
  },
};

export const escapeNonAscii = (code: string): string =>
  code.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The main process, the back end's utility process (dist/electron/backend.cjs, which runs backendMain.cjs
 * through V8's code cache) with its worker threads' entries beside it (dist/electron/worker.cjs, and
 * backupHelper.cjs for the threads a backup hashes on), and the sandboxed preload. Bundled as CommonJS,
 * import.meta.url is this file's URL, as it is from source.
 */
export function electronBundles(outdir: string): { node: BuildOptions; preload: BuildOptions } {
  const common = { outdir, outExtension: { '.js': '.cjs' }, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' } as const;
  return {
    node: {
      ...common,
      entryPoints: {
        main: path.join(projectRoot, 'electron/main/main.ts'),
        backend: path.join(projectRoot, 'electron/backend/process/backendProcessLoader.ts'),
        backendMain: path.join(projectRoot, 'electron/backend/process/backendProcessEntry.ts'),
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
      plugins: [asciiOutput],
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
