import { formatCalendarDate } from '../../../shared/dates';
import type { ReportingPeriod } from '../../../shared/reporting/periods';

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;

/** The period as a report's summary line names it: "quý I năm 2026", "6 tháng đầu năm 2026", "từ ngày … đến ngày …". */
export function periodLabel(period: ReportingPeriod): string {
  switch (period.kind) {
    case 'month':
      return `tháng ${period.month} năm ${period.year}`;
    case 'quarter':
      return `quý ${romanQuarters[period.quarter - 1]} năm ${period.year}`;
    case 'sixMonths':
      return `6 tháng đầu năm ${period.year}`;
    case 'nineMonths':
      return `9 tháng năm ${period.year}`;
    case 'year':
      return `năm ${period.year}`;
    case 'range':
      return `từ ngày ${formatCalendarDate(period.from)} đến ngày ${formatCalendarDate(period.to)}`;
  }
}
