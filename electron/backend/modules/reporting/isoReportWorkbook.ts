import ExcelJS from 'exceljs';
import type { ReportView } from '../../../shared/contract/reports';
import { isoClauses } from '../../../shared/contract/reports';
import { actionStatusNames } from '../../../shared/rules/actionStates';
import { findingClassNames } from '../../documents';
import { isoReportCharts } from './isoReportCharts';
import { isoWords } from './isoReportWording';
import { excelDate, sheetOf, tracedRowSheets } from './reportWorkbook';

/**
 * The tables behind the ISO report's figures, from the same figures the document prints (frozen ones
 * for an issued report): summary, units by clause, each chart's table, and the audits, findings and
 * actions the counts were made of.
 */
export async function writeIsoReportWorkbook(report: Extract<ReportView, { kind: 'iso' }>): Promise<Uint8Array> {
  const { figures } = report;
  const { evaluation: e, effectiveness: a } = figures;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kiểm tra CCHC & ISO 9001';
  sheetOf(
    workbook,
    'Tổng hợp',
    [{ header: 'Chỉ tiêu', width: 56 }, { header: 'Giá trị', width: 14 }],
    [
      ['Kỳ báo cáo', figures.periodLabel],
      ['Từ ngày', excelDate(figures.window.from)],
      ['Đến ngày', excelDate(figures.window.to)],
      ['Số báo cáo', report.documentCode ?? 'Dự thảo'],
      ['Cuộc đánh giá theo kế hoạch', e.planned],
      ['Cuộc đánh giá đã kết thúc', e.done.value],
      ['Đơn vị áp dụng ISO', e.isoUnits],
      ['Đơn vị đã được đánh giá', e.unitsEvaluated],
      ['Tỷ lệ đã đánh giá (%)', e.sharePercent],
      ['Tỷ lệ yêu cầu (%)', e.targetPercent],
      ['Số đơn vị phải đánh giá', e.required],
      ...Object.entries(figures.findingsByClass).map(([c, f]) => [`Phát hiện: ${findingClassNames[c as keyof typeof findingClassNames]}`, f.value]),
      ...isoClauses.map((clause) => [`Sự không phù hợp, điều ${clause}`, figures.nonconformitiesByClause[clause].value]),
      [`Sự không phù hợp: ${isoWords.noClause.toLocaleLowerCase('vi')}`, figures.nonconformitiesWithoutClause.value],
      [`Hành động khắc phục: ${isoWords.effective.toLocaleLowerCase('vi')}`, a.effective.value],
      [`Hành động khắc phục: ${isoWords.notEffective.toLocaleLowerCase('vi')}`, a.notEffective.value],
      [`Hành động khắc phục: ${isoWords.pending.toLocaleLowerCase('vi')}`, a.pending.value],
      ['Hành động khắc phục quá hạn', a.overdue.value],
      ['Hành động từ các lần đánh giá trước chưa hoàn thành', figures.carriedOver.value],
    ],
  );
  sheetOf(
    workbook,
    'Theo đơn vị',
    [
      { header: 'Cơ quan, đơn vị', width: 40 },
      { header: 'Số cuộc', width: 10 },
      { header: 'Sự không phù hợp', width: 12 },
      ...isoClauses.map((clause) => ({ header: `Điều ${clause}`, width: 9 })),
      { header: 'Điểm lưu ý', width: 10 },
      { header: 'Cơ hội cải tiến', width: 12 },
      { header: 'Ghi chú', width: 34 },
    ],
    figures.byUnit.map((u) => [u.unitName, u.audits.value, u.nonconformities.value, ...isoClauses.map((clause) => u.byClause[clause]), u.observations, u.opportunities, u.note ?? '']),
  );
  isoReportCharts(figures).forEach((chart, index) => {
    if (chart.kind !== 'bars') return;
    sheetOf(
      workbook,
      `Biểu đồ ${index + 1}`,
      [{ header: chart.categoryHeader, width: 40 }, ...chart.series.map((s) => ({ header: s.name, width: 16 }))],
      [...chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.data[i] ?? 0)]), [chart.title]],
    );
  });
  tracedRowSheets(workbook, figures, 'Cuộc đánh giá');
  const group = (id: string) =>
    a.effective.trace.ids.includes(id) ? isoWords.effective : a.notEffective.trace.ids.includes(id) ? isoWords.notEffective : a.pending.trace.ids.includes(id) ? isoWords.pending : 'Từ kỳ trước';
  const date = { style: { numFmt: 'dd/mm/yyyy' } };
  sheetOf(
    workbook,
    'Hành động khắc phục',
    [{ header: 'Đơn vị', width: 36 }, { header: 'Trạng thái', width: 24 }, { header: 'Nhóm', width: 28 }, { header: 'Hạn', width: 12, ...date }, { header: 'Mở ngày', width: 12, ...date }, { header: 'Hoàn thành ngày', width: 14, ...date }, { header: 'Quá hạn', width: 8 }],
    figures.actionRows.map((row) => [
      row.unitName,
      actionStatusNames[row.status],
      group(row.id),
      excelDate(row.dueDate),
      excelDate(row.openedOn),
      row.closedOn ? excelDate(row.closedOn) : '',
      a.overdue.trace.ids.includes(row.id) ? 'x' : '',
    ]),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
