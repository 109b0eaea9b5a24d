import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { correctiveActions } from '../../db/schema';
import { findingCode } from '../../electron/shared/rules/findings';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';
import { insertChecklistVersion, startSampleAudit, unitIdOf } from '../support/fixtures/auditsFixture';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('findings', () => {
  it('numbers findings within their audit, from items or ad hoc, and edits them', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const other = await startSampleAudit(backend);
    const first = await backend.call('findings.create', {
      auditId,
      itemId: version.items['B.4']!,
      findingClass: 'kph_nang',
      reference: '8.5.1',
      description: 'Không lập phiếu kiểm soát quá trình cho 4/10 hồ sơ',
      requirement: 'Phiếu kiểm soát quá trình được lập đủ cho hồ sơ',
      evidenceText: 'Hồ sơ số 12, 15, 18, 21 tháng 10/2026',
      requiresAction: true,
    });
    const second = await backend.call('findings.create', { auditId, findingClass: 'co_hoi_cai_tien', description: 'Nên số hóa sổ theo dõi hồ sơ', requiresAction: false });
    const elsewhere = await backend.call('findings.create', { auditId: other.auditId, findingClass: 'diem_luu_y', description: 'Bảng niêm yết mờ', requiresAction: false });
    expect([first.number, second.number, elsewhere.number]).toEqual([1, 2, 1]);
    expect([first, second].map((f) => findingCode(f.number))).toEqual(['01', '02']);
    expect(first).toMatchObject({ itemCode: 'B.4', status: 'open', evidenceCount: 0, actionCount: 0, requiresAction: true });
    expect(second).toMatchObject({ itemId: null, itemCode: null, reference: '', requirement: '' });

    const edited = await backend.call('findings.update', { id: second.id, findingClass: 'diem_luu_y', requiresAction: true });
    expect(edited).toMatchObject({ findingClass: 'diem_luu_y', requiresAction: true, description: 'Nên số hóa sổ theo dõi hồ sơ' });
    const checklist = await backend.call('audits.checklist', { auditId });
    expect(checklist.sections[1]!.items.find((i) => i.code === 'B.4')?.findingNumbers).toEqual([1]);
    expect((await backend.call('audits.get', { id: auditId })).findingCount).toBe(2);
    const log = await backend.call('changeLog.list', { entity: 'finding' });
    expect(log.map((e) => e.method)).toEqual(['findings.update', 'findings.create', 'findings.create', 'findings.create']);
  });

  it('removing a finding renumbers the later ones; one with corrective actions stays', async () => {
    backend = await startTestBackend();
    const { auditId } = await startSampleAudit(backend);
    const created = [];
    for (const description of ['Một', 'Hai', 'Ba', 'Bốn']) {
      created.push(await backend.call('findings.create', { auditId, findingClass: 'kph_nhe', description, requiresAction: true }));
    }
    expect(await backend.call('findings.remove', { id: created[1]!.id })).toEqual({ removedNumber: 2 });
    expect((await backend.call('findings.list', { auditId })).map((f) => [f.number, f.description])).toEqual([
      [1, 'Một'],
      [2, 'Ba'],
      [3, 'Bốn'],
    ]);
    const next = await backend.call('findings.create', { auditId, findingClass: 'kph_nhe', description: 'Năm', requiresAction: true });
    expect(next.number).toBe(4);

    backend.store.db.insert(correctiveActions).values({ findingId: created[2]!.id, ownerUnitId: unitIdOf(backend.store, 'VHXH'), dueDate: '2026-12-10' }).run();
    const refused = await backend.dispatch('findings.remove', { id: created[2]!.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Phát hiện 02 đã có 1 hành động khắc phục nên không xóa được; hãy xóa các hành động đó trước, hoặc sửa nội dung phát hiện.' },
    });
    expect((await backend.call('findings.list', { auditId })).map((f) => f.description)).toEqual(['Một', 'Ba', 'Bốn', 'Năm']);
  });

  it('refuses an empty description, an unknown class and an item of another checklist, changing nothing', async () => {
    backend = await startTestBackend();
    const { auditId } = await startSampleAudit(backend);
    const other = insertChecklistVersion(backend.store);
    const cases: [unknown, string, string][] = [
      [{ auditId, findingClass: 'kph_nhe', description: '   ', requiresAction: true }, 'description', 'Mô tả phát hiện không được để trống'],
      [{ auditId, findingClass: 'nghiem_trong', description: 'X', requiresAction: true }, 'findingClass', 'Chọn phân loại phát hiện'],
      [{ auditId, itemId: other.items['A.1'], findingClass: 'kph_nhe', description: 'X', requiresAction: true }, 'itemId', 'Câu hỏi không thuộc cuộc kiểm tra'],
      [{ auditId: randomUUID(), findingClass: 'kph_nhe', description: 'X', requiresAction: true }, '', ''],
    ];
    for (const [input, path, message] of cases) {
      const result = await backend.dispatch('findings.create', input);
      expect(result.ok).toBe(false);
      if (!result.ok && path) expect(result.error.issues?.find((issue) => issue.path === path)?.message, JSON.stringify(result.error)).toBe(message);
      if (!result.ok && !path) expect(result.error).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy cuộc kiểm tra.', text: { key: 'errors.notFound', params: { what: { key: 'errors.thing.audit' } } } });
    }
    expect(await backend.call('findings.list', { auditId })).toEqual([]);
  });
});
