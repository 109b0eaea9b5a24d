import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { evidencePath } from '../../electron/backend/modules/evidence/evidenceFiles';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';
import { startSampleAudit } from '../support/fixtures/auditsFixture';

let backend: TestBackend;
afterEach(() => backend?.close());

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const evidenceFilesOnDisk = (dataDir: string) =>
  fs.existsSync(path.join(dataDir, 'evidence')) ? fs.readdirSync(path.join(dataDir, 'evidence'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort() : [];

describe('evidence files', () => {
  it('stores a file once under its SHA-256, however many records use it, and previews it from its content', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const finding = await backend.call('findings.create', { auditId, findingClass: 'kph_nhe', description: 'Thiếu hồ sơ', requiresAction: true });
    const onItem = await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'ảnh niêm yết.png', mimeType: 'image/png', base64: PNG.toString('base64') });
    const onFinding = await backend.call('evidence.upload', { auditId, findingId: finding.id, fileName: 'cùng ảnh.png', mimeType: 'application/octet-stream', base64: PNG.toString('base64') });
    const pdf = await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'bao-cao.pdf', mimeType: 'application/pdf', base64: PDF.toString('base64') });
    expect(onItem).toMatchObject({ sha256: sha(PNG), fileName: 'ảnh niêm yết.png', mimeType: 'image/png', previewKind: 'image', sizeBytes: PNG.length, itemId: version.items['A.1'], findingId: null, createdBy: 'Nguyễn Thị Kiểm Tra' });
    expect(onFinding).toMatchObject({ sha256: sha(PNG), mimeType: 'image/png', previewKind: 'image', findingId: finding.id });
    expect(pdf.previewKind).toBe('pdf');

    const stored = evidencePath(backend.dataDir, sha(PNG));
    expect(stored).toBe(path.join(backend.dataDir, 'evidence', sha(PNG).slice(0, 2), sha(PNG)));
    expect(fs.readFileSync(stored)).toEqual(PNG);
    expect(evidenceFilesOnDisk(backend.dataDir)).toEqual([sha(PDF), sha(PNG)].sort());
    expect(backend.store.sqlite.prepare('select count(*) as n from evidence_files').get()).toEqual({ n: 2 });

    expect(await backend.call('evidence.content', { id: onFinding.id })).toEqual({ fileName: 'cùng ảnh.png', mimeType: 'image/png', base64: PNG.toString('base64') });
    expect((await backend.call('evidence.list', { auditId })).map((e) => e.fileName)).toEqual(['ảnh niêm yết.png', 'cùng ảnh.png', 'bao-cao.pdf']);
    const checklist = await backend.call('audits.checklist', { auditId });
    expect(checklist.sections[0]!.items[0]!.evidenceCount).toBe(2);
    expect((await backend.call('findings.list', { auditId }))[0]!.evidenceCount).toBe(1);
  });

  it('never trusts a name or a declared type to show a file as an image', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const disguised = await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'ảnh.png', mimeType: 'image/png', base64: Buffer.from('<script>alert(1)</script>').toString('base64') });
    expect(disguised).toMatchObject({ mimeType: 'application/octet-stream', previewKind: null });
    const sheet = await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'so-lieu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: Buffer.from('PK\u0003\u0004').toString('base64') });
    expect(sheet.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('removing evidence never deletes a file another record still uses', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const other = await startSampleAudit(backend, { overrides: { unitId: backend.store.sqlite.prepare(`select id from units where code = 'PVHCC'`).pluck().get() as string } });
    const first = await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'a.png', base64: PNG.toString('base64') });
    const second = await backend.call('evidence.upload', { auditId, itemId: version.items['B.4']!, fileName: 'b.png', base64: PNG.toString('base64') });
    const elsewhere = await backend.call('evidence.upload', { auditId: other.auditId, itemId: other.version.items['A.1']!, fileName: 'c.png', base64: PNG.toString('base64') });
    const stored = evidencePath(backend.dataDir, sha(PNG));

    expect(await backend.call('evidence.remove', { id: first.id })).toEqual({ fileDeleted: false });
    expect(fs.existsSync(stored)).toBe(true);
    expect(await backend.call('evidence.remove', { id: second.id })).toEqual({ fileDeleted: false });
    expect(fs.existsSync(stored)).toBe(true);
    expect((await backend.call('evidence.content', { id: elsewhere.id })).base64).toBe(PNG.toString('base64'));
    expect(await backend.call('evidence.remove', { id: elsewhere.id })).toEqual({ fileDeleted: true });
    expect(fs.existsSync(stored)).toBe(false);
    expect(backend.store.sqlite.prepare('select count(*) as n from evidence_files').get()).toEqual({ n: 0 });

    // Uploading the same content again after it was deleted stores it afresh.
    const again = await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'a.png', base64: PNG.toString('base64') });
    expect(fs.readFileSync(stored)).toEqual(PNG);
    const log = await backend.call('changeLog.list', { entity: 'evidence' });
    expect(log.map((e) => e.action)).toEqual(['create', 'delete', 'delete', 'delete', 'create', 'create', 'create']);
    expect(again.sha256).toBe(sha(PNG));
  });

  it('deleting a finding removes its evidence links but keeps files other records use', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const finding = await backend.call('findings.create', { auditId, findingClass: 'kph_nhe', description: 'Thiếu hồ sơ', requiresAction: true });
    await backend.call('evidence.upload', { auditId, findingId: finding.id, fileName: 'shared.png', base64: PNG.toString('base64') });
    await backend.call('evidence.upload', { auditId, findingId: finding.id, fileName: 'only.pdf', base64: PDF.toString('base64') });
    await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'shared.png', base64: PNG.toString('base64') });
    await backend.call('findings.remove', { id: finding.id });
    expect(evidenceFilesOnDisk(backend.dataDir)).toEqual([sha(PNG)]);
    expect((await backend.call('evidence.list', { auditId })).map((e) => e.fileName)).toEqual(['shared.png']);
  });

  it('repairs a stored copy damaged on disk when the same content is uploaded, and refuses to serve a damaged one', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const first = await backend.call('evidence.upload', { auditId, itemId: version.items['A.1']!, fileName: 'a.pdf', base64: PDF.toString('base64') });
    fs.writeFileSync(evidencePath(backend.dataDir, sha(PDF)), 'hỏng');
    const refused = await backend.dispatch('evidence.content', { id: first.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Tệp “a.pdf” không còn trong thư mục dữ liệu hoặc đã bị thay đổi ngoài ứng dụng; hãy đính kèm lại tệp gốc.' } });
    await backend.call('evidence.upload', { auditId, itemId: version.items['B.4']!, fileName: 'a.pdf', base64: PDF.toString('base64') });
    expect((await backend.call('evidence.content', { id: first.id })).base64).toBe(PDF.toString('base64'));
    expect(fs.readdirSync(path.dirname(evidencePath(backend.dataDir, sha(PDF))))).toEqual([sha(PDF)]);
  });

  it('refuses a file over the size limit, a target outside the audit and a missing target, storing nothing', async () => {
    backend = await startTestBackend();
    await backend.call('settings.update', { evidenceMaxMegabytes: 1 });
    const { auditId, version } = await startSampleAudit(backend);
    const other = await startSampleAudit(backend);
    const big = Buffer.alloc(1024 * 1024 + 1, 7).toString('base64');
    const cases: [unknown, string, string][] = [
      [
        { auditId, itemId: version.items['A.1'], fileName: 'video.mp4', base64: big },
        'base64',
        'Tệp “video.mp4” nặng 1,1 MB, vượt giới hạn 1 MB cho một tệp bằng chứng. Hãy thu nhỏ ảnh hoặc tách tệp; giới hạn có thể đổi trong Cài đặt.',
      ],
      [{ auditId, itemId: other.version.items['A.1'], fileName: 'a.png', base64: PNG.toString('base64') }, 'itemId', 'Câu hỏi không thuộc cuộc kiểm tra'],
      [{ auditId, findingId: randomUUID(), fileName: 'a.png', base64: PNG.toString('base64') }, 'findingId', 'Phát hiện không thuộc cuộc kiểm tra'],
      [{ auditId, fileName: 'a.png', base64: PNG.toString('base64') }, 'itemId', 'Bằng chứng phải gắn với đúng một câu hỏi, một phát hiện hoặc một hành động khắc phục'],
      [{ auditId, itemId: version.items['A.1'], fileName: 'a.png', base64: 'không phải base64' }, 'base64', 'Nội dung tệp không phải là base64'],
      [{ auditId, itemId: version.items['A.1'], fileName: '../a.png', base64: PNG.toString('base64') }, 'fileName', 'Tên tệp không được chứa dấu / hoặc \\'],
    ];
    for (const [input, field, message] of cases) {
      const result = await backend.dispatch('evidence.upload', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((issue) => issue.path === field)?.message, JSON.stringify(result.error)).toBe(message);
    }
    expect(evidenceFilesOnDisk(backend.dataDir)).toEqual([]);
    expect(backend.store.sqlite.prepare('select count(*) as n from evidence_links').get()).toEqual({ n: 0 });
  });
});
