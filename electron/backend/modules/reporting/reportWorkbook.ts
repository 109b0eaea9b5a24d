import ExcelJS from 'exceljs';
import type { ReportView, TracedRows } from '../../../shared/contract/reports';
import { actionStatusNames } from '../../../shared/rules/actionStates';
import { findingClassNames } from '../../documents';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
export const excelDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function sheetOf(workbook: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[], rows: unknown[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  rows.forEach((row) => sheet.addRow(row));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

const dateColumn = { style: { numFmt: 'dd/mm/yyyy' } };

/** The audits and findings a report's figures count, one sheet each. */
export function tracedRowSheets(workbook: ExcelJS.Workbook, rows: Pick<TracedRows, 'audits' | 'findings'>, auditsSheetName: string): void {
  sheetOf(
    workbook,
    auditsSheetName,
    [{ header: auditsSheetName, width: 50 }, { header: 'Đơn vị', width: 36 }, { header: 'Ngày kết thúc', width: 14, ...dateColumn }],
    rows.audits.map((a) => [a.title, a.unitName, excelDate(a.endDate)]),
  );
  sheetOf(
    workbook,
    'Phát hiện',
    [{ header: 'Đơn vị', width: 36 }, { header: 'Số', width: 6 }, { header: 'Phân loại', width: 22 }, { header: 'Căn cứ, điều khoản', width: 14 }, { header: 'Nội dung', width: 70 }],
    rows.findings.map((f) => [f.unitName, f.number, findingClassNames[f.findingClass], f.reference ?? '', f.description]),
  );
}

/**
 * The tables behind the report's figures, one sheet each, from the same figures the document prints
 * (frozen ones for an issued report): summary, units, areas, indicators, comparison, and the audits,
 * findings and actions each count was made of.
 */
export async function writeReportWorkbook(report: Extract<ReportView, { kind: 'cchc' }>): Promise<Uint8Array> {
  const { figures } = report;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kiểm tra CCHC & ISO 9001';
  const date = dateColumn;
  sheetOf(
    workbook,
    'Tổng hợp',
    [{ header: 'Chỉ tiêu', width: 50 }, { header: 'Giá trị', width: 14 }],
    [
      ['Kỳ báo cáo', figures.periodLabel],
      ['Từ ngày', excelDate(figures.window.from)],
      ['Đến ngày', excelDate(figures.window.to)],
      ['Số báo cáo', report.documentCode ?? 'Dự thảo'],
      ['Cuộc kiểm tra theo kế hoạch', figures.inspections.planned],
      ['Cuộc kiểm tra đã kết thúc', figures.inspections.done.value],
      ['Cơ quan, đơn vị đã kiểm tra', figures.inspections.unitsInspected],
      ['Cơ quan, đơn vị thuộc phạm vi', figures.inspections.inScope],
      ['Tỷ lệ đã kiểm tra (%)', figures.inspections.coveragePercent],
      ['Chỉ tiêu 1.2 (%)', figures.inspections.targetPercent],
      ...Object.entries(figures.findingsByClass).map(([c, f]) => [`Phát hiện: ${findingClassNames[c as keyof typeof findingClassNames]}`, f.value]),
      ['Hành động khắc phục mở mới', figures.actions.opened.value],
      ['Hành động khắc phục hoàn thành', figures.actions.closed.value],
      ['Hành động khắc phục quá hạn', figures.actions.overdue.value],
      ['Thời gian khắc phục bình quân (ngày)', figures.actions.averageDaysToClose ?? ''],
    ],
  );
  sheetOf(
    workbook,
    'Theo đơn vị',
    [{ header: 'Cơ quan, đơn vị', width: 40 }, { header: 'Số cuộc', width: 10 }, { header: 'Phát hiện', width: 10 }, { header: 'KPH nặng', width: 10 }, { header: 'KPH nhẹ', width: 10 }, { header: 'Điểm lưu ý', width: 10 }, { header: 'Cơ hội cải tiến', width: 12 }, { header: 'Chỉ tiêu đạt', width: 10 }, { header: 'Chỉ tiêu không đạt', width: 12 }, { header: 'Ghi chú', width: 34 }],
    figures.byUnit.map((u) => [u.unitName, u.audits.value, u.findings.value, u.byClass.kph_nang, u.byClass.kph_nhe, u.byClass.diem_luu_y, u.byClass.co_hoi_cai_tien, u.indicatorsMet, u.indicatorsNotMet, u.note ?? '']),
  );
  sheetOf(
    workbook,
    'Theo lĩnh vực',
    [{ header: 'Lĩnh vực', width: 50 }, { header: 'Đã đánh giá', width: 12 }, { header: 'Phù hợp, đạt', width: 12 }, { header: 'Không phù hợp, không đạt', width: 14 }, { header: 'Không áp dụng', width: 12 }],
    figures.byArea.map((a) => [a.area, a.answered, a.conforming, a.nonconforming, a.notApplicable]),
  );
  sheetOf(
    workbook,
    'Chỉ tiêu',
    [{ header: 'Mã', width: 8 }, { header: 'Chỉ tiêu', width: 60 }, { header: 'Mục tiêu', width: 12 }, { header: 'Đơn vị', width: 34 }, { header: 'Giá trị', width: 10 }, { header: 'Đạt', width: 8 }],
    figures.indicators.flatMap((i) => i.values.map((v) => [i.reference, i.question, i.target, v.unitName, v.value, v.met ? 'Đạt' : 'Không đạt'])),
  );
  const { current, previous, lastYear } = figures.comparison;
  sheetOf(
    workbook,
    'So sánh',
    [{ header: 'Chỉ tiêu', width: 36 }, { header: 'Kỳ này', width: 12 }, { header: 'Kỳ trước', width: 12 }, { header: 'Cùng kỳ năm trước', width: 16 }],
    [
      ['Từ ngày', excelDate(current.from), excelDate(previous.from), excelDate(lastYear.from)],
      ['Đến ngày', excelDate(current.to), excelDate(previous.to), excelDate(lastYear.to)],
      ['Cuộc kiểm tra đã kết thúc', current.inspected, previous.inspected, lastYear.inspected],
      ['Phát hiện', current.findings, previous.findings, lastYear.findings],
      ['Hành động khắc phục mở mới', current.actionsOpened, previous.actionsOpened, lastYear.actionsOpened],
      ['Hành động khắc phục hoàn thành', current.actionsClosed, previous.actionsClosed, lastYear.actionsClosed],
    ],
  );
  tracedRowSheets(workbook, figures, 'Cuộc kiểm tra');
  const traced = (ids: string[], id: string) => (ids.includes(id) ? 'x' : '');
  sheetOf(
    workbook,
    'Hành động khắc phục',
    [{ header: 'Đơn vị', width: 36 }, { header: 'Trạng thái', width: 24 }, { header: 'Hạn', width: 12, ...date }, { header: 'Mở ngày', width: 12, ...date }, { header: 'Hoàn thành ngày', width: 14, ...date }, { header: 'Mở mới', width: 8 }, { header: 'Hoàn thành', width: 10 }, { header: 'Quá hạn', width: 8 }],
    figures.actionRows.map((a) => [
      a.unitName,
      actionStatusNames[a.status],
      excelDate(a.dueDate),
      excelDate(a.openedOn),
      a.closedOn ? excelDate(a.closedOn) : '',
      traced(figures.actions.opened.trace.ids, a.id),
      traced(figures.actions.closed.trace.ids, a.id),
      traced(figures.actions.overdue.trace.ids, a.id),
    ]),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
