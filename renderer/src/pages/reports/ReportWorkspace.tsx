import { Alert, Badge, Button, Group, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRubberStamp } from '@tabler/icons-react';
import { useState } from 'react';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DocumentButton } from '../../components/DocumentButton';
import { PageHeader } from '../../components/PageHeader';
import { WordCopyButton } from '../../components/WordCopyButton';
import { useI18n } from '../../i18n/I18nProvider';
import { IsoReportFigures } from './IsoReportFigures';
import { ReportCharts } from './ReportCharts';
import { ReportFigures } from './ReportFigures';
import { ReportTextsForm } from './ReportTextsForm';
import { TraceModal } from './TraceModal';
import type { OpenTrace } from './TraceModal';
import { useReport } from './useReports';
import { routeHash } from '../../app/routes';

/** One report: its window, the figures (live for a draft, frozen once issued), the wording, and the files. */
export function ReportWorkspace({ id, onOpen }: { id: string; onOpen(id: string | null): void }) {
  const { t } = useI18n();
  const { report, charts, update, issue, reissue, pdf, docx, xlsx } = useReport(id);
  const [trace, setTrace] = useState<OpenTrace | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!report.data) return <Loader aria-label={t('common.loading')} />;
  const view = report.data;
  const { figures } = view;
  const loadPdf = () => pdf.run({ id });
  const issued = view.status === 'issued';
  return (
    <>
      <PageHeader
        title={t('reports.workspaceTitle', { period: figures.periodLabel })}
        action={
          <Group gap="sm" wrap="nowrap">
            <DocumentButton how="print" documentRef={{ kind: 'reportPdf', reportId: id }} load={loadPdf}>
              {t('documentOutput.print')}
            </DocumentButton>
            <DocumentButton how="save" documentRef={{ kind: 'reportPdf', reportId: id }} load={loadPdf}>
              {t('reports.pdf')}
            </DocumentButton>
            <WordCopyButton documentRef={{ kind: 'reportDocx', reportId: id }} load={() => docx.run({ id })} />
            <DocumentButton how="save" documentRef={{ kind: 'reportXlsx', reportId: id }} load={() => xlsx.run({ id })}>
              {t('reports.xlsx')}
            </DocumentButton>
            {issued ? (
              !view.supersededBy && (
                <Button
                  loading={reissue.running}
                  onClick={async () => {
                    const next = await reissue.run({ id });
                    if (next) onOpen(next.id);
                  }}
                >
                  {t('reports.reissue')}
                </Button>
              )
            ) : (
              <Button leftSection={<IconRubberStamp size={18} aria-hidden />} loading={issue.running} onClick={() => setConfirming(true)}>
                {t('reports.issue')}
              </Button>
            )}
          </Group>
        }
      />
      <Group gap="sm" mb="md">
        <Text fw={600}>{t(view.kind === 'iso' ? 'isoReports.kind.iso' : 'reports.kind.cchc')}</Text>
        <Badge color={issued ? 'green.8' : 'gray.6'} tt="none">
          {t(`reports.status.${view.status}`)}
        </Badge>
        {view.documentCode && <Text fw={600}>{`Số: ${view.documentCode}, ${formatCalendarDate(view.documentDate ?? '')}`}</Text>}
        <Text size="sm" c="dimmed">
          {t('reports.period.window', { from: formatCalendarDate(figures.window.from), to: formatCalendarDate(figures.window.to) })}
          {figures.window.cumulative ? ` (${t('reports.period.cumulative')})` : ''}
        </Text>
        <Button component="a" href={routeHash({ page: 'reports', reportId: null })} variant="subtle" size="compact-sm">
          {t('reports.back')}
        </Button>
      </Group>
      {view.supersedes && <Alert mb="md">{t('reports.replaces', { code: view.supersedes.documentCode, date: formatCalendarDate(view.supersedes.documentDate) })}</Alert>}
      {view.supersededBy && <Alert mb="md" color="yellow">{t('reports.replacedBy', { code: view.supersededBy.documentCode ?? t('reports.status.draft') })}</Alert>}
      {issued && view.contentSha256 && (
        <Text size="sm" c="dimmed" mb="md">
          {t('reports.frozen', { date: formatCalendarDate(view.documentDate ?? ''), hash: view.contentSha256.slice(0, 12) })}
        </Text>
      )}
      {view.kind === 'iso' ? <IsoReportFigures figures={view.figures} onTrace={setTrace} /> : <ReportFigures figures={view.figures} onTrace={setTrace} />}
      <ReportCharts charts={charts.data} />
      <ReportTextsForm texts={view.texts} readOnly={issued} saving={update.running} onSave={async (texts) => Boolean(await update.run({ id, texts }))} />
      <TraceModal trace={trace} figures={figures} onClose={() => setTrace(null)} />
      <ConfirmDialog
        opened={confirming}
        title={t('reports.issue')}
        message={t('reports.issueConfirm')}
        confirmLabel={t('reports.issue')}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          const done = await issue.run({ id });
          if (done) {
            notifications.show({ color: 'green', message: t('reports.issued', { code: done.documentCode ?? '' }) });
          }
        }}
      />
    </>
  );
}
