import type { OrganizationView } from '../../../shared/contract/organization';
import type { ReportView } from '../../../shared/contract/reports';
import { formatCalendarDate } from '../../../shared/dates';
import { administrativeDocument, documentTable, findingClassNames, heading, paragraph, recipientsAndSignature, renderPdf, roman } from '../../documents';
import { renderChart } from '../../charts/renderChart';
import type { ChartSpec } from '../../../shared/contract/charts';
import type { BodyBlock, DocumentModel, TableBlock } from '../../documents';
import { drawDocxAhead, renderDocxDrawnAhead } from './drawnAhead';
import type { ChartDrawer, DrawnAhead } from './drawnAhead';
import { bodyNameInSentence } from '../programme/programmeDocumentContent';
import { cchcReportCharts } from './cchcReportCharts';
import { reportWords } from './reportWording';
import { formatCount, formatDecimal, formatShare } from './reportNumbers';

const TABLE_SIZE = 11;

/** Free text as typed: one paragraph per line, blank lines dropped. */
export const paragraphsOf = (text: string): BodyBlock[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => paragraph(line));

type CchcReport = Extract<ReportView, { kind: 'cchc' }>;

function inspectionSection(report: CchcReport): BodyBlock[] {
  const { inspections, findingsByClass, actions } = report.figures;
  return [
    heading('1', 'Kế hoạch và kết quả kiểm tra', 2),
    paragraph(
      `Trong kỳ, theo kế hoạch đã phê duyệt có ${formatCount(inspections.planned)} cuộc kiểm tra công tác cải cách hành chính; đã thực hiện và kết thúc ${formatCount(inspections.done.value)} cuộc tại ${formatCount(inspections.unitsInspected)} cơ quan, đơn vị. Tỷ lệ cơ quan, đơn vị thuộc phạm vi đã được kiểm tra: ${formatShare(inspections.coveragePercent)} trên tổng số ${formatCount(inspections.inScope)} (chỉ tiêu 1.2: ${formatShare(inspections.targetPercent)}) — ${inspections.targetMet ? 'đạt' : 'chưa đạt'}.`,
    ),
    paragraph(
      `Qua kiểm tra đã phát hiện ${formatCount(Object.values(findingsByClass).reduce((sum, f) => sum + f.value, 0))} nội dung, gồm: ${Object.entries(findingsByClass)
        .map(([findingClass, figure]) => `${findingClassNames[findingClass as keyof typeof findingClassNames].toLocaleLowerCase('vi')} ${formatCount(figure.value)}`)
        .join('; ')}.`,
    ),
    paragraph(
      `Hành động khắc phục: mở mới ${formatCount(actions.opened.value)}; hoàn thành, được xác minh hiệu quả ${formatCount(actions.closed.value)}; quá hạn tại thời điểm chốt số liệu ${formatCount(actions.overdue.value)}; thời gian khắc phục bình quân ${actions.averageDaysToClose === null ? 'chưa có' : `${formatDecimal(actions.averageDaysToClose)} ngày`}.`,
    ),
  ];
}

function unitTable(report: CchcReport): TableBlock {
  return documentTable(
    [
      { header: 'STT', width: 24, alignment: 'center' },
      { header: 'Cơ quan, đơn vị', width: '*' },
      { header: 'Số cuộc', width: 40, alignment: 'center' },
      { header: 'Phát hiện', width: 44, alignment: 'center' },
      { header: 'KPH nặng', width: 40, alignment: 'center' },
      { header: 'KPH nhẹ', width: 40, alignment: 'center' },
      { header: 'Chỉ tiêu đạt/ không đạt', width: 56, alignment: 'center' },
      { header: 'Ghi chú', width: 70 },
    ],
    report.figures.byUnit.map((unit, index) => [
      String(index + 1),
      unit.unitName,
      formatCount(unit.audits.value),
      formatCount(unit.findings.value),
      formatCount(unit.byClass.kph_nang),
      formatCount(unit.byClass.kph_nhe),
      `${formatCount(unit.indicatorsMet)}/${formatCount(unit.indicatorsNotMet)}`,
      unit.audits.value === 0 ? [unit.note, 'Chưa kiểm tra trong kỳ'].filter(Boolean).join('; ') : (unit.note ?? ''),
    ]),
    TABLE_SIZE,
  );
}

function areaTable(report: CchcReport): TableBlock {
  return documentTable(
    [
      { header: 'Lĩnh vực', width: '*' },
      { header: 'Nội dung đã đánh giá', width: 70, alignment: 'center' },
      { header: 'Phù hợp, đạt', width: 60, alignment: 'center' },
      { header: 'Không phù hợp, không đạt', width: 80, alignment: 'center' },
      { header: 'Không áp dụng', width: 56, alignment: 'center' },
    ],
    report.figures.byArea.map((area) => [area.area, formatCount(area.answered), formatCount(area.conforming), formatCount(area.nonconforming), formatCount(area.notApplicable)]),
    TABLE_SIZE,
  );
}

function indicatorTable(report: CchcReport): TableBlock {
  return documentTable(
    [
      { header: 'Mã', width: 34, alignment: 'center' },
      { header: 'Chỉ tiêu', width: '*' },
      { header: 'Mục tiêu', width: 56, alignment: 'center' },
      { header: 'Giá trị đo được tại đơn vị', width: 130 },
      { header: 'Đạt/ Không', width: 46, alignment: 'center' },
    ],
    report.figures.indicators.map((indicator) => [
      indicator.reference,
      indicator.question,
      indicator.target,
      indicator.values.map((v) => `${v.unitName}: ${formatDecimal(v.value)}${v.met ? '' : ' (không đạt)'}`).join('; '),
      `${formatCount(indicator.met)}/${formatCount(indicator.notMet)}`,
    ]),
    TABLE_SIZE,
  );
}

function comparisonTable(report: CchcReport): TableBlock {
  const { current, previous, lastYear } = report.figures.comparison;
  const row = (label: string, pick: (k: typeof current) => number) => [label, formatCount(pick(current)), formatCount(pick(previous)), formatCount(pick(lastYear))];
  return documentTable(
    [
      { header: 'Chỉ tiêu', width: '*' },
      { header: `Kỳ này\n(${formatCalendarDate(current.from)} – ${formatCalendarDate(current.to)})`, width: 100, alignment: 'center' },
      { header: `Kỳ trước\n(${formatCalendarDate(previous.from)} – ${formatCalendarDate(previous.to)})`, width: 100, alignment: 'center' },
      { header: `Cùng kỳ năm trước\n(${formatCalendarDate(lastYear.from)} – ${formatCalendarDate(lastYear.to)})`, width: 100, alignment: 'center' },
    ],
    [
      row('Cuộc kiểm tra đã kết thúc', (k) => k.inspected),
      row('Phát hiện', (k) => k.findings),
      row('Hành động khắc phục mở mới', (k) => k.actionsOpened),
      row('Hành động khắc phục hoàn thành', (k) => k.actionsClosed),
    ],
    TABLE_SIZE,
  );
}

/**
 * A chart drawn as vectors (SVG, so it prints sharp and its words stay text), with its figures in a table
 * under it, unless the table just above it already holds the same figures (printed twice, they would only
 * lengthen the report).
 */
export function chartBlock(spec: ChartSpec, figuresInTableAbove = false, draw: ChartDrawer = renderChart): BodyBlock[] {
  const chart = draw(spec, 520, 260);
  const svg: BodyBlock = { kind: 'chart', svg: chart.svg, widthShare: 0.85 };
  if (figuresInTableAbove) return [svg];
  return [
    svg,
    documentTable(
      chart.table.columns.map((header, index) => ({ header, width: index === 0 ? '*' : 90, alignment: index === 0 ? 'left' : 'center' })),
      chart.table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatCount(cell) : cell))),
      TABLE_SIZE,
    ),
  ];
}

/**
 * The CCHC inspection report as the Chủ tịch signs it (NĐ 30/2020, Mẫu 1.4 "văn bản có tên loại"):
 * the period and its cut-off window, I. the results with their tables, II. the assessment and causes,
 * III. the next period's tasks, IV. recommendations, then Nơi nhận and the signature.
 */
export function reportDocument(report: CchcReport, organization: OrganizationView, draw: ChartDrawer = renderChart): DocumentModel {
  const { figures, texts } = report;
  const [byClass, byUnit, comparison] = cchcReportCharts(figures);
  const summary = `Kết quả kiểm tra công tác cải cách hành chính ${figures.periodLabel}`;
  const body: BodyBlock[] = [
    ...(report.supersedes ? [paragraph(reportWords.replaces(report.supersedes.documentCode, report.supersedes.documentDate), { italics: true })] : []),
    paragraph(
      `${bodyNameInSentence(organization.bodyName)} báo cáo kết quả kiểm tra công tác cải cách hành chính ${figures.periodLabel} (số liệu tính từ ngày ${formatCalendarDate(figures.window.from)} đến ngày ${formatCalendarDate(figures.window.to)}${figures.window.cumulative ? ', lũy kế từ đầu kỳ báo cáo năm' : ''}) như sau:`,
    ),
    heading(roman(1), 'Kết quả kiểm tra công tác cải cách hành chính', 1),
    ...inspectionSection(report),
    heading('2', 'Kết quả theo cơ quan, đơn vị', 2),
    unitTable(report),
    ...chartBlock(byUnit!, true, draw),
    heading('3', 'Kết quả theo lĩnh vực', 2),
    areaTable(report),
    heading('4', 'Các chỉ tiêu so với Kế hoạch', 2),
    indicatorTable(report),
    heading('5', 'So sánh với kỳ trước và cùng kỳ năm trước', 2),
    comparisonTable(report),
    ...chartBlock(comparison!, true, draw),
    heading('6', 'Phát hiện theo phân loại', 2),
    ...chartBlock(byClass!, false, draw),
    heading(roman(2), 'Đánh giá chung', 1),
    heading('1', 'Ưu điểm, tồn tại, hạn chế', 2),
    ...paragraphsOf(texts.assessment),
    heading('2', 'Nguyên nhân', 2),
    ...paragraphsOf(texts.causes),
    heading(roman(3), 'Phương hướng, nhiệm vụ kỳ tới', 1),
    ...paragraphsOf(texts.nextTasks),
    heading(roman(4), 'Kiến nghị, đề xuất', 1),
    ...paragraphsOf(texts.recommendations),
  ];
  return {
    header: {
      superiorBodyName: organization.superiorBodyName,
      issuingBodyName: organization.bodyName,
      documentCode: report.documentCode ?? `…/BC-${organization.bodyShortCode}`,
      placeName: organization.placeName,
      issueDate: report.documentDate,
      year: Number((report.documentDate ?? figures.window.to).slice(0, 4)),
    },
    type: 'Báo cáo',
    summary,
    body,
    closing: [recipientsAndSignature(texts.recipients, { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', position: organization.chairTitle, fullName: organization.chairName })],
    draft: report.status !== 'issued',
    title: `Báo cáo ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)}`,
  };
}

export interface ReportPdfInput {
  report: CchcReport;
  organization: OrganizationView;
  resourcesDir: string;
}

export interface ReportDocxInput extends ReportPdfInput {
  /** Its charts and their pictures if they were drawn beforehand (wordPictures.ts); any other is drawn now. */
  drawnAhead?: DrawnAhead;
}

/** The report as a PDF; runs on a worker thread. */
export async function renderReportPdf({ report, organization, resourcesDir }: ReportPdfInput): Promise<Uint8Array> {
  return renderPdf(administrativeDocument(reportDocument(report, organization)), resourcesDir);
}

/** The report's Word copy, from the same model as its PDF; runs on a worker thread. */
export async function renderReportDocx({ report, organization, resourcesDir, drawnAhead }: ReportDocxInput): Promise<Uint8Array> {
  return renderDocxDrawnAhead((draw) => reportDocument(report, organization, draw), resourcesDir, drawnAhead);
}

/** Its Word copy's charts and their pictures, drawn before the copy is asked for; runs on a worker thread. */
export async function drawReportDocxAhead({ report, organization, resourcesDir }: ReportPdfInput): Promise<DrawnAhead> {
  return drawDocxAhead((draw) => reportDocument(report, organization, draw), resourcesDir);
}
