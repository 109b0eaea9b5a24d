import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checklistColumns } from '../../electron/shared/workbooks/checklistWorkbookLayout';
import { checklistImportLimits } from '../../electron/shared/contract/importLimits';
import type * as workbookModule from '../../electron/backend/modules/checklists/readChecklistWorkbook';
import { loadLanguage, localize } from '../../electron/shared/i18n/catalog';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

/** Calls on this thread are recorded: the workbook must be read on a worker thread, which loads its own copy. */
const readOnApiThread = vi.hoisted(() => vi.fn());
vi.mock('../../electron/backend/modules/checklists/readChecklistWorkbook', async (original) => {
  const actual = await original<typeof workbookModule>();
  return {
    ...actual,
    readChecklistWorkbook: (...args: Parameters<typeof actual.readChecklistWorkbook>) => {
      readOnApiThread(...args);
      return actual.readChecklistWorkbook(...args);
    },
  };
});

let backend: TestBackend;
beforeAll(async () => {
  await loadLanguage('en');
  backend = await startTestBackend();
});
afterAll(() => backend?.close());

const headers = checklistColumns.map((c) => c.header);
const column = (key: (typeof checklistColumns)[number]['key']) => checklistColumns.findIndex((c) => c.key === key);

/** A checklist sheet with this many question rows; long guidance makes each row cost something to parse. */
async function checklistFile(questions: number, edit?: (row: (string | null)[], index: number) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục kiểm tra');
  sheet.addRow(headers);
  for (let index = 1; index <= questions; index += 1) {
    const row: (string | null)[] = headers.map(() => null);
    row[column('sectionCode')] = String(Math.ceil(index / 100));
    row[column('sectionTitle')] = `Phần ${Math.ceil(index / 100)}`;
    row[column('code')] = `Q${index}`;
    row[column('question')] = `Câu hỏi số ${index}: đơn vị có thực hiện đúng quy trình nội bộ giải quyết thủ tục hành chính không?`;
    row[column('guidance')] = `Hướng dẫn ${index}: xem sổ theo dõi, phiếu kiểm soát quá trình và kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC.`;
    row[column('answerType')] = 'Thang phù hợp';
    edit?.(row, index);
    sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function snapshot() {
  return { templates: await backend.call('checklists.list', { includeRetired: true }), log: await backend.call('changeLog.list', { limit: 1000 }) };
}

const importNew = (fileName: string, base64: string) =>
  backend.dispatch('checklists.importXlsx', { fileName, base64, target: { kind: 'newTemplate', code: 'NHAP', name: 'Danh mục nhập', purpose: 'CCHC', year: 2026 } });

describe('limits on an imported checklist', () => {
  it(`refuses a sheet over ${checklistImportLimits.maxSheetRows} rows before reading it, and imports nothing`, async () => {
    const before = await snapshot();
    // The header row and 5,000 questions: one row over the limit.
    const file = await checklistFile(checklistImportLimits.maxSheetRows);
    const preview = await backend.call('checklists.previewImport', { fileName: 'qua-dai.xlsx', base64: file });
    expect(preview.problems.map(({ row, message }) => ({ row, message }))).toEqual([
      { row: 0, message: 'Tệp "qua-dai.xlsx" có trang tính dài hơn 5.000 dòng, quá giới hạn của một danh mục kiểm tra. Hãy xóa các dòng thừa hoặc tách thành nhiều danh mục.' },
    ]);
    expect(localize(preview.problems[0]!.text!, 'en')).toBe(
      'The file "qua-dai.xlsx" has a worksheet longer than 5,000 rows, over the limit for a checklist. Delete the extra rows or split it into several checklists.',
    );
    expect(preview.itemCount).toBe(0);
    expect(await importNew('qua-dai.xlsx', file)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('dài hơn 5.000 dòng') } });
    expect(await snapshot()).toEqual(before);
  });

  it('reads a sheet of exactly 5,000 rows', async () => {
    const preview = await backend.call('checklists.previewImport', { fileName: 'vua-du.xlsx', base64: await checklistFile(checklistImportLimits.maxSheetRows - 1) });
    expect(preview).toMatchObject({ problems: [], itemCount: checklistImportLimits.maxSheetRows - 1 });
  });

  it('refuses a file over 10 MB by its size, before looking inside', async () => {
    const before = await snapshot();
    const justOver = Buffer.alloc(checklistImportLimits.maxFileBytes + 1, 0x50).toString('base64');
    const preview = await backend.call('checklists.previewImport', { fileName: 'lon.xlsx', base64: justOver });
    expect(preview.problems.map(({ row, message }) => ({ row, message }))).toEqual([
      { row: 0, message: 'Tệp "lon.xlsx" nặng 10 MB, quá giới hạn 10 MB của tệp danh mục kiểm tra (thường chỉ vài trăm KB).' },
    ]);
    expect(localize(preview.problems[0]!.text!, 'en')).toBe('The file "lon.xlsx" is 10 MB, over the 10 MB limit for a checklist file (one is usually a few hundred KB).');
    const muchLarger = Buffer.alloc(checklistImportLimits.maxFileBytes + 1024 * 1024, 0x50).toString('base64');
    expect(await importNew('rat-lon.xlsx', muchLarger)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'base64', message: 'Tệp lớn hơn 10 MB; tệp danh mục kiểm tra thường chỉ vài trăm KB' }] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('checks the text of every cell with the same rules as typed text', async () => {
    const file = await checklistFile(3, (row, index) => {
      if (index === 2) row[column('question')] = 'Câu hỏi \u202Eđảo chiều';
      if (index === 3) row[column('code')] = 'Q\n3';
    });
    const preview = await backend.call('checklists.previewImport', { fileName: 'ky-tu-la.xlsx', base64: file });
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Dòng 3, cột "Câu hỏi": Câu hỏi chứa ký tự đảo chiều văn bản (U+202A–U+202E, U+2066–U+2069), không được phép',
      'Dòng 4, cột "Mã câu hỏi": Mã câu hỏi chỉ được viết trên một dòng, không có dấu xuống dòng hay tab',
    ]);
  });

  it('parses a large workbook on a worker thread, and keeps answering other calls meanwhile', async () => {
    const file = await checklistFile(checklistImportLimits.maxSheetRows - 1);
    let previewDone = false;
    const preview = backend.call('checklists.previewImport', { fileName: 'lon.xlsx', base64: file }).then((value) => {
      previewDone = true;
      return value;
    });
    // Each call is started as a new event-loop turn, as a request from the window would be.
    const answeredDuringParse: boolean[] = [];
    for (let call = 0; call < 5; call += 1) {
      const units = await new Promise<unknown[]>((resolve, reject) => {
        setImmediate(() => backend.call('units.list', {}).then(resolve, reject));
      });
      expect(units.length).toBeGreaterThan(0);
      answeredDuringParse.push(!previewDone);
    }
    expect(answeredDuringParse).toEqual([true, true, true, true, true]);
    expect((await preview).itemCount).toBe(checklistImportLimits.maxSheetRows - 1);
    expect(readOnApiThread).not.toHaveBeenCalled();
  });
});
