import type ExcelJS from 'exceljs';
import type { DueState } from '../../../shared/rules/actionStates';
import { loadExcelJs } from '../../workers/heavyLibraries';

/** One board row as it goes into the sheet: plain values, so it crosses to a worker thread. */
export interface BoardSheetRow {
  dueState: DueState;
  cells: Record<string, string | number | Date | null>;
}

export interface BoardWorkbookContent {
  title: string;
  subtitle: string;
  createdAt: Date;
  rows: BoardSheetRow[];
}

const columns: Partial<ExcelJS.Column>[] = [
  { header: 'STT', key: 'index', width: 6 },
  { header: 'Đơn vị chịu trách nhiệm', key: 'unit', width: 28 },
  { header: 'Người chịu trách nhiệm', key: 'owner', width: 22 },
  { header: 'Cuộc kiểm tra', key: 'audit', width: 34 },
  { header: 'Loại', key: 'kind', width: 20 },
  { header: 'Năm', key: 'year', width: 8 },
  { header: 'Phát hiện số', key: 'findingNumber', width: 10 },
  { header: 'Phân loại', key: 'findingClass', width: 20 },
  { header: 'Nội dung phát hiện', key: 'finding', width: 44 },
  { header: 'Khắc phục tức thời', key: 'correction', width: 36 },
  { header: 'Nguyên nhân gốc rễ', key: 'rootCause', width: 36 },
  { header: 'Kế hoạch hành động', key: 'plan', width: 44 },
  { header: 'Hạn hoàn thành', key: 'dueDate', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
  { header: 'Trạng thái', key: 'status', width: 24 },
  { header: 'Tình trạng hạn', key: 'dueState', width: 18 },
  { header: 'Số ngày mở', key: 'ageDays', width: 10 },
  { header: 'Bằng chứng hoàn thành', key: 'evidence', width: 40 },
  { header: 'Người xác minh', key: 'verifier', width: 22 },
  { header: 'Ngày xác minh', key: 'verificationDate', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
  { header: 'Kết quả xác minh', key: 'verificationResult', width: 18 },
];

const HEADER_ROW = 4;

/** Light fills behind the words, in the board's colours: red for overdue, amber for due soon. */
const dueStateFill: Partial<Record<DueState, string>> = { overdue: 'FFFDE2E2', due_soon: 'FFFFF1D6' };

/** The board's workbook, with a title and the filters above the table; runs on a worker thread. */
export async function writeBoardWorkbook({ title, subtitle, createdAt, rows }: BoardWorkbookContent): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet('Hành động khắc phục', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns;
  sheet.spliceRows(1, 0, [], [], []);
  sheet.mergeCells(1, 1, 1, 12);
  Object.assign(sheet.getCell(1, 1), { value: title, font: { bold: true, size: 14 } });
  sheet.mergeCells(2, 1, 2, 12);
  sheet.getCell(2, 1).value = subtitle;
  const header = sheet.getRow(HEADER_ROW);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of rows) {
    const added = sheet.addRow(row.cells);
    added.alignment = { vertical: 'top', wrapText: true };
    const fill = dueStateFill[row.dueState];
    if (fill) added.getCell('dueState').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
