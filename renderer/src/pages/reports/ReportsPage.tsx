import { Anchor, Badge, Loader, Table } from '@mantine/core';
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
  const [{ reportId }, go] = usePageRoute('reports');
  const openReport = (id: string | null) => go({ reportId: id });
  if (reportId) return <ReportWorkspace key={reportId} id={reportId} onOpen={openReport} />;
  return <ReportList onOpen={openReport} />;
}

function ReportList({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useI18n();
  const { reports, settings, create } = useReportList();
  return (
    <>
      <PageHeader title={t('reports.title')} />
      {settings.data && (
        <PeriodChooser
          settings={settings.data}
          creating={create.running}
          onCreate={async (period) => {
            const report = await create.run({ kind: 'cchc', period });
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
                    {t('reports.kind.cchc')} {report.periodLabel}
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
