import path from 'node:path';
import { app } from 'electron';
import { checkoutNativeDir, electronNativeBindingPath } from '../build/nativeBinding';

export interface ShellPaths {
  rendererDist: string;
  preload: string;
  /** The back end's main file, run as a utility process. */
  backendEntry: string;
  /** V8's compiled code of the back end, kept between starts (electron/backend/process/requireWithCodeCache.ts). */
  codeCacheDir: string;
  migrationsFolder: string;
  resourcesDir: string;
  nativeBinding: string;
  dataDir: string;
}

/** A checkout (npm start) keeps files in place; an installed app has them in its resources folder. */
export function shellPaths(): ShellPaths {
  const appRoot = app.getAppPath();
  const packaged = app.isPackaged;
  return {
    rendererDist: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
    backendEntry: path.join(appRoot, 'dist', 'electron', 'backend.cjs'),
    codeCacheDir: path.join(app.getPath('userData'), 'code-cache'),
    migrationsFolder: packaged ? path.join(process.resourcesPath, 'migrations') : path.join(appRoot, 'db', 'migrations'),
    resourcesDir: packaged ? process.resourcesPath : path.join(appRoot, 'electron', 'resources'),
    nativeBinding: electronNativeBindingPath(
      packaged ? path.join(process.resourcesPath, 'native') : checkoutNativeDir(appRoot),
      process.versions.electron,
      process.platform,
      process.arch,
    ),
    dataDir: app.getPath('userData'),
  };
}

/**
 * KIEM_TRA_DATA_DIR, as for the web host, moves the store (and Chromium's profile) to another folder: the
 * Electron smoke test runs on a store of its own, never on the user's. Must run before the single-instance lock.
 */
export function applyDataDirOverride(env: NodeJS.ProcessEnv = process.env): void {
  const dataDir = env.KIEM_TRA_DATA_DIR;
  if (dataDir) app.setPath('userData', path.resolve(dataDir));
}
