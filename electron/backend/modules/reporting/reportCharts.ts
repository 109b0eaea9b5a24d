import type { ChartSpec } from '../../../shared/contract/charts';
import type { CchcReportFigures, ReportView } from '../../../shared/contract/reports';
import type { ModuleHandlers } from '../../api/handlers';
import { backgroundWork } from '../../workers/workerPool';
import { isoReportCharts } from './isoReportCharts';
import { requireReport, reportView } from './reportView';
import { reportWords } from './reportWording';

/** The CCHC report's charts: findings by class (as printed), findings by inspected unit, and the period against the previous one and last year. */
export function cchcReportCharts(figures: CchcReportFigures): ChartSpec[] {
  const inspected = figures.byUnit.filter((unit) => unit.audits.value > 0);
  const { current, previous, lastYear } = figures.comparison;
  const w = reportWords.charts;
  return [
    { kind: 'findingsByClass', counts: Object.fromEntries(Object.entries(figures.findingsByClass).map(([c, f]) => [c, f.value])) as Record<keyof CchcReportFigures['findingsByClass'], number> },
    { kind: 'bars', title: w.byUnit, axis: w.findings, categoryHeader: w.unit, categories: inspected.map((u) => u.unitName), series: [{ name: w.findings, data: inspected.map((u) => u.findings.value) }] },
    {
      kind: 'bars',
      title: w.comparison,
      axis: w.count,
      categoryHeader: w.item,
      categories: [w.inspected, w.findings, w.opened, w.closed],
      series: [current, previous, lastYear].map((k, index) => ({ name: [w.current, w.previous, w.lastYear][index]!, data: [k.inspected, k.findings, k.actionsOpened, k.actionsClosed] })),
    },
  ];
}

export const reportChartSpecs = (report: ReportView): ChartSpec[] => (report.kind === 'iso' ? isoReportCharts(report.figures) : cchcReportCharts(report.figures));

/** A report's charts drawn on the worker pool, the same drawing the PDF embeds. */
export const reportCharts: ModuleHandlers<'reports.charts'>['reports.charts'] = async (ctx, { id }) => {
  const report = reportView(ctx.store.db, requireReport(ctx.store.db, id));
  return backgroundWork.run('charts.renderSvg', { specs: reportChartSpecs(report), width: 560, height: 300 });
};
