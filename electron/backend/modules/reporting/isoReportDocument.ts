import type { OrganizationView } from '../../../shared/contract/organization';
import { isoClauses } from '../../../shared/contract/reports';
import type { IsoReportFigures, ManagementReviewTexts, ReportView } from '../../../shared/contract/reports';
import { formatCalendarDate } from '../../../shared/dates';
import { administrativeDocument, dashList, documentTable, heading, paragraph, renderPdf, roman } from '../../documents';
import type { BodyBlock, DocumentModel } from '../../documents';
import { renderChart } from '../../charts/renderChart';
import { drawDocxAhead, renderDocxDrawnAhead } from './drawnAhead';
import type { ChartDrawer, DrawnAhead } from './drawnAhead';
import { bodyNameInSentence } from '../programme/programmeDocumentContent';
import { isoReportCharts } from './isoReportCharts';
import { isoWords } from './isoReportWording';
import { formatCount, formatShare } from './reportNumbers';
import { chartBlock, paragraphsOf } from './reportDocument';
import { reportFrame } from './reportFrame';
import { defaultManagementReviewTexts, reportWords } from './reportWording';

type IsoReport = Extract<ReportView, { kind: 'iso' }>;
const TABLE_SIZE = 10;

function evaluationSection(figures: IsoReportFigures): BodyBlock[] {
  const { evaluation: e } = figures;
  return [
    heading('1', 'Phạm vi và tiến độ đánh giá', 2),
    paragraph(
      `Theo kế hoạch đã phê duyệt có ${formatCount(e.planned)} cuộc đánh giá nội bộ trong kỳ; đã thực hiện và kết thúc ${formatCount(e.done.value)} cuộc. Số cơ quan, đơn vị áp dụng hệ thống quản lý chất lượng đã được đánh giá: ${formatCount(e.unitsEvaluated)}/${formatCount(e.isoUnits)} (${formatShare(e.sharePercent)}); yêu cầu tối thiểu ${formatShare(e.targetPercent)}, tương ứng ${formatCount(e.required)} đơn vị — ${e.targetMet ? 'đạt' : 'chưa đạt'}.`,
    ),
  ];
}

function unitTable(figures: IsoReportFigures): BodyBlock {
  const clauseColumns = isoClauses.map((clause) => ({ header: `Đ.${clause}`, width: 22, alignment: 'center' as const }));
  return documentTable(
    [
      { header: 'STT', width: 20, alignment: 'center' },
      { header: 'Cơ quan, đơn vị', width: '*' },
      { header: 'Số cuộc', width: 30, alignment: 'center' },
      { header: 'Số KPH', width: 30, alignment: 'center' },
      ...clauseColumns,
      { header: 'Điểm lưu ý', width: 34, alignment: 'center' },
      { header: 'Cơ hội cải tiến', width: 38, alignment: 'center' },
    ],
    figures.byUnit.map((unit, index) => [
      String(index + 1),
      [unit.unitName, unit.audits.value === 0 ? 'Chưa đánh giá trong kỳ' : null, unit.note].filter(Boolean).join('; '),
      formatCount(unit.audits.value),
      formatCount(unit.nonconformities.value),
      ...isoClauses.map((clause) => formatCount(unit.byClause[clause])),
      formatCount(unit.observations),
      formatCount(unit.opportunities),
    ]),
    TABLE_SIZE,
  );
}

function actionsSentence(figures: IsoReportFigures): string {
  const { effectiveness: a, carriedOver } = figures;
  const total = a.effective.value + a.notEffective.value + a.pending.value;
  return `Đối với ${formatCount(total)} hành động khắc phục các phát hiện trong kỳ: ${formatCount(a.effective.value)} đã được xác minh hiệu quả; ${formatCount(a.notEffective.value)} được xác minh không hiệu quả, phải thực hiện lại; ${formatCount(a.pending.value)} đang thực hiện hoặc chờ xác minh; ${formatCount(a.overdue.value)} chưa hoàn thành đã quá hạn tại thời điểm chốt số liệu. Các hành động từ những lần đánh giá trước chưa hoàn thành đến cuối kỳ: ${formatCount(carriedOver.value)}.`;
}

function auditResultSentence(figures: IsoReportFigures): string {
  const nonconformities = figures.findingsByClass.kph_nang.value + figures.findingsByClass.kph_nhe.value;
  const byClause = isoClauses
    .filter((clause) => figures.nonconformitiesByClause[clause].value > 0)
    .map((clause) => `điều ${clause} (${isoWords.clauseTitles[clause].toLocaleLowerCase('vi')}) ${formatCount(figures.nonconformitiesByClause[clause].value)}`);
  return `Qua ${formatCount(figures.evaluation.done.value)} cuộc đánh giá nội bộ đã phát hiện ${formatCount(nonconformities)} sự không phù hợp (nặng ${formatCount(figures.findingsByClass.kph_nang.value)}, nhẹ ${formatCount(figures.findingsByClass.kph_nhe.value)}), ${formatCount(figures.findingsByClass.diem_luu_y.value)} điểm lưu ý và ${formatCount(figures.findingsByClass.co_hoi_cai_tien.value)} cơ hội cải tiến${byClause.length ? `; sự không phù hợp tập trung ở ${byClause.join('; ')}` : ''}.`;
}

/** One 9.3.2 input: a titled sub-item with the user's text. */
const reviewItem = (label: string, text: string): BodyBlock[] => [paragraph([{ text: `${label}: `, bold: true }, text.trim() || '…'])];

function managementReviewSection(figures: IsoReportFigures, texts: ManagementReviewTexts): BodyBlock[] {
  const opportunities = figures.findings.filter((f) => f.findingClass === 'co_hoi_cai_tien');
  return [
    heading(roman(3), 'Đầu vào cho xem xét của lãnh đạo', 1),
    paragraph('Theo yêu cầu tại điều 9.3.2 TCVN ISO 9001:2015, các thông tin đầu vào cho cuộc họp xem xét của lãnh đạo như sau:', { italics: true }),
    heading('1', 'Tình trạng của các hành động từ các lần xem xét của lãnh đạo trước', 2),
    ...paragraphsOf(texts.previousActions),
    heading('2', 'Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến hệ thống quản lý chất lượng', 2),
    ...paragraphsOf(texts.changes),
    heading('3', 'Thông tin về kết quả thực hiện và hiệu lực của hệ thống quản lý chất lượng', 2),
    ...reviewItem('a) Sự thỏa mãn của người dân, tổ chức và phản hồi từ các bên quan tâm', texts.satisfaction),
    ...reviewItem('b) Mức độ đạt được các mục tiêu chất lượng', texts.objectives),
    ...reviewItem('c) Kết quả thực hiện của quá trình và sự phù hợp của sản phẩm, dịch vụ', texts.processPerformance),
    paragraph([{ text: 'd) Sự không phù hợp và hành động khắc phục: ', bold: true }, actionsSentence(figures)]),
    ...reviewItem('đ) Kết quả theo dõi và đo lường', texts.monitoring),
    paragraph([{ text: 'e) Kết quả đánh giá: ', bold: true }, auditResultSentence(figures)]),
    ...reviewItem('g) Kết quả thực hiện của các nhà cung cấp bên ngoài', texts.externalProviders),
    heading('4', 'Sự thỏa đáng của nguồn lực', 2),
    ...paragraphsOf(texts.resources),
    heading('5', 'Hiệu lực của các hành động được thực hiện để giải quyết rủi ro và cơ hội', 2),
    ...paragraphsOf(texts.risks),
    heading('6', 'Các cơ hội cải tiến', 2),
    paragraph(`Qua đánh giá nội bộ đã ghi nhận ${formatCount(opportunities.length)} cơ hội cải tiến${opportunities.length ? ':' : '.'}`),
    ...dashList(opportunities.map((f) => `${f.unitName}: ${f.description}`)),
    ...paragraphsOf(texts.improvements),
  ];
}

/**
 * The ISO internal-audit report as the Chủ tịch signs it (NĐ 30/2020, Mẫu 1.4): I. the audit results
 * by unit and clause, II. corrective actions and their effectiveness, III. the management-review
 * input in the order of ISO 9001:2015 9.3.2, IV. the assessment, V. tasks and recommendations.
 */
export function isoReportDocument(report: IsoReport, organization: OrganizationView, draw: ChartDrawer = renderChart): DocumentModel {
  const { figures, texts } = report;
  const [byClause, effectiveness, byUnit] = isoReportCharts(figures);
  const summary = `Kết quả đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ${figures.periodLabel}`;
  const body: BodyBlock[] = [
    ...(report.supersedes ? [paragraph(reportWords.replaces(report.supersedes.documentCode, report.supersedes.documentDate), { italics: true })] : []),
    paragraph(
      `Thực hiện Quyết định số 19/2014/QĐ-TTg và Thông tư số 26/2014/TT-BKHCN, ${bodyNameInSentence(organization.bodyName)} báo cáo kết quả đánh giá nội bộ hệ thống quản lý chất lượng ${figures.periodLabel} (số liệu tính từ ngày ${formatCalendarDate(figures.window.from)} đến ngày ${formatCalendarDate(figures.window.to)}${figures.window.cumulative ? ', lũy kế từ đầu kỳ báo cáo năm' : ''}) như sau:`,
    ),
    heading(roman(1), 'Kết quả đánh giá nội bộ', 1),
    ...evaluationSection(figures),
    heading('2', 'Kết quả theo cơ quan, đơn vị', 2),
    unitTable(figures),
    heading('3', 'Sự không phù hợp theo điều khoản của tiêu chuẩn', 2),
    ...chartBlock(byClause!, false, draw),
    ...chartBlock(byUnit!, false, draw),
    heading(roman(2), 'Tình trạng hành động khắc phục', 1),
    paragraph(actionsSentence(figures)),
    ...chartBlock(effectiveness!, false, draw),
    ...managementReviewSection(figures, texts.managementReview ?? defaultManagementReviewTexts),
    heading(roman(4), 'Đánh giá chung', 1),
    heading('1', 'Ưu điểm, tồn tại, hạn chế', 2),
    ...paragraphsOf(texts.assessment),
    heading('2', 'Nguyên nhân', 2),
    ...paragraphsOf(texts.causes),
    heading(roman(5), 'Phương hướng, nhiệm vụ kỳ tới và kiến nghị', 1),
    heading('1', 'Phương hướng, nhiệm vụ kỳ tới', 2),
    ...paragraphsOf(texts.nextTasks),
    heading('2', 'Kiến nghị, đề xuất', 2),
    ...paragraphsOf(texts.recommendations),
  ];
  return reportFrame({
    organization,
    documentCode: report.documentCode,
    documentDate: report.documentDate,
    year: Number(figures.window.to.slice(0, 4)),
    summary,
    body,
    recipients: texts.recipients,
    draft: report.status !== 'issued',
  });
}

export interface IsoReportRenderInput {
  report: IsoReport;
  organization: OrganizationView;
  resourcesDir: string;
}

/** The report as a PDF; runs on a worker thread. */
export const renderIsoReportPdf = ({ report, organization, resourcesDir }: IsoReportRenderInput) => renderPdf(administrativeDocument(isoReportDocument(report, organization)), resourcesDir);

/** Its Word copy, from the same model, with its charts and their pictures if they were drawn beforehand; runs on a worker thread. */
export const renderIsoReportDocx = ({ report, organization, resourcesDir, drawnAhead }: IsoReportRenderInput & { drawnAhead?: DrawnAhead }) =>
  renderDocxDrawnAhead((draw) => isoReportDocument(report, organization, draw), resourcesDir, drawnAhead);

/** Its Word copy's charts and their pictures, drawn before the copy is asked for; runs on a worker thread. */
export async function drawIsoReportDocxAhead({ report, organization, resourcesDir }: IsoReportRenderInput): Promise<DrawnAhead> {
  return drawDocxAhead((draw) => isoReportDocument(report, organization, draw), resourcesDir);
}
