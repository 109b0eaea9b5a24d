import type ExcelJS from 'exceljs';
import type { ProgrammeView } from '../../../shared/contract/programme';
import { weekdayName } from '../../documents';
import { selectionReasonText } from './selectionWords';
import { loadExcelJs } from '../../workers/heavyLibraries';

const kindNames = { CCHC: 'Kiểm tra CCHC', ISO: 'Đánh giá ISO 9001' } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };

function titleRows(sheet: ExcelJS.Worksheet, title: string, subtitle: string, columnCount: number): void {
  sheet.spliceRows(1, 0, [], [], []);
  sheet.mergeCells(1, 1, 1, columnCount);
  Object.assign(sheet.getCell(1, 1), { value: title.toLocaleUpperCase('vi'), font: { bold: true, size: 14 } });
  sheet.mergeCells(2, 1, 2, columnCount);
  sheet.getCell(2, 1).value = subtitle;
  const header = sheet.getRow(4);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
}

function scheduleSheet(workbook: ExcelJS.Workbook, programme: ProgrammeView, subtitle: string): void {
  const sheet = workbook.addWorksheet('Lịch kiểm tra', {
    views: [{ state: 'frozen', ySplit: 4 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { header: 'STT', key: 'index', width: 6 },
    { header: 'Ngày', key: 'date', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Thứ', key: 'weekday', width: 10 },
    { header: 'Loại', key: 'kind', width: 18 },
    { header: 'Đơn vị được kiểm tra', key: 'unit', width: 34 },
    { header: 'Nội dung', key: 'content', width: 50 },
    { header: 'Trưởng đoàn', key: 'leader', width: 24 },
    { header: 'Thành viên', key: 'members', width: 40 },
    { header: 'Lý do chọn', key: 'reason', width: 44 },
    { header: 'Tình trạng', key: 'state', width: 16 },
  ];
  titleRows(sheet, programme.title, subtitle, 10);
  programme.entries.forEach((entry, index) => {
    const leader = entry.team.find((m) => m.role === 'truong_doan');
    const row = sheet.addRow({
      index: index + 1,
      date: new Date(`${entry.date}T00:00:00Z`),
      weekday: weekdayName(entry.date),
      kind: kindNames[entry.kind],
      unit: entry.unitName,
      content: entry.content,
      leader: leader?.fullName ?? '',
      members: entry.team
        .filter((m) => m !== leader)
        .map((m) => m.fullName)
        .join('; '),
      reason: selectionReasonText(entry.selection),
      state: entry.auditStarted ? 'Đã bắt đầu' : programme.status === 'approved' ? 'Sẵn sàng' : 'Dự thảo',
    });
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: 10 } };
}

function workloadSheet(workbook: ExcelJS.Workbook, programme: ProgrammeView, subtitle: string): void {
  const sheet = workbook.addWorksheet('Phân công cán bộ', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [
    { header: 'Họ và tên', key: 'name', width: 28 },
    { header: 'Đơn vị công tác', key: 'unit', width: 34 },
    { header: 'Số cuộc kiểm tra', key: 'total', width: 16 },
    { header: 'Làm Trưởng đoàn', key: 'leader', width: 16 },
  ];
  titleRows(sheet, `Phân công cán bộ, ${programme.title.charAt(0).toLocaleLowerCase('vi')}${programme.title.slice(1)}`, subtitle, 4);
  for (const row of programme.workload) sheet.addRow({ name: row.fullName, unit: row.unitName ?? '', total: row.total, leader: row.asLeader });
}

function rulesSheet(workbook: ExcelJS.Workbook, programme: ProgrammeView, subtitle: string): void {
  const sheet = workbook.addWorksheet('Kiểm tra quy tắc');
  sheet.columns = [
    { header: 'Mức độ', key: 'severity', width: 22 },
    { header: 'Nội dung', key: 'message', width: 110 },
  ];
  titleRows(sheet, 'Các quy tắc kế hoạch chưa đáp ứng', subtitle, 2);
  for (const violation of programme.violations) {
    sheet.addRow({ severity: violation.severity === 'hard' ? 'Lỗi (chặn phê duyệt)' : 'Cảnh báo', message: violation.message }).alignment = { wrapText: true, vertical: 'top' };
  }
  if (programme.violations.length === 0) sheet.addRow({ severity: 'Đạt', message: 'Kế hoạch đáp ứng mọi quy tắc.' });
}

/** The programme's workbook: schedule, workload and the plan rules; runs on a worker thread. */
export async function writeProgrammeWorkbook({ programme, createdAt, subtitle }: { programme: ProgrammeView; createdAt: Date; subtitle: string }): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.created = createdAt;
  scheduleSheet(workbook, programme, subtitle);
  workloadSheet(workbook, programme, subtitle);
  rulesSheet(workbook, programme, subtitle);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
