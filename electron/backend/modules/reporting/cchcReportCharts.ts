import type { ChartSpec } from '../../../shared/contract/charts';
import type { CchcReportFigures } from '../../../shared/contract/reports';
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
