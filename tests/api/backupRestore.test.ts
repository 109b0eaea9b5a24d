import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, STORE_ENTRY } from '../../electron/backend/modules/backups/backupFormat';
import { prepareRestore } from '../../electron/backend/modules/backups/prepareRestore';
import { commitRestore } from '../../electron/backend/modules/backups/restoreSwap';
import { openZip, writeZip } from '../../electron/backend/modules/backups/zipParts';
import { evidencePath } from '../../electron/backend/modules/evidence/evidenceFiles';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { startedBackends, TINY_PNG } from '../support/startedBackends';
import { putUnitsIndexOutOfStep } from '../support/storeDamage';
import { makeTempDir } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

const { start, forget } = startedBackends();

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const auditIds = async (backend: TestBackend) => (await backend.call('audits.list', {})).map((audit) => audit.id).sort();
/** Every file under the data folder with its hash (the backup folder inside it included): "nothing changed" means this is equal. */
function folderState(dataDir: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const entry of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('-shm')) continue;
    const file = path.join(entry.parentPath, entry.name);
    state[path.relative(dataDir, file)] = sha(fs.readFileSync(file));
  }
  return state;
}

describe('restore (Khôi phục)', () => {
  it('verifies, takes a safety backup, swaps the store and its files, reopens, and logs it', async () => {
    const backend = await start();
    const first = await startSampleAudit(backend);
    const backup = await backend.call('backups.create', {});

    const second = await startSampleAudit(backend);
    const evidence = await backend.call('evidence.upload', { auditId: second.auditId, itemId: second.version.items['A.1']!, fileName: 'ảnh.png', mimeType: 'image/png', base64: TINY_PNG.toString('base64') });
    expect(await auditIds(backend)).toEqual([first.auditId, second.auditId].sort());

    const result = await backend.call('backups.restore', { fileName: backup.fileName });
    expect(result.restored).toMatchObject({ fileName: backup.fileName, auditCount: 1 });
    expect(await auditIds(backend)).toEqual([first.auditId]);
    expect(backend.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    const status = await backend.call('backups.status', {});
    expect(status.backups.map((b) => [b.fileName, b.reason, b.auditCount])).toEqual([
      [result.safetyBackup, 'before-restore', 2],
      [backup.fileName, 'manual', 1],
    ]);
    // Evidence of the replaced state stays on disk (content-addressed; the safety backup holds it too).
    expect(fs.existsSync(evidencePath(backend.dataDir, evidence.sha256))).toBe(true);
    expect(fs.readdirSync(backend.dataDir).filter((name) => name.startsWith('.khoi-phuc') || name.startsWith('khoi-phuc'))).toEqual([]);

    const log = await backend.call('changeLog.list', { entity: 'store' });
    expect(log[0]).toMatchObject({ entity: 'store', entityId: backup.fileName, actorName: 'Nguyễn Thị Kiểm Tra' });
    // The reopened store takes writes.
    await startSampleAudit(backend);
    expect(await auditIds(backend)).toHaveLength(2);

    // And the safety backup brings the replaced state back, evidence included.
    await backend.call('backups.restore', { fileName: result.safetyBackup });
    expect(await auditIds(backend)).toEqual([first.auditId, second.auditId].sort());
    expect((await backend.call('evidence.list', { auditId: second.auditId }))[0]?.sha256).toBe(evidence.sha256);
  });

  it('refuses a damaged backup and a backup from a newer app, in Vietnamese, and changes nothing', async () => {
    const backend = await start();
    await startSampleAudit(backend);
    const backup = await backend.call('backups.create', {});
    const folder = (await backend.call('backups.status', {})).folder;
    const schemaVersion = backup.schemaVersion;

    // Damaged: one byte of the store copy inside the zip.
    const damaged = 'sao-luu-20200101T000000Z.zip';
    const bytes = fs.readFileSync(path.join(folder, backup.fileName));
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(path.join(folder, damaged), bytes);

    // Newer: a well-formed backup whose store and manifest come from a later schema.
    const newer = 'sao-luu-20200102T000000Z.zip';
    const work = makeTempDir();
    const zip = await openZip(path.join(folder, backup.fileName));
    await zip.hashEntry(STORE_ENTRY, fs.createWriteStream(path.join(work, STORE_ENTRY)));
    zip.close();
    const db = new Database(path.join(work, STORE_ENTRY));
    db.pragma(`user_version = ${schemaVersion + 3}`);
    db.close();
    await writeZip(path.join(folder, newer), [{ name: STORE_ENTRY, filePath: path.join(work, STORE_ENTRY) }], MANIFEST_ENTRY, (parts) => ({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '9.0.0',
      schemaVersion: schemaVersion + 3,
      createdAt: '2020-01-02T00:00:00.000Z',
      reason: 'manual',
      auditCount: 1,
      parts,
    }));

    const before = folderState(backend.dataDir);
    const auditsBefore = await auditIds(backend);
    const refusedDamaged = await backend.dispatch('backups.restore', { fileName: damaged });
    expect(refusedDamaged).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!refusedDamaged.ok && refusedDamaged.error.message).toMatch(/^Bản sao lưu sao-luu-20200101T000000Z\.zip bị hỏng: phần "kiem-tra-cchc-iso\.sqlite" không khớp mã băm SHA-256/);
    const refusedNewer = await backend.dispatch('backups.restore', { fileName: newer });
    expect(refusedNewer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refusedNewer.ok && refusedNewer.error.message).toContain('phiên bản 9.0.0 của ứng dụng, mới hơn phiên bản đang dùng. Hãy cập nhật ứng dụng');
    const missing = await backend.dispatch('backups.restore', { fileName: 'sao-luu-20190101T000000Z.zip' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    expect(folderState(backend.dataDir)).toEqual(before);
    expect(await auditIds(backend)).toEqual(auditsBefore);
    const listed = (await backend.call('backups.status', {})).backups;
    expect(listed.find((b) => b.fileName === newer)?.problem).toContain('mới hơn phiên bản đang dùng');
  });

  it('a restore committed just before a crash is finished by the next start', async () => {
    const backend = await start();
    const first = await startSampleAudit(backend);
    const backup = await backend.call('backups.create', {});
    await startSampleAudit(backend);
    const folder = (await backend.call('backups.status', {})).folder;
    const prepared = await prepareRestore({ backupPath: path.join(folder, backup.fileName), dataDir: backend.dataDir, supportedSchemaVersion: backup.schemaVersion });
    commitRestore(backend.dataDir, prepared.stagingDir);
    backend.close(); // the "crash": the swap itself never ran
    forget();

    const reopened = await start({ dataDir: backend.dataDir, withProfile: false });
    expect(await auditIds(reopened)).toEqual([first.auditId]);
    expect(fs.readdirSync(backend.dataDir).filter((name) => name.includes('khoi-phuc'))).toEqual([]);
  });

  it('a staging folder without the commit marker is a restore that never happened: removed, store untouched', async () => {
    const backend = await start();
    await startSampleAudit(backend);
    const backup = await backend.call('backups.create', {});
    await startSampleAudit(backend);
    const folder = (await backend.call('backups.status', {})).folder;
    await prepareRestore({ backupPath: path.join(folder, backup.fileName), dataDir: backend.dataDir, supportedSchemaVersion: backup.schemaVersion });
    backend.close();
    forget();
    const reopened = await start({ dataDir: backend.dataDir, withProfile: false });
    expect(await auditIds(reopened)).toHaveLength(2);
    expect(fs.readdirSync(backend.dataDir).filter((name) => name.includes('khoi-phuc'))).toEqual([]);
  });
});

describe('restore out of a damaged store', () => {
  it('is the one write a store found damaged still takes: the damaged file is kept aside, the store comes back healthy', async () => {
    const backend = await start({ backgroundIntegrityCheck: true });
    const kept = await startSampleAudit(backend);
    const backup = await backend.call('backups.create', {});
    backend.close();
    forget();
    putUnitsIndexOutOfStep(backend.store.filePath);

    const damaged = await start({ dataDir: backend.dataDir, withProfile: false, backgroundIntegrityCheck: true });
    await expect.poll(async () => (await damaged.call('app.storeHealth', {})).state, { timeout: 30_000 }).toBe('damaged');
    expect(await damaged.dispatch('backups.create', {})).toMatchObject({ ok: false, error: { code: 'STORE_DAMAGED' } });

    const result = await damaged.call('backups.restore', { fileName: backup.fileName });
    expect(result.safetyBackup).toMatch(/^kiem-tra-cchc-iso-hong-\d{8}T\d{6}Z\.sqlite$/);
    const folder = (await damaged.call('backups.status', {})).folder;
    expect(fs.existsSync(path.join(folder, result.safetyBackup))).toBe(true);
    await expect.poll(async () => (await damaged.call('app.storeHealth', {})).state, { timeout: 30_000 }).toBe('ok');
    expect(await auditIds(damaged)).toEqual([kept.auditId]);
    await startSampleAudit(damaged);
  });
});
