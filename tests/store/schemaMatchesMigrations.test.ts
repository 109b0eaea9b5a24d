import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceLayout } from '../../electron/backend/paths';
import { makeTempDir } from '../support/tempBackend';

const projectRoot = path.resolve(sourceLayout.migrationsFolder, '../..');
const drizzleKit = path.join(projectRoot, 'node_modules/drizzle-kit/bin.cjs');

/** The folder's files and their contents, to see whether drizzle-kit wrote anything. */
function folderContents(folder: string): Record<string, string> {
  const entries = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(entries.map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return [path.relative(folder, file), fs.readFileSync(file, 'utf8')];
  }));
}

describe('the schema and the shipped migrations', () => {
  it('agree: drizzle-kit finds nothing to generate', () => {
    const folder = makeTempDir('migrations-check-');
    fs.cpSync(sourceLayout.migrationsFolder, folder, { recursive: true });
    const before = folderContents(folder);
    // drizzle-kit reads --out as relative to the working directory.
    const output = execFileSync(
      process.execPath,
      [drizzleKit, 'generate', '--dialect', 'sqlite', '--schema', './db/schema/index.ts', '--out', path.relative(projectRoot, folder)],
      { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(folderContents(folder)).toEqual(before);
    expect(output).toContain('No schema changes');
  }, 60_000);
});
