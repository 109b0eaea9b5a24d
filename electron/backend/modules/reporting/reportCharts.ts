import type { ChartSpec } from '../../../shared/contract/charts';
import type { ReportView } from '../../../shared/contract/reports';
import type { ModuleHandlers } from '../../api/handlers';
import { backgroundWork } from '../../workers/workerPool';
import { cchcReportCharts } from './cchcReportCharts';
import { isoReportCharts } from './isoReportCharts';
import { readOrganization } from '../organization/readOrganization';
import { requireReport, reportView } from './reportView';
import { drawWordCopyAhead } from './wordPictures';

export const reportChartSpecs = (report: ReportView): ChartSpec[] => (report.kind === 'iso' ? isoReportCharts(report.figures) : cchcReportCharts(report.figures));

/**
 * A report's charts drawn on the worker pool, the same drawing the PDF embeds. The page asks for them
 * as it opens, so what its Word copy needs drawn is drawn then too, after the page's own (wordPictures.ts).
 */
export const reportCharts: ModuleHandlers<'reports.charts'>['reports.charts'] = async (ctx, { id }) => {
  const report = reportView(ctx.store.db, requireReport(ctx.store.db, id));
  const charts = backgroundWork.run('charts.renderSvg', { specs: reportChartSpecs(report), width: 560, height: 300 });
  drawWordCopyAhead(report, readOrganization(ctx.store.db), ctx.config.resourcesDir);
  return charts;
};
