import fs from 'node:fs';
import path from 'node:path';
import { sourceLayout } from '../../electron/backend/paths';
import { makeTempDir } from './tempBackend';

/** A copy of the real migrations folder whose journal stops after `keep` entries, optionally with one more migration. */
export function migrationsFolderWith(keep: number, extra?: { tag: string; sql: string }): string {
  const folder = makeTempDir('migrations-');
  fs.cpSync(sourceLayout.migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[] };
  journal.entries = journal.entries.slice(0, keep);
  if (extra) {
    const last = journal.entries[journal.entries.length - 1]!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: extra.tag });
    fs.writeFileSync(path.join(folder, `${extra.tag}.sql`), extra.sql);
  }
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

/** How many shipped migrations come before the one whose tag ends with `tagEnd`, whatever number it was given. */
export function migrationsBefore(tagEnd: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(sourceLayout.migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith(tagEnd));
  if (index < 0) throw new Error(`No migration ends with ${tagEnd}`);
  return index;
}
