import { Button, Paper, Table, Title } from '@mantine/core';
import type { CchcReportFigures, TracedFigure } from '../../../../electron/shared/contract/reports';
import { findingClasses } from '../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';
import { SummaryFigures } from './SummaryFigures';
import type { SummaryRow } from './SummaryFigures';
import type { OpenTrace } from './TraceModal';

/** A count that opens the rows behind it. */
export function TracedNumber({ label, figure, onTrace }: { label: string; figure: TracedFigure; onTrace(trace: OpenTrace): void }) {
  const { formatNumber } = useI18n();
  return (
    <Button variant="subtle" size="compact-sm" onClick={() => onTrace({ label, figure })} aria-label={`${label}: ${formatNumber(figure.value, 0)}`} data-figure={label}>
      {formatNumber(figure.value, 0)}
    </Button>
  );
}

/** The report's figures as tables: the summary with the two comparisons, then units. Every count can be opened. */
export function ReportFigures({ figures, onTrace }: { figures: CchcReportFigures; onTrace(trace: OpenTrace): void }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const n = (value: number) => formatNumber(value, 0);
  const { comparison: c } = figures;
  const rows: SummaryRow[] = [
    { label: t('reports.figures.planned'), value: n(figures.inspections.planned) },
    { label: t('reports.figures.done'), value: <TracedNumber label={t('reports.figures.done')} figure={figures.inspections.done} onTrace={onTrace} />, previous: c.previous.inspected, lastYear: c.lastYear.inspected },
    { label: t('reports.figures.coverage', { target: formatPercent(figures.inspections.targetPercent, 0) }), value: formatPercent(figures.inspections.coveragePercent, 1) },
    ...findingClasses.map((findingClass) => {
      const label = t('reports.figures.findings', { label: t(`actions.findingClass.${findingClass}`) });
      return { label, value: <TracedNumber label={label} figure={figures.findingsByClass[findingClass]} onTrace={onTrace} /> };
    }),
    { label: t('reports.figures.opened'), value: <TracedNumber label={t('reports.figures.opened')} figure={figures.actions.opened} onTrace={onTrace} />, previous: c.previous.actionsOpened, lastYear: c.lastYear.actionsOpened },
    { label: t('reports.figures.closed'), value: <TracedNumber label={t('reports.figures.closed')} figure={figures.actions.closed} onTrace={onTrace} />, previous: c.previous.actionsClosed, lastYear: c.lastYear.actionsClosed },
    { label: t('reports.figures.overdue'), value: <TracedNumber label={t('reports.figures.overdue')} figure={figures.actions.overdue} onTrace={onTrace} /> },
    { label: t('reports.figures.averageDays'), value: figures.actions.averageDaysToClose === null ? t('reports.notApplicable') : formatNumber(figures.actions.averageDaysToClose, 1) },
  ];
  return (
    <>
      <SummaryFigures rows={rows} compared />
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-labelledby="report-units-title">
        <Title order={2} size="h4" id="report-units-title" mb="xs">
          {t('reports.units.title')}
        </Title>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.units.unit')}</Table.Th>
              <Table.Th ta="right">{t('reports.units.audits')}</Table.Th>
              <Table.Th ta="right">{t('reports.units.findings')}</Table.Th>
              <Table.Th ta="right">{t('reports.units.indicators')}</Table.Th>
              <Table.Th>{t('reports.units.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.byUnit.map((unit) => (
              <Table.Tr key={unit.unitId}>
                <Table.Td>{unit.unitName}</Table.Td>
                <Table.Td ta="right">
                  <TracedNumber label={`${unit.unitName} — ${t('reports.units.audits')}`} figure={unit.audits} onTrace={onTrace} />
                </Table.Td>
                <Table.Td ta="right">
                  <TracedNumber label={`${unit.unitName} — ${t('reports.units.findings')}`} figure={unit.findings} onTrace={onTrace} />
                </Table.Td>
                <Table.Td ta="right">
                  {n(unit.indicatorsMet)} / {n(unit.indicatorsNotMet)}
                </Table.Td>
                <Table.Td>{unit.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
