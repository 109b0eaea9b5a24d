import type { ChartSpec } from '../../../shared/contract/charts';
import { isoClauses } from '../../../shared/contract/reports';
import type { IsoReportFigures } from '../../../shared/contract/reports';
import { isoWords } from './isoReportWording';

/**
 * The ISO report's charts, from its figures: nonconformities by clause, corrective-action
 * effectiveness, and nonconformities by evaluated unit. The screen and the PDF draw these same specs.
 */
export function isoReportCharts(figures: IsoReportFigures): ChartSpec[] {
  const evaluated = figures.byUnit.filter((unit) => unit.audits.value > 0);
  const { effectiveness } = figures;
  return [
    {
      kind: 'bars',
      title: isoWords.charts.byClause,
      axis: isoWords.charts.nonconformities,
      categoryHeader: isoWords.charts.clause,
      categories: [...isoClauses.map((clause) => `${isoWords.clausePrefix} ${clause}`), isoWords.noClause],
      series: [{ name: isoWords.charts.nonconformities, data: [...isoClauses.map((clause) => figures.nonconformitiesByClause[clause].value), figures.nonconformitiesWithoutClause.value] }],
    },
    {
      kind: 'bars',
      title: isoWords.charts.effectiveness,
      axis: isoWords.charts.actions,
      categoryHeader: isoWords.charts.verification,
      categories: [isoWords.effective, isoWords.notEffective, isoWords.pending],
      series: [{ name: isoWords.charts.actions, data: [effectiveness.effective.value, effectiveness.notEffective.value, effectiveness.pending.value] }],
    },
    {
      kind: 'bars',
      title: isoWords.charts.byUnit,
      axis: isoWords.charts.findings,
      categoryHeader: isoWords.charts.unit,
      categories: evaluated.map((unit) => unit.unitName),
      series: [
        { name: isoWords.charts.nonconformities, data: evaluated.map((unit) => unit.nonconformities.value) },
        { name: isoWords.charts.opportunities, data: evaluated.map((unit) => unit.opportunities) },
      ],
    },
  ];
}
