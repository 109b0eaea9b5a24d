import { createRequire } from 'node:module';

/**
 * @resvg/resvg-js (the charts in the Word copies) loads its native binary from a package of its own
 * per platform, an optional dependency that npm installs only on the platform it runs on. An
 * installer carries the node_modules of the machine that builds it, so it must be built on its own
 * platform after `npm ci` (as better-sqlite3's Electron build already requires), which installs
 * the package named here from the lockfile. electron-builder unpacks it from the asar
 * (electron-builder.yml, asarUnpack).
 */
const BINARY_PACKAGES: Readonly<Record<string, string>> = {
  // electron-builder.yml's targets: NSIS for Windows x64, AppImage and deb for Linux x64 (glibc).
  'win32-x64': '@resvg/resvg-js-win32-x64-msvc',
  'linux-x64': '@resvg/resvg-js-linux-x64-gnu',
};

export function rasteriserBinaryPackage(platform: string, arch: string): string | undefined {
  return BINARY_PACKAGES[`${platform}-${arch}`];
}

/** A refusal in words when the package for this platform is not installed, else null. */
export function missingRasteriserBinary(platform: string, arch: string, resolveFrom: string): string | null {
  const name = rasteriserBinaryPackage(platform, arch);
  if (!name) return `Không có bản đóng gói cho ${platform}-${arch}. / No installer target for ${platform}-${arch}.`;
  try {
    createRequire(resolveFrom).resolve(`${name}/package.json`);
    return null;
  } catch {
    return (
      `Thiếu ${name}: chạy \`npm ci\` trên chính máy ${platform}-${arch} dùng để đóng gói.\n` +
      `${name} is missing: run \`npm ci\` on the ${platform}-${arch} machine that builds the installer (npm installs it from the lockfile there).`
    );
  }
}
