import { Badge, Paper, Table, Title } from '@mantine/core';
import { isoClauses } from '../../../../electron/shared/contract/reports';
import type { IsoReportFigures as Figures } from '../../../../electron/shared/contract/reports';
import { findingClasses } from '../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';
import { TracedNumber } from './ReportFigures';
import { SummaryFigures } from './SummaryFigures';
import type { SummaryRow } from './SummaryFigures';
import type { OpenTrace } from './TraceModal';

/** The ISO report's figures: evaluation against the required share, nonconformities by clause, action effectiveness, then units by clause. */
export function IsoReportFigures({ figures, onTrace }: { figures: Figures; onTrace(trace: OpenTrace): void }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const n = (value: number) => formatNumber(value, 0);
  const { evaluation: e, effectiveness: a } = figures;
  const traced = (label: string, figure: Figures['carriedOver']) => ({ label, value: <TracedNumber label={label} figure={figure} onTrace={onTrace} /> });
  const rows: SummaryRow[] = [
    { label: t('isoReports.figures.planned'), value: n(e.planned) },
    traced(t('isoReports.figures.done'), e.done),
    { label: t('isoReports.figures.evaluated'), value: `${n(e.unitsEvaluated)} / ${n(e.isoUnits)}` },
    {
      label: t('isoReports.figures.share', { target: formatPercent(e.targetPercent, 0), required: n(e.required) }),
      value: (
        <>
          {formatPercent(e.sharePercent, 1)}{' '}
          <Badge color={e.targetMet ? 'green.8' : 'red.8'} tt="none">
            {t(e.targetMet ? 'isoReports.figures.met' : 'isoReports.figures.notMet')}
          </Badge>
        </>
      ),
    },
    ...findingClasses.map((c) => traced(t('reports.figures.findings', { label: t(`actions.findingClass.${c}`) }), figures.findingsByClass[c])),
    ...isoClauses.map((clause) => traced(t('isoReports.figures.clause', { clause }), figures.nonconformitiesByClause[clause])),
    traced(t('isoReports.figures.noClause'), figures.nonconformitiesWithoutClause),
    traced(t('isoReports.figures.effective'), a.effective),
    traced(t('isoReports.figures.notEffective'), a.notEffective),
    traced(t('isoReports.figures.pending'), a.pending),
    traced(t('isoReports.figures.overdue'), a.overdue),
    traced(t('isoReports.figures.carriedOver'), figures.carriedOver),
  ];
  return (
    <>
      <SummaryFigures rows={rows} compared={false} />
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-labelledby="iso-units-title">
        <Title order={2} size="h4" id="iso-units-title" mb="xs">
          {t('reports.units.title')}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.units.unit')}</Table.Th>
                <Table.Th ta="right">{t('reports.units.audits')}</Table.Th>
                <Table.Th ta="right">{t('isoReports.units.nonconformities')}</Table.Th>
                {isoClauses.map((clause) => (
                  <Table.Th key={clause} ta="right">
                    {t('isoReports.units.clause', { clause })}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('isoReports.units.opportunities')}</Table.Th>
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
                    <TracedNumber label={`${unit.unitName} — ${t('isoReports.units.nonconformities')}`} figure={unit.nonconformities} onTrace={onTrace} />
                  </Table.Td>
                  {isoClauses.map((clause) => (
                    <Table.Td key={clause} ta="right">
                      {n(unit.byClause[clause])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{n(unit.opportunities)}</Table.Td>
                  <Table.Td>{unit.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
