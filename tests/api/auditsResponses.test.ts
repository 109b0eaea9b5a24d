import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { audits } from '../../db/schema';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';
import { answerSampleAudit as answerAll, insertChecklistVersion, startSampleAudit } from '../support/fixtures/auditsFixture';

let backend: TestBackend;
afterEach(() => backend?.close());


const responseRows = (b: TestBackend) => b.store.sqlite.prepare('select * from item_responses order by item_id').all();

describe('answers', () => {
  it('saves each change on its own, judges indicators as typed and keeps the other fields', async () => {
    backend = await startTestBackend();
    const audit = await startSampleAudit(backend);
    const { auditId } = audit;
    const b1 = audit.version.items['B.1']!;
    const first = await backend.call('audits.saveResponse', { auditId, itemId: b1, numericValue: 99.5 });
    expect(first).toMatchObject({ itemId: b1, numericValue: 99.5, indicatorMet: true, note: '', updatedBy: 'Nguyễn Thị Kiểm Tra' });
    const noted = await backend.call('audits.saveResponse', { auditId, itemId: b1, note: 'Theo sổ theo dõi hồ sơ' });
    expect(noted).toMatchObject({ numericValue: 99.5, indicatorMet: true, note: 'Theo sổ theo dõi hồ sơ' });
    const lower = await backend.call('audits.saveResponse', { auditId, itemId: b1, numericValue: 99 });
    expect(lower.indicatorMet).toBe(false); // the target is strictly above 99%
    const count = await backend.call('audits.saveResponse', { auditId, itemId: audit.version.items['A.2']!, numericValue: 0 });
    expect(count.indicatorMet).toBe(false);

    const a1 = audit.version.items['A.1']!;
    for (const result of ['phu_hop', 'kph_nhe', 'kph_nang', 'diem_luu_y', 'co_hoi_cai_tien', 'khong_ap_dung'] as const) {
      expect((await backend.call('audits.saveResponse', { auditId, itemId: a1, conformity: result })).conformity).toBe(result);
    }
    const log = await backend.call('changeLog.list', { entity: 'item_response' });
    expect(log).toHaveLength(10);
    expect(log[0]).toMatchObject({ method: 'audits.saveResponse', entityId: expect.any(String) });
    // Compact: the item's code and the changed fields only; the audit is the answer row's own.
    expect(log[0]?.changes).toEqual({ itemCode: 'A.1', conformity: ['co_hoi_cai_tien', 'khong_ap_dung'] });

    const checklist = await backend.call('audits.checklist', { auditId });
    expect(checklist.sections.map((s) => [s.code, s.items.map((i) => i.code)])).toEqual([
      ['A', ['A.1', 'A.2']],
      ['B', ['B.1', 'B.2', 'B.3', 'B.4']],
      ['C', ['C.1']],
    ]);
    expect(checklist.sections[1]!.items[0]!.response).toMatchObject({ numericValue: 99, note: 'Theo sổ theo dõi hồ sơ' });
  });

  it('a value typed into an item marked not applicable answers it; marking it again keeps the reason', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const b3 = version.items['B.3']!;
    await backend.call('audits.saveResponse', { auditId, itemId: b3, conformity: 'khong_ap_dung', notApplicableReason: 'Đơn vị không tiếp nhận hồ sơ' });
    const answered = await backend.call('audits.saveResponse', { auditId, itemId: b3, yesNo: true });
    expect(answered).toMatchObject({ conformity: null, yesNo: true, notApplicableReason: 'Đơn vị không tiếp nhận hồ sơ' });
  });

  it('refuses a percentage over 100, an item of another checklist, a retired item and the wrong kind of answer, changing nothing', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    await backend.call('audits.saveResponse', { auditId, itemId: version.items['B.1']!, numericValue: 98 });
    const other = insertChecklistVersion(backend.store);
    const before = responseRows(backend);
    const logBefore = (await backend.call('changeLog.list', {})).length;
    const cases: [unknown, string, string][] = [
      [{ auditId, itemId: version.items['B.1'], numericValue: 140 }, 'numericValue', 'Câu B.1: tỷ lệ phải từ 0% đến 100%, không thể là 140%'],
      [{ auditId, itemId: version.items['B.1'], numericValue: -1 }, 'numericValue', 'Câu B.1: tỷ lệ phải từ 0% đến 100%, không thể là -1%'],
      [{ auditId, itemId: other.items['A.1'], conformity: 'phu_hop' }, 'itemId', 'Câu hỏi không thuộc danh mục (phiên bản) mà cuộc kiểm tra này dùng; câu trả lời không được lưu.'],
      [{ auditId, itemId: randomUUID(), conformity: 'phu_hop' }, 'itemId', 'Câu hỏi không thuộc danh mục (phiên bản) mà cuộc kiểm tra này dùng; câu trả lời không được lưu.'],
      [{ auditId, itemId: version.items['A.3'], conformity: 'phu_hop' }, 'itemId', 'Câu A.3 đã ngừng sử dụng trong danh mục của cuộc kiểm tra này; câu trả lời không được lưu.'],
      [{ auditId, itemId: version.items['B.1'], conformity: 'phu_hop' }, 'conformity', 'Câu B.1 được trả lời bằng số liệu; giá trị này không dùng cho câu hỏi đó'],
      [{ auditId, itemId: version.items['A.1'], numericValue: 5 }, 'numericValue', 'Câu A.1 được trả lời bằng thang phù hợp; giá trị này không dùng cho câu hỏi đó'],
      [{ auditId, itemId: version.items['A.1'], conformity: 'tot' }, 'conformity', 'Kết quả không hợp lệ'],
      [{ auditId, itemId: version.items['A.1'] }, '', 'Không có thay đổi nào để lưu'],
    ];
    for (const [input, path, message] of cases) {
      const result = await backend.dispatch('audits.saveResponse', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((issue) => issue.path === path)?.message, JSON.stringify(result.error)).toBe(message);
    }
    expect(responseRows(backend)).toEqual(before);
    expect((await backend.call('changeLog.list', {})).length).toBe(logBefore);
  });
});

describe('closing an audit', () => {
  it('refuses while items are unanswered or not applicable without a reason, naming them; then closes', async () => {
    backend = await startTestBackend();
    const audit = await startSampleAudit(backend);
    const { auditId, version } = audit;
    await backend.call('audits.saveResponse', { auditId, itemId: version.items['A.1']!, conformity: 'phu_hop' });
    await backend.call('audits.saveResponse', { auditId, itemId: version.items['B.2']!, conformity: 'khong_ap_dung' });
    const refused = await backend.dispatch('audits.close', { id: auditId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Chưa thể kết thúc cuộc kiểm tra: còn 5 câu chưa trả lời (A.2, B.1, B.3, B.4, C.1); 1 câu “Không áp dụng” chưa nêu lý do (B.2).',
      },
    });
    if (!refused.ok) expect(refused.error.issues).toContainEqual({ path: `items.${version.items['B.2']}`, message: 'Câu B.2: không áp dụng nhưng chưa nêu lý do', text: { key: 'errors.close.itemNoReason', params: { code: 'B.2' } } });
    expect((await backend.call('audits.report', { auditId })).closeBlockers.map((b) => [b.code, b.problem])).toEqual([
      ['A.2', 'unanswered'],
      ['B.1', 'unanswered'],
      ['B.2', 'no_reason'],
      ['B.3', 'unanswered'],
      ['B.4', 'unanswered'],
      ['C.1', 'unanswered'],
    ]);
    expect((await backend.call('audits.get', { id: auditId })).status).toBe('in_progress');

    await answerAll(backend, audit);
    const closed = await backend.call('audits.close', { id: auditId });
    expect(closed).toMatchObject({ status: 'closed', answeredCount: 7 });
    expect(closed.closedAt).not.toBeNull();
  });

  it('refuses while a single item is unanswered, with no "Không áp dụng" anywhere, naming that item and changing nothing', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const item = (code: string) => version.items[code]!;
    await backend.call('audits.saveResponse', { auditId, itemId: item('A.1'), conformity: 'phu_hop' });
    await backend.call('audits.saveResponse', { auditId, itemId: item('A.2'), numericValue: 2 });
    await backend.call('audits.saveResponse', { auditId, itemId: item('B.1'), numericValue: 99.5 });
    await backend.call('audits.saveResponse', { auditId, itemId: item('B.2'), numericValue: 90 });
    await backend.call('audits.saveResponse', { auditId, itemId: item('B.4'), conformity: 'phu_hop' });
    await backend.call('audits.saveResponse', { auditId, itemId: item('C.1'), textValue: 'Quy trình cấp giấy phép xây dựng' });
    const auditRow = () => backend.store.sqlite.prepare('select * from audits where id = ?').get(auditId);
    const before = auditRow();

    const refused = await backend.dispatch('audits.close', { id: auditId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Chưa thể kết thúc cuộc kiểm tra: còn 1 câu chưa trả lời (B.3).' } });
    if (!refused.ok) expect(refused.error.issues).toEqual([{ path: `items.${item('B.3')}`, message: 'Câu B.3: chưa trả lời', text: { key: 'errors.close.itemUnanswered', params: { code: 'B.3' } } }]);
    expect(auditRow()).toEqual(before);

    await backend.call('audits.saveResponse', { auditId, itemId: item('B.3'), yesNo: true });
    const closed = await backend.call('audits.close', { id: auditId });
    expect(closed).toMatchObject({ status: 'closed', answeredCount: 7 });
    const [closing] = await backend.call('changeLog.list', { entity: 'audit', entityId: auditId });
    expect(closing).toMatchObject({ method: 'audits.close', action: 'update' });
    expect(closing?.changes).toEqual({ status: ['in_progress', 'closed'], endedTime: [null, closed.endedTime] });
  });

  it('refuses every edit to a closed or locked audit with a clear message and changes nothing; a closed one can be reopened', async () => {
    backend = await startTestBackend();
    const audit = await startSampleAudit(backend);
    const { auditId, version } = audit;
    await answerAll(backend, audit);
    const finding = await backend.call('findings.create', { auditId, itemId: version.items['B.4']!, findingClass: 'kph_nang', description: 'Thiếu phiếu kiểm soát', requiresAction: true });
    await backend.call('audits.close', { id: auditId });
    const snapshot = () => ({
      responses: responseRows(backend),
      audit: backend.store.sqlite.prepare('select * from audits').all(),
      findings: backend.store.sqlite.prepare('select * from findings').all(),
      participants: backend.store.sqlite.prepare('select * from audit_participants').all(),
      evidence: backend.store.sqlite.prepare('select * from evidence_links').all(),
    });
    const edits: [string, unknown][] = [
      ['audits.saveResponse', { auditId, itemId: version.items['A.1'], conformity: 'kph_nhe' }],
      ['audits.update', { id: auditId, place: 'Sửa sau khi kết thúc' }],
      ['audits.update', { id: auditId, unitComments: 'Sửa cùng địa điểm', place: 'Hội trường' }],
      ['audits.close', { id: auditId }],
      ['findings.create', { auditId, findingClass: 'diem_luu_y', description: 'Thêm sau', requiresAction: false }],
      ['findings.update', { id: finding.id, description: 'Sửa sau' }],
      ['findings.recordSuggested', { auditId }],
      ['findings.remove', { id: finding.id }],
      ['evidence.upload', { auditId, itemId: version.items['A.1'], fileName: 'a.txt', base64: Buffer.from('x').toString('base64') }],
    ];
    const before = snapshot();
    for (const [method, input] of edits) {
      const result = await backend.dispatch(method, input);
      expect(result, method).toMatchObject({
        ok: false,
        error: { code: 'LOCKED', message: 'Cuộc kiểm tra “Kiểm tra công tác CCHC năm 2026 tại Phòng Văn hóa - Xã hội” đã kết thúc nên không sửa được; dữ liệu giữ nguyên. Hãy mở lại cuộc kiểm tra nếu cần sửa.' },
      });
    }
    expect(snapshot()).toEqual(before);

    backend.store.db.update(audits).set({ status: 'locked' }).where(eq(audits.id, auditId)).run();
    for (const [method, input] of [...edits, ['audits.reopen', { id: auditId }] as [string, unknown]]) {
      const result = await backend.dispatch(method, input);
      expect(result.ok, method).toBe(false);
      if (!result.ok) expect(result.error.code, method).toBe('LOCKED');
      if (!result.ok) expect(result.error.message, method).toMatch(/Biên bản của cuộc kiểm tra .* đã được ban hành/);
    }
    backend.store.db.update(audits).set({ status: 'closed' }).where(eq(audits.id, auditId)).run();
    expect(await backend.call('audits.reopen', { id: auditId })).toMatchObject({ status: 'in_progress', closedAt: null });
    const auditLog = () => backend.call('changeLog.list', { entity: 'audit', entityId: auditId });
    const [reopening] = await auditLog();
    expect(reopening).toMatchObject({ method: 'audits.reopen', action: 'update', changes: { status: ['closed', 'in_progress'] } });
    const logLength = (await auditLog()).length;
    expect(await backend.call('audits.reopen', { id: auditId })).toMatchObject({ status: 'in_progress' });
    expect((await auditLog()).length, 'reopening an audit in progress records nothing').toBe(logLength);
    for (const method of ['audits.close', 'audits.reopen']) {
      expect(await backend.dispatch(method, { id: '00000000-0000-4000-8000-000000000000' }), method).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Không tìm thấy cuộc kiểm tra.', text: { key: 'errors.notFound', params: { what: { key: 'errors.thing.audit' } } } },
      });
    }
    expect((await backend.call('audits.saveResponse', { auditId, itemId: version.items['A.1']!, conformity: 'kph_nhe' })).conformity).toBe('kph_nhe');
  });
});

describe('the summary', () => {
  it('gives results per section, findings per class, indicators met or not, and the score over items with points', async () => {
    backend = await startTestBackend();
    const audit = await startSampleAudit(backend);
    await answerAll(backend, audit);
    await backend.call('findings.create', { auditId: audit.auditId, itemId: audit.version.items['B.4']!, findingClass: 'kph_nang', description: 'Thiếu phiếu', requiresAction: true });
    await backend.call('findings.create', { auditId: audit.auditId, findingClass: 'co_hoi_cai_tien', description: 'Số hóa sổ theo dõi', requiresAction: false });
    await backend.call('audits.update', { id: audit.auditId, unitComments: 'Đơn vị thống nhất và cam kết khắc phục trong 15 ngày.' });
    const report = await backend.call('audits.report', { auditId: audit.auditId });
    expect(report.sections.map((s) => ({ code: s.code, total: s.total, answered: s.answered, points: s.points, met: s.indicatorsMet, notMet: s.indicatorsNotMet, yes: s.yes, no: s.no }))).toEqual([
      { code: 'A', total: 2, answered: 2, points: { earned: 3, possible: 3 }, met: 1, notMet: 0, yes: 0, no: 0 },
      { code: 'B', total: 4, answered: 4, points: { earned: 0, possible: 4 }, met: 0, notMet: 1, yes: 0, no: 1 },
      { code: 'C', total: 1, answered: 1, points: null, met: 0, notMet: 0, yes: 0, no: 0 },
    ]);
    expect(report.sections[1]!.results).toMatchObject({ kph_nang: 1, khong_ap_dung: 1, phu_hop: 0 });
    expect(report.findingCounts).toEqual({ kph_nang: 1, kph_nhe: 0, diem_luu_y: 0, co_hoi_cai_tien: 1 });
    expect(report.indicators.map((i) => [i.code, i.value, i.met, i.notApplicable])).toEqual([
      ['A.2', 2, true, false],
      ['B.1', 97.5, false, false],
      ['B.2', null, null, true],
    ]);
    expect(report.score).toEqual({ earned: 3, possible: 7, percent: 42.9 });
    expect(report.unitComments).toBe('Đơn vị thống nhất và cam kết khắc phục trong 15 ngày.');
    expect(report.closeBlockers).toEqual([]);
  });
});
