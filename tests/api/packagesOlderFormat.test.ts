import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openZip, writeZip } from '../../electron/backend/modules/backups/zipParts';
import { evidencePath } from '../../electron/backend/modules/evidence/evidenceFiles';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { PDF_SAMPLE as PDF } from '../support/fixtures/packageWork';
import { startedBackends } from '../support/startedBackends';
import { makeTempDir } from '../support/tempBackend';
import { uploadPackage } from '../support/packageUpload';

const { start } = startedBackends();

interface Manifest {
  ward: { storeId: string; name: string };
  source: { machineId: string; machineName: string; storeId: string; storeName: string };
  audits: { id: string; title: string }[];
  counts: Record<string, number>;
  parts: { name: string }[];
}

/**
 * A result package as an older app would have written it, built here from the documented format version 1
 * ("Package file format, version 1" in the README): the findings lack two columns the store has defaults for,
 * and carry one the store does not know.
 */
async function olderResultPackage(exported: string, folder: string): Promise<string> {
  const zip = await openZip(exported);
  const manifest = JSON.parse((await zip.readSmall('manifest.json', 1 << 20)).toString('utf8')) as Manifest;
  const records = JSON.parse((await zip.readSmall('du-lieu.json', 1 << 26)).toString('utf8')) as Record<string, Record<string, unknown>[]>;
  const evidence = manifest.parts.filter((part) => part.name.startsWith('evidence/'));
  const sources = [];
  for (const part of evidence) {
    const filePath = path.join(folder, path.basename(part.name));
    await zip.hashEntry(part.name, fs.createWriteStream(filePath));
    sources.push({ name: part.name, filePath });
  }
  zip.close();
  records.findings = records.findings!.map(({ reference: _reference, evidenceText: _evidenceText, ...row }) => ({ ...row, ghiChuCu: 'cột của phiên bản cũ' }));
  const dataFile = path.join(folder, 'du-lieu.json');
  fs.writeFileSync(dataFile, JSON.stringify(records));
  const target = path.join(folder, 'goi-ket-qua-20260301T020000Z.zip');
  await writeZip(target, [{ name: 'du-lieu.json', filePath: dataFile }, ...sources], 'manifest.json', (parts) => ({
    format: 'kiem-tra-cchc-iso/goi-du-lieu',
    formatVersion: 1,
    kind: 'result',
    packageId: randomUUID(),
    ward: manifest.ward,
    source: manifest.source,
    createdAt: '2026-03-01T02:00:00.000Z',
    appVersion: '0.0.1',
    audits: manifest.audits,
    counts: manifest.counts,
    parts: [...parts].sort((a, b) => (a.name < b.name ? -1 : 1)),
  }));
  return target;
}

describe('a newer app reads older packages', () => {
  it('imports a version-1 result whose rows lack columns added since: the store fills its defaults, unknown columns are ignored', { timeout: 120_000 }, async () => {
    const coordinator = await start();
    const team = await start();
    const audit = await startSampleAudit(coordinator);
    const handout = await coordinator.call('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 3' });
    await team.call('packages.import', { uploadId: await uploadPackage(team, handout.filePath) });
    const finding = await team.call('findings.create', {
      auditId: audit.auditId,
      findingClass: 'kph_nhe',
      description: 'Sổ theo dõi hồ sơ ghi thiếu ngày trả kết quả',
      requirement: 'Ghi đủ ngày nhận và ngày trả',
      reference: 'Điều 5',
      evidenceText: 'Sổ theo dõi quý I',
      requiresAction: true,
    });
    const evidence = await team.call('evidence.upload', { auditId: audit.auditId, findingId: finding.id, fileName: 'sổ.pdf', mimeType: 'application/pdf', base64: PDF.toString('base64') });
    const exported = await team.call('packages.exportResult', {});
    const older = await olderResultPackage(exported.filePath, makeTempDir('goi-cu-'));

    const preview = await coordinator.call('packages.preview', { uploadId: await uploadPackage(coordinator, older) });
    expect(preview).toMatchObject({ formatVersion: 1, kind: 'result', files: 1, audits: [{ id: audit.auditId }] });
    expect(await coordinator.call('packages.import', { uploadId: await uploadPackage(coordinator, older) })).toMatchObject({ imported: true, newFiles: 1 });

    const row = coordinator.store.sqlite.prepare('SELECT description, requirement, reference, evidence_text, requires_action FROM findings WHERE id = ?').get(finding.id);
    expect(row).toEqual({ description: 'Sổ theo dõi hồ sơ ghi thiếu ngày trả kết quả', requirement: 'Ghi đủ ngày nhận và ngày trả', reference: '', evidence_text: '', requires_action: 1 });
    expect(fs.readFileSync(evidencePath(coordinator.dataDir, evidence.sha256)).equals(PDF)).toBe(true);
    expect((await coordinator.call('packages.handovers', {}))[0]).toMatchObject({ auditId: audit.auditId, returnedAt: expect.any(String) });
  });
});
