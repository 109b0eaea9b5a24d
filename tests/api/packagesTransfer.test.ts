import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_UPLOAD_LIMIT_BYTES } from '../../electron/backend/modules/packages/packageTransfer';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { uploadPackage } from '../support/packageUpload';
import { startedBackends } from '../support/startedBackends';

const { start } = startedBackends();

describe('package files picked and downloaded (no path on this laptop is named by the renderer)', () => {
  it('stages a picked package in chunks, previews and imports it, then removes it; a written package downloads byte for byte', { timeout: 120_000 }, async () => {
    const coordinator = await start();
    const team = await start();
    const audit = await startSampleAudit(coordinator);
    const handout = await coordinator.call('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 1' });

    // Downloaded in chunks from the packages folder: the same bytes.
    const chunks: Buffer[] = [];
    for (let offset = 0, done = false; !done; ) {
      const chunk = await coordinator.call('packages.download', { fileName: handout.fileName, offset });
      chunks.push(Buffer.from(chunk.base64, 'base64'));
      offset += chunks.at(-1)!.length;
      done = chunk.done;
    }
    expect(Buffer.concat(chunks).equals(fs.readFileSync(handout.filePath))).toBe(true);
    expect((await coordinator.dispatch('packages.download', { fileName: '../kiem-tra-cchc-iso.sqlite', offset: 0 })).ok).toBe(false);
    expect((await coordinator.dispatch('packages.preview', { filePath: handout.filePath } as never)).ok).toBe(false);

    const uploadId = await uploadPackage(team, handout.filePath);
    const staged = path.join(team.dataDir, '.goi-tai-len', `${uploadId}.zip`);
    expect(fs.readFileSync(staged).equals(fs.readFileSync(handout.filePath))).toBe(true);
    expect((await team.call('packages.preview', { uploadId })).kind).toBe('handout');
    expect((await team.call('packages.import', { uploadId })).imported).toBe(true);
    expect(fs.existsSync(staged)).toBe(false);
    const gone = await team.dispatch('packages.import', { uploadId });
    expect(gone.ok ? null : gone.error.message).toContain('hãy chọn lại tệp');
  });

  it('refuses a package over the size limit in Vietnamese, and a chunk out of order, writing nothing more', async () => {
    const team = await start();
    const tooLarge = await team.dispatch('packages.upload', { fileName: 'goi-lon.zip', size: PACKAGE_UPLOAD_LIMIT_BYTES + 1, offset: 0, base64: 'AAAA' });
    expect(tooLarge.ok ? null : tooLarge.error.message).toMatch(/^Gói "goi-lon\.zip" nặng 2\.048,1 MB, quá giới hạn 2\.048 MB của một gói/);
    expect(fs.existsSync(path.join(team.dataDir, '.goi-tai-len'))).toBe(false);

    const first = await team.call('packages.upload', { fileName: 'goi.zip', size: 6, offset: 0, base64: Buffer.from('abc').toString('base64') });
    expect(first).toMatchObject({ received: 3, complete: false });
    const skipped = await team.dispatch('packages.upload', { uploadId: first.uploadId, fileName: 'goi.zip', size: 6, offset: 4, base64: Buffer.from('de').toString('base64') });
    expect(skipped.ok ? null : skipped.error.message).toContain('bị gián đoạn');
    const incomplete = await team.dispatch('packages.preview', { uploadId: first.uploadId });
    expect(incomplete.ok ? null : incomplete.error.message).toContain('bị gián đoạn');
    expect(fs.statSync(path.join(team.dataDir, '.goi-tai-len', `${first.uploadId}.zip`)).size).toBe(3);
  });
});
