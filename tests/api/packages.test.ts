import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../electron/backend/modules/backups/zipParts';
import { evidencePath } from '../../electron/backend/modules/evidence/evidenceFiles';
import { startSampleAudit, unitIdOf } from '../support/fixtures/auditsFixture';
import { PDF_SAMPLE as PDF } from '../support/fixtures/packageWork';
import { auditRows, storeState } from '../support/packageStores';
import { startedBackends, TINY_PNG } from '../support/startedBackends';
import { makeTempDir } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';
import { uploadPackage } from '../support/packageUpload';

const { start } = startedBackends();


async function refusal(backend: TestBackend, method: 'packages.import' | 'packages.preview', { filePath, password }: { filePath: string; password?: string }) {
  const result = await backend.dispatch(method, { uploadId: await uploadPackage(backend, filePath), password });
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

/** A coordinator and a team laptop, each with its own store and name; one audit handed out to the team. */
async function handedOut(options: { password?: string } = {}) {
  const coordinator = await start();
  const team = await start();
  await coordinator.call('identity.renameMachine', { name: 'Máy điều phối ISO' });
  await team.call('identity.renameMachine', { name: 'Máy tổ 2' });
  const audit = await startSampleAudit(coordinator);
  const exchange = makeTempDir('goi-');
  const handout = await coordinator.call('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 2', ...options });
  return { coordinator, team, audit, exchange, handout };
}

/** The team conducts the audit through the API: answers, notes, findings, evidence on an item and on a finding. */
async function conductOnTeam(team: TestBackend, audit: Awaited<ReturnType<typeof startSampleAudit>>) {
  const items = audit.version.items;
  await team.call('audits.saveResponse', { auditId: audit.auditId, itemId: items['A.1']!, conformity: 'phu_hop', note: 'Kế hoạch số 12/KH-UBND ngày 05/01/2026' });
  await team.call('audits.saveResponse', { auditId: audit.auditId, itemId: items['B.1']!, numericValue: 97.5, note: 'Theo sổ theo dõi' });
  await team.call('audits.saveResponse', { auditId: audit.auditId, itemId: items['B.3']!, yesNo: true });
  await team.call('audits.saveResponse', { auditId: audit.auditId, itemId: items['C.1']!, textValue: 'Quy trình cấp giấy chứng nhận đăng ký hộ kinh doanh' });
  const finding = await team.call('findings.create', {
    auditId: audit.auditId,
    itemId: items['B.1']!,
    findingClass: 'kph_nhe',
    description: 'Tỷ lệ hồ sơ đúng hạn 97,5% thấp hơn chỉ tiêu',
    requirement: 'Trên 99% hồ sơ giải quyết đúng hạn',
    requiresAction: true,
  });
  await team.call('evidence.upload', { auditId: audit.auditId, itemId: items['A.1']!, fileName: 'kế-hoạch.png', mimeType: 'image/png', base64: TINY_PNG.toString('base64') });
  const evidence = await team.call('evidence.upload', { auditId: audit.auditId, findingId: finding.id, fileName: 'sổ theo dõi.pdf', mimeType: 'application/pdf', base64: PDF.toString('base64') });
  return { finding, evidence };
}

/** The hand-out received on the team laptop, and 48 MB of evidence there: an export or import long enough to cancel. */
async function receivedWithLargeEvidence(team: TestBackend, audit: Awaited<ReturnType<typeof startSampleAudit>>, handoutFile: string) {
  await team.call('packages.import', { uploadId: await uploadPackage(team, handoutFile) });
  for (let file = 0; file < 6; file++) {
    await team.call('evidence.upload', { auditId: audit.auditId, itemId: audit.version.items['A.1']!, fileName: `tệp ${file}.bin`, mimeType: 'application/octet-stream', base64: randomBytes(8 * 1024 * 1024).toString('base64') });
  }
}

/** Cancels the operation once its progress shows bytes moving; it must end refused as cancelled. */
async function cancelOnceUnderWay(backend: TestBackend, kind: 'import' | 'export', pending: Promise<{ ok: boolean; error?: { message: string } }>) {
  await expect.poll(async () => (await backend.call('backups.progress', {}))?.bytesDone ?? 0, { timeout: 30_000, interval: 5 }).toBeGreaterThan(0);
  expect((await backend.call('backups.progress', {}))?.kind).toBe(kind);
  await backend.call('backups.cancel', {});
  const outcome = await pending;
  expect(outcome.ok).toBe(false);
  expect(outcome.error?.message).toContain('Đã hủy theo yêu cầu');
}

/** Each test starts two or three stores and takes backups: slow on a loaded machine. */
describe('packages between laptops (gói dữ liệu)', () => {
  it('hands an audit out, conducts it on the team store and brings every answer, finding and evidence file back byte for byte', { timeout: 120_000 }, async () => {
    const { coordinator, team, audit, handout } = await handedOut();
    expect(handout).toMatchObject({ kind: 'handout', audits: [{ id: audit.auditId }], encrypted: false });
    expect(await coordinator.call('packages.handovers', {})).toEqual([expect.objectContaining({ auditId: audit.auditId, direction: 'out', machineName: 'Máy tổ 2', returnedAt: null })]);

    const preview = await team.call('packages.preview', { uploadId: await uploadPackage(team, handout.filePath) });
    expect(preview).toMatchObject({ kind: 'handout', fromMachine: 'Máy điều phối ISO', audits: [{ id: audit.auditId }], alreadyImported: false, formatVersion: 1 });
    const received = await team.call('packages.import', { uploadId: await uploadPackage(team, handout.filePath) });
    expect(received).toMatchObject({ imported: true });
    expect(received.added).toBeGreaterThan(0);
    expect(received.safetyBackup).toMatch(/^sao-luu-/);
    // The team store holds the audit as the coordinator handed it out: header and team.
    expect(auditRows(team, 'audits', audit.auditId)).toEqual(auditRows(coordinator, 'audits', audit.auditId));
    expect(auditRows(team, 'audit_participants', audit.auditId)).toEqual(auditRows(coordinator, 'audit_participants', audit.auditId));

    const { evidence, finding } = await conductOnTeam(team, audit);
    const result = await team.call('packages.exportResult', {});
    expect(result).toMatchObject({ kind: 'result', files: 2, audits: [{ id: audit.auditId }] });

    const imported = await coordinator.call('packages.import', { uploadId: await uploadPackage(coordinator, result.filePath) });
    expect(imported).toMatchObject({ imported: true, newFiles: 2, removed: 0 });
    for (const table of ['audits', 'audit_participants', 'item_responses', 'findings', 'evidence_links']) {
      expect(auditRows(coordinator, table, audit.auditId), table).toEqual(auditRows(team, table, audit.auditId));
    }
    expect(auditRows(coordinator, 'item_responses', audit.auditId)).toHaveLength(4);
    expect(fs.readFileSync(evidencePath(coordinator.dataDir, evidence.sha256)).equals(PDF)).toBe(true);
    const content = await coordinator.call('evidence.content', { id: evidence.id });
    expect(Buffer.from(content.base64, 'base64').equals(PDF)).toBe(true);
    // Back on the coordinator: the audit is no longer away and takes edits again.
    expect((await coordinator.call('packages.handovers', {}))[0]!.returnedAt).not.toBeNull();
    await coordinator.call('audits.saveResponse', { auditId: audit.auditId, itemId: audit.version.items['B.4']!, conformity: 'phu_hop' });
    const log = await coordinator.call('changeLog.list', { entity: 'package' });
    expect(log[0]).toMatchObject({ method: 'packages.import', entityId: imported.preview.packageId });

    // The second import of the same package changes nothing at all.
    const before = storeState(coordinator);
    const again = await coordinator.call('packages.import', { uploadId: await uploadPackage(coordinator, result.filePath) });
    expect(again).toMatchObject({ imported: false, added: 0, changed: 0, removed: 0, newFiles: 0, safetyBackup: null });
    expect(storeState(coordinator)).toEqual(before);

    // Follow-up: the coordinator's corrective action and its status go back to the team.
    const action = await coordinator.call('actions.create', { findingId: finding.id, ownerUnitId: unitIdOf(coordinator.store, 'VHXH'), correction: 'Rà soát lại sổ theo dõi', rootCause: 'Chưa phân công người theo dõi', actionPlan: 'Phân công và kiểm tra hằng tuần' });
    await coordinator.call('actions.move', { id: action.id, to: 'da_phan_tich' });
    const followup = await coordinator.call('packages.exportFollowup', { auditIds: [audit.auditId] });
    expect(followup).toMatchObject({ kind: 'followup', counts: { correctiveActions: 1, correctiveActionEvents: 2 } });
    expect(await team.call('packages.import', { uploadId: await uploadPackage(team, followup.filePath) })).toMatchObject({ imported: true, added: 3 });
    const actionRows = (backend: TestBackend) => backend.store.sqlite.prepare('select * from corrective_actions order by id').all();
    const eventRows = (backend: TestBackend) => backend.store.sqlite.prepare('select * from corrective_action_events order by id').all();
    expect(actionRows(team)).toEqual(actionRows(coordinator));
    expect(eventRows(team)).toEqual(eventRows(coordinator));
  });

  it('refuses every write to a handed-out audit on the coordinator, naming the laptop, until the hand-out is cancelled (logged)', { timeout: 120_000 }, async () => {
    const { coordinator, audit } = await handedOut();
    const before = storeState(coordinator);
    const writes = [
      coordinator.dispatch('audits.saveResponse', { auditId: audit.auditId, itemId: audit.version.items['A.1']!, conformity: 'phu_hop' }),
      coordinator.dispatch('findings.create', { auditId: audit.auditId, findingClass: 'diem_luu_y', description: 'Ghi ở máy điều phối', requiresAction: false }),
      coordinator.dispatch('audits.update', { id: audit.auditId, place: 'Nơi khác' }),
      coordinator.dispatch('evidence.upload', { auditId: audit.auditId, itemId: audit.version.items['A.1']!, fileName: 'a.png', mimeType: 'image/png', base64: TINY_PNG.toString('base64') }),
      coordinator.dispatch('audits.close', { id: audit.auditId }),
    ];
    for (const result of await Promise.all(writes)) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('LOCKED');
        expect(result.error.message).toContain('đang ở máy Máy tổ 2');
      }
    }
    expect(storeState(coordinator)).toEqual(before);
    // Handing it out twice is refused too.
    const twice = await coordinator.dispatch('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 3' });
    expect(twice.ok).toBe(false);

    await coordinator.call('packages.cancelHandover', { auditId: audit.auditId });
    await coordinator.call('audits.saveResponse', { auditId: audit.auditId, itemId: audit.version.items['A.1']!, conformity: 'phu_hop' });
    const log = await coordinator.call('changeLog.list', { entity: 'auditHandover' });
    expect(log[0]).toMatchObject({ method: 'packages.cancelHandover', action: 'delete', entityId: audit.auditId });
  });

  it('refuses a result for a cancelled hand-out, and tampered, truncated, foreign-ward, newer and wrong-password packages, with the store unchanged', { timeout: 120_000 }, async () => {
    const { coordinator, team, audit, handout, exchange } = await handedOut();
    await team.call('packages.import', { uploadId: await uploadPackage(team, handout.filePath) });
    await conductOnTeam(team, audit);
    // Downloaded at once, as the UI does: the next export in the same second reuses the name in the packages folder.
    const result = { filePath: path.join(exchange, 'ket-qua.zip') };
    fs.copyFileSync((await team.call('packages.exportResult', {})).filePath, result.filePath);
    const sealed = await team.call('packages.exportResult', { password: 'mật khẩu đúng' });
    expect(sealed.encrypted).toBe(true);

    // Another ward's coordinator.
    const elsewhere = await start();
    const elsewhereBefore = storeState(elsewhere);
    expect((await refusal(elsewhere, 'packages.import', { filePath: result.filePath })).message).toContain('không phải của phường/xã');
    expect(storeState(elsewhere)).toEqual(elsewhereBefore);

    const before = storeState(coordinator);
    const bytes = fs.readFileSync(result.filePath);
    const write = (name: string, content: Buffer) => {
      const file = path.join(exchange, name);
      fs.writeFileSync(file, content);
      return file;
    };
    // One byte of the evidence changed (stored, not deflated: the PDF's text is in the zip as is).
    const at = bytes.indexOf(Buffer.from('biên bản kiểm tra'));
    expect(at).toBeGreaterThan(0);
    const tampered = Buffer.from(bytes);
    tampered[at] = tampered[at]! ^ 0x20;
    expect((await refusal(coordinator, 'packages.import', { filePath: write('sua.zip', tampered) })).message).toContain('bị sửa đổi hoặc bị cắt cụt');
    expect((await refusal(coordinator, 'packages.import', { filePath: write('cut.zip', bytes.subarray(0, Math.floor(bytes.length * 0.6))) })).message).toContain('bị sửa đổi hoặc bị cắt cụt');
    expect((await refusal(coordinator, 'packages.import', { filePath: sealed.filePath })).message).toContain('mật khẩu');
    expect((await refusal(coordinator, 'packages.import', { filePath: sealed.filePath, password: 'mật khẩu sai' })).message).toContain('Mật khẩu không đúng');
    const sealedBytes = fs.readFileSync(sealed.filePath);
    const cutSealed = write('cut-sealed.zip', sealedBytes.subarray(0, sealedBytes.length - 40));
    expect((await refusal(coordinator, 'packages.import', { filePath: cutSealed, password: 'mật khẩu đúng' })).message).toContain('Mật khẩu không đúng');
    // A package from a newer app: named as newer, with a message to update, not as damaged.
    const newer = path.join(exchange, 'moi-hon.zip');
    const records = write('du-lieu.json', Buffer.from('{}'));
    await writeZip(newer, [{ name: 'du-lieu.json', filePath: records }], 'manifest.json', (parts) => ({ format: 'kiem-tra-cchc-iso/goi-du-lieu', formatVersion: 2, kind: 'result', parts }));
    expect((await refusal(coordinator, 'packages.import', { filePath: newer })).message).toContain('hãy cập nhật ứng dụng');
    expect(storeState(coordinator)).toEqual(before);

    // With the right password it reads; then a cancelled hand-out refuses the result.
    expect((await coordinator.call('packages.preview', { uploadId: await uploadPackage(coordinator, sealed.filePath), password: 'mật khẩu đúng' })).audits).toEqual([{ id: audit.auditId, title: expect.any(String) }]);
    await coordinator.call('packages.cancelHandover', { auditId: audit.auditId });
    const cancelled = storeState(coordinator);
    expect((await refusal(coordinator, 'packages.import', { filePath: result.filePath })).message).toContain('không đang giao cho máy nào');
    expect(storeState(coordinator)).toEqual(cancelled);
  });

  it('writes an export only into the packages folder beside the store: a caller naming a folder is refused and nothing lands there', { timeout: 60_000 }, async () => {
    const coordinator = await start();
    const audit = await startSampleAudit(coordinator);
    const outside = makeTempDir('goi-ngoai-');
    const before = storeState(coordinator);
    const refused = await coordinator.dispatch('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 2', folder: outside } as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(storeState(coordinator)).toEqual(before);
    const handout = await coordinator.call('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 2' });
    expect(handout.filePath).toBe(path.join(coordinator.dataDir, 'goi-du-lieu', handout.fileName));
    expect(fs.readdirSync(path.join(coordinator.dataDir, 'goi-du-lieu'))).toEqual([handout.fileName]);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('cancels an import under way: the store is unchanged and nothing is left half-done', { timeout: 120_000 }, async () => {
    const { coordinator, team, audit, handout } = await handedOut();
    await receivedWithLargeEvidence(team, audit, handout.filePath);
    const result = await team.call('packages.exportResult', {});
    const before = storeState(coordinator);
    const pending = coordinator.dispatch('packages.import', { uploadId: await uploadPackage(coordinator, result.filePath) });
    await cancelOnceUnderWay(coordinator, 'import', pending);
    expect(storeState(coordinator)).toEqual(before);
    expect(fs.existsSync(path.join(coordinator.dataDir, '.goi-nhap'))).toBe(false);
  });

  it('cancels an export under way: no package file, no temporary and nothing marked', { timeout: 120_000 }, async () => {
    const { team, audit, handout } = await handedOut();
    await receivedWithLargeEvidence(team, audit, handout.filePath);
    const folder = path.join(team.dataDir, 'goi-du-lieu');
    const before = storeState(team);
    const pending = team.dispatch('packages.exportResult', { password: 'mật khẩu tổ 2' });
    await cancelOnceUnderWay(team, 'export', pending);
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    expect(storeState(team)).toEqual(before);
    // Not left busy: the next export runs and writes its file.
    const written = await team.call('packages.exportResult', {});
    expect(fs.readdirSync(folder)).toEqual([written.fileName]);
  });
});
