import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openZip } from '../../electron/backend/modules/backups/zipParts';
import { evidencePath, sha256Of } from '../../electron/backend/modules/evidence/evidenceFiles';
import { recordsFor, recordsJson } from '../../electron/backend/modules/packages/packageContent';
import { PACKAGE_DATA_ENTRY } from '../../electron/backend/modules/packages/packageFormat';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { startedBackends } from '../support/startedBackends';
import { uploadPackage } from '../support/packageUpload';

const { start } = startedBackends();

/** The package's content: its records entry and every part's hash (the manifest's id and time differ by design). */
async function contentOf(filePath: string) {
  const zip = await openZip(filePath);
  try {
    const manifest = JSON.parse((await zip.readSmall('manifest.json', 1 << 20)).toString('utf8')) as { parts: { name: string; sha256: string }[] };
    return { data: (await zip.readSmall(PACKAGE_DATA_ENTRY, 1 << 26)).toString('utf8'), parts: manifest.parts.map((part) => `${part.name} ${part.sha256}`) };
  } finally {
    zip.close();
  }
}

const note = fc.string({ maxLength: 40, unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ 0123456789,.') });
const conduct = fc.record({
  conformity: fc.constantFrom('phu_hop', 'kph_nhe', 'kph_nang', 'diem_luu_y', 'khong_ap_dung'),
  notes: fc.array(note, { minLength: 6, maxLength: 6 }),
  percent: fc.double({ min: 0, max: 100, noNaN: true }),
  findings: fc.array(fc.record({ description: note.filter((text) => text.trim().length > 0), cls: fc.constantFrom('kph_nhe', 'kph_nang', 'diem_luu_y', 'co_hoi_cai_tien') }), { maxLength: 3 }),
  files: fc.array(fc.uint8Array({ minLength: 1, maxLength: 2048 }), { maxLength: 3 }),
});

describe('package round trip (property)', () => {
  it('a result exported, imported on the coordinator and exported again from there has the same content', async () => {
    await fc.assert(
      fc.asyncProperty(conduct, async (work) => {
        const coordinator = await start();
        const team = await start();
        const audit = await startSampleAudit(coordinator);
        const handout = await coordinator.call('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 1' });
        await team.call('packages.import', { uploadId: await uploadPackage(team, handout.filePath) });
        // Handing the audit out and importing it gives the team the same records the coordinator sent.
        expect(recordsJson(recordsFor.handout(team.store.db, [audit.auditId]))).toBe((await contentOf(handout.filePath)).data);

        const items = audit.version.items;
        const codes = ['A.1', 'B.4'];
        for (const [index, code] of codes.entries()) await team.call('audits.saveResponse', { auditId: audit.auditId, itemId: items[code]!, conformity: work.conformity, note: work.notes[index]! });
        await team.call('audits.saveResponse', { auditId: audit.auditId, itemId: items['B.1']!, numericValue: work.percent, note: work.notes[2]! });
        for (const finding of work.findings) await team.call('findings.create', { auditId: audit.auditId, findingClass: finding.cls as 'kph_nhe', description: finding.description, requiresAction: false });
        for (const [index, bytes] of work.files.entries()) {
          await team.call('evidence.upload', { auditId: audit.auditId, itemId: items['A.1']!, fileName: `tệp ${index}.bin`, mimeType: 'application/octet-stream', base64: Buffer.from(bytes).toString('base64') });
        }
        const result = await team.call('packages.exportResult', {});
        await coordinator.call('packages.import', { uploadId: await uploadPackage(coordinator, result.filePath) });
        const exported = await contentOf(result.filePath);
        expect(recordsJson(recordsFor.result(coordinator.store.db, [audit.auditId]))).toBe(exported.data);
        for (const part of exported.parts.filter((line) => line.startsWith('evidence/'))) {
          const sha256 = part.split(' ')[1]!;
          expect(sha256Of(fs.readFileSync(evidencePath(coordinator.dataDir, sha256)))).toBe(sha256);
        }
      }),
      { numRuns: 4, seed: 20261130 },
    );
  }, 600_000);
});
