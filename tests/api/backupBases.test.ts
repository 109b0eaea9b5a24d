import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_ENTRY, STORE_ENTRY } from '../../electron/backend/modules/backups/backupFormat';
import type { BackupManifest } from '../../electron/backend/modules/backups/backupFormat';
import { takeBackup } from '../../electron/backend/modules/backups/takeBackup';
import { verifyBackupFile } from '../../electron/backend/modules/backups/verifyBackup';
import { openZip } from '../../electron/backend/modules/backups/zipParts';
import { evidencePath } from '../../electron/backend/modules/evidence/evidenceFiles';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { startedBackends } from '../support/startedBackends';
import type { TestBackend } from '../support/tempBackend';
import { makeTempDir } from '../support/tempBackend';

const { start, forget } = startedBackends();

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const evidenceEntry = (bytes: Buffer) => `evidence/${sha(bytes).slice(0, 2)}/${sha(bytes)}`;

async function zipContents(zipFile: string): Promise<{ names: string[]; manifest: BackupManifest }> {
  const zip = await openZip(zipFile);
  try {
    return { names: zip.names, manifest: JSON.parse((await zip.readSmall(MANIFEST_ENTRY, 1e6)).toString('utf8')) as BackupManifest };
  } finally {
    zip.close();
  }
}

/** Every file under the data folder's evidence and minutes, by path, with its bytes' SHA-256. */
function filesOf(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['evidence', 'minutes']) {
    const root = path.join(dataDir, folder);
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) files[path.relative(dataDir, path.join(entry.parentPath, entry.name))] = sha(fs.readFileSync(path.join(entry.parentPath, entry.name)));
    }
  }
  return files;
}

/**
 * A coordinator on a fake clock: two evidence files, then its daily backup (self-contained) at 08:00 in Hà Nội,
 * a third file, and at 09:00 the backup an import takes first. Both backups fall on one day.
 */
async function coordinatorWithBase() {
  let clock = new Date('2026-06-01T01:00:00Z');
  const backend = await start({ now: () => clock });
  const { auditId, version } = await startSampleAudit(backend);
  const upload = (bytes: Buffer, itemCode: string) =>
    backend.call('evidence.upload', { auditId, itemId: version.items[itemCode]!, fileName: `${itemCode}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') });
  const early = [randomBytes(70_000), randomBytes(50_000)];
  for (const bytes of early) await upload(bytes, 'A.1');
  const base = await backend.call('backups.create', {});
  const late = randomBytes(30_000);
  await upload(late, 'A.2');
  clock = new Date('2026-06-01T02:00:00Z');
  const referring = await takeBackup(backend, 'before-import', clock);
  const folder = path.join(backend.dataDir, 'sao-luu');
  return { backend, auditId, early, late, base: base.fileName, referring: referring.fileName, folder };
}

const placeOf = (backend: TestBackend, auditId: string) => backend.store.sqlite.prepare('select place from audits where id = ?').pluck().get(auditId);

describe('before-import backups refer to evidence a self-contained backup in the folder holds (format version 2)', () => {
  it('hold no evidence the daily backup holds, name it per part, survive the rotation of that day, and restore byte for byte', async () => {
    const { backend, auditId, early, late, base, referring, folder } = await coordinatorWithBase();
    const { names, manifest } = await zipContents(path.join(folder, referring));
    // The daily backup is self-contained and stays version 1, so an app that knows only version 1 restores it.
    expect((await zipContents(path.join(folder, base))).manifest.formatVersion).toBe(1);
    expect(manifest.formatVersion).toBe(2);
    expect(names).toEqual([evidenceEntry(late), STORE_ENTRY, MANIFEST_ENTRY]);
    for (const bytes of early) expect(manifest.parts).toContainEqual({ name: evidenceEntry(bytes), size: bytes.length, sha256: sha(bytes), in: base });
    expect(manifest.parts.find((part) => part.name === evidenceEntry(late))).toEqual({ name: evidenceEntry(late), size: late.length, sha256: sha(late) });
    // The rotation keeps only the newest backup of a day, but never one a kept backup takes parts from.
    expect(fs.readdirSync(folder).sort()).toEqual([base, referring].sort());
    const listed = await backend.call('backups.status', {});
    expect(listed.backups.map((backup) => [backup.fileName, backup.basedOn, backup.problem])).toEqual([
      [referring, [base], null],
      [base, [], null],
    ]);

    const before = filesOf(backend.dataDir);
    const saved = placeOf(backend, auditId);
    await backend.call('audits.update', { id: auditId, place: 'Đổi sau khi sao lưu' });
    fs.rmSync(path.join(backend.dataDir, 'evidence'), { recursive: true });
    const restored = await backend.call('backups.restore', { fileName: referring });
    expect(restored.restored.basedOn).toEqual([base]);
    expect(placeOf(backend, auditId)).toBe(saved);
    expect(filesOf(backend.dataDir)).toEqual(before);
    for (const bytes of [...early, late]) expect(fs.readFileSync(evidencePath(backend.dataDir, sha(bytes))).equals(bytes)).toBe(true);
    // The base and the backup restored from stay through the rotation of the safety backup taken meanwhile.
    expect(fs.readdirSync(folder)).toEqual(expect.arrayContaining([base, referring, restored.safetyBackup]));
  });

  it('with its base gone, the restore is refused naming the missing file, the list marks it unusable, and nothing changes', async () => {
    const { backend, auditId, base, referring, folder } = await coordinatorWithBase();
    await backend.call('audits.update', { id: auditId, place: 'Sau bản sao lưu' });
    const before = filesOf(backend.dataDir);
    fs.renameSync(path.join(folder, base), path.join(makeTempDir(), base));

    const refused = await backend.dispatch('backups.restore', { fileName: referring });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining(`không tìm thấy tệp ${base} trong thư mục sao lưu`) } });
    expect(placeOf(backend, auditId)).toBe('Sau bản sao lưu');
    expect(filesOf(backend.dataDir)).toEqual(before);
    expect(fs.readdirSync(backend.dataDir).filter((name) => name.startsWith('.khoi-phuc-') || name === 'khoi-phuc.json')).toEqual([]);
    expect(fs.readdirSync(folder)).toEqual([referring]);
    const listed = (await backend.call('backups.status', {})).backups;
    expect(listed).toHaveLength(1);
    expect(listed[0]!.problem).toContain(`không tìm thấy tệp ${base}`);
  });

  it('a part of the base changed since it was verified refuses the restore, naming the base and the part, and nothing changes', async () => {
    const { backend, auditId, early, base, referring, folder } = await coordinatorWithBase();
    await backend.call('audits.update', { id: auditId, place: 'Sau bản sao lưu' });
    const before = filesOf(backend.dataDir);
    const basePath = path.join(folder, base);
    const zip = await openZip(basePath);
    const { start: at, size } = zip.storedRange(evidenceEntry(early[1]!));
    zip.close();
    const bytes = fs.readFileSync(basePath);
    bytes[at + Math.floor(size / 2)]! ^= 0xff;
    fs.writeFileSync(basePath, bytes);

    const refused = await backend.dispatch('backups.restore', { fileName: referring });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining(`từ bản sao lưu ${base}, nhưng bản ${base} không dùng được: phần "${evidenceEntry(early[1]!)}" không khớp mã băm SHA-256`) } });
    expect(placeOf(backend, auditId)).toBe('Sau bản sao lưu');
    expect(filesOf(backend.dataDir)).toEqual(before);
    expect(fs.readdirSync(backend.dataDir).filter((name) => name.startsWith('.khoi-phuc-'))).toEqual([]);

  });

  it('the check of a referring backup reads only manifests: a base that does not list the part, or no base, fails it', async () => {
    const { base, referring, folder } = await coordinatorWithBase();
    const elsewhere = makeTempDir();
    for (const name of [base, referring]) fs.copyFileSync(path.join(folder, name), path.join(elsewhere, name));
    const supportedSchemaVersion = (await zipContents(path.join(folder, referring))).manifest.schemaVersion;
    await expect(verifyBackupFile(path.join(elsewhere, referring), { supportedSchemaVersion })).resolves.toMatchObject({ formatVersion: 2 });

    // Another store's backup under the base's name: a verified backup, but it holds none of these parts.
    const stranger = await start();
    const strangers = await stranger.call('backups.create', {});
    fs.copyFileSync(path.join(stranger.dataDir, 'sao-luu', strangers.fileName), path.join(elsewhere, base));
    await expect(verifyBackupFile(path.join(elsewhere, referring), { supportedSchemaVersion })).rejects.toThrow(new RegExp(`bản ${base} không dùng được: thiếu phần "evidence/`));
    fs.rmSync(path.join(elsewhere, base));
    await expect(verifyBackupFile(path.join(elsewhere, referring), { supportedSchemaVersion })).rejects.toThrow(`không tìm thấy tệp ${base}`);
  });

  it('with no self-contained backup in the folder, a before-import backup holds everything, as version 1', async () => {
    const backend = await start();
    const { auditId, version } = await startSampleAudit(backend);
    const bytes = randomBytes(20_000);
    await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'a.pdf', mimeType: 'application/pdf', base64: bytes.toString('base64') });
    const written = await takeBackup(backend, 'before-import', new Date());
    const { names, manifest } = await zipContents(path.join(backend.dataDir, 'sao-luu', written.fileName));
    expect(manifest.formatVersion).toBe(1);
    expect(names).toEqual([evidenceEntry(bytes), STORE_ENTRY, MANIFEST_ENTRY]);
  });

  it('the start-up backup goes by the newest self-contained backup: a before-import backup under a day old does not put it off', async () => {
    const dataDir = makeTempDir();
    let clock = new Date('2026-06-01T01:00:00Z');
    const now = () => clock;
    const first = await start({ dataDir, now, autoBackup: true });
    await first.startupBackup;
    const { auditId, version } = await startSampleAudit(first);
    await first.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'a.pdf', mimeType: 'application/pdf', base64: randomBytes(20_000).toString('base64') });
    clock = new Date('2026-06-01T01:30:00Z');
    await first.call('backups.create', {});
    clock = new Date('2026-06-01T03:00:00Z');
    expect((await takeBackup(first, 'before-import', clock)).manifest.formatVersion).toBe(2);
    first.close();
    forget();

    clock = new Date('2026-06-02T02:00:00Z'); // 23 h after the before-import backup, 24.5 h after the self-contained one
    const next = await start({ dataDir, now, autoBackup: true, withProfile: false });
    await next.startupBackup;
    const reasons = (await next.call('backups.status', {})).backups.map((backup) => [backup.createdAt, backup.reason]);
    expect(reasons).toEqual([
      ['2026-06-02T02:00:00.000Z', 'start'],
      ['2026-06-01T03:00:00.000Z', 'before-import'],
      ['2026-06-01T01:30:00.000Z', 'manual'],
    ]);
  });
});
