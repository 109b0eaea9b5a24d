import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../electron/backend/paths';

interface BuilderConfig {
  electronFuses?: Record<string, unknown>;
  nsis?: Record<string, unknown>;
  asar?: unknown;
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
