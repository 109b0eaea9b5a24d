import { Anchor, Badge, Group, Loader, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { reportKinds } from '../../../../electron/shared/contract/vocabulary';
import type { ReportKind } from '../../../../electron/shared/contract/vocabulary';
import { useUnitList } from '../../hooks/useRegistryLists';
import { UnitCardView } from './UnitCardView';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n/I18nProvider';
import { PeriodChooser } from './PeriodChooser';
import { ReportWorkspace } from './ReportWorkspace';
import { useReportList } from './useReports';
import { routeHash } from '../../app/routes';
import { usePageRoute } from '../../app/useRoute';

/** "Báo cáo định kỳ": the period chooser and the reports made so far, or one report. */
export function ReportsPage() {
  const [{ reportId, unitId }, go] = usePageRoute('reports');
  const openReport = (id: string | null) => go({ reportId: id });
  if (unitId) return <UnitCardView key={unitId} unitId={unitId} />;
  if (reportId) return <ReportWorkspace key={reportId} id={reportId} onOpen={openReport} />;
  return <ReportList onOpen={openReport} />;
}

function ReportList({ onOpen }: { onOpen(id: string): void }) {
  const [, go] = usePageRoute('reports');
  const { t } = useI18n();
  const { reports, settings, create } = useReportList();
  const units = useUnitList({ includeInactive: true });
  const [kind, setKind] = useState<ReportKind>('cchc');
  return (
    <>
      <PageHeader title={t('reports.title')} />
      <Group gap="md" mb="sm" align="flex-end">
        <div>
          <Text size="sm" fw={500} id="report-kind-label" mb={4}>
            {t('isoReports.kind.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="report-kind-label"
            value={kind}
            onChange={(value) => setKind(value as ReportKind)}
            data={reportKinds.map((k) => ({ value: k, label: t(k === 'iso' ? 'isoReports.kind.iso' : 'reports.kind.cchc') }))}
          />
        </div>
        <Select
          label={t('isoReports.unitCard.choose')}
          w={320}
          searchable
          data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={null}
          onChange={(value) => value && go({ reportId: null, unitId: value })}
        />
      </Group>
      {settings.data && (
        <PeriodChooser
          settings={settings.data}
          creating={create.running}
          onCreate={async (period) => {
            const report = await create.run({ kind, period });
            if (report) onOpen(report.id);
          }}
        />
      )}
      {!reports.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : reports.data.length === 0 ? (
        <EmptyHint message={t('reports.empty')} />
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.list.period')}</Table.Th>
              <Table.Th>{t('reports.list.status')}</Table.Th>
              <Table.Th>{t('reports.list.number')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reports.data.map((report) => (
              <Table.Tr key={report.id}>
                <Table.Td>
                  <Anchor href={routeHash({ page: 'reports', reportId: report.id })}>
                    {t(report.kind === 'iso' ? 'isoReports.kind.iso' : 'reports.kind.cchc')} {report.periodLabel}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge color={report.status === 'issued' ? 'green.8' : 'gray.6'} tt="none">
                    {t(`reports.status.${report.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{report.documentCode ? `${report.documentCode}, ${formatCalendarDate(report.documentDate ?? '')}` : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
