import path from 'node:path';

/**
 * Where the better-sqlite3 binary built for Electron's ABI lives: under .cache/electron-native in a checkout
 * (beside, never instead of, the Node build in node_modules that the tests use) and under resources/native
 * in an installed app (electron-builder.yml copies the same sub-folders).
 */
export function electronNativeBindingPath(baseDir: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(baseDir, `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

export const checkoutNativeDir = (projectRoot: string) => path.join(projectRoot, '.cache', 'electron-native');
