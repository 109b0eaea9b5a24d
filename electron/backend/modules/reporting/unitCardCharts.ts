import type { ChartSpec } from '../../../shared/contract/charts';
import type { UnitCard } from '../../../shared/contract/reports';
import { findingClasses } from '../../../shared/contract/vocabulary';
import { unitCardWords as w } from './unitCardWording';

/** The unit card's charts: inspections and evaluations per year, and findings per year by class. */
export function unitCardCharts(card: UnitCard): ChartSpec[] {
  const years = card.years.map((y) => String(y.year));
  return [
    {
      kind: 'bars',
      title: w.auditsChart,
      axis: w.audits,
      categoryHeader: w.year,
      categories: years,
      series: [
        { name: w.cchc, data: card.years.map((y) => y.cchcAudits.value) },
        { name: w.iso, data: card.years.map((y) => y.isoAudits.value) },
      ],
    },
    {
      kind: 'bars',
      title: w.findingsChart,
      axis: w.findings,
      categoryHeader: w.year,
      categories: years,
      series: findingClasses.map((c, index) => ({ name: w.classNames[index]!, data: card.years.map((y) => y.findingsByClass[c].value) })),
    },
  ];
}
