import { z } from 'zod';
import { command, query } from './define';
import { calendarDate, id, optionalText, year } from './fields';
import type { FieldLabel } from './fields';
import { patchInput } from './patch';
import type { ActionStatus, FindingClass } from './vocabulary';
import type { ReportingPeriod, ReportingWindow } from '../reporting/periods';

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

export interface CchcReportFigures {
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
  audits: AuditRef[];
  findings: FindingRef[];
  actionRows: ActionRef[];
}

export interface ReportTexts {
  assessment: string;
  causes: string;
  nextTasks: string;
  recommendations: string;
  recipients: string[];
}

export interface ReportView {
  id: string;
  kind: 'cchc';
  period: ReportingPeriod;
  status: 'draft' | 'issued';
  number: number | null;
  documentCode: string | null;
  documentDate: string | null;
  contentSha256: string | null;
  texts: ReportTexts;
  figures: CchcReportFigures;
  supersedes: { id: string; documentCode: string; documentDate: string } | null;
  supersededBy: { id: string; documentCode: string | null } | null;
}

export interface ReportListItem {
  id: string;
  kind: 'cchc';
  periodLabel: string;
  status: 'draft' | 'issued';
  documentCode: string | null;
  documentDate: string | null;
  createdAt: string;
}

export interface ReportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

const monthNumber = z.number({ error: 'Tháng phải là số' }).int().min(1, { error: 'Tháng phải từ 1 đến 12' }).max(12, { error: 'Tháng phải từ 1 đến 12' });

export const reportingPeriodInput = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('month'), year, month: monthNumber }).strict(),
      z.object({ kind: z.literal('quarter'), year, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'Quý phải từ 1 đến 4' }) }).strict(),
      z.object({ kind: z.literal('sixMonths'), year }).strict(),
      z.object({ kind: z.literal('nineMonths'), year }).strict(),
      z.object({ kind: z.literal('year'), year }).strict(),
      z.object({ kind: z.literal('range'), from: calendarDate('fieldLabels.fromDate'), to: calendarDate('fieldLabels.toDate') }).strict(),
    ],
    { error: 'Kỳ báo cáo không hợp lệ' },
  )
  .refine((period) => period.kind !== 'range' || period.from <= period.to, { error: 'Ngày bắt đầu kỳ phải trước hoặc bằng ngày kết thúc', path: ['to'] });

const longText = (label: FieldLabel) => optionalText(label, 20_000, 'multi');

export const reportTextsInput = z.object({
  assessment: longText('fieldLabels.assessment'),
  causes: longText('fieldLabels.cause'),
  nextTasks: longText('fieldLabels.nextPeriodTasks'),
  recommendations: longText('fieldLabels.recommendations'),
  recipients: z.array(optionalText('fieldLabels.recipients', 300)).max(30, { error: 'Tối đa 30 nơi nhận' }),
});

export const reportsMethods = {
  'reports.list': query<ReportListItem[]>()(z.object({ year: year.optional() }).strict(), 'Các báo cáo định kỳ (dự thảo và đã ban hành)'),
  'reports.create': command<ReportView>()(z.object({ kind: z.literal('cchc'), period: reportingPeriodInput }).strict(), 'Lập dự thảo báo cáo kết quả kiểm tra công tác CCHC cho một kỳ'),
  'reports.get': query<ReportView>()(z.object({ id }).strict(), 'Một báo cáo: số liệu (đã chốt nếu đã ban hành) và các phần lời văn'),
  'reports.update': command<ReportView>()(patchInput(z.object({ period: reportingPeriodInput, texts: reportTextsInput }), { id }), 'Sửa kỳ hoặc lời văn của dự thảo báo cáo'),
  'reports.issue': command<ReportView>()(z.object({ id }).strict(), 'Ban hành báo cáo: cấp số, chốt số liệu và mã băm'),
  'reports.reissue': command<ReportView>()(z.object({ id }).strict(), 'Lập dự thảo báo cáo thay thế một báo cáo đã ban hành'),
  'reports.exportPdf': query<ReportFile>()(z.object({ id }).strict(), 'In báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (PDF)'),
  'reports.exportXlsx': query<ReportFile>()(z.object({ id }).strict(), 'Xuất các bảng số liệu của báo cáo ra tệp Excel (.xlsx)'),
};
