import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../electron/backend/paths';

const skippedFolders = new Set(['node_modules', '.git', 'dist', 'release', '.cache', '.artifacts']);

/**
 * Names in one folder that collide on a case-insensitive file system (Windows, macOS) or under an
 * extensionless import: `EntryIssues.tsx` beside `entryIssues.ts`, or `a.ts` beside `a.tsx`.
 */
function clashingNames(names: string[]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    const key = name.replace(/(?<=.)\.[^.]+$/, '').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  return [...byKey.values()].filter((group) => group.length > 1).map((group) => group.sort());
}

function clashesUnder(folder: string): string[] {
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  const here = clashingNames(entries.map((entry) => entry.name)).map((group) => `${path.relative(projectRoot, folder) || '.'}: ${group.join(', ')}`);
  const below = entries.filter((entry) => entry.isDirectory() && !skippedFolders.has(entry.name)).flatMap((entry) => clashesUnder(path.join(folder, entry.name)));
  return [...here, ...below];
}

describe('file names', () => {
  it('finds names that differ only in case or extension', () => {
    expect(clashingNames(['EntryIssues.tsx', 'entryIssues.ts', 'EntryTable.tsx'])).toEqual([['EntryIssues.tsx', 'entryIssues.ts']]);
    expect(clashingNames(['dates.ts', 'dates.tsx'])).toEqual([['dates.ts', 'dates.tsx']]);
    expect(clashingNames(['.gitignore', '.git', 'README.md', 'readme.MD'])).toEqual([['README.md', 'readme.MD']]);
    expect(clashingNames(['YearCalendar.tsx', 'YearCalendar.module.css', 'audits', 'audits.ts'])).toEqual([['audits', 'audits.ts']]);
  });

  it('never clash within a folder of the project', () => {
    expect(clashesUnder(projectRoot)).toEqual([]);
  });
});
