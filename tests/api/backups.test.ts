import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, MANIFEST_ENTRY, STORE_ENTRY } from '../../electron/backend/modules/backups/backupFormat';
import type { BackupManifest } from '../../electron/backend/modules/backups/backupFormat';
import { verifyBackupFile } from '../../electron/backend/modules/backups/verifyBackup';
import { openZip } from '../../electron/backend/modules/backups/zipParts';
import { evidencePath } from '../../electron/backend/modules/evidence/evidenceFiles';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { addBulkEvidence } from '../support/fixtures/bulkEvidence';
import { startedBackends, TINY_PNG } from '../support/startedBackends';
import { makeTempDir } from '../support/tempBackend';

const { start } = startedBackends();

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function extract(zipFile: string, entry: string, target: string): Promise<void> {
  const zip = await openZip(zipFile);
  try {
    await zip.hashEntry(entry, fs.createWriteStream(target));
  } finally {
    zip.close();
  }
}

/** Every entry as another reader sees it: the CRC-32 the central directory records and the bytes stored. */
async function entriesOf(zipFile: string): Promise<{ name: string; crc32: number; bytes: Buffer; method: number }[]> {
  const zip = await yauzl.openPromise(zipFile, { autoClose: false });
  const entries = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      entries.push({ name: entry.fileName, crc32: entry.crc32, bytes: Buffer.concat(chunks), method: entry.compressionMethod });
    }
  } finally {
    zip.close();
  }
  return entries;
}

/** A backup as the first writer (yazl) made it, from the parts of a backup taken now: format 1, the same layout. */
async function writtenByYazl(backupFile: string, target: string): Promise<void> {
  const entries = await entriesOf(backupFile);
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.bytes, entry.name, { compress: false, mtime: new Date(Date.UTC(2020, 0, 1)), mode: 0o100644 });
  zip.end();
  await new Promise<void>((resolve) => zip.outputStream.pipe(fs.createWriteStream(target)).on('close', () => resolve()));
}

describe('backups', () => {
  it('"Sao lưu ngay" writes one verified zip: the store copy, evidence, and a manifest with the SHA-256 of every part', async () => {
    const backend = await start();
    const { auditId, version } = await startSampleAudit(backend);
    await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'ảnh.png', mimeType: 'image/png', base64: TINY_PNG.toString('base64') });

    const backup = await backend.call('backups.create', {});
    expect(backup).toMatchObject({ auditCount: 1, appVersion: 'test', reason: 'manual', problem: null });
    const status = await backend.call('backups.status', {});
    expect(status.folder).toBe(path.join(backend.dataDir, 'sao-luu'));
    expect(status.backups.map((b) => b.fileName)).toEqual([backup.fileName]);
    expect(status.lastVerifiedAt).toBe(backup.createdAt);
    expect(status.stale).toBe(false);

    const zipFile = path.join(status.folder, backup.fileName);
    expect(fs.readdirSync(status.folder)).toEqual([backup.fileName]); // no temporaries left
    const zip = await openZip(zipFile);
    const manifest = JSON.parse((await zip.readSmall(MANIFEST_ENTRY, 1e6)).toString('utf8'));
    zip.close();
    expect(manifest).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, appVersion: 'test', schemaVersion: backend.store.sqlite.pragma('user_version', { simple: true }), auditCount: 1 });
    const evidenceEntry = `evidence/${sha(TINY_PNG).slice(0, 2)}/${sha(TINY_PNG)}`;
    expect(manifest.parts.map((p: { name: string }) => p.name)).toEqual([STORE_ENTRY, evidenceEntry]);
    expect(manifest.parts[1]).toEqual({ name: evidenceEntry, size: TINY_PNG.length, sha256: sha(TINY_PNG) });

    const copy = path.join(makeTempDir(), 'copy.sqlite');
    await extract(zipFile, STORE_ENTRY, copy);
    expect(sha(fs.readFileSync(copy))).toBe(manifest.parts[0].sha256);
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('select id from audits').all() as { id: string }[]).map((row) => row.id)).toEqual([auditId]);
    db.close();
    const extracted = path.join(makeTempDir(), 'evidence');
    await extract(zipFile, evidenceEntry, extracted);
    expect(fs.readFileSync(extracted).equals(fs.readFileSync(evidencePath(backend.dataDir, sha(TINY_PNG))))).toBe(true);
  });

  it('the app keeps writing while the store is copied beside the evidence: the copy is whole, one moment of the store', async () => {
    const backend = await start();
    // Evidence enough (64 MiB) that the store is copied while the app answers the writes below.
    addBulkEvidence(backend.dataDir, 8, 8 * 1024 * 1024);
    const unitsCreated = (db: Database.Database) => ({
      units: (db.prepare('select count(*) as n from units').get() as { n: number }).n,
      logged: (db.prepare("select count(*) as n from change_log c join change_log_kinds k on k.id = c.kind_id where k.method = 'units.create'").get() as { n: number }).n,
    });
    const before = unitsCreated(backend.store.sqlite);
    let finished = false;
    const backup = backend.call('backups.create', {}).finally(() => {
      finished = true;
    });
    let writtenMeanwhile = 0;
    for (let n = 0; !finished; n++) {
      await backend.call('units.create', { code: `DV${n}`, name: `Đơn vị thứ ${n}`, category: 'don_vi_su_nghiep' });
      if (!finished) writtenMeanwhile++;
      // Calls come in from the window as events: the back end's loop turns between them.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { fileName } = await backup;
    expect(writtenMeanwhile).toBeGreaterThan(0);
    const after = unitsCreated(backend.store.sqlite);

    const copy = path.join(makeTempDir(), 'copy.sqlite');
    await extract(path.join(backend.dataDir, 'sao-luu', fileName), STORE_ENTRY, copy);
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const copied = unitsCreated(db);
    db.close();
    // Each unit and its change-log row are written in one transaction: the copy holds both or neither.
    expect(copied.units - before.units).toBe(copied.logged - before.logged);
    expect(copied.units).toBeGreaterThanOrEqual(before.units);
    expect(copied.units).toBeLessThanOrEqual(after.units);
  });

  it('verification names a changed part, a truncated file and a newer format or schema, in Vietnamese', async () => {
    const backend = await start();
    const backup = await backend.call('backups.create', {});
    const folder = (await backend.call('backups.status', {})).folder;
    const original = fs.readFileSync(path.join(folder, backup.fileName));
    const supportedSchemaVersion = backup.schemaVersion;

    // A byte in the middle of the stored (uncompressed) store copy, which the zip's own sizes do not notice.
    const changed = Buffer.from(original);
    changed[Math.floor(changed.length / 3)]! ^= 0xff;
    const changedFile = path.join(makeTempDir(), 'sao-luu-doi.zip');
    fs.writeFileSync(changedFile, changed);
    await expect(verifyBackupFile(changedFile, { supportedSchemaVersion })).rejects.toThrow(/bị hỏng: phần "kiem-tra-cchc-iso.sqlite" không khớp mã băm SHA-256/);

    const truncatedFile = path.join(makeTempDir(), 'sao-luu-cut.zip');
    fs.writeFileSync(truncatedFile, original.subarray(0, original.length - 200));
    await expect(verifyBackupFile(truncatedFile, { supportedSchemaVersion })).rejects.toThrow(/không phải là bản sao lưu/);

    const newer = new yazl.ZipFile();
    newer.addBuffer(Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 99 })), MANIFEST_ENTRY);
    newer.end();
    const newerFile = path.join(makeTempDir(), 'sao-luu-moi.zip');
    await new Promise<void>((resolve) => newer.outputStream.pipe(fs.createWriteStream(newerFile)).on('close', () => resolve()));
    await expect(verifyBackupFile(newerFile, { supportedSchemaVersion })).rejects.toThrow(/định dạng phiên bản 99.*cập nhật ứng dụng/);
    await expect(verifyBackupFile(path.join(folder, backup.fileName), { supportedSchemaVersion: supportedSchemaVersion - 1 })).rejects.toThrow(/mới hơn phiên bản đang dùng/);
  });

  it('the folder is a setting of this laptop: a relative path is refused, a new folder receives the next backups', async () => {
    const backend = await start();
    const refused = await backend.dispatch('backups.setFolder', { folder: 'sao-luu' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const usb = path.join(makeTempDir('usb-'), 'Sao lưu CCHC');
    const status = await backend.call('backups.setFolder', { folder: usb });
    expect(status).toMatchObject({ folder: usb, lastVerifiedAt: null, stale: true, backups: [] });
    const backup = await backend.call('backups.create', {});
    expect(fs.readdirSync(usb)).toEqual([backup.fileName]);
  });

  it('runs itself at start when the newest backup is over a day old, and warns after seven days (fake clock)', async () => {
    const dataDir = makeTempDir();
    let clock = new Date('2026-03-02T01:00:00Z');
    const now = () => clock;
    const first = await start({ dataDir, now, autoBackup: true });
    await first.startupBackup;
    const folder = path.join(dataDir, 'sao-luu');
    expect(fs.readdirSync(folder)).toEqual(['sao-luu-20260302T010000Z.zip']);
    first.close();

    clock = new Date('2026-03-02T20:00:00Z');
    const sameDay = await start({ dataDir, now, autoBackup: true, withProfile: false });
    await sameDay.startupBackup;
    expect(fs.readdirSync(folder)).toHaveLength(1);
    clock = new Date('2026-03-10T01:00:01Z');
    expect(await sameDay.call('backups.status', {})).toMatchObject({ lastVerifiedAt: '2026-03-02T01:00:00.000Z', stale: true });
    sameDay.close();

    const later = await start({ dataDir, now, autoBackup: true, withProfile: false });
    await later.startupBackup;
    expect(fs.readdirSync(folder).sort()).toEqual(['sao-luu-20260302T010000Z.zip', 'sao-luu-20260310T010001Z.zip']);
    expect(await later.call('backups.status', {})).toMatchObject({ lastVerifiedAt: '2026-03-10T01:00:01.000Z', stale: false });
  });
  it('writes a zip other readers accept: every entry stored with the CRC-32 of its bytes, the evidence under its own SHA-256', async () => {
    const backend = await start();
    const { auditId, version } = await startSampleAudit(backend);
    await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'ảnh.png', mimeType: 'image/png', base64: TINY_PNG.toString('base64') });
    const backup = await backend.call('backups.create', {});
    const entries = await entriesOf(path.join(backend.dataDir, 'sao-luu', backup.fileName));
    // The store copy goes in after the files (it is made beside their copying), the manifest last.
    expect(entries.map((entry) => entry.name)).toEqual([`evidence/${sha(TINY_PNG).slice(0, 2)}/${sha(TINY_PNG)}`, STORE_ENTRY, MANIFEST_ENTRY]);
    for (const entry of entries) {
      expect(entry.method, entry.name).toBe(0);
      expect(entry.crc32, entry.name).toBe(zlib.crc32(entry.bytes));
    }
    const manifest = JSON.parse(entries.at(-1)!.bytes.toString('utf8')) as BackupManifest;
    // The manifest lists the store first, whatever the order of the entries.
    expect(manifest.parts.map((part) => part.name)).toEqual([STORE_ENTRY, entries[0]!.name]);
    for (const entry of entries.slice(0, -1)) expect(manifest.parts.find((part) => part.name === entry.name)?.sha256, entry.name).toBe(sha(entry.bytes));
  });

  it('an evidence file changed on disk since it was stored fails the backup, naming it, and leaves no file', async () => {
    const backend = await start();
    const { auditId, version } = await startSampleAudit(backend);
    await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'ảnh.png', mimeType: 'image/png', base64: TINY_PNG.toString('base64') });
    const stored = evidencePath(backend.dataDir, sha(TINY_PNG));
    const changed = Buffer.from(TINY_PNG);
    changed[changed.length - 1]! ^= 0xff;
    fs.writeFileSync(stored, changed);
    const refused = await backend.dispatch('backups.create', {});
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining(`phần "evidence/${sha(TINY_PNG).slice(0, 2)}/${sha(TINY_PNG)}" không khớp mã băm SHA-256`) } });
    expect(fs.readdirSync(path.join(backend.dataDir, 'sao-luu'))).toEqual([]);
  });

  it('reads and restores a backup written by the earlier writer (yazl): the format is the same, version 1', async () => {
    const backend = await start();
    const { auditId } = await startSampleAudit(backend);
    const backup = await backend.call('backups.create', {});
    const folder = path.join(backend.dataDir, 'sao-luu');
    const earlier = 'sao-luu-20260101T000000Z.zip';
    await writtenByYazl(path.join(folder, backup.fileName), path.join(folder, earlier));
    expect((await verifyBackupFile(path.join(folder, earlier), { supportedSchemaVersion: backup.schemaVersion })).parts).toHaveLength(1);
    const placeOf = () => backend.store.sqlite.prepare('select place from audits where id = ?').pluck().get(auditId);
    const saved = placeOf();
    await backend.call('audits.update', { id: auditId, place: 'Đổi sau khi sao lưu' });
    await backend.call('backups.restore', { fileName: earlier });
    expect(placeOf()).toBe(saved);
  });
});
