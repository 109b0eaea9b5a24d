import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

export interface CodeCacheOutcome {
  /** What the bundle exported, as `require` returns it. */
  exports: unknown;
  /** V8 took the cache written by an earlier start and did not parse the bundle again. */
  cacheUsed: boolean;
  /** The cache file this bundle and this V8 read and write, or null when there is no cache folder. */
  cacheFile: string | null;
}

const CACHE_EXTENSION = '.v8cache';

/**
 * Runs a CommonJS bundle as `require` would, compiled through V8's code cache. Parsing and compiling the
 * back end's bundle is a third of its start; with the cache an earlier start wrote, V8 reads the compiled
 * functions instead. The cache is written after the bundle's top level has run, so it holds the functions
 * the start compiled, not only the top level (as Node's own compile cache and v8-compile-cache do).
 *
 * V8 checks its own version and flags and the source's length, not its content, so the file is named by a
 * hash of the source and V8's version: an updated bundle never reads an older bundle's cache. The cache is
 * only a speed-up: a cache that cannot be read, is rejected, or cannot be written changes nothing else.
 */
export function requireWithCodeCache(bundle: string, cacheDir: string | undefined): CodeCacheOutcome {
  const bytes = fs.readFileSync(bundle);
  const cacheFile = cacheDir ? path.join(cacheDir, cacheFileName(bundle, bytes)) : null;
  const source = bytes.toString('utf8');
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown, filename: bundle, id: bundle };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  // Now rather than later: a process may be closed as soon as it has answered, and a start that missed the
  // cache pays the few milliseconds of writing it once.
  if (cacheFile && !cacheUsed) writeCache(cacheFile, script, bundle);
  return { exports: module.exports, cacheUsed, cacheFile };
}

function cacheFileName(bundle: string, bytes: Buffer): string {
  const key = createHash('sha256').update(process.versions.v8).update('\0').update(process.arch).update('\0').update(bytes).digest('hex').slice(0, 32);
  return `${path.basename(bundle)}-${key}${CACHE_EXTENSION}`;
}

function readCache(cacheFile: string): Buffer | undefined {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Written beside and renamed, so a start never reads half a cache; the caches of earlier bundles are removed. */
function writeCache(cacheFile: string, script: vm.Script, bundle: string): void {
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(partial, script.createCachedData());
    fs.renameSync(partial, cacheFile);
    const bundlePrefix = `${path.basename(bundle)}-`;
    for (const name of fs.readdirSync(path.dirname(cacheFile))) {
      if (name.startsWith(bundlePrefix) && name.endsWith(CACHE_EXTENSION) && name !== path.basename(cacheFile)) fs.rmSync(path.join(path.dirname(cacheFile), name), { force: true });
    }
  } catch (error) {
    if (fs.existsSync(partial)) fs.rmSync(partial);
    console.warn(`[backend] code cache not written (${cacheFile}): ${(error as Error).message}`);
  }
}
