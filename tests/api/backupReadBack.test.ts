import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MANIFEST_ENTRY, STORE_ENTRY } from '../../electron/backend/modules/backups/backupFormat';
import type { BackupManifest } from '../../electron/backend/modules/backups/backupFormat';
import { verifyBackupFile } from '../../electron/backend/modules/backups/verifyBackup';
import { writeBackup } from '../../electron/backend/modules/backups/writeBackup';
import { hashFileRanges } from '../../electron/backend/modules/backups/writtenPartHashes';
import { openZip } from '../../electron/backend/modules/backups/zipParts';
import type * as ZipParts from '../../electron/backend/modules/backups/zipParts';
import { addBulkEvidence } from '../support/fixtures/bulkEvidence';
import { startedBackends } from '../support/startedBackends';
import { makeTempDir } from '../support/tempBackend';

/** The part whose copy in the zip is damaged right after it is written, before anything reads it back. */
const damage = vi.hoisted(() => ({ part: '' }));

vi.mock('../../electron/backend/modules/backups/zipParts', async (importOriginal) => {
  const original = await importOriginal<typeof ZipParts>();
  const writeZip: typeof original.writeZip = (target, parts, manifestEntry, manifestFor, progress, check) =>
    original.writeZip(target, parts, manifestEntry, manifestFor, progress, check && {
      ...check,
      partWritten(name, start, size) {
        if (name === damage.part) {
          const fd = fs.openSync(target, 'r+');
          const at = start + Math.floor(size / 2);
          const byte = Buffer.alloc(1);
          fs.readSync(fd, byte, 0, 1, at);
          byte[0]! ^= 0xff;
          fs.writeSync(fd, byte, 0, 1, at);
          fs.closeSync(fd);
        }
        check.partWritten(name, start, size);
      },
    });
  return { ...original, writeZip };
});

const { start } = startedBackends();

async function backendWithEvidence() {
  const backend = await start();
  addBulkEvidence(backend.dataDir, 3, 64 * 1024);
  const evidence = fs.readdirSync(path.join(backend.dataDir, 'evidence'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const names = evidence.map((entry) => `evidence/${path.basename(entry.parentPath)}/${entry.name}`).sort();
  return { backend, names };
}

const backupOf = (backend: Awaited<ReturnType<typeof start>>, folder: string) =>
  writeBackup({ storePath: backend.store.filePath, dataDir: backend.dataDir, folder, appVersion: 'test', reason: 'manual', createdAt: '2026-11-30T08:00:00.000Z' });

describe('the check of a backup just written reads the zip back from the disk', () => {
  it('a copied evidence file damaged in the zip after it was written fails the backup, naming it, and leaves no file', async () => {
    const { backend, names } = await backendWithEvidence();
    const folder = makeTempDir('sao-luu-');
    damage.part = names[1]!;
    await expect(backupOf(backend, folder)).rejects.toThrow(`bị hỏng: phần "${names[1]}" không khớp mã băm SHA-256`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('so does the store copy damaged in the zip after it was written', async () => {
    const { backend } = await backendWithEvidence();
    const folder = makeTempDir('sao-luu-');
    damage.part = STORE_ENTRY;
    await expect(backupOf(backend, folder)).rejects.toThrow(`bị hỏng: phần "${STORE_ENTRY}" không khớp mã băm SHA-256`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('takes a read-back hash only for the bytes the finished zip places under that entry', async () => {
    const { backend, names } = await backendWithEvidence();
    const folder = makeTempDir('sao-luu-');
    damage.part = '';
    const written = await backupOf(backend, folder);
    expect(written.manifest.parts.map((part) => part.name)).toEqual([STORE_ENTRY, ...names]);
    const backupFile = path.join(folder, written.fileName);
    const zip = await openZip(backupFile);
    const manifest = JSON.parse((await zip.readSmall(MANIFEST_ENTRY, 1e6)).toString('utf8')) as BackupManifest;
    const ranges = manifest.parts.map((part) => ({ name: part.name, ...zip.storedRange(part.name) }));
    zip.close();
    const readBack = hashFileRanges({ filePath: backupFile, ranges });
    const options = { supportedSchemaVersion: manifest.schemaVersion };
    expect((await verifyBackupFile(backupFile, { ...options, hashedWhileWriting: new Map(readBack.map((range) => [range.name, range])) })).parts).toEqual(manifest.parts);

    // The right hash, said to come from one byte further on: not the entry's bytes, so not taken.
    const shifted = readBack.map((range) => (range.name === names[0] ? { ...range, start: range.start + 1 } : range));
    await expect(verifyBackupFile(backupFile, { ...options, hashedWhileWriting: new Map(shifted.map((range) => [range.name, range])) })).rejects.toThrow(
      `phần "${names[0]}" không khớp mã băm SHA-256`,
    );
  });
});
