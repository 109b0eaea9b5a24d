import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { insertAuditWithFindings, insertPerson } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function reopen(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Hành động khắc phục');
  if (!sheet) throw new Error('sheet missing');
  return sheet;
}

const HEADER_ROW = 4;
const texts = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('export of the board to .xlsx', () => {
  it('writes the filtered rows, in the board’s order, with Vietnamese headers, dates and statuses', async () => {
    const clock = new Date('2026-06-15T03:00:00Z');
    backend = await startTestBackend({ now: () => clock });
    const audit = insertAuditWithFindings(backend.store, {
      kind: 'ISO',
      unitCode: 'VHXH',
      startDate: '2026-04-20',
      endDate: '2026-04-21',
      findings: [
        { findingClass: 'kph_nang', description: 'Chưa thực hiện đánh giá nội bộ năm 2025' },
        { findingClass: 'kph_nhe', description: 'Hồ sơ TTHC lưu chưa đủ thành phần' },
      ],
    });
    const owner = insertPerson(backend.store, 'Trần Thị Bích Ngọc', audit.unitId);
    const late = await backend.call('actions.create', {
      findingId: audit.findingIds[0]!,
      ownerUnitId: audit.unitId,
      ownerPersonId: owner,
      correction: 'Lập kế hoạch đánh giá bổ sung',
      rootCause: 'Chưa có chuyên gia đánh giá được đào tạo',
      actionPlan: 'Cử 2 công chức dự lớp chuyên gia đánh giá nội bộ',
      dueDate: '2026-06-10',
    });
    await backend.call('actions.create', { findingId: audit.findingIds[1]!, ownerUnitId: audit.unitId, dueDate: '2026-06-20' });
    const other = insertAuditWithFindings(backend.store, { kind: 'CCHC', unitCode: 'VP', startDate: '2026-05-04', endDate: '2026-05-05', findings: [{ description: 'Không thuộc bộ lọc' }] });
    await backend.call('actions.create', { findingId: other.findingIds[0]!, ownerUnitId: other.unitId });

    const file = await backend.call('actions.exportXlsx', { kind: 'ISO' });
    expect(file.fileName).toBe('hanh-dong-khac-phuc-2026-06-15.xlsx');
    expect(file.rowCount).toBe(2);
    const sheet = await reopen(file.base64);

    expect(sheet.getCell('A1').value).toBe('DANH SÁCH HÀNH ĐỘNG KHẮC PHỤC');
    expect(String(sheet.getCell('A2').value)).toBe('Xuất lúc 15/06/2026 10:00. Trạng thái: Đang mở; Loại: Đánh giá nội bộ ISO. Số hành động: 2.');
    expect(texts(sheet, HEADER_ROW).slice(0, 16)).toEqual([
      'STT',
      'Đơn vị chịu trách nhiệm',
      'Người chịu trách nhiệm',
      'Cuộc kiểm tra',
      'Loại',
      'Năm',
      'Phát hiện số',
      'Phân loại',
      'Nội dung phát hiện',
      'Khắc phục tức thời',
      'Nguyên nhân gốc rễ',
      'Kế hoạch hành động',
      'Hạn hoàn thành',
      'Trạng thái',
      'Tình trạng hạn',
      'Số ngày mở',
    ]);
    expect(texts(sheet, HEADER_ROW + 1).slice(0, 16)).toEqual([
      1,
      'Phòng Văn hóa - Xã hội',
      'Trần Thị Bích Ngọc',
      'Đánh giá nội bộ ISO 9001 năm 2026',
      'Đánh giá nội bộ ISO',
      2026,
      1,
      'Không phù hợp nặng',
      'Chưa thực hiện đánh giá nội bộ năm 2025',
      'Lập kế hoạch đánh giá bổ sung',
      'Chưa có chuyên gia đánh giá được đào tạo',
      'Cử 2 công chức dự lớp chuyên gia đánh giá nội bộ',
      new Date('2026-06-10T00:00:00Z'),
      'Mới',
      'Quá hạn 5 ngày',
      0,
    ]);
    expect(sheet.getRow(HEADER_ROW + 1).getCell(13).numFmt).toBe('dd/mm/yyyy');
    expect(texts(sheet, HEADER_ROW + 2).slice(0, 3)).toEqual([2, 'Phòng Văn hóa - Xã hội', '']);
    expect(sheet.getRow(HEADER_ROW + 2).getCell(15).value).toBe('Còn 5 ngày');
    expect(sheet.getRow(HEADER_ROW + 3).getCell(1).value).toBeNull();
    expect(sheet.getRow(HEADER_ROW + 1).getCell(15).fill).toMatchObject({ fgColor: { argb: 'FFFDE2E2' } });
    expect(late.dueState).toBe('overdue');
  });

  it('writes only the header when nothing matches', async () => {
    backend = await startTestBackend();
    const file = await backend.call('actions.exportXlsx', { status: 'closed' });
    expect(file.rowCount).toBe(0);
    const sheet = await reopen(file.base64);
    expect(sheet.getRow(HEADER_ROW).getCell(1).value).toBe('STT');
    expect(sheet.rowCount).toBe(HEADER_ROW);
  });
});
