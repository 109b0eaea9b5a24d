import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { checklistColumns } from '../../electron/shared/workbooks/checklistWorkbookLayout';
import type { ChecklistVersionDetail } from '../../electron/shared/contract/checklists';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

const structure = (detail: ChecklistVersionDetail) =>
  detail.sections.map(({ id: _id, items, ...section }) => ({ ...section, items: items.map(({ id: _i, sectionId: _s, ...item }) => item) }));

const allHeaders = checklistColumns.map((c) => c.header);

/** A workbook as a provincial office might hand it over: a header row, then one row per question. */
async function workbook(rows: (string | number | null)[][], headers: string[] = allHeaders, edit?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục kiểm tra');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** A row by column header, in the full layout. */
function row(values: Partial<Record<(typeof checklistColumns)[number]['key'], string | number>>): (string | number | null)[] {
  return checklistColumns.map((c) => values[c.key] ?? null);
}

const good = (code: string, extra: Partial<Record<(typeof checklistColumns)[number]['key'], string | number>> = {}) =>
  row({ sectionCode: '1', sectionTitle: 'Chỉ đạo điều hành', code, question: `Câu hỏi ${code}?`, answerType: 'Thang phù hợp', ...extra });

async function snapshot() {
  return { templates: await backend.call('checklists.list', { includeRetired: true }), log: await backend.call('changeLog.list', { limit: 1000 }) };
}

async function importNew(fileName: string, base64: string) {
  return backend.dispatch('checklists.importXlsx', { fileName, base64, target: { kind: 'newTemplate', code: 'NHAP', name: 'Danh mục nhập', purpose: 'CCHC', year: 2026 } });
}

async function problemsOf(fileName: string, base64: string): Promise<string[]> {
  const before = await snapshot();
  const preview = await backend.call('checklists.previewImport', { fileName, base64 });
  const result = await importNew(fileName, base64);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  expect(result.error.message).toMatch(/chưa nhập gì/);
  expect(result.error.issues?.map((i) => i.message)).toEqual(preview.problems.map((p) => p.message));
  expect(await snapshot()).toEqual(before);
  return preview.problems.map((p) => p.message);
}

describe('checklists in Excel', () => {
  it('round trip: every built-in checklist exported and imported again has the identical structure', async () => {
    backend = await startTestBackend();
    for (const template of await backend.call('checklists.list', {})) {
      const original = await backend.call('checklists.getVersion', { id: template.published!.id });
      const file = await backend.call('checklists.exportXlsx', { versionId: original.version.id });
      expect(file.fileName).toBe(`danh-muc-${template.code}-v1.xlsx`);
      const preview = await backend.call('checklists.previewImport', { fileName: file.fileName, base64: file.base64 });
      expect(preview).toMatchObject({ problems: [], sectionCount: original.sections.length, itemCount: original.version.itemCount });
      expect(preview.suggested).toEqual({ code: template.code, name: template.name, purpose: template.purpose, description: template.description, year: original.version.year });
      const imported = await backend.call('checklists.importXlsx', {
        fileName: file.fileName,
        base64: file.base64,
        target: { kind: 'newTemplate', code: `${template.code}-NHAP`, name: `${template.name} (nhập)`, purpose: template.purpose, year: original.version.year },
      });
      const copy = await backend.call('checklists.getVersion', { id: imported.versionId });
      expect(copy.version.status).toBe('draft');
      expect(structure(copy)).toEqual(structure(original));
    }
  });

  it('round trip keeps retired items, points, units, empty sections and new versions of an existing template', async () => {
    backend = await startTestBackend();
    const template = await backend.call('checklists.createTemplate', { code: 'BCS', name: 'Bộ chỉ số', purpose: 'CCHC', year: 2026 });
    const versionId = template.versions[0]!.id;
    const section = await backend.call('checklists.addSection', { versionId, code: '3', title: 'Cải cách TTHC' });
    await backend.call('checklists.addSection', { versionId, code: '8', title: 'Tác động' });
    await backend.call('checklists.addItem', { sectionId: section.id, code: '3.10', reference: '3.10', question: 'Mức độ hài lòng', answerType: 'numeric', numericUnit: '%', comparator: '>=', threshold: 98.5, points: 1.5, evidenceRequired: true });
    const retired = await backend.call('checklists.addItem', { sectionId: section.id, code: '3.11', question: 'Câu cũ?', answerType: 'yes_no', usuallyNotApplicable: true, notApplicableHint: 'Không có hồ sơ' });
    await backend.call('checklists.setItemRetired', { id: retired.id, retired: true });
    const original = await backend.call('checklists.getVersion', { id: versionId });
    const file = await backend.call('checklists.exportXlsx', { versionId });
    await backend.call('checklists.discardDraft', { id: versionId });
    const iso = (await backend.call('checklists.list', { purpose: 'ISO' }))[0]!;
    const asNewVersion = await backend.call('checklists.importXlsx', { fileName: 'bcs.xlsx', base64: file.base64, target: { kind: 'newVersion', templateId: iso.id } });
    expect(asNewVersion.templateId).toBe(iso.id);
    const copy = await backend.call('checklists.getVersion', { id: asNewVersion.versionId });
    expect(copy.version).toMatchObject({ version: 2, status: 'draft', year: 2026 });
    expect(structure(copy)).toEqual(structure(original));
    expect(copy.sections[0]!.items[0]).toMatchObject({ code: '3.10', threshold: 98.5, points: 1.5 });
  });

  it('reads numbers the way people type them: 99,5 and a cell formatted as 95%', async () => {
    backend = await startTestBackend();
    const base64 = await workbook(
      [good('A', { answerType: 'Số liệu', numericUnit: '%', comparator: '≥', threshold: '99,5' }), good('B', { answerType: 'so lieu', numericUnit: '%', comparator: '>=', threshold: 0.95 })],
      allHeaders,
      (sheet) => (sheet.getCell('L3').numFmt = '0%'),
    );
    const imported = await importNew('bo-chi-so.xlsx', base64);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const items = (await backend.call('checklists.getVersion', { id: (imported.value as { versionId: string }).versionId })).sections[0]!.items;
    expect(items.map((i) => [i.code, i.comparator, i.threshold])).toEqual([['A', '>=', 99.5], ['B', '>=', 95]]);
  });

  it('rejects a file with a missing column, naming the column, and imports nothing', async () => {
    backend = await startTestBackend();
    const headers = allHeaders.filter((h) => h !== 'Câu hỏi');
    const base64 = await workbook([row({ sectionCode: '1', sectionTitle: 'A', code: 'X', answerType: 'Có/Không' })], headers);
    expect(await problemsOf('thieu-cot.xlsx', base64)).toEqual(['Dòng 1: thiếu cột bắt buộc "Câu hỏi" ở dòng tiêu đề']);
  });

  it('rejects bad rows, every problem with its row number, and imports nothing', async () => {
    backend = await startTestBackend();
    const base64 = await workbook([
      good('1.1'),
      good('1.2', { answerType: 'Số liệu', numericUnit: '%', comparator: '>=', threshold: 'chín mươi' }),
      good('1.3', { question: '' }),
      good('1.1'),
      good('1.4', { answerType: 'Số liệu', numericUnit: '%', comparator: '>=', threshold: 140 }),
      good('1.5', { answerType: 'Chọn một' }),
      good('1.6', { answerType: 'Số liệu', numericUnit: '%', threshold: 50 }),
      good('1.7', { evidenceRequired: 'Chắc chắn' }),
      good('1.8', { sectionTitle: 'Tên khác' }),
      [],
      good('1.9', { points: -2 }),
    ]);
    expect(await problemsOf('bo-chi-so-loi.xlsx', base64)).toEqual([
      'Dòng 3, cột "Ngưỡng": "chín mươi" không phải là số',
      'Dòng 4, cột "Câu hỏi": Câu hỏi không được để trống',
      'Dòng 5, cột "Mã câu hỏi": mã "1.1" trùng với dòng 2',
      'Dòng 6, cột "Ngưỡng": Ngưỡng phần trăm phải từ 0 đến 100',
      'Dòng 7, cột "Kiểu trả lời": "Chọn một" không phải là kiểu trả lời; dùng một trong: Thang phù hợp, Số liệu, Có/Không, Văn bản',
      'Dòng 8, cột "Phép so sánh": Chỉ tiêu số liệu cần phép so sánh',
      'Dòng 9, cột "Bắt buộc bằng chứng": phải là "Có" hoặc "Không" (đang là "Chắc chắn")',
      'Dòng 10: phần "1" đã có tên "Chỉ đạo điều hành" ở dòng 2; mỗi phần chỉ có một tên',
      'Dòng 12, cột "Điểm": Điểm không được âm',
    ]);
  });

  it('rejects what is not an .xlsx at all, clearly, and imports nothing', async () => {
    backend = await startTestBackend();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n').toString('base64');
    expect(await problemsOf('bien-ban.pdf', pdf)).toEqual([
      'Tệp "bien-ban.pdf" không phải là tệp Excel .xlsx. Hãy chọn tệp .xlsx theo mẫu (có thể xuất một danh mục ra Excel để lấy mẫu).',
    ]);
    expect(await problemsOf('doi-ten.xlsx', Buffer.from('Mã phần;Tên phần\n1;A\n').toString('base64'))).toEqual([
      'Tệp "doi-ten.xlsx" không phải là tệp Excel .xlsx. Hãy chọn tệp .xlsx theo mẫu (có thể xuất một danh mục ra Excel để lấy mẫu).',
    ]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]).toString('base64');
    expect((await problemsOf('cu.xls', xls))[0]).toMatch(/Excel 97–2003 \(\.xls\), chưa được hỗ trợ/);
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]).toString('base64');
    expect(await problemsOf('hong.xlsx', brokenZip)).toEqual(['Không đọc được tệp "hong.xlsx": tệp .xlsx bị hỏng hoặc không phải sổ làm việc Excel.']);
    expect(await problemsOf('trong.xlsx', await workbook([]))).toEqual(['Tệp không có câu hỏi nào: từ dòng 2 trở đi, mỗi dòng là một câu hỏi.']);
  });
});
