import * as z from 'zod';
import { command, query } from './define';
import { calendarDate, id, optionalText, year } from './fields';
import type { FieldLabel } from './fields';
import { patchInput } from './patch';
import { reportKinds } from './vocabulary';
import type { ActionStatus, AuditKind, AuditStatus, FindingClass, ReportKind } from './vocabulary';
import type { ReportingPeriod, ReportingWindow } from '../reporting/periods';
import type { RenderedChart } from './charts';
import { fieldMessage } from '../i18n/fieldMessages';

/** The rows behind a figure, so a click on the number lists them. */
export interface TracedFigure {
  value: number;
  trace: { kind: 'audit' | 'finding' | 'action'; ids: string[] };
}

export interface AuditRef {
  id: string;
  title: string;
  unitName: string;
  endDate: string;
}
export interface FindingRef {
  id: string;
  auditId: string;
  unitName: string;
  number: number;
  findingClass: FindingClass;
  description: string;
  /** The ISO clause or plan target the finding cites ("8.5.1"); absent in reports issued before it was kept. */
  reference?: string;
}
export interface ActionRef {
  id: string;
  unitName: string;
  status: ActionStatus;
  dueDate: string;
  openedOn: string;
  closedOn: string | null;
}

export interface UnitResult {
  unitId: string;
  unitName: string;
  audits: TracedFigure;
  findings: TracedFigure;
  byClass: Record<FindingClass, number>;
  indicatorsMet: number;
  indicatorsNotMet: number;
  /** Set when the unit is no longer active or no longer in the CCHC scope: shown, not dropped. */
  note: string | null;
}

export interface AreaResult {
  area: string;
  answered: number;
  conforming: number;
  nonconforming: number;
  notApplicable: number;
}

export interface IndicatorResult {
  reference: string;
  question: string;
  /** "≥ 95%" */
  target: string;
  measured: number;
  met: number;
  notMet: number;
  values: { unitName: string; value: number; met: boolean }[];
}

/** The comparable figures of one window. */
export interface KeyFigures {
  from: string;
  to: string;
  inspected: number;
  findings: number;
  actionsOpened: number;
  actionsClosed: number;
}

/** The rows a report's figures count, so a click on a number can list them. */
export interface TracedRows {
  audits: AuditRef[];
  findings: FindingRef[];
  actionRows: ActionRef[];
}

export interface CchcReportFigures extends TracedRows {
  periodLabel: string;
  window: ReportingWindow;
  inspections: {
    /** Entries of approved programmes dated in the window. */
    planned: number;
    plannedEntries: { unitName: string; date: string; started: boolean }[];
    done: TracedFigure;
    /** Distinct units inspected in the window. */
    unitsInspected: number;
    inScope: number;
    coveragePercent: number;
    targetPercent: number;
    targetMet: boolean;
  };
  byUnit: UnitResult[];
  byArea: AreaResult[];
  indicators: IndicatorResult[];
  findingsByClass: Record<FindingClass, TracedFigure>;
  actions: { opened: TracedFigure; closed: TracedFigure; overdue: TracedFigure; averageDaysToClose: number | null };
  comparison: { current: KeyFigures; previous: KeyFigures; lastYear: KeyFigures };
}

/** The main clauses of ISO 9001:2015 that carry requirements (4 Bối cảnh … 10 Cải tiến). */
export const isoClauses = ['4', '5', '6', '7', '8', '9', '10'] as const;
export type IsoClause = (typeof isoClauses)[number];

export interface IsoUnitResult {
  unitId: string;
  unitName: string;
  audits: TracedFigure;
  /** Nonconformities (KPH nặng and nhẹ) found at the unit. */
  nonconformities: TracedFigure;
  byClause: Record<IsoClause, number>;
  observations: number;
  opportunities: number;
  /** Set when the unit is no longer active or no longer applies ISO: shown, not dropped. */
  note: string | null;
}

/** The internal-audit report's figures (QĐ 19/2014 Điều 4; ISO 9001:2015 9.2 and 9.3.2). */
export interface IsoReportFigures extends TracedRows {
  periodLabel: string;
  window: ReportingWindow;
  evaluation: {
    planned: number;
    done: TracedFigure;
    unitsEvaluated: number;
    isoUnits: number;
    /** Units the required share asks for: ⌈share × ISO units⌉. */
    required: number;
    sharePercent: number;
    targetPercent: number;
    targetMet: boolean;
  };
  byUnit: IsoUnitResult[];
  nonconformitiesByClause: Record<IsoClause, TracedFigure>;
  /** Nonconformities whose reference names no clause from 4 to 10. */
  nonconformitiesWithoutClause: TracedFigure;
  findingsByClass: Record<FindingClass, TracedFigure>;
  /** Corrective actions on the period's findings, by their verification. */
  effectiveness: { effective: TracedFigure; notEffective: TracedFigure; pending: TracedFigure; overdue: TracedFigure };
  /** Actions on findings of earlier audits still not verified effective when the period ended. */
  carriedOver: TracedFigure;
}

export type ReportFigures = CchcReportFigures | IsoReportFigures;

/** The free-text inputs to the management review that the store cannot count (ISO 9001:2015 9.3.2). */
export const managementReviewFields = ['previousActions', 'changes', 'satisfaction', 'objectives', 'processPerformance', 'monitoring', 'externalProviders', 'resources', 'risks', 'improvements'] as const;
export type ManagementReviewTexts = Record<(typeof managementReviewFields)[number], string>;

export interface ReportTexts {
  assessment: string;
  causes: string;
  nextTasks: string;
  recommendations: string;
  recipients: string[];
  /** Only on the ISO internal-audit report. */
  managementReview?: ManagementReviewTexts;
}

export interface ReportViewBase {
  id: string;
  period: ReportingPeriod;
  status: 'draft' | 'issued';
  number: number | null;
  documentCode: string | null;
  documentDate: string | null;
  contentSha256: string | null;
  texts: ReportTexts;
  supersedes: { id: string; documentCode: string; documentDate: string } | null;
  supersededBy: { id: string; documentCode: string | null } | null;
}

export type ReportView = (ReportViewBase & { kind: 'cchc'; figures: CchcReportFigures }) | (ReportViewBase & { kind: 'iso'; figures: IsoReportFigures });

export interface ReportListItem {
  id: string;
  kind: ReportKind;
  periodLabel: string;
  status: 'draft' | 'issued';
  documentCode: string | null;
  documentDate: string | null;
  createdAt: string;
}

export interface UnitCardAudit extends AuditRef {
  kind: AuditKind;
  startDate: string;
  status: AuditStatus;
  findings: number;
}

/** One calendar year of a unit's history; an audit counts in the year it ended, once closed. */
export interface UnitCardYear {
  year: number;
  cchcAudits: TracedFigure;
  isoAudits: TracedFigure;
  findingsByClass: Record<FindingClass, TracedFigure>;
  indicatorsMet: number;
  indicatorsNotMet: number;
  /** The actions on that year's findings, by their status today. */
  actionsByStatus: Record<ActionStatus, TracedFigure>;
}

/** A unit's report card: its inspections, results, findings and actions across the years. */
export interface UnitCard extends TracedRows {
  unit: { id: string; code: string; name: string; active: boolean; inCchcScope: boolean; isoApplying: boolean };
  /** The day the card was made, in Asia/Ho_Chi_Minh. */
  madeOn: string;
  years: UnitCardYear[];
  audits: UnitCardAudit[];
}

export interface ReportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

const monthNumber = z.number({ error: () => fieldMessage('contractRules.monthNumber') }).int().min(1, { error: () => fieldMessage('contractRules.monthRange') }).max(12, { error: () => fieldMessage('contractRules.monthRange') });

export const reportingPeriodInput = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('month'), year, month: monthNumber }).strict(),
      z.object({ kind: z.literal('quarter'), year, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: () => fieldMessage('contractRules.quarterRange') }) }).strict(),
      z.object({ kind: z.literal('sixMonths'), year }).strict(),
      z.object({ kind: z.literal('nineMonths'), year }).strict(),
      z.object({ kind: z.literal('year'), year }).strict(),
      z.object({ kind: z.literal('range'), from: calendarDate('fieldLabels.fromDate'), to: calendarDate('fieldLabels.toDate') }).strict(),
    ],
    { error: () => fieldMessage('contractRules.periodInvalid') },
  )
  .refine((period) => period.kind !== 'range' || period.from <= period.to, { error: () => fieldMessage('contractRules.periodOrder'), path: ['to'] });

const longText = (label: FieldLabel) => optionalText(label, 20_000, 'multi');

export const reportTextsInput = z.object({
  assessment: longText('fieldLabels.assessment'),
  causes: longText('fieldLabels.cause'),
  nextTasks: longText('fieldLabels.nextPeriodTasks'),
  recommendations: longText('fieldLabels.recommendations'),
  recipients: z.array(optionalText('fieldLabels.recipients', 300)).max(30, { error: () => fieldMessage('contractRules.recipientsMax') }),
  managementReview: z
    .object({
      previousActions: longText('fieldLabels.managementReview.previousActions'),
      changes: longText('fieldLabels.managementReview.changes'),
      satisfaction: longText('fieldLabels.managementReview.satisfaction'),
      objectives: longText('fieldLabels.managementReview.objectives'),
      processPerformance: longText('fieldLabels.managementReview.processPerformance'),
      monitoring: longText('fieldLabels.managementReview.monitoring'),
      externalProviders: longText('fieldLabels.managementReview.externalProviders'),
      resources: longText('fieldLabels.managementReview.resources'),
      risks: longText('fieldLabels.managementReview.risks'),
      improvements: longText('fieldLabels.managementReview.improvements'),
    })
    .strict()
    .optional(),
});

export const reportsMethods = {
  'reports.list': query<ReportListItem[]>()(z.object({ year: year.optional() }).strict(), 'Các báo cáo định kỳ (dự thảo và đã ban hành)'),
  'reports.create': command<ReportView>()(
    z.object({ kind: z.enum(reportKinds, { error: () => fieldMessage('contractRules.reportKindInvalid') }), period: reportingPeriodInput }).strict(),
    'Lập dự thảo báo cáo (kết quả kiểm tra công tác CCHC, hoặc đánh giá nội bộ ISO) cho một kỳ',
  ),
  'reports.get': query<ReportView>()(z.object({ id }).strict(), 'Một báo cáo: số liệu (đã chốt nếu đã ban hành) và các phần lời văn'),
  'reports.update': command<ReportView>()(patchInput(z.object({ period: reportingPeriodInput, texts: reportTextsInput }), { id }), 'Sửa kỳ hoặc lời văn của dự thảo báo cáo'),
  'reports.issue': command<ReportView>()(z.object({ id }).strict(), 'Ban hành báo cáo: cấp số, chốt số liệu và mã băm'),
  'reports.reissue': command<ReportView>()(z.object({ id }).strict(), 'Lập dự thảo báo cáo thay thế một báo cáo đã ban hành'),
  'reports.exportPdf': query<ReportFile>()(z.object({ id }).strict(), 'In báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (PDF)'),
  'reports.exportXlsx': query<ReportFile>()(z.object({ id }).strict(), 'Xuất các bảng số liệu của báo cáo ra tệp Excel (.xlsx)'),
  'reports.exportDocx': query<ReportFile>()(z.object({ id }).strict(), 'Bản Word (.docx) của báo cáo, cùng nội dung với bản PDF, để chỉnh sửa'),
  'reports.charts': query<RenderedChart[]>()(z.object({ id }).strict(), 'Biểu đồ của báo cáo (SVG vẽ ở máy chủ, như trên bản in) cùng bảng số liệu'),
  'reports.unitCard': query<UnitCard>()(z.object({ unitId: id }).strict(), 'Hồ sơ theo dõi một cơ quan, đơn vị qua các năm'),
  'reports.unitCardCharts': query<RenderedChart[]>()(z.object({ unitId: id }).strict(), 'Biểu đồ hồ sơ theo dõi một đơn vị (SVG vẽ ở máy chủ) cùng bảng số liệu'),
  'reports.unitCardPdf': query<ReportFile>()(z.object({ unitId: id }).strict(), 'In hồ sơ theo dõi một đơn vị (PDF)'),
  'reports.unitCardXlsx': query<ReportFile>()(z.object({ unitId: id }).strict(), 'Xuất hồ sơ theo dõi một đơn vị ra tệp Excel (.xlsx)'),
  'reports.unitCardDocx': query<ReportFile>()(z.object({ unitId: id }).strict(), 'Bản Word (.docx) của hồ sơ theo dõi một đơn vị, cùng nội dung với bản PDF'),
};
