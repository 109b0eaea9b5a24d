import { Button, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TracedFigure, UnitCard } from '../../../../electron/shared/contract/reports';
import { findingClasses } from '../../../../electron/shared/contract/vocabulary';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { routeHash } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n/I18nProvider';
import { DownloadButtons } from './DownloadButtons';
import { ReportCharts } from './ReportCharts';
import { TracedNumber } from './ReportFigures';
import { TraceModal } from './TraceModal';
import type { OpenTrace } from './TraceModal';
import { useUnitCard } from './useReports';

const openStatuses = ['moi', 'da_phan_tich', 'dang_thuc_hien', 'cho_xac_minh', 'khong_hieu_qua'] as const;

function YearsTable({ card, onTrace }: { card: UnitCard; onTrace(trace: OpenTrace): void }) {
  const { t, formatNumber } = useI18n();
  const n = (value: number) => formatNumber(value, 0);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('isoReports.unitCard.year')}</Table.Th>
            <Table.Th ta="right">{t('isoReports.unitCard.cchc')}</Table.Th>
            <Table.Th ta="right">{t('isoReports.unitCard.iso')}</Table.Th>
            {findingClasses.map((c) => (
              <Table.Th key={c} ta="right">
                {t(`actions.findingClass.${c}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('isoReports.unitCard.indicators')}</Table.Th>
            <Table.Th ta="right">{t('isoReports.unitCard.actionsDone')}</Table.Th>
            <Table.Th ta="right">{t('isoReports.unitCard.actionsOpen')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {card.years.map((y) => {
            const openIds = openStatuses.flatMap((s) => y.actionsByStatus[s].trace.ids);
            const open: TracedFigure = { value: openIds.length, trace: { kind: 'action', ids: openIds } };
            const cell = (label: string, figure: TracedFigure) => <TracedNumber label={`${y.year} — ${label}`} figure={figure} onTrace={onTrace} />;
            return (
              <Table.Tr key={y.year}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td ta="right">{cell(t('isoReports.unitCard.cchc'), y.cchcAudits)}</Table.Td>
                <Table.Td ta="right">{cell(t('isoReports.unitCard.iso'), y.isoAudits)}</Table.Td>
                {findingClasses.map((c) => (
                  <Table.Td key={c} ta="right">
                    {cell(t(`actions.findingClass.${c}`), y.findingsByClass[c])}
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  {n(y.indicatorsMet)} / {n(y.indicatorsNotMet)}
                </Table.Td>
                <Table.Td ta="right">{cell(t('isoReports.unitCard.actionsDone'), y.actionsByStatus.da_xac_minh_hieu_qua)}</Table.Td>
                <Table.Td ta="right">{cell(t('isoReports.unitCard.actionsOpen'), open)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AuditsTable({ card }: { card: UnitCard }) {
  const { t, formatNumber } = useI18n();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('isoReports.unitCard.when')}</Table.Th>
          <Table.Th>{t('isoReports.unitCard.audit')}</Table.Th>
          <Table.Th>{t('reports.list.status')}</Table.Th>
          <Table.Th ta="right">{t('isoReports.unitCard.findings')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {card.audits.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{formatCalendarDate(a.endDate)}</Table.Td>
            <Table.Td>
              <a href={routeHash({ page: 'audits', audits: { view: 'audit', auditId: a.id, tab: 'summary' } })}>{`${t(a.kind === 'ISO' ? 'isoReports.unitCard.iso' : 'isoReports.unitCard.cchc')}: ${a.title}`}</a>
            </Table.Td>
            <Table.Td>{t(`isoReports.unitCard.auditStatus.${a.status}`)}</Table.Td>
            <Table.Td ta="right">{formatNumber(a.findings, 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A unit's report card: a row a year (every count opens its rows), the charts, every audit, and the files. */
export function UnitCardView({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const { card, charts, pdf, docx, xlsx } = useUnitCard(unitId);
  const [trace, setTrace] = useState<OpenTrace | null>(null);
  if (!card.data) return <Loader aria-label={t('common.loading')} />;
  const view = card.data;
  return (
    <>
      <PageHeader
        title={t('isoReports.unitCard.title', { unit: view.unit.name })}
        action={
          <Group gap="sm" wrap="nowrap">
            <DownloadButtons unitId={unitId} pdf={() => pdf.run({ unitId })} docx={() => docx.run({ unitId })} xlsx={() => xlsx.run({ unitId })} />
          </Group>
        }
      />
      <Group gap="sm" mb="md">
        <Text size="sm" c="dimmed">
          {t('isoReports.unitCard.hint')}
        </Text>
        <Button component="a" href={routeHash({ page: 'reports', reportId: null })} variant="subtle" size="compact-sm">
          {t('reports.back')}
        </Button>
      </Group>
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label={t('isoReports.unitCard.open')}>
        {view.years.length === 0 ? <Text c="dimmed">{t('isoReports.unitCard.empty')}</Text> : <YearsTable card={view} onTrace={setTrace} />}
      </Paper>
      <ReportCharts charts={view.years.length ? charts.data : undefined} />
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-labelledby="unit-card-audits">
        <Title order={2} size="h4" id="unit-card-audits" mb="xs">
          {t('isoReports.unitCard.audits')}
        </Title>
        <AuditsTable card={view} />
      </Paper>
      <TraceModal trace={trace} figures={view} onClose={() => setTrace(null)} />
    </>
  );
}
