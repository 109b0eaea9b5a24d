import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function workbook(rows: (string | boolean | null)[][], sheetName = 'Đơn vị'): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('units from Excel', () => {
  it('imports a new ward’s units with headers in any order; an empty scope follows the category, an empty ISO means yes', async () => {
    backend = await startTestBackend({ setUp: false });
    const base64 = await workbook([
      ['Loại hình', 'Tên đơn vị', 'Mã đơn vị', 'Kiểm tra CCHC', 'Áp dụng ISO', 'Ghi chú'],
      ['Cơ quan chuyên môn', 'Văn phòng HĐND và UBND xã', 'VP', '', '', 'cột lạ bị bỏ qua'],
      ['to chuc hanh chinh', 'Trung tâm Phục vụ hành chính công', 'PVHCC', null, 'Có', null],
      ['Đơn vị sự nghiệp công lập', 'Trường Tiểu học Đông Hưng', 'THDH', '', 'Không', null],
      ['Đơn vị sự nghiệp công lập', 'Trạm Y tế xã', 'TYT', 'Có', '', null],
      [],
      ['Khác', 'Hội Nông dân xã', 'HND', '', '', null],
    ]);
    const created = await backend.call('units.importXlsx', { fileName: 'don-vi.xlsx', base64 });
    expect(created.map((unit) => [unit.code, unit.category, unit.inCchcScope, unit.isoApplying])).toEqual([
      ['VP', 'co_quan_chuyen_mon', true, true],
      ['PVHCC', 'to_chuc_hanh_chinh', true, true],
      ['THDH', 'don_vi_su_nghiep', false, false],
      ['TYT', 'don_vi_su_nghiep', true, true],
      ['HND', 'khac', false, true],
    ]);
    expect((await backend.call('units.list', {})).map((unit) => unit.code)).toEqual(['VP', 'PVHCC', 'THDH', 'TYT', 'HND']);
  });

  it('lists every problem with its row number in Vietnamese and imports nothing', async () => {
    backend = await startTestBackend();
    const base64 = await workbook([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại hình', 'Kiểm tra CCHC'],
      ['A1', 'Đơn vị một', 'Phòng ban', ''],
      ['A 2', 'Đơn vị hai', 'Khác', 'có lẽ'],
      ['vp', 'Đơn vị ba', 'Khác', ''],
      ['A4', 'Đơn vị bốn', 'Khác', ''],
      ['A4', 'Phòng Văn hóa - Xã hội', '', ''],
    ]);
    const result = await backend.dispatch('units.importXlsx', { fileName: 'don-vi.xlsx', base64 });
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : (result.error.issues ?? []).map((issue) => issue.message);
    expect(messages).toEqual([
      'Dòng 2, cột "Loại hình": "Phòng ban" không phải là loại hình; dùng một trong: Cơ quan chuyên môn, Tổ chức hành chính, Đơn vị sự nghiệp công lập, Khác',
      'Dòng 3, cột "Kiểm tra CCHC": phải là "Có" hoặc "Không" (đang là "có lẽ")',
      'Dòng 3, cột "Mã đơn vị": Mã đơn vị chỉ gồm chữ, chữ số, dấu gạch dưới và gạch nối',
      'Dòng 4, cột "Mã đơn vị": mã "vp" đã có trong danh sách đơn vị',
      'Dòng 6, cột "Loại hình": chưa ghi loại hình (Cơ quan chuyên môn, Tổ chức hành chính, Đơn vị sự nghiệp công lập, Khác)',
    ]);
    expect(result.ok ? '' : result.error.message).toMatch(/có 5 lỗi nên chưa nhập đơn vị nào/);
    expect((await backend.call('units.list', {})).map((unit) => unit.code)).toEqual(['VP', 'KTHTDT', 'VHXH', 'PVHCC', 'DVTH']);
  });

  it('says which rows repeat each other, and refuses a file that is not .xlsx or lacks a required column', async () => {
    backend = await startTestBackend({ setUp: false });
    const repeated = await workbook([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại hình'],
      ['A1', 'Đơn vị một', 'Khác'],
      ['a1', 'Đơn vị một', 'Khác'],
    ]);
    const repeatedResult = await backend.dispatch('units.importXlsx', { fileName: 'x.xlsx', base64: repeated });
    expect(JSON.stringify(repeatedResult)).toContain('Dòng 3, cột \\"Mã đơn vị\\": mã \\"a1\\" trùng với dòng 2');
    expect(JSON.stringify(repeatedResult)).toContain('Dòng 3, cột \\"Tên đơn vị\\": tên \\"Đơn vị một\\" trùng với dòng 2');

    const noCategory = await workbook([['Mã đơn vị', 'Tên đơn vị'], ['A1', 'Đơn vị một']]);
    expect(JSON.stringify(await backend.dispatch('units.importXlsx', { fileName: 'x.xlsx', base64: noCategory }))).toContain('Dòng 1: thiếu cột bắt buộc \\"Loại hình\\"');
    const csv = Buffer.from('Mã đơn vị,Tên đơn vị\nA1,Đơn vị').toString('base64');
    expect(JSON.stringify(await backend.dispatch('units.importXlsx', { fileName: 'don-vi.csv', base64: csv }))).toContain('không phải là tệp Excel .xlsx');
    expect(await backend.call('units.list', {})).toEqual([]);
  });
});
