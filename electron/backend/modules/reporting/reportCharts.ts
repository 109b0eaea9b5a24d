import type { ChartSpec } from '../../../shared/contract/charts';
import type { ReportView } from '../../../shared/contract/reports';
import type { ModuleHandlers } from '../../api/handlers';
import { backgroundWork } from '../../workers/workerPool';
import { cchcReportCharts } from './cchcReportCharts';
import { isoReportCharts } from './isoReportCharts';
import { requireReport, reportView } from './reportView';

export const reportChartSpecs = (report: ReportView): ChartSpec[] => (report.kind === 'iso' ? isoReportCharts(report.figures) : cchcReportCharts(report.figures));

/** A report's charts drawn on the worker pool, the same drawing the PDF embeds. */
export const reportCharts: ModuleHandlers<'reports.charts'>['reports.charts'] = async (ctx, { id }) => {
  const report = reportView(ctx.store.db, requireReport(ctx.store.db, id));
  return backgroundWork.run('charts.renderSvg', { specs: reportChartSpecs(report), width: 560, height: 300 });
};
