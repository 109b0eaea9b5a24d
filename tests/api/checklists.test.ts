import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function newDraft() {
  const template = await backend.call('checklists.createTemplate', { code: 'BCS-XA', name: 'Bộ chỉ số CCHC cấp xã', purpose: 'CCHC', description: 'Theo Quyết định 3083/QĐ-UBND', year: 2026 });
  const versionId = template.versions[0]!.id;
  const a = await backend.call('checklists.addSection', { versionId, code: 'A', title: 'Chỉ đạo điều hành' });
  const b = await backend.call('checklists.addSection', { versionId, code: 'B', title: 'Cải cách TTHC' });
  return { template, versionId, a, b };
}

const codesOf = async (versionId: string) => (await backend.call('checklists.getVersion', { id: versionId })).sections.map((s) => `${s.code}:${s.items.map((i) => i.code).join(',')}`);

describe('editing a draft', () => {
  it('adds, edits, reorders (within and across sections), retires and deletes items, and logs every change', async () => {
    backend = await startTestBackend();
    const { versionId, a, b } = await newDraft();
    const first = await backend.call('checklists.addItem', { sectionId: a.id, code: 'A1', question: 'Kế hoạch CCHC được ban hành đúng hạn?', answerType: 'yes_no', points: 2 });
    await backend.call('checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Tỷ lệ nhiệm vụ hoàn thành', answerType: 'numeric', numericUnit: '%', comparator: '>=', threshold: 90, points: 3 });
    await backend.call('checklists.addItem', { sectionId: a.id, code: 'A3', question: 'Ghi chú của đoàn', answerType: 'text' });
    const b1 = await backend.call('checklists.addItem', { sectionId: b.id, code: 'B1', question: 'TTHC được công khai đầy đủ?', answerType: 'conformity', evidenceRequired: true });
    expect(first).toMatchObject({ reference: '', guidance: '', numericUnit: null, comparator: null, threshold: null, points: 2, retired: false, sortOrder: 0 });
    expect(await codesOf(versionId)).toEqual(['A:A1,A2,A3', 'B:B1']);

    await backend.call('checklists.moveItem', { id: first.id, sectionId: a.id, toIndex: 2 });
    expect(await codesOf(versionId)).toEqual(['A:A2,A3,A1', 'B:B1']);
    await backend.call('checklists.moveItem', { id: first.id, sectionId: b.id, toIndex: 0 });
    expect(await codesOf(versionId)).toEqual(['A:A2,A3', 'B:A1,B1']);
    await backend.call('checklists.moveItem', { id: b1.id, sectionId: b.id, toIndex: 99 });
    expect(await codesOf(versionId)).toEqual(['A:A2,A3', 'B:A1,B1']);
    await backend.call('checklists.moveSection', { id: b.id, toIndex: 0 });
    expect(await codesOf(versionId)).toEqual(['B:A1,B1', 'A:A2,A3']);

    const edited = await backend.call('checklists.updateItem', { id: first.id, question: 'Kế hoạch CCHC năm được ban hành trước 31/01?', reference: '1.1' });
    expect(edited).toMatchObject({ question: 'Kế hoạch CCHC năm được ban hành trước 31/01?', reference: '1.1', points: 2, answerType: 'yes_no' });
    expect((await backend.call('checklists.setItemRetired', { id: b1.id, retired: true })).retired).toBe(true);
    const version = await backend.call('checklists.getVersion', { id: versionId });
    expect(version.version.itemCount).toBe(3);
    await backend.call('checklists.deleteItem', { id: first.id });
    expect(await codesOf(versionId)).toEqual(['B:B1', 'A:A2,A3']);
    expect(await backend.call('checklists.deleteSection', { id: a.id })).toEqual({ deletedItems: 2 });
    expect(await codesOf(versionId)).toEqual(['B:B1']);

    const log = await backend.call('changeLog.list', { limit: 30 });
    expect(log.slice(0, 5).map((e) => [e.method, e.entity, e.action])).toEqual([
      ['checklists.deleteSection', 'checklist_section', 'delete'],
      ['checklists.deleteItem', 'checklist_item', 'delete'],
      ['checklists.setItemRetired', 'checklist_item', 'update'],
      ['checklists.updateItem', 'checklist_item', 'update'],
      ['checklists.moveSection', 'checklist_section', 'update'],
    ]);
    expect(log[3]?.changes).toEqual({ question: ['Kế hoạch CCHC được ban hành đúng hạn?', 'Kế hoạch CCHC năm được ban hành trước 31/01?'], reference: ['', '1.1'] });
  });

  it('refuses bad input with Vietnamese messages by field, and changes nothing', async () => {
    backend = await startTestBackend();
    const { template, versionId, a } = await newDraft();
    const numeric = await backend.call('checklists.addItem', { sectionId: a.id, code: 'A1', question: 'Tỷ lệ hồ sơ đúng hạn', answerType: 'numeric', numericUnit: '%', comparator: '>', threshold: 99 });
    const before = await backend.call('checklists.getVersion', { id: versionId });
    const cases: [string, unknown, string, RegExp][] = [
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: '   ', answerType: 'yes_no' }, 'question', /Câu hỏi không được để trống/],
      ['checklists.addItem', { sectionId: a.id, code: 'A 2', question: 'Có?', answerType: 'yes_no' }, 'code', /không có khoảng trắng/],
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Có?', answerType: 'chon_mot' }, 'answerType', /Kiểu trả lời phải là/],
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Tỷ lệ?', answerType: 'numeric', numericUnit: '%', threshold: 80 }, 'comparator', /cần phép so sánh/],
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Tỷ lệ?', answerType: 'numeric', numericUnit: '%', comparator: '>=' }, 'threshold', /cần ngưỡng/],
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Tỷ lệ?', answerType: 'numeric', numericUnit: '%', comparator: '>=', threshold: 140 }, 'threshold', /từ 0 đến 100/],
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Có?', answerType: 'yes_no', threshold: 5 }, 'threshold', /Chỉ câu hỏi kiểu số liệu mới có ngưỡng/],
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Có?', answerType: 'yes_no', points: -1 }, 'points', /Điểm không được âm/],
      ['checklists.addItem', { sectionId: a.id, code: 'A2', question: 'Có?', answerType: 'yes_no', usuallyNotApplicable: true }, 'notApplicableHint', /Nêu lý do/],
      ['checklists.addItem', { sectionId: a.id, code: 'a1', question: 'Trùng mã?', answerType: 'yes_no' }, 'code', /Mã câu hỏi "a1" đã có trong phiên bản này/],
      ['checklists.updateItem', { id: numeric.id, answerType: 'yes_no' }, 'comparator', /Chỉ câu hỏi kiểu số liệu mới có phép so sánh/],
      ['checklists.updateItem', { id: numeric.id, threshold: null }, 'threshold', /cần ngưỡng/],
      ['checklists.updateItem', { id: numeric.id }, '', /Không có thay đổi nào để lưu/],
      ['checklists.addSection', { versionId, code: 'a', title: 'Trùng' }, 'code', /Mã phần "a" đã có/],
      ['checklists.addSection', { versionId, code: 'C', title: '' }, 'title', /Tên phần không được để trống/],
      ['checklists.moveItem', { id: numeric.id, sectionId: a.id, toIndex: -1 }, 'toIndex', /Vị trí không được âm/],
      ['checklists.createTemplate', { code: 'bcs-xa', name: 'Trùng mã', purpose: 'CCHC', year: null }, 'code', /Mã danh mục "bcs-xa" đã được dùng/],
      ['checklists.createTemplate', { code: 'MOI', name: 'Sai mục đích', purpose: 'KHAC', year: null }, 'purpose', /Mục đích phải là ISO, CCHC hoặc TTHC/],
      ['checklists.createTemplate', { code: 'MOI', name: 'Năm sai', purpose: 'ISO', year: 1999 }, 'year', /Năm phải từ 2000/],
      ['checklists.updateTemplate', { id: template.id, name: '' }, 'name', /Tên danh mục không được để trống/],
      ['checklists.clone', { versionId, code: 'ISO9001-DGNB', name: 'Trùng mã dựng sẵn', year: 2027 }, 'code', /đã được dùng/],
    ];
    for (const [method, input, field, message] of cases) {
      const result = await backend.dispatch(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((i) => i.path === field)?.message, `${method} ${field}`).toMatch(message);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await backend.dispatch('checklists.getVersion', { id: missing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy phiên bản danh mục.' } });
    expect(await backend.dispatch('checklists.updateItem', { id: missing, question: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy câu hỏi.' } });
    const otherDraft = await backend.call('checklists.createTemplate', { code: 'KHAC', name: 'Danh mục khác', purpose: 'ISO', year: null });
    const otherSection = await backend.call('checklists.addSection', { versionId: otherDraft.versions[0]!.id, code: '1', title: 'Phần' });
    expect(await backend.dispatch('checklists.moveItem', { id: numeric.id, sectionId: otherSection.id, toIndex: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Chỉ chuyển được câu hỏi giữa các phần của cùng một bản nháp.' },
    });
    expect(await backend.call('checklists.getVersion', { id: versionId })).toEqual(before);
  });

  it('lists templates by purpose and search without diacritics, and hides retired ones unless asked', async () => {
    backend = await startTestBackend();
    expect((await backend.call('checklists.list', { search: 'quy trinh noi bo' })).map((t) => t.code)).toEqual(['TTHC-SXQT']);
    expect((await backend.call('checklists.list', { purpose: 'ISO' })).map((t) => t.code)).toEqual(['ISO9001-DGNB']);
    const { template } = await newDraft();
    expect((await backend.call('checklists.list', { publishedOnly: true })).some((t) => t.id === template.id)).toBe(false);
    const tthc = (await backend.call('checklists.list', { purpose: 'TTHC' }))[0]!;
    await backend.call('checklists.setTemplateRetired', { id: tthc.id, retired: true });
    expect((await backend.call('checklists.list', {})).some((t) => t.id === tthc.id)).toBe(false);
    expect((await backend.call('checklists.list', { includeRetired: true })).find((t) => t.id === tthc.id)?.retired).toBe(true);
    const renamed = await backend.call('checklists.updateTemplate', { id: template.id, name: 'Bộ chỉ số CCHC cấp xã tỉnh Hà Tĩnh' });
    expect(renamed).toMatchObject({ name: 'Bộ chỉ số CCHC cấp xã tỉnh Hà Tĩnh', description: 'Theo Quyết định 3083/QĐ-UBND', code: 'BCS-XA' });
  });
});
