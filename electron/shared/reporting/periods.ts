import { addDays, addMonths } from '../dates';

/**
 * Reporting periods. A period names months of a year (or any date range); the rules turn it into
 * the dates whose data it counts. By default the cut-off windows of NĐ 09/2019/NĐ-CP Điều 12, as the
 * Bộ Nội vụ applies them to CCHC (CV 581/BNV-CCHC): a window opens on the cut-off day of the month
 * before its first month and closes the day before the cut-off day of its last month, so quý I runs
 * 15/12 of the year before to 14/3, 6 tháng 15/12 to 14/6, quý III 15/6 to 14/9 and the year 15/12
 * to 14/12. On the calendar basis a window is whole months. Dates are calendar days in
 * Asia/Ho_Chi_Minh.
 */
export type ReportingPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  /** Cumulative from the start of the year: 6 tháng đầu năm. */
  | { kind: 'sixMonths'; year: number }
  /** Cumulative from the start of the year: 9 tháng. */
  | { kind: 'nineMonths'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: string; to: string };

export type ReportingPeriodKind = ReportingPeriod['kind'];
export const reportingPeriodKinds = ['month', 'quarter', 'sixMonths', 'nineMonths', 'year', 'range'] as const satisfies readonly ReportingPeriodKind[];

export const reportingBases = ['cutoff', 'calendar'] as const;
export type ReportingBasis = (typeof reportingBases)[number];

/** The settings that shape the windows (Cài đặt). */
export interface ReportingRules {
  basis: ReportingBasis;
  /** The day of the month a cut-off window opens on; the window closes the day before it. 15 under NĐ 09/2019. */
  cutoffDay: number;
}

export const defaultReportingRules: ReportingRules = { basis: 'cutoff', cutoffDay: 15 };

export interface ReportingWindow {
  /** First and last day counted, yyyy-MM-dd, both included. */
  from: string;
  to: string;
  /** Counted from the start of the reporting year (6 tháng, 9 tháng, năm), not from the period before. */
  cumulative: boolean;
}

/** The months of a year a named period covers, first and last (1–12). */
function monthsOf(period: Exclude<ReportingPeriod, { kind: 'range' }>): [number, number] {
  switch (period.kind) {
    case 'month':
      return [period.month, period.month];
    case 'quarter':
      return [period.quarter * 3 - 2, period.quarter * 3];
    case 'sixMonths':
      return [1, 6];
    case 'nineMonths':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** Months m1..m2 of a year as dates: whole months, or from the cut-off day of the month before m1 to the day before it in m2. */
function monthSpan(year: number, first: number, last: number, rules: ReportingRules): { from: string; to: string } {
  if (rules.basis === 'calendar') return { from: monthStart(year, first), to: addDays(addMonths(monthStart(year, last), 1), -1) };
  const day = rules.cutoffDay - 1;
  return { from: addDays(addMonths(monthStart(year, first), -1), day), to: addDays(monthStart(year, last), day - 1) };
}

export function reportingWindow(period: ReportingPeriod, rules: ReportingRules): ReportingWindow {
  if (period.kind === 'range') return { from: period.from, to: period.to, cumulative: false };
  const [first, last] = monthsOf(period);
  return { ...monthSpan(period.year, first, last, rules), cumulative: period.kind === 'sixMonths' || period.kind === 'nineMonths' || period.kind === 'year' };
}

/** Whether a day (yyyy-MM-dd) falls in the window; an audit counts in the window its end date falls in. */
export function inWindow(date: string, window: Pick<ReportingWindow, 'from' | 'to'>): boolean {
  return date >= window.from && date <= window.to;
}

/** The same period one year earlier ("cùng kỳ năm trước"). */
export function samePeriodLastYear(period: ReportingPeriod): ReportingPeriod {
  if (period.kind === 'range') return { kind: 'range', from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
  return { ...period, year: period.year - 1 };
}

/**
 * The window just before, of the same length ("kỳ trước"), on the same basis: the month or quarter
 * before, the six months before a 6-month report (the second half of last year), the nine months
 * before a 9-month report, the year before; a range gets the same number of days ending the day
 * before it starts.
 */
export function previousWindow(period: ReportingPeriod, rules: ReportingRules): ReportingWindow {
  switch (period.kind) {
    case 'month':
      return reportingWindow(period.month === 1 ? { kind: 'month', year: period.year - 1, month: 12 } : { ...period, month: period.month - 1 }, rules);
    case 'quarter':
      return reportingWindow(period.quarter === 1 ? { kind: 'quarter', year: period.year - 1, quarter: 4 } : { ...period, quarter: (period.quarter - 1) as 1 | 2 | 3 }, rules);
    case 'sixMonths':
      return { ...monthSpan(period.year - 1, 7, 12, rules), cumulative: false };
    case 'nineMonths':
      return { ...monthSpan(period.year - 1, 4, 12, rules), cumulative: false };
    case 'year':
      return reportingWindow({ ...period, year: period.year - 1 }, rules);
    case 'range': {
      const days = Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000);
      const to = addDays(period.from, -1);
      return { from: addDays(to, -days), to, cumulative: false };
    }
  }
}

