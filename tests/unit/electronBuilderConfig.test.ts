import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../electron/backend/paths';
import { missingRasteriserBinary, rasteriserBinaryPackage } from '../../electron/build/rasteriserBinary';

interface BuilderConfig {
  electronFuses?: Record<string, unknown>;
  nsis?: Record<string, unknown>;
  asar?: unknown;
  asarUnpack?: string[];
  win?: { target?: Array<{ arch?: string[] }> };
}

const config = parse(fs.readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
/** electron-builder's own schema: a misspelt fuse would be silently ignored, so names are checked against it. */
const builderSchema = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('the installer configuration', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the Electron fuse %s to %s', (fuse, expected) => {
    expect(config.electronFuses?.[fuse]).toBe(expected);
  });

  it('names only fuses electron-builder knows, and packs the app into an asar the fuses can check', () => {
    const known = Object.keys(builderSchema.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses ?? {}).filter((name) => !known.includes(name))).toEqual([]);
    expect(config.asar).toBe(true);
  });

  it('installs per machine on Windows, under Program Files where a user-level process cannot replace it', () => {
    expect(config.nsis?.perMachine).toBe(true);
  });
});

describe('the chart rasteriser in the installers', () => {
  const lock = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; integrity?: string; os?: string[]; cpu?: string[] }> };
  const resvg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/@resvg/resvg-js/package.json'), 'utf8')) as { version: string; optionalDependencies: Record<string, string> };

  it('locks the Windows x64 binary at the version of resvg, so `npm ci` on the Windows build machine installs it', () => {
    expect(config.win?.target?.flatMap((target) => target.arch ?? [])).toEqual(['x64']);
    const name = rasteriserBinaryPackage('win32', 'x64')!;
    expect(resvg.optionalDependencies[name]).toBe(resvg.version);
    const locked = lock.packages[`node_modules/${name}`]!;
    expect(locked).toMatchObject({ version: resvg.version, os: ['win32'], cpu: ['x64'] });
    expect(locked.integrity).toMatch(/^sha512-/);
  });

  it('unpacks the binary from the asar, where a native module cannot load', () => {
    expect(config.asarUnpack).toContain('node_modules/@resvg/**');
  });

  it('refuses to package without the binary for the platform being built, and names it', () => {
    // npm installed this machine's binary only; the other installer platform's is missing here.
    const [here, elsewhere] = process.platform === 'win32' ? ['win32', 'linux'] : ['linux', 'win32'];
    expect(missingRasteriserBinary(here, 'x64', path.join(projectRoot, 'package.json'))).toBeNull();
    expect(missingRasteriserBinary(elsewhere, 'x64', path.join(projectRoot, 'package.json'))).toMatch(new RegExp(`${rasteriserBinaryPackage(elsewhere, 'x64')}[\\s\\S]*npm ci`));
    expect(missingRasteriserBinary('win32', 'arm64', path.join(projectRoot, 'package.json'))).toMatch(/win32-arm64/);
  });
});
