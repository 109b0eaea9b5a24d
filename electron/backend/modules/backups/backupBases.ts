import fs from 'node:fs';
import path from 'node:path';
import { basesOf, datedBackup, isBackupFileName, newestBackupFirst } from './backupFormat';
import type { BackupManifest, ManifestPart } from './backupFormat';
import { readBackupManifest } from './verifyBackup';

/**
 * The manifest of every backup in the folder this app can read, of any schema (central directory and manifest
 * only; no part's bytes are read). A file it cannot read is left out: it holds nothing a backup may refer to.
 */
export async function manifestsIn(folder: string): Promise<Map<string, BackupManifest>> {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter(isBackupFileName);
  } catch {
    return new Map();
  }
  const manifests = new Map<string, BackupManifest>();
  for (const name of names) {
    try {
      manifests.set(name, await readBackupManifest(path.join(folder, name)));
    } catch {
      // Newer, damaged or not a backup: never a base.
    }
  }
  return manifests;
}

/**
 * The evidence a version-2 backup may leave out: each evidence part that a self-contained backup in the folder
 * holds, as the newest such backup lists it (the rotation's order: time, then the later attempt), with that
 * backup as its `in`. Evidence never changes under its SHA-256 name, and a file with a backup's name was verified
 * before it got it. Bases are always self-contained, so a restore never follows a chain.
 */
export function evidenceHeldIn(manifests: ReadonlyMap<string, BackupManifest>): Map<string, ManifestPart> {
  const held = new Map<string, ManifestPart>();
  for (const { fileName } of [...manifests.keys()].map(datedBackup).sort(newestBackupFirst)) {
    const manifest = manifests.get(fileName)!;
    if (basesOf(manifest).length > 0) continue;
    for (const part of manifest.parts) {
      if (part.name.startsWith('evidence/') && !held.has(part.name)) held.set(part.name, { name: part.name, size: part.size, sha256: part.sha256, in: fileName });
    }
  }
  return held;
}
